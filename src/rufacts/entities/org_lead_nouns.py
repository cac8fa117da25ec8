"""A person's, a unit's or a thing's noun before an organization's name in the genitive is no
part of the name: "[Главврачу Старолесской районной больницы]" -> the больница,
"[Пресс-служба Кедровского завода]" -> the завод, "[Пациентов Лесогорского онкодиспансера]" ->
the онкодиспансер, "камерного оркестра" + "[Заозёрной филармонии]" -> the филармония.

The lead nouns are the posts (``lexicons/role_words.txt``), the people and things of an
organization (``org_slot_nouns.txt``), the people around a person (``person_staff.txt``), the
units of an organization (``org_unit_heads.txt``) and what is done to it (``org_work_nouns.txt``:
"[Ремонт] ДК имени Горького"). The name left must stand on its own: its first
word a capitalized adjective or an acronym, its last an organization's lower-case head noun in the
genitive (``institution_nouns.txt``, ``org_descriptors.txt``, ``body_heads.txt``: not "района")
or an acronym ("Сотрудники МЧС"), or a kind's acronym with its honoree, founder or place
(:mod:`rufacts.entities.org_kind_acronym_names`: "Коллектив ОКБ Сухого"); a person's name after
the noun is left to the person rules ("Пресс-служба Павла Дурова"). Read by :mod:`rufacts.components.entities` after the spans are
repaired, and by :func:`rufacts.entities.orgs.descriptor_orgs`, which does not take such a unit
noun before an organization into its name.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from ..grammars.adjective_endings import adjective_endings
from ..lexicons import load_list, load_words
from ..lexicons.legal import legal_forms
from .institutions import NUMBER_SIGNS, after_named, institution_heads
from .normal import CLOSE_QUOTES, OPEN_QUOTES
from .org_kind_acronym_names import acronym_genitive_name
from .org_stump_bodies import stump_body
from .doc_words import morph_values

MAX_LEAD = 3  # words before the name: "Главному врачу", "камерного оркестра"
# a sentence-initial adjective: the nominative and accusative, the masculine genitive and dative, the plural nominative
ADJ_ENDINGS = adjective_endings("sing nomn", "sing accs", "sing masc gent", "sing masc datv", "plur nomn")
GENITIVE = adjective_endings("gent")


@lru_cache(maxsize=1)
def lead_nouns() -> frozenset[str]:
    """The lead nouns; an institution's or a branch's noun is a body of its own ("завода",
    "филиала"), unless it is a unit's ("оркестра")."""
    bodies = institution_heads() | load_list("org_branch_nouns.txt")
    people = load_list("role_words.txt") | load_list("org_slot_nouns.txt") | load_list("person_staff.txt")
    return frozenset(people - bodies) | load_list("org_unit_heads.txt") | load_list("org_work_nouns.txt")


def unit_heads() -> frozenset[str]:
    return load_list("org_unit_heads.txt")


def _acronym(token: Token) -> bool:
    return token.is_upper and token.is_alpha and len(token.text) >= 2


def acronym_word(token: Token) -> bool:
    """A word of capitals, or of capitals around a lower-case "и" of two fields' initials
    ("УЭБиПК", "ОЭБиПК": economic security and anti-corruption): an acronym."""
    text = token.text
    return token.is_upper or len(text) > 3 and text.isalpha() and text.replace("и", "").isupper() \
        and "и" in text[1:-1] and "ии" not in text


def own_genitive_name(span) -> bool:
    """A name that stands on its own in the genitive: "Кедровского машиностроительного завода",
    "МЧС", with its number too ("СШОР № 7"), a stump compound ("Горэлектросети": :mod:`.org_stump_bodies`)
    (not a person's name, not a quoted name)."""
    if len(span) > 2 and span[-2].text in NUMBER_SIGNS and span[-1].like_num:
        return own_genitive_name(span[:-2])  # "СШОР № 7", "Городской больницы № 2"
    first, last = span[0], span[-1]
    if len(span) == 1:
        return _acronym(first) or stump_body(first.text)
    opens = _acronym(first) or (first.pos_ == "ADJ" and first.text[:1].isupper() and _word(first))
    closes = _acronym(last) or _body_genitive(last)
    if opens and not closes and not _acronym(first):
        # the head with its genitive complement: "Северного театра юного зрителя",
        # "Окского фонда развития отечественной анимации"
        k = next((i for i, t in enumerate(span) if t.pos_ != "ADJ"), len(span))
        tail = span[k + 1:]  # its complements joined by "и" too: "театра оперы и балета"
        closes = 0 < k < len(span) - 1 and _body_genitive(span[k]) and tail[-1].lower_ != "и" and all(
            t.is_lower and t.is_alpha and t.pos_ in ("ADJ", "NOUN") and _genitive(t)
            or t.lower_ == "и" and 0 < j for j, t in enumerate(tail))
    return opens and closes


