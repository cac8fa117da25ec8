"""Sector counts: how many organizations work in which sector. A yargy grammar (root
rule :data:`SECTOR_COUNT`) and the :class:`SectorValue` records that
:class:`.sector_parser.SectorParser` returns.

Forms (words in the lexicons under ``rufacts/lexicons/sector_*``):

* a marker phrase:  ``3 компании работают в сфере микроэлектроники``,
  ``12 организаций, специализирующихся на разработке ПО``, ``5 занимаются
  проектированием схем``, ``70 фирм, работающих в строительстве``,
  ``пять компаний из нефтегазовой отрасли``, ``25 компаний по производству мебели``;
* elided after a dash: ``7 компаний - в сфере фармацевтики``, ``6 — на производстве``,
  ``8 — производители медицинской техники``;
* an adjective or a prefix: ``четыре фармацевтические компании``, ``17 IT-компаний``;
* a genitive: ``5 предприятий пищевой промышленности``, ``9 производителей лекарств``,
  ``10 производств, это производства медицинского оборудования, биотехнологии``;
* the sector first: ``В сфере общественного питания работают 40 предприятий``.

Wholes: ``Из 10 компаний ... 3 ...; 7 ...``, ``11 из 20 компаний``, ``40 компаний, в том
числе 12 ...``, ``18 компаний: 10 ...``, ``Из них 6 ...`` (the whole closing the previous
sentence). A count without a noun inherits the object of its whole or its siblings.
Counts with no sector (``посетил 3 предприятия``) give nothing.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from rufacts import _compat

_compat.install()  # must run before yargy imports pymorphy2

from yargy import or_, rule  # noqa: E402
from yargy.interpretation import fact  # noqa: E402
from yargy.predicates import caseless, eq, in_caseless  # noqa: E402

from .sector_light import care_phrase, light_phrase  # noqa: E402
from .sector_number_tokens import (  # noqa: E402
    LONE_SCALE, LONE_SCALE_AFTER, is_int, is_number_word, is_scale, is_scale_word,
)
from .sector_material_abbr import is_material_abbreviation  # noqa: E402
from .sector_numbers import ABOVE  # noqa: E402
from .sector_phrase_tails import language_noun  # noqa: E402
from .sector_tree_nodes import qualifier_words  # noqa: E402
from .sector_words import (  # noqa: E402
    TokenTest as T, forms, has_lemma, in_case, is_adjective, is_activity, is_adverb,
    is_adjectival_head, is_compound_field, is_dash, is_noun, is_maker, is_members, is_object, is_phrase_start,
    is_phrase_word, is_preposition, is_relative, is_sector_adjective, is_sector_head,
    is_stopword, is_verb, lexicon,
)

__all__ = ["SECTOR_COUNT", "Sector", "SectorValue"]

LEXICON = lexicon()

Sector = fact("Sector", [
    "count", "total", "object", "adjectives", "field", "elided", "restated", "part", "link",
    "sector_gent", "sector_datv", "sector_accs", "sector_ablt", "sector_loct",
])


# --- grammar -----------------------------------------------------------------

def phrase(words: tuple[str, ...]):
    """A cue phrase token by token; a dot may follow each word ("в т.ч.")."""
    return rule(*[rule(caseless(w), DOT.optional()) if w.isalpha() else eq(w) for w in words])


DOT = eq(".")
COMMA = eq(",")
COLON = eq(":")
DASH = T(is_dash)

PART = or_(*[phrase(p) for p in LEXICON.cues["part"] if p[0].isalpha()])
LIST = or_(rule(COMMA), *[rule(COMMA.optional(), phrase(p))
                          for p in LEXICON.cues["list"] if p[0].isalpha()])

DIGIT_COUNT = rule(T(is_int), rule(T(is_scale), DOT.optional()).optional())
WORD_COUNT = or_(
    rule(T(is_number_word).repeatable(max=5), rule(caseless("с"), in_caseless(ABOVE)).optional(),
         T(lambda t: is_scale_word(t) or is_scale(t)).optional()),  # "две с лишним тысячи"
    rule(T(lambda t: t.value.lower() in LONE_SCALE)),                     # "десяток"
    rule(T(lambda t: t.value.lower() in LONE_SCALE_AFTER),                # "десятка два"
         T(is_number_word).repeatable(max=2)),
    rule(T(lambda t: t.value.lower() in qualifier_words()),               # "около сотни"
         T(lambda t: t.value.lower() in LONE_SCALE_AFTER)))
COUNT = or_(DIGIT_COUNT, WORD_COUNT)

ADJ = T(is_adjective)
SECTOR_ADJ = T(is_sector_adjective)
ADJS = rule(ADJ, rule(or_(rule(caseless("и")), rule(COMMA)).optional(), ADJ)
            .repeatable(max=3).optional())
OBJECT = T(is_object)
MAKER = T(is_maker)
WORD = T(is_phrase_word)


def _purpose_building(token) -> bool:
    """A building or site noun (a stopword elsewhere) in lower case: "зданий", "складов"."""
    return token.value.islower() and is_stopword(token)


@lru_cache(maxsize=1)
def _after_noun():
    """What a sector phrase says after its noun: what it is for ("продукцию для нефтегазовой
    отрасли"), what it is made of or done with ("сумки из кожи", "станки с ЧПУ"), under
    which scheme ("услуги по ОМС", "станки с ЧПУ": an abbreviation), what it belongs to
    ("комплектующие к ним"), the language it is in ("книги на татарском языке")."""
    # a building after "для" is what the thing is for, kept with its adjectives and conjuncts
    # ("оборудование для шахт и подземных хранилищ", "фермы для ангаров и складских зданий", w143)
    purpose = rule(caseless("для"), T(is_phrase_start("gent")),
                   or_(WORD, T(_purpose_building)).repeatable(max=5).optional(),
                   rule(caseless("и"), ADJ.repeatable(max=2).optional(),
                        T(_purpose_building)).optional())
    material = or_(rule(caseless("из"), T(is_phrase_start("gent")), WORD.optional()),
                   rule(caseless("из"), T(is_material_abbreviation)),  # "окна из ПВХ" (w139)
                   rule(caseless("с"), T(is_phrase_start("ablt")), WORD.optional()),
                   rule(in_caseless({"по", "с"}), T(lambda t: t.value.isupper() and len(t.value) > 1
                                          and t.value.isalpha())))
    parts = rule(caseless("к"), in_caseless({"ним", "нему", "ней"}))  # "комплектующие к ним"
    # what it is against ("лекарства от онкологии", w94; "от" + a source is cut again by
    # sector_extent_tails: "продукция от местных фермеров")
    against = rule(caseless("от"), T(is_phrase_start("gent")), WORD.optional())
    language = rule(caseless("на"), ADJ.repeatable(max=2).optional(), T(language_noun))  # w108
    return or_(purpose, material, parts, against, language)


@lru_cache(maxsize=None)  # one rule object per shape: a smaller grammar, faster parsing
def noun_phrase(case: str, first=None):
    """A noun phrase whose first word is in ``case``: "пищевой промышленности", with
    what :func:`_after_noun` allows after it ("оборудование для метро")."""
    # the things' own parts or kinds, in the phrase's case: "космическими аппаратами и их
    # компонентами", not "переработкой зерна и их число" (a next clause; w168)
    own = rule(caseless("и"), in_caseless({"их", "его", "её", "ее"}), T(is_phrase_start(case)),
               WORD.repeatable(max=2).optional())
    plain = rule(first or T(is_phrase_start(case)), WORD.repeatable(max=7).optional(),
                 _after_noun().optional(), own.optional())
    return plain if first else or_(light_phrase(case), care_phrase(case),  # "услуги по уходу
                                   plain)  # за ...", "уходом за пожилыми"


@lru_cache(maxsize=None)
def headed_phrase(case: str, fields: bool = True):
    """A noun phrase headed by a sector noun: "лёгкой промышленности", "строительстве",
    "сельского хозяйства" (a generic head such as "отрасль" needs a modifier)."""
    adjective = T(lambda t, c=case: is_adjective(t) and is_phrase_start(c)(t))
    adjectives = rule(adjective, rule(or_(rule(caseless("и")), rule(COMMA)).optional(),
                                      adjective).repeatable(max=3).optional())
    return rule(or_(
        light_phrase(case),  # "услуги по ремонту техники", "услуги в сфере ветеринарии"
        rule(adjectives, T(is_sector_head(case, fields=fields)),
             WORD.repeatable(max=6).optional()),
        rule(T(is_sector_head(case, False, fields)), WORD.repeatable(max=6).optional()),
        rule(T(is_sector_head(case, True, fields)), WORD.repeatable(max=6)),
        # "гостиничного бизнеса": a head that needs a sector adjective of its own
        rule(T(lambda t, c=case: is_sector_adjective(t) and in_case(t, c)),
             T(is_adjectival_head(case))),
    ), _after_noun().optional())  # "школ робототехники для детей"


@lru_cache(maxsize=None)
def sector_phrase(case: str, headed: bool = False, first=None, fields: bool = True):
    """A list of noun phrases: the sector, interpreted as ``Sector.sector_<case>``.
    ``headed``: the first phrase is headed by a sector noun (a field noun only if
    ``fields``; after a verb or a preposition "в сфере X" is read as a field marker)."""
    head = headed_phrase(case, fields) if headed else noun_phrase(case, first)
    more = noun_phrase(case) if case == "gent" else or_(noun_phrase(case),
                                                        noun_phrase("gent"))
    return rule(head, rule(LIST, more).repeatable(max=6).optional()).interpretation(
        getattr(Sector, "sector_" + case))


def _prepositions(marker):
    return in_caseless(set(marker.prepositions))


def _field_rules():
    """"в сфере X", "из нефтегазовой отрасли", "в IT-сфере"."""
    rules = []
    for m in (m for m in LEXICON.markers if m.kind == "field"):
        field = T(has_lemma(m.lemmas, frozenset({"NOUN"})))
        rules += [
            rule(_prepositions(m), field, sector_phrase(m.case, m.headed)),
            rule(_prepositions(m), rule(SECTOR_ADJ.repeatable(max=2), field).interpretation(
                Sector.field)),
            rule(_prepositions(m), T(is_compound_field(m.lemmas)).interpretation(Sector.field)),
        ]
    return rules


# what a verb may take before its sector phrase: "указали основным видом деятельности
# оптовую торговлю" (sector_cues.tsv "activity_frame"; w200)
FRAME = or_(*[phrase(p) for p in LEXICON.cues.get("activity_frame", ())])
FRAME_VERBS = frozenset(p[0] for p in LEXICON.cues.get("activity_frame_verb", ()))


def _verb_rules(elided: bool):
    """"специализирующихся на X", "занимаются X"; elided: "— на X", "— X", "— по X"."""
    rules, seen = [], set()
    for m in (m for m in LEXICON.markers if m.kind == "verb" or (elided and m.kind == "pp")):
        lead = (DASH.interpretation(Sector.elided) if elided
                else T(has_lemma(m.lemmas)))
        key = (m.prepositions, m.case, m.headed) if elided else m
        if key in seen:
            continue
        seen.add(key)
        frame = [] if elided or not m.lemmas & FRAME_VERBS else [FRAME.optional()]
        parts = [lead] + frame + (
            [_prepositions(m)] if m.prepositions else [])
        rules.append(rule(*parts, sector_phrase(m.case, m.headed, fields=False)))
    return rules


FIELD_MARKER = or_(*_field_rules())
MARKER = or_(FIELD_MARKER, *_verb_rules(elided=False))
ELIDED_MARKER = or_(*_verb_rules(elided=True))
PP_MARKER = or_(*[rule(_prepositions(m), sector_phrase(m.case, m.headed, fields=False))
                  for m in LEXICON.markers if m.kind == "pp"])

# between the counted noun and its marker: "работают", ", которые", " - ", "уже"
LINK = or_(
    rule(DASH), rule(COMMA), rule(T(is_adverb)), rule(T(is_verb)), rule(T(is_relative)),
    rule(T(is_preposition).optional(), T(is_stopword)), rule(T(is_activity)),
).repeatable(max=4)

QUALIFIER = T(lambda t: is_adverb(t) or is_preposition(t))  # более, около, свыше

# the whole a part is counted in: "из 20 компаний", "из 9 участников", "среди 50 участников"
MEMBERS = or_(rule(OBJECT.interpretation(Sector.object)),
              rule(T(lambda t: is_members(t) and not is_object(t))))
WHOLE = rule(caseless("из"), COUNT.interpretation(Sector.total), ADJS.optional(),
             MEMBERS.optional())
COUNTED = or_(
    rule(COUNT.interpretation(Sector.count),
         or_(PART.interpretation(Sector.part), WHOLE).optional(),
         ADJS.interpretation(Sector.adjectives).optional(),
         OBJECT.interpretation(Sector.object).optional()),
    rule(COUNT.interpretation(Sector.count), DASH, OBJECT.interpretation(Sector.object)),
)
COUNTED_OBJECT = rule(
    COUNT.interpretation(Sector.count),
    ADJS.interpretation(Sector.adjectives).optional(),
    OBJECT.interpretation(Sector.object),
)

# "приходится 27 предприятий из 90.": the whole after the noun, closing the clause
TAIL_WHOLE = rule(caseless("из"), COUNT.interpretation(Sector.total),
                  in_caseless({",", ".", ";"}))
SECTOR_FIRST = rule(FIELD_MARKER, LINK.optional(), QUALIFIER.optional(), COUNTED_OBJECT,
                    TAIL_WHOLE.optional())
MARKED = rule(COUNTED, LINK.interpretation(Sector.link).optional(), MARKER)
# the counted noun's own place or owner before the predicate: "шесть резидентов
# биотехнопарка занимаются ...", "компаний из Иннополиса ведут деятельность в области ..."
def _owner(t) -> bool:
    """A genitive noun that is no second counted group ("технопарка" is, "компаний" not)."""
    if t.type not in ("RU", "LATIN") or is_stopword(t):
        return False
    nouns = [f for f in forms(t) if "NOUN" in f.grams.values]
    if t.type == "LATIN" or (t.value.isupper() and len(t.value) > 1):  # ОЭЗ, IT-парка
        return bool(nouns) or t.type == "LATIN" or all(
            "UNKN" in f.grams.values for f in forms(t))
    return any("gent" in f.grams.values for f in nouns) and (
        not is_object(t) or not any("plur" in f.grams.values for f in nouns))


OWNER = or_(rule(T(_owner)), rule(caseless("из"), T(_owner)))
MARKED_OWNED = rule(COUNTED_OBJECT, OWNER, LINK.interpretation(Sector.link).optional(), MARKER)
ELIDED = rule(COUNTED, ELIDED_MARKER)
RESTATED = rule(COUNTED_OBJECT, COMMA.optional(), or_(rule(caseless("это")), rule(DASH),
                                                      rule(COLON)),
                OBJECT.interpretation(Sector.restated), sector_phrase("gent"))
BY_PREPOSITION = or_(
    rule(COUNTED_OBJECT, PP_MARKER),
    # a count whose noun is left out: "22 компании: девять в металлообработке, семь в ..."
    rule(COUNT.interpretation(Sector.count), PP_MARKER),
)
# "из восьми новых резидентов технопарка": a whole with its owner (a genitive noun)
OWNED_WHOLE = rule(WHOLE, T(lambda t: is_noun(t) and in_case(t, "gent")).optional())
# "15 из них — IT-компании", "9 — фармацевтические компании", "Пять из восьми резидентов
# технопарка — фармацевтические компании"
NAMED = rule(COUNT.interpretation(Sector.count),
             or_(PART.interpretation(Sector.part), OWNED_WHOLE).optional(),
             DASH, ADJS.interpretation(Sector.adjectives).optional(),
             T(lambda t: is_object(t) and in_case(t, "nomn")).interpretation(Sector.object),
             # "20 — предприятия химической промышленности" (not "8 — производством ...")
             sector_phrase("gent", headed=True).optional())
# "восемь — производители медицинской техники", "два из них — разработчики игр"
NAMED_MAKER = rule(COUNT.interpretation(Sector.count),
                   or_(PART.interpretation(Sector.part), OWNED_WHOLE).optional(), DASH,
                   ADJS.interpretation(Sector.adjectives).optional(),
                   T(lambda t: is_maker(t) and in_case(t, "nomn")).interpretation(
                       Sector.object),
                   sector_phrase("gent", first=T(lambda t: is_phrase_start("gent")(t)
                                                 and not is_object(t))))
GENITIVE = or_(
    rule(COUNTED_OBJECT, sector_phrase("gent", headed=True)),
    rule(COUNT.interpretation(Sector.count), ADJS.interpretation(Sector.adjectives).optional(),
         MAKER.interpretation(Sector.object),
         sector_phrase("gent", first=T(lambda t: is_phrase_start("gent")(t)
                                       and not is_object(t)))),
)
FROM_WHOLE = rule(or_(rule(in_caseless({"из", "среди"})), rule(caseless("в"), caseless("числе"))),
                  rule(in_caseless(qualifier_words()), caseless("чем").optional()).optional(),
                  COUNT.interpretation(Sector.total),  # "Из почти 3 тысяч ...", "из более чем 500"
                  ADJS.interpretation(Sector.adjectives).optional(), MEMBERS)
ADJECTIVAL = rule(COUNT.interpretation(Sector.count), ADJ.optional(),
                  SECTOR_ADJ.interpretation(Sector.adjectives))

# the count last: "Предприятий пищевой промышленности в районе — 12", "Компаний,
# работающих в сфере IT, в Иннополисе уже более 200."
PLACE = rule(in_caseless({"в", "во", "на"}), ADJ.optional(),  # "в Кировской области" (w200)
             T(lambda t: t.type in ("RU", "LATIN")))
COUNT_LAST = rule(PLACE.optional(), T(is_adverb).optional(), DASH.optional(),
                  QUALIFIER.optional(), COUNT.interpretation(Sector.count),
                  in_caseless({",", ".", ";"}))


def _genitive_plural(test):
    return T(lambda t: test(t) and in_case(t, "gent") and not in_case(t, "nomn"))


def _participle_rules():
    """"Выпускающих гидравлику предприятий в стране около 60": a marker verb's participle
    in the genitive plural with its sector phrase, before the counted noun (w200)."""
    rules, seen = [], set()
    for m in (m for m in LEXICON.markers if m.kind == "verb"):
        if m in seen:
            continue
        seen.add(m)
        lead = T(lambda t, ls=m.lemmas: bool(has_lemma(ls)(t)) and any(
            {"PRTF", "gent", "plur"} <= f.grams.values for f in forms(t)))
        parts = [lead] + ([_prepositions(m)] if m.prepositions else [])
        rules.append(rule(*parts, sector_phrase(m.case, m.headed, fields=False)))
    return rules


PARTICIPLE_MARKER = or_(*_participle_rules())

INVERTED = or_(
    rule(PARTICIPLE_MARKER, _genitive_plural(is_object).interpretation(Sector.object),
         COUNT_LAST),
    rule(_genitive_plural(is_object).interpretation(Sector.object),
         or_(sector_phrase("gent", headed=True), rule(COMMA, LINK.optional(), MARKER, COMMA),
             FIELD_MARKER, PP_MARKER),  # "Проектов в сфере туризма — 14", "Заводов по ..."
         COUNT_LAST),
    rule(_genitive_plural(is_maker).interpretation(Sector.object),
         sector_phrase("gent", first=T(lambda t: is_phrase_start("gent")(t)
                                       and not is_object(t))),
         COUNT_LAST),
)

SECTOR_COUNT = or_(
    SECTOR_FIRST,
    INVERTED,
    MARKED,
    MARKED_OWNED,
    ELIDED,
    RESTATED,
    BY_PREPOSITION,
    NAMED_MAKER,
    NAMED,
    GENITIVE,
    FROM_WHOLE,
    ADJECTIVAL,
    COUNTED_OBJECT,
).interpretation(Sector)


# --- API -----------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class SectorValue:
    """A sector count: ``text == source[start:stop]``."""

    start: int
    stop: int
    text: str
    count: int
    object: str
    sector: str
    total: Optional[int] = None
    via: str = "grammar"  # or the tree rule family (rufacts.grammars.sector_tree)
    okved: tuple = ()     # rufacts.grammars.okved.Okved codes of the sector
    qualifier: Optional[str] = None  # approx / more_than / less_than ("около 50")
