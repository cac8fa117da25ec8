"""Bodies named without a proper name.

- a body noun (``lexicons/body_heads.txt``) with whom or what it belongs to after it in
  the genitive: a position ("администрация президента", "пресс-служба губернатора"), a
  named person, organization or place ("пресс-служба Кадырова", "канцелярия правительства
  Израиля"), or a party or company said by its common noun ("политбюро
  партии", "руководство телеканала");
- a fixed phrase of common words (``lexicons/fixed_bodies.txt``): "совет директоров",
  "кабинет министров", "вооружённые силы";
with the adjectives before them ("областной департамент финансов", "наблюдательного совета");
- an organization's name with the organization it belongs to after it in the genitive
  ("Палаты общин парламента Великобритании", "Института физики твёрдого тела РАН",
  "Свердловского обкома КПСС");
- a body's remit or seat after "по", "при" or "против" ("Совета при губернаторе Тверской
  области по развитию туризма", "Общественного совета при министерстве", "сборную
  Казахстана по санному спорту", "комитетом ООН против расовой дискриминации");
- a body noun of ``lexicons/body_seat_heads.txt`` named by its seat alone, "<noun> при <owner>"
  (:func:`seated_bodies`): "комиссия при правительстве края по делам несовершеннолетних",
  "научно-технического совета при главном инженере комбината". The owner is a position word
  ("губернаторе", "полпреде"), a body or institution noun ("правительстве", "министерстве",
  "университете") or a named organization, place or person, and the remit after
  "по"/"против" may come before or after the seat ("комиссия по делам несовершеннолетних при
  администрации округа"). "Совет при поддержке спонсоров", "при этом", "при участии" have no
  owner: no body.
Each is one organization; the names inside stay mentions of their own.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from ..grammars.folded import folded_lemma
from ..grammars.morph import UD_CASES
from ..lexicons import load_list
from .org_lead_nouns import acronym_word, institution_genitive_name, owner_after as _owner_after, unit_heads
from .org_owner_branches import owned_branch
from .org_topic_tails import governs_with, refused_lemmas, topic_tail
from .doc_words import morph_values

MAX_ADJECTIVES = 3


@lru_cache(maxsize=1)
def body_heads() -> dict[str, str]:
    """Body noun lemma -> its marks ("*": a body in the plural too; "+": takes lower-case
    genitive words)."""
    out = {}
    for entry in load_list("body_heads.txt"):
        words = entry.split()
        out[words[0]] = "".join(words[1:])
    return out


def _genitive_words(doc: Doc, j: int, taken: set[int]) -> int:
    """End of up to three lower-case genitive words from ``j`` ending in a noun ("финансов", "нижней
    палаты"), not over an owner's noun after them (:func:`.org_lead_nouns.owner_after`); "и" between
    two adjectives does not count ("конституционного и муниципального права"), and an indeclinable
    noun the tagger read in another case is a genitive too ("кафедру фортепиано")."""
    end = words = j
    while end < len(doc) and words - j < 3 and end not in taken and doc[end].is_alpha \
            and doc[end].is_lower and doc[end].pos_ in ("NOUN", "ADJ") \
            and ("Gen" in morph_values(doc[end], "Case") or _indeclinable_noun(doc[end])) and not _owner_after(doc, j, end):
        end += 1
        words += 1
        if end + 1 < len(doc) and doc[end].lower_ == "и" and doc[end - 1].pos_ == "ADJ" and doc[end + 1].pos_ == "ADJ" \
                and doc[end + 1].is_lower and "Gen" in morph_values(doc[end + 1], "Case") and end not in taken:
            end += 1
    while end > j and doc[end - 1].pos_ != "NOUN":
        end -= 1
    return end


def _indeclinable_noun(token: Token) -> bool:
    """A noun that does not decline ("фортепиано", "кино"), read by the dictionary in the genitive too."""
    from ..grammars.morph import get_morph

    return token.pos_ == "NOUN" and any("Fixd" in p.tag and p.tag.case == "gent" for p in get_morph().parse(token.lower_))


@lru_cache(maxsize=1)
def _fixed() -> dict[str, list[tuple[str, ...]]]:
    out: dict[str, list[tuple[str, ...]]] = {}
    for entry in load_list("fixed_bodies.txt"):
        words = tuple(entry.replace("ё", "е").split())
        out.setdefault(words[0], []).append(words)
    return out


def _genitive(token: Token) -> bool:
    cases = morph_values(token, "Case")
    return "Gen" in cases or (not cases and token.pos_ in ("PROPN", "X")) or token.is_upper and token.is_alpha and len(token) > 1 and token.pos_ == "NOUN"  # a common noun's acronym ("отдела ЗАГС") does not decline; a country's or a name's ("в управлении КНДР", "пресс-службе президента РБК") is no genitive here


def _agrees(adj: Token, noun: Token) -> bool:
    """Whether some reading of the adjective has the noun's case ("областной департамент":
    the tagger read "областной" as a feminine genitive)."""
    from ..grammars.morph import get_morph

    if morph_values(adj, "Case") == morph_values(noun, "Case"):
        return True
    case = UD_CASES.get(next(iter(morph_values(noun, "Case")), ""))
    return case is not None and any(
        p.tag.POS == "ADJF" and p.tag.case == case for p in get_morph().parse(adj.lower_))


def adjectives_before(doc: Doc, i: int, taken: set[int]) -> int:
    """Start of the adjectives that agree with the noun ``doc[i]`` before it ("областной
    департамент"): at most ``MAX_ADJECTIVES``, in lower case or opening the sentence, none of
    ``taken`` nor of ``lexicons/anaphora_words.txt`` or ``lexicons/possessive_determiners.txt`` ("её отдел
    охраны труда"); ``i`` when there is none."""
    start = i
    while start > 0 and i - start < MAX_ADJECTIVES and start - 1 not in taken:
        adj = doc[start - 1]
        if adj.pos_ != "ADJ" or not adj.text.replace("-", "").isalpha() or not morph_values(adj, "Case") \
                or folded_lemma(adj) in load_list("anaphora_words.txt") \
                or adj.lower_ in load_list("possessive_determiners.txt") or folded_lemma(adj) in load_list("possessive_determiners.txt") \
                or not _agrees(adj, doc[i]) or not (adj.is_lower or adj.is_sent_start):
            break
        start -= 1
    return start


def longest_by_start(spans: list[Span]) -> dict[int, Span]:
    """Start token -> the longest span starting there."""
    entities: dict[int, Span] = {}
    for span in sorted(spans, key=lambda s: s.end - s.start):
        entities[span.start] = span
    return entities


def body_spans(doc: Doc, spans: list[Span]) -> list[Span]:
    """New ORG spans for bodies named without a proper name."""
    from .coref import common_nouns
    from .geo import folded_lemma_positions, lemma_positions

    heads, fixed = body_heads(), _fixed()
    roles = load_list("role_words.txt")
    nouns = common_nouns()
    entities = longest_by_start(spans)
    in_org = {i for s in spans if s.label_ == "ORG" for i in range(s.start, s.end)}
    taken = {i for s in spans for i in range(s.start, s.end)}
    out: list[Span] = []
    for i in sorted(set(lemma_positions(doc, heads.__contains__)) | set(folded_lemma_positions(doc, fixed))):
        token = doc[i]
        if i in in_org or token.pos_ not in ("NOUN", "ADJ", "PROPN") \
                or not (token.is_lower or token.is_sent_start and token.text[1:].islower()):
            continue
        lemma = folded_lemma(token)
        end = None
        plural_noun = token.pos_ == "NOUN" and "Plur" in morph_values(token, "Number")
        for words in () if plural_noun else fixed.get(lemma, ()):  # not "советами директоров"
            stop = i + len(words)
            if stop <= len(doc) and all(folded_lemma(doc[k]) == w for k, w in zip(range(i, stop), words)) \
                    and not any(k in taken for k in range(i, stop)):
                end = stop
        fixed_end = end
        if end is None and lemma in heads and ("*" in heads[lemma] or "Plur" not in morph_values(token, "Number")) \
                and not (i > 0 and doc[i - 1].lower_ == "под"):  # "под руководством X": no body
            j = i + 1
            if j < len(doc) and doc[j].is_lower and folded_lemma(doc[j]) in roles and _genitive(doc[j]) \
                    and j not in taken:
                end = j = j + 1  # "администрация президента"
            dependent = entities.get(j)
            if dependent is not None and dependent.label_ == "ORG" and lemma in unit_heads() \
                    and institution_genitive_name(dependent):
                continue  # "Учёный совет Окского университета": the university's unit, no body
            if dependent is not None and dependent.label_ == "PER" and token.is_lower \
                    and lemma in load_list("org_lower_units.txt"):
                pass  # "декана юридического факультета Марины Гольдберг": the unit's head, no owner
            elif dependent is not None and _genitive(dependent[0]):
                end = dependent.end  # "... Обамы", "пресс-служба Кадырова", "власти Таиланда"
            elif end is None and j < len(doc) and doc[j].is_lower and folded_lemma(doc[j]) in nouns \
                    and _genitive(doc[j]) and "Plur" not in morph_values(doc[j], "Number"):
                end = j + 1  # "политбюро партии", "руководство телеканала"
            elif end is None and "+" in heads[lemma] and _genitive_words(doc, j, taken) > j:
                end = _genitive_words(doc, j, taken)  # "департамент финансов"
        if fixed_end is not None:  # "правоохранительными органами Китая", "... совета концерна"
            dependent = entities.get(fixed_end)
            if dependent is not None and dependent.label_ == "ORG" and doc[fixed_end - 1].lemma_.lower() \
                    in unit_heads() and institution_genitive_name(dependent):
                continue  # "наблюдательный совет Камского комбината": the комбинат's
            if dependent is not None and _genitive(dependent[0]):
                end = dependent.end
            elif fixed_end < len(doc) and doc[fixed_end].is_lower \
                    and folded_lemma(doc[fixed_end]) in nouns and _genitive(doc[fixed_end]):
                end = fixed_end + 1
        if end is None:
            continue
        start = adjectives_before(doc, i, taken)
        out.append(Span(doc, start, end, label="ORG"))
        in_org.update(range(start, end))
    return out


def owned_orgs(doc: Doc, spans: list[Span]) -> list[Span]:
    """An organization's span grown over the organization right after it in the genitive
    (or an abbreviation): "Палаты представителей" + "Конгресса США"; the owner stays a
    span of its own. A name closed by its quotes takes in no owner ("АО «...» Минобороны")."""
    starts: dict[int, Span] = {}
    for span in spans:
        if span.label_ == "ORG" and (span.start not in starts or len(span) > len(starts[span.start])):
            starts[span.start] = span
    grown: dict[tuple[int, int], Span] = {}
    units: set[tuple[int, int]] = set()
    for span in sorted(spans, key=lambda s: -s.start):  # from the right: "УГИБДД" + "ГУ МВД" grown first
        owner = starts.get(span.end) if span.label_ == "ORG" else None
        if owner is None or (span.start, span.end) in grown:
            continue
        first = owner[0]
        if not (_genitive(first) or first.is_upper) or first.text in "«\"„":
            continue  # "компании «Альфа»" after a name is no owner
        if span[-1].text in "»\"“":
            continue  # "АО «Вертолётная сервисная компания» Минобороны": the quoted name whole, the owner a body
        if plain_unit(span) and institution_genitive_name(owner):
            units.add((span.start, span.end))  # "Учёный совет" + "Окского университета": the university's
            continue
        grown[(span.start, span.end)] = starts[span.start] = Span(doc, span.start, owner.end, label="ORG")
    if not grown and not units:
        return spans
    return sorted([grown.get((s.start, s.end), s) for s in spans if (s.start, s.end) not in units],
                  key=lambda s: (s.start, -s.end))


def plain_unit(span: Span) -> bool:
    """A unit of an organization with no name of its own: lower-case words (the first may open
    the sentence), a unit's noun last ("Учёный совет", "пресс-служба")."""
    return span[-1].lemma_.lower() in unit_heads() and span[-1].is_lower and all(
        t.is_lower or t.is_sent_start for t in span)


LINKED = {"по": "Dat", "при": "Loc", "против": "Gen"}
WITH = {"с", "со", "за"}  # a remit's own object: "по связям с общественностью"
MAX_COMPLEMENT = 6


def _complement(doc: Doc, i: int, entities: dict[int, Span]) -> int | None:
    """End of a "по/при/против" complement starting at ``doc[i]`` (the preposition): words
    in the case it governs, their genitive dependents, names, "и" between like ones."""
    case = LINKED.get(doc[i].lower_)
    j = i + 1
    if case is None or j >= len(doc) or folded_lemma(doc[j]) in refused_lemmas(doc[i].lower_):
        return None
    k = j  # ... nor its first noun after adjectives ("при финансовой поддержке")
    while k < len(doc) and k - j < 3 and doc[k].pos_ == "ADJ" and doc[k].is_lower:
        k += 1
    if k > j and k < len(doc) and folded_lemma(doc[k]) in refused_lemmas(doc[i].lower_):
        return None
    if k < len(doc) and folded_lemma(doc[k]) in load_list("body_complements_singular.txt") \
            and "Sing" in morph_values(doc[k], "Number"):
        return None  # "по земельному вопросу": a topic; "по вопросам семьи" is a remit
    if doc[i].lower_ == "при" and not is_owner(doc, j, entities):
        return None  # a seat needs its owner: not "при поддержке спонсоров", "при этом"
    end = named = None  # (named: the end of a place or a name: "по Ленинскому району" takes no "с ...", no "работы")
    while j < len(doc) and j - i <= MAX_COMPLEMENT:
        token = doc[j]
        ent = entities.get(j)
        if ent is not None and ent.label_ in ("LOC", "ORG"):
            end = j = named = ent.end
        elif token.text.replace("-", "").isalpha() and (token.pos_ in ("NOUN", "ADJ", "PROPN") or token.pos_ == "VERB" and morph_values(token, "Case")) and (
                case in morph_values(token, "Case") or "Gen" in morph_values(token, "Case")
                or case in ("Dat", "Ins") and dative_reading(token, case)) \
                and (token.is_lower or folded_lemma(token) in load_list("role_words.txt")) and j != named:
            j += 1
            if token.pos_ not in ("ADJ", "VERB") or not (j < len(doc) and doc[j].pos_ in ("NOUN", "ADJ")):
                end = j  # (an adjective with no noun after it stands for one: "несовершеннолетних")
        elif token.lower_ == "и" and end == j:
            j += 1
        elif end == j and token.is_upper and len(token) > 1 and token.is_alpha \
                and token.pos_ in ("NOUN", "PROPN", "X"):
            end = j = j + 1  # an abbreviation as a dependent: "по вопросам ЖКХ", "по развитию АПК"
        elif token.lower_ in WITH and end == j != named and case != "Ins" and j + 1 < len(doc) and governs_with(doc[j - 1], token.lower_) \
                and doc[j + 1].is_lower and doc[j + 1].pos_ in ("NOUN", "ADJ") and ("Ins" in morph_values(doc[j + 1], "Case") or dative_reading(doc[j + 1], "Ins")):
            j += 1  # "по борьбе с коррупцией", "по надзору за строительством"; once ("с просьбой" after it: no)
            case = "Ins"
        else:
            break
    return end


def dative_reading(token: Token, case: str = "Dat") -> bool:
    """A dative (or the ``case``) the tagger read as another case ("по борьбе", "по населённым пунктам",
    "за ядерной и радиационной безопасностью"): a noun, an adjective or a participle with its reading."""
    from ..grammars.morph import get_morph
    pos = {"NOUN": "NOUN", "ADJ": "ADJF", "VERB": "PRTF"}.get(token.pos_)
    return pos is not None and any(p.tag.POS == pos and p.tag.case == UD_CASES[case]
                                   for p in get_morph().parse(token.lower_))


def grow_complements(doc: Doc, end: int, entities: dict[int, Span]) -> tuple[int, bool]:
    """End of the "по/при/против" complements from ``doc[end]`` on, and whether one of them is
    a seat "при <owner>" ("при" with no owner ends the walk)."""
    seated = False
    while end < len(doc) and doc[end].lower_ in LINKED:
        stop = _complement(doc, end, entities)
        if stop is None:
            break
        seated = seated or doc[end].lower_ == "при"
        end = stop
    return end, seated


@lru_cache(maxsize=1)
def owner_lemmas() -> frozenset[str]:
    """Lemmas of the nouns that may own a body after "при": positions, bodies, institutions."""
    from .institutions import _nouns as institution_nouns
    from .role_phrase import role_lemmas

    return frozenset(role_lemmas() | set(body_heads()) | load_list("org_descriptors.txt")
                     | load_list("body_nouns.txt") | set(institution_nouns()))


def is_owner(doc: Doc, i: int, entities: dict[int, Span]) -> bool:
    """Whether the words from ``doc[i]`` (right after "при") name an owner: past the
    adjectives, a name or a noun of :func:`owner_lemmas` in the locative."""
    while i < len(doc) and doc[i].pos_ == "ADJ" and doc[i].is_lower and i not in entities:
        i += 1
    if i >= len(doc):
        return False
    if i in entities:
        return True
    token = doc[i]
    return token.pos_ == "NOUN" and (folded_lemma(token) in owner_lemmas() or token.lemma_.lower() in owner_lemmas())


def _seat_head(token: Token) -> bool:
    return token.pos_ == "NOUN" and token.lemma_.lower() in load_list("body_seat_heads.txt") \
        and (token.is_lower or token.text[1:].islower())


def seated_bodies(doc: Doc, spans: list[Span]) -> list[Span]:
    """New ORG spans: a body noun, its adjectives and its seat "при <owner>"."""
    from .geo import lemma_positions

    heads = load_list("body_seat_heads.txt")
    entities = longest_by_start(spans)
    in_org = {i for s in spans if s.label_ == "ORG" for i in range(s.start, s.end)}
    taken = {i for s in spans for i in range(s.start, s.end)}
    out: list[Span] = []
    for i in lemma_positions(doc, heads.__contains__):
        if i in in_org or i + 2 >= len(doc) or doc[i + 1].lower_ not in LINKED or not _seat_head(doc[i]) \
                or (i > 0 and doc[i - 1].lower_ in ("под", "при")):
            continue
        end, seated = grow_complements(doc, i + 1, entities)  # the remit may come first: "комиссия по делам ... при ..."
        if not seated:
            continue
        start = adjectives_before(doc, i, taken)
        out.append(Span(doc, start, end, label="ORG"))
        in_org.update(range(start, end))
    return out


def _after_role(doc: Doc, span: Span) -> bool:
    """An abbreviation right after a position word: a "по" after it is the position's remit
    ("заместитель директора МАГАТЭ по ядерной безопасности"), not the abbreviation's."""
    from .role_phrase import is_role_word

    return span.start > 0 and span[0].is_upper and is_role_word(doc[span.start - 1])


TERRITORIES = frozenset({"район", "область", "край", "округ", "город", "республика"})


def _place_remit(doc: Doc, i: int, entities: dict[int, Span]) -> bool:
    """"по" + a place at ``doc[i]``: the territory of a body's branch ("начальник УМВД России по
    Тамбову", "ОМВД России по Назрановскому району"), not the remit of the post before it."""
    if doc[i].lower_ != "по" or i + 1 >= len(doc):
        return False
    place = entities.get(i + 1)
    if place is not None and place.label_ == "LOC":
        return True
    return i + 2 < len(doc) and doc[i + 1].text[:1].isupper() and doc[i + 1].pos_ == "ADJ" \
        and doc[i + 2].lemma_.lower() in TERRITORIES


def _unit_owner(doc: Doc, span: Span, outer: int, entities: dict[int, Span]) -> bool:
    """An organization's name of several words ending a unit's lower-case noun phrase ("пресс-службы" +
    "ГУ МВД России", + "Следственного управления СК России") before a place after "по": the territory
    is the organization's branch ("ГУ МВД России по Свердловской области"), so it grows like a name of its own; a lone abbreviation ("пресс-службы
    МЧС по Санкт-Петербургу") is the ministry, the territory the unit's."""
    return len(span) > 1 and span[0].text[:1].isupper() and span[0].is_alpha and outer < span.start \
        and all(t.is_lower or t.is_sent_start for t in doc[outer:span.start]) \
        and doc[span.start - 1].lemma_.lower() in unit_heads() and _place_remit(doc, span.end, entities)


def complemented_orgs(doc: Doc, spans: list[Span]) -> list[Span]:
    """Body spans grown over their "по/при/против" complements."""
    heads = set(body_heads()) | load_list("org_descriptors.txt") | load_list("body_seat_heads.txt")
    entities = longest_by_start(spans)
    first_org: dict[int, int] = {}  # end -> the first start of an organization ending there
    for o in spans:
        if o.label_ == "ORG" and o.start < first_org.get(o.end, o.start + 1):
            first_org[o.end] = o.start
    orgs = [(o.start, o.end) for o in spans if o.label_ == "ORG"]  # (each label read once)
    out = []
    for span in spans:
        inner = first_org.get(span.end, span.start) < span.start and not _unit_owner(
            doc, span, first_org[span.end], entities) if span.end in first_org else False
        inner = inner or any(a < span.start and b > span.end for a, b in orgs)  # inside a longer name: its "по" is the outer name's
        # not after a quoted name ("ООО «Грозныйстройсервис» по делу о хищении": an adverbial)
        if span.label_ == "ORG" and not inner and span.end < len(doc) \
                and doc[span.end].lower_ in LINKED and span[-1].text not in "»\"“":
            nouns = [t for t in span if t.pos_ in ("NOUN", "PROPN") and t.is_alpha]
            # "Главное управление": the tagger may read a substantivized adjective as the noun
            head = next((t for t in nouns[:2] if folded_lemma(t) in heads), nouns[0] if nouns else None)
            if head is not None and (folded_lemma(head) in heads or owned_branch(span, spans) or acronym_word(head) and (
                    not _after_role(doc, span) or _place_remit(doc, span.end, entities))) \
                    and (folded_lemma(head) in heads or acronym_word(head) or _place_remit(doc, span.end, entities)) \
                    and not (doc[span.end].lower_ == "по" and topic_tail(doc, span)):
                end, _ = grow_complements(doc, span.end, entities)
                span = Span(doc, span.start, end, label="ORG") if end > span.end else span
        out.append(span)
    # an owner inside another body's complement keeps its own extent: "Экспертный совет при
    # Минэкономразвития по малому бизнесу" holds "Минэкономразвития", not "... по малому бизнесу"
    reach = [(o.end, g.end) for o, g in zip(spans, out) if g.end > o.end]
    out = [o if g.end > o.end and any(a <= o.start < b for a, b in reach) else g
           for o, g in zip(spans, out)]
    return sorted(out, key=lambda s: (s.start, -s.end))