def quoted_after_descriptor(span) -> bool:
    """A descriptor in the genitive or a legal form and the quoted name after it, the whole of
    ``span`` ("банка «Камский резерв»", "холдинга «Уралхимснаб»", "СПоК «...»"): the organization a post's noun before it
    belongs to ("Совладельцу банка «...»")."""
    legal = span[0].text[:1].isupper() and span[0].lower_ in legal_forms()  # "Пайщики СПоК «...»"
    if not legal and not (span[0].pos_ == "NOUN" and span[0].is_lower and "Gen" in span[0].morph.get("Case")
                          and span[0].lemma_.lower() in load_list("org_descriptors.txt")):
        return False
    if len(span) == 1:  # the quoted name a span of its own yet: "[Совладельцу банка] [«Камский резерв»]"
        return span.end < len(span.doc) and span.doc[span.end].text in OPEN_QUOTES
    return len(span) > 2 and span[1].text in OPEN_QUOTES and span[-1].text in CLOSE_QUOTES


def institution_genitive_name(span) -> bool:
    """An own genitive name led by an adjective whose head is an institution's noun
    (``institution_nouns.txt``: "Окского технологического университета", "Камского комбината"),
    not a body's ("общественного совета": its presidium is a body of its own) nor an acronym."""
    if not own_genitive_name(span) or span[0].pos_ != "ADJ":
        return False
    head = next((t for t in span if t.pos_ != "ADJ"), None)
    return head is not None and head.lemma_.lower() in descriptor_institutions()


@lru_cache(maxsize=1)
def descriptor_institutions() -> frozenset[str]:
    """Institutions that are also descriptors of a name (a university, a theatre, a plant), not
    a church's see ("Епархиальный совет Уфимской епархии" is a body of its own)."""
    return institution_heads() & load_list("org_descriptors.txt") | load_list("org_plant_heads.txt")


def _word(token: Token) -> bool:
    return token.is_alpha or all(part.isalpha() for part in token.text.split("-"))


def _genitive(token: Token) -> bool:
    """A genitive, or an adjective whose ending is the genitive's too ("юного" read as Acc)."""
    return "Gen" in token.morph.get("Case") or token.pos_ == "ADJ" and token.text.endswith(GENITIVE)


def _body_genitive(token: Token) -> bool:
    """A body's head noun in the genitive; a feminine one the tagger read as a locative or dative
    of the same form counts ("Исследователи ... национальной лаборатории": no preposition before)."""
    cases = token.morph.get("Case")
    return token.pos_ == "NOUN" and token.is_lower and token.is_alpha \
        and ("Gen" in cases or cases and set(cases) <= {"Loc", "Dat"} and _genitive_form(token.text)) \
        and token.lemma_.lower() in body_nouns()


def _genitive_form(word: str) -> bool:
    from ..grammars.morph import get_morph
    return any(p.tag.case == "gent" and p.tag.POS == "NOUN" for p in get_morph().parse(word))


def owner_after(doc: Doc, j: int, k: int) -> bool:
    """``doc[k]``, right after a noun of a unit's lower-case genitive words from ``j``, is a body's or
    an institution's noun in the singular: the unit's owner, no part of its name ("отдела
    радиационной безопасности" + "станции", "отдела продаж" + "компании"; "аппарата" + "нижней
    палаты" keeps its first noun and the body that one belongs to, "нижней палаты парламента", and
    "кафедры двигателей летательных аппаратов" its field's plural)."""
    heads = body_nouns()
    return k > j and doc[k].pos_ == "NOUN" and doc[k - 1].pos_ == "NOUN" and doc[k].lemma_.lower() in heads \
        and doc[k - 1].lemma_.lower() not in heads and morph_values(doc[k], "Number") == ["Sing"]


@lru_cache(maxsize=1)
def body_nouns() -> frozenset[str]:
    """Head nouns of organizations: institutions, descriptors, bodies (not "района": a place)."""
    return institution_heads() | load_list("org_descriptors.txt") \
        | load_words("body_heads.txt")


def _line_start(doc: Doc, k: int) -> bool:
    """The first word of a line (a headline without its full stop before it: "... из
    непроводников\\n\\nИсследователи Брукхейвенской национальной лаборатории")."""
    return k > 0 and ("\n" in doc[k - 1].whitespace_ or doc[k - 1].is_space and "\n" in doc[k - 1].text)


def _lead_end(doc: Doc, span: Span) -> int | None:
    """Index in ``doc`` where the name starts after the lead noun; None where no lead noun opens ``span``."""
    for k in range(span.start, min(span.end - 1, span.start + MAX_LEAD)):
        token = doc[k]
        plain = token.is_lower or token.is_sent_start or _line_start(doc, k)
        if not plain or not token.is_alpha and "-" not in token.text:
            return None
        if token.pos_ == "NOUN" and token.lemma_.lower() in lead_nouns():
            return k + 1
        if token.pos_ != "ADJ" and not (token.is_sent_start and token.text.lower().endswith(ADJ_ENDINGS)):
            return None  # (a sentence's first adjective the tagger read as a noun: "Учёный совет")
    return None


def _nominative_tail(span: Span) -> bool:
    """A lower-case nominative noun closing a name whose head noun stands in an oblique case after
    its genitives: the next clause's subject ("Фонду развития промыслов | мастерская получила")."""
    if len(span) < 3:
        return False
    last, before = span[-1], span[-2]
    head = next((t for t in span if t.pos_ in ("NOUN", "PROPN")), None)
    return last.pos_ == "NOUN" and last.is_lower and last.morph.get("Case") == ["Nom"] \
        and "Gen" in before.morph.get("Case") and head is not None and head is not last \
        and set(head.morph.get("Case")) & {"Dat", "Ins", "Loc"} and "Nom" not in head.morph.get("Case") \
        and not _indeclinable(last)  # "Ассоциацией производителей" + "кешью": every case reads nominative


def _indeclinable(token) -> bool:
    """A noun the dictionary reads indeclinable first ("кешью", "какао", "кофе")."""
    from ..grammars.morph import get_morph

    parses = get_morph().parse(token.lower_)
    return bool(parses) and "Fixd" in parses[0].tag.grammemes


def _abbreviation(token) -> bool:
    """A word of capitals (a digit or a hyphen may follow): "НЛМК", "СИЗО-1"."""
    letters = token.text.split("-", 1)[0]
    return len(letters) > 1 and letters.isalpha() and letters.isupper()


def _fixed_tail_name(span: Span) -> bool:
    """An own genitive name with its fixed tail (docs/gold-conventions.md): an honoree after
    "имени" ("Коллектив [Бельцкого государственного университета] имени Алеку Руссо"), a quoted
    name not in the genitive ("театра для детей и молодёжи «Малый»") or a "для" phrase of lower-case words."""
    end = len(span)
    if end > 2 and span[-1].text in CLOSE_QUOTES:
        end = next((i for i in range(end - 2, 0, -1) if span[i].text in OPEN_QUOTES), 0)
        if 0 < end < len(span) - 1 and span[end + 1].morph.get("Case") == ["Gen"]:
            return False  # "службы «Голоса Америки»": a body's owner in quotes, no name of its own
    named = next((i for i in range(1, end) if after_named(span.doc, span.start + i) is not None), None)
    if named is not None:
        rest = span[after_named(span.doc, span.start + named) - span.start:end]
        if not len(rest) or not all(t.text[:1].isupper() or t.text == "." for t in rest):
            return False
        end = named
    for_ = next((i for i in range(1, end) if span[i].lower_ == "для"), None)
    if for_ is not None:
        if not all(t.is_lower and t.is_alpha for t in span[for_:end]):
            return False
        end = for_
    return 0 < end < len(span) and own_genitive_name(span[:end])


def without_lead_nouns(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with the lead noun cut off the organizations that open with one."""
    out, changed = [], False
    for span in spans:
        if span.label_ == "ORG" and len(span) > 1 and span[0].pos_ == "ADP" and span[0].is_sent_start \
                and (span[1].is_title and span[1].is_alpha or _abbreviation(span[1])):
            span = Span(doc, span.start + 1, span.end, label="ORG")  # "[Благодаря Фонду развития ...]", "[Благодаря НЛМК]"
            changed = True
        if span.label_ == "ORG" and _nominative_tail(span):
            span = Span(doc, span.start, span.end - 1, label="ORG")  # "[Фонду развития промыслов мастерская]"
            changed = True
        if span.label_ == "ORG" and len(span) > 1:
            start = _lead_end(doc, span)
            name = doc[start:span.end] if start is not None else None
            if name is not None and (quoted_after_descriptor(name) or own_genitive_name(name)
                                     or acronym_genitive_name(name) or _fixed_tail_name(name)) and (
                    doc[start - 1].lemma_.lower() not in body_nouns() or institution_genitive_name(doc[start:span.end])):
                # (a body's own body keeps its owner but an institution's: "президиума ... совета")
                out.append(Span(doc, start, span.end, label="ORG"))
                changed = True
                continue
        out.append(span)
    return out if changed else spans
