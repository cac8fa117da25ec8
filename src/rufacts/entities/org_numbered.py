"""Russian institutions named by their type, a number and a place: "СОШ № 12", "ИК-2", "СИЗО № 2",
"Тетюшской ЦРБ", "Свердловской ОКБ № 1", "3-го отдела полиции", "Собрание представителей
Сызранского района".

- An abbreviation of an institution's type (``lexicons/org_abbreviation_genders.tsv``, the rows with
  a kind: "ЦРБ", "СОШ", "ИК", "СИЗО") is one organization with a number after it ("СОШ № 12",
  "ГКБ N 15", "ИК-2") or a capitalized adjective of its place before it that agrees with the noun
  the abbreviation stands for ("в Тетюшской ЦРБ", "Буинской ЦРБ", "Свердловской ОКБ № 1"; of two
  readings either: "Уральского ОКБ" the бюро). A place the tagger read in it gives way; a longer
  span of the tagger's over it ("ГБУЗ «Дербентская ЦГБ»") stands. The nominative is
  :func:`rufacts.entities.org_abbrev_heads.abbreviation_headed`'s ("Тетюшская ЦРБ").
- An ordinal written in digits before an organization numbers it ("3-го отдела полиции" -> 3-й
  отдел полиции, "во 2-м отделе полиции"): the ordinal joins the name where it agrees with the
  name's first word; before lower-case adjectives and an institution's noun it makes one ("в 1-й
  городской больнице"). A number after a body named by common nouns is its own ("отдел полиции № 5").
- A municipal representative body (``lexicons/municipal_bodies.tsv``: "Собрание представителей",
  "Собрание депутатов", "Земское собрание") with the place it represents after it in the genitive
  ("Сызранского района", "городского округа Чапаевск", "Еткульского муниципального района"): one
  organization, the place a mention of its own inside it. A head noun with neither its members nor an
  adjective before it ("собрание жителей района", "на собрании Сызранского района") is no body.
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from ..grammars.morph import Morph
from ..lexicons import load_list, load_rows
from ..lexicons.legal import legal_run
from .doc_words import word_positions
from .geo import lemma_positions
from .institutions import NUMBER_SIGNS, _end as honoree_end, institution_heads, numbered, numbered_only
from .quotes import OPEN_QUOTES
from .org_abbrev_heads import abbreviation_readings, declined_base, institution_abbreviations
from .doc_words import morph_values

MAX_ADJECTIVES = 3  # "Свердловской областной" before an abbreviation
MAX_PLACE = 4       # genitive words of the place: "Еткульского муниципального района"
STATES = frozenset({"россия", "рф"})  # the state whose ministry's local office the acronym is
ORDINAL = re.compile(r"^\d{1,4}-(?:й|я|е|го|ого|му|ому|м|ом|ой|ю|ую|ым|ий|ый)$")


def _numbered(doc: Doc, k: int) -> int:
    """End of "№ 12" after the token at ``k``, or ``k + 1`` where no number follows."""
    return k + 3 if numbered(doc, k) else k + 1


def _word(token: Token) -> bool:
    """A word of letters, hyphenated too ("школы-интерната")."""
    return all(part.isalpha() for part in token.text.split("-"))


def _agreeing(morph: Morph, token: Token, genders: tuple[str, ...]) -> bool:
    """An adjective in the singular of one of the abbreviation's genders (masculine and neuter share
    their oblique forms), not a pronoun or a quality ("нашей", "новой")."""
    if not _word(token):
        return False
    parses = [p for p in morph.parse(token.text) if p.tag.POS in ("ADJF", "PRTF")]
    if any("Apro" in p.tag or "Qual" in p.tag for p in parses):
        return False
    return any(p.tag.number == "sing" and (p.tag.gender in genders or p.tag.case not in ("nomn", "accs")
                                           and p.tag.gender in ("masc", "neut")
                                           and {"masc", "neut"} & set(genders)) for p in parses)


@lru_cache(maxsize=1)
def _capital_kinds() -> bool:
    """Whether every abbreviation of ``institution_abbreviations`` starts with a capital: then
    only the doc's capitalized words can be one (word_positions' ``capital``)."""
    return all(kind[:1].isupper() for kind in institution_abbreviations())


def abbreviation_orgs(doc: Doc, spans: list[Span], morph: Morph) -> list[Span]:
    """``spans`` with an ORG span for each institution named by its type's abbreviation with a
    number or a place's adjective."""
    kinds = institution_abbreviations()
    found = []
    for k in word_positions(doc, lambda text: text.partition("-")[0] in kinds or declined_base(text) in kinds,
                            capital=_capital_kinds()):  # (declined_base: a capital first too)
        token = doc[k]  # (a few words of the doc; a declined masculine one too: "Ковдорским ГОКом")
        base, _, number = token.text.partition("-")
        base = base if base in kinds else declined_base(base) or base
        if base not in kinds or not base.isupper() or number and not number.isdigit():
            continue
        end = k + 1 if number else _numbered(doc, k)
        if end > k + 1 or number:
            end = honoree_end(doc, end - 1, False)  # "ГКБ № 1 имени Пирогова"
        genders = abbreviation_readings()[base]
        start = k
        while start > 0 and k - start < MAX_ADJECTIVES and _agreeing(morph, doc[start - 1], genders):
            start -= 1
        while start < k and not doc[start].text[:1].isupper():
            start += 1  # "в районной ЦРБ": a kind, no place; "нашей СОШ № 5"
        if start == k and end == k + 1 and not number:
            continue
        if start > 0 and doc[start - 1].text in OPEN_QUOTES:
            continue  # "МБОУ «СОШ № 4»": the quoted name is the quote rules'
        start = next((s.start for s in spans if s.label_ == "ORG" and s.start < start < s.end <= end
                      and legal_run([t.text for t in doc[s.start:start]]) == start - s.start), start)
        # ("[МБОУ СОШ] № 7": the tagger's legal form and abbreviation, the number after them)
        if any(s.start < end and start < s.end and (s.start < start or s.end > end) for s in spans
               if s.label_ in ("ORG", "PER") and not _lead_over(doc, s, start, end)) or any(
                s.start == start and s.end == end and s.label_ == "ORG" for s in spans):
            continue  # the tagger's organization holds it, or a name overlaps its edge
        if any(s.start < end and start < s.end and (s.start < start or s.end > end) for s in spans
               if s.label_ not in ("ORG", "PER")):
            continue  # a place reaching outside it
        found.append((start, end))
    if not found:
        return spans
    kept = [s for s in spans if not any(b <= s.start and s.end <= e or s.label_ == "ORG" and _lead_over(doc, s, b, e)
                                        for b, e in found)]
    return sorted(kept + [Span(doc, b, e, label="ORG") for b, e in found], key=lambda s: (s.start, -s.end))


def _lead_over(doc: Doc, span: Span, start: int, end: int) -> bool:
    """The tagger's organization ending with the institution and opening with a common noun before
    it, a noun the institution's name depends on ("[Хирургов Зеленодольской ЦРБ]")."""
    if span.label_ != "ORG" or span.end != end or not span.start < start:
        return False
    lead = doc[span.start:start]
    return lead[-1].pos_ == "NOUN" and all(
        t.is_alpha and (t.is_lower or t.i == span.start and t.is_sent_start) for t in lead)


def _lead_word(morph: Morph, token: Token) -> bool:
    """A post's or a person's noun before an organization (``org_lead_nouns.lead_nouns``), also a
    participle said as a noun ("Заведующую": заведующий)."""
    from .org_lead_nouns import lead_nouns
    if token.lemma_.lower() in lead_nouns():
        return True
    for p in morph.parse(token.text):
        if p.tag.POS == "PRTF":
            form = p.inflect({"masc", "sing", "nomn"})
            if form is not None and form.word in lead_nouns():
                return True
    return False


def numbered_leads(doc: Doc, spans: list[Span], morph: Morph) -> list[Span]:
    """``spans`` with the post's noun cut off the tagger's organization that names a numbered
    institution ("[Заведующую детского сада № 205]" -> детского сада № 205, "[Врачи ГКБ № 1 имени
    Пирогова]")."""
    changed, out = False, []
    for s in spans:
        sign = next((i for i in range(s.start + 2, s.end - 1) if doc[i].text in NUMBER_SIGNS
                     and doc[i + 1].like_num), None) if s.label_ == "ORG" else None
        if sign is not None:
            k = s.start
            while k < sign - 1 and k - s.start < 2 and (doc[k].is_lower or doc[k].is_sent_start) \
                    and doc[k].is_alpha and _lead_word(morph, doc[k]):
                k += 1
            if k > s.start and (doc[k].is_lower and _word(doc[k]) or doc[k].text in institution_abbreviations()):
                s = Span(doc, k, s.end, label="ORG")
                changed = True
        out.append(s)
    return out if changed else spans


def _ordinal_agrees(morph: Morph, ordinal: Token, first: Token) -> bool:
    """The digit ordinal's ending fits a case and gender of the name's first word."""
    numbers = _ordinal_readings(morph, ordinal)
    words = {(p.tag.case, p.tag.gender) for p in morph.parse(first.text)
             if p.tag.POS in ("ADJF", "NOUN") and p.tag.number == "sing"}
    return any(c == wc and (g == wg or g is None or wg is None or c not in ("nomn", "accs")
                            and {g, wg} <= {"masc", "neut"}) for c, g in numbers for wc, wg in words)


def _head_reading_agrees(morph: Morph, ordinal: Token, noun: Token, heads: frozenset[str]) -> bool:
    """A reading of ``noun`` as an institution's noun in the singular that the digit ordinal agrees
    with, where the tagger took another lemma ("1077-го ... полка": not the полка "shelf"; "на 3-й
    полке" stays a shelf: the ordinal is feminine)."""
    numbers = _ordinal_readings(morph, ordinal)
    return any(p.tag.POS == "NOUN" and p.normal_form in heads and p.tag.number == "sing"
               and (LOCATIVES.get(p.tag.case, p.tag.case), p.tag.gender) in numbers
               for p in morph.parse(noun.lower_))


LOCATIVES = {"loc2": "loct", "gen2": "gent"}  # "в полку", "полку" (the partitive)


def _ordinal_readings(morph: Morph, ordinal: Token) -> set[tuple[str, str | None]]:
    """(case, gender) readings of a digit ordinal; its ending alone tells them, so the number is
    read as one ("1077-го" as "1-го": the morphology reads long numbers as nouns)."""
    text = re.sub(r"^\d+", "1", ordinal.text)
    return {(p.tag.case, p.tag.gender) for p in morph.parse(text) if p.tag.POS == "ADJF"}


def _state_after_acronym(span: Span) -> bool:
    """A body's acronym and the country it serves closing ``span`` ("ИФНС России", "ОМВД России"):
    a number after them numbers the body ("Межрайонной ИФНС России № 4")."""
    return len(span) >= 2 and span[-2].is_upper and span[-2].is_alpha and len(span[-2]) > 1 \
        and span[-1].is_title and span[-1].lemma_.lower() in STATES


def _unit_acronym(span: Span) -> bool:
    """A lower-case unit noun and its owner's acronym closing ``span`` ("межрайонной инспекцией
    ФНС"): a number after them numbers the unit ("... ФНС № 8 по Краснодарскому краю", orgextent42)."""
    return len(span) >= 2 and span[-1].is_upper and span[-1].is_alpha and len(span[-1]) > 1 \
        and span[-2].is_lower and span[-2].pos_ == "NOUN"


def _area_after(doc: Doc, end: int, spans: list[Span]) -> int | None:
    """End of the area an office serves after its number, "по" and a place the tagger found ("№ 4 по
    Республике Татарстан"); None where none follows."""
    if end >= len(doc) or doc[end].lower_ != "по":
        return None
    return next((p.end for p in spans if p.start == end + 1 and p.label_ == "LOC"), None)


def numbered_edges(doc: Doc, spans: list[Span], morph: Morph) -> list[Span]:
    """``spans`` with a digit ordinal before an organization ("3-го отдела полиции") and a number
    after a body named by its common nouns ("отдел полиции № 5") taken into it."""
    changed, out = False, []
    taken = {i for s in spans for i in range(s.start, s.end)}
    for s in spans:
        k = s.start - 1
        if s.label_ == "ORG" and k >= 0 and k not in taken and ORDINAL.match(doc[k].text) \
                and s[0].is_alpha and _ordinal_agrees(morph, doc[k], s[0]):
            s = Span(doc, k, s.end, label="ORG")
            changed = True
        if s.label_ == "ORG" and _numbered(doc, s.end - 1) > s.end and s.end not in taken \
                and (s[-1].is_lower and s[-1].pos_ == "NOUN" or _state_after_acronym(s) or _unit_acronym(s)):
            area = _area_after(doc, s.end + 2, spans) if _state_after_acronym(s) or _unit_acronym(s) else None
            s = Span(doc, s.start, area or s.end + 2, label="ORG")
            changed = True
        out.append(s)
    heads = institution_heads() | _numbered_heads()
    bare = heads - numbered_only()  # right after the ordinal ("4-й части ГК": no body; "5-го детского сада" is)
    for k in word_positions(doc, ORDINAL.match):  # "в 1-й городской больнице": the ordinal names it
        token = doc[k]
        if k in taken:
            continue
        j = k + 1
        while j < len(doc) and j - k <= MAX_ADJECTIVES and j not in taken and doc[j].pos_ == "ADJ" \
                and doc[j].is_lower and _word(doc[j]):  # ("отдельного десантно-штурмового")
            j += 1
        if j < len(doc) and j not in taken and doc[j].is_lower and doc[j].pos_ == "NOUN" \
                and (doc[j].lemma_.lower() in (bare if j == k + 1 else heads) and "Plur" not in morph_values(doc[j], "Number")
                     and _ordinal_agrees(morph, token, doc[j])
                     or _head_reading_agrees(morph, token, doc[j], bare if j == k + 1 else heads)):
            out.append(Span(doc, k, j + 1, label="ORG"))
            changed = True
    return sorted(out, key=lambda s: (s.start, -s.end)) if changed else spans


@lru_cache(maxsize=1)
def _numbered_heads() -> frozenset[str]:
    """Units that a digit ordinal names ("118-й ... батальон"), ``lexicons/numbered_unit_heads.txt``."""
    return frozenset(load_list("numbered_unit_heads.txt"))


@lru_cache(maxsize=1)
def _municipal() -> dict[str, frozenset[str]]:
    """``lexicons/municipal_bodies.tsv``: kind ("head", "member") -> lemmas."""
    out: dict[str, set[str]] = {}
    for kind, lemma in load_rows("municipal_bodies.tsv"):
        out.setdefault(kind, set()).add(lemma)
    return {kind: frozenset(v) for kind, v in out.items()}


@lru_cache(maxsize=1)
def place_kinds() -> frozenset[str]:
    """Kinds of place before a municipality's name (``org_place_kind_nouns.txt`` and the "place" rows
    of ``municipal_bodies.tsv``): "городского округа", "муниципального образования"."""
    return load_list("org_place_kind_nouns.txt") | _municipal().get("place", frozenset())


def _gen(token: Token) -> bool:  # (a hyphenated place's adjective too: "Улуг-Хемского кожууна")
    return token.text.replace("-", "").isalpha() and "Gen" in morph_values(token, "Case") and token.pos_ in ("ADJ", "NOUN", "PROPN")


def _place_end(doc: Doc, j: int, starts: dict[int, Span]) -> int:
    """End of the place a body represents, in the genitive from ``j``: "Сызранского района",
    "городского округа Чапаевск", "Еткульского муниципального района"; ``j`` where there is none."""
    kinds = place_kinds()
    k, named = j, False
    while k < len(doc) and k - j < MAX_PLACE:
        if k in starts and starts[k].label_ == "LOC":
            end = starts[k].end  # "Тоджинского" + "кожууна": the kind the tagger left out
            return end + (end < len(doc) and doc[end - 1].pos_ == "ADJ" and _gen(doc[end])
                          and doc[end].is_lower and doc[end].lemma_.lower() in kinds)
        t = doc[k]
        if not _gen(t) or t.pos_ == "NOUN" and t.is_lower and t.lemma_.lower() not in kinds:
            break
        named = named or t.text[:1].isupper()
        k += 1
        if t.pos_ == "NOUN" and t.lemma_.lower() in kinds:
            if k < len(doc) and k in starts and starts[k].label_ == "LOC":
                return starts[k].end  # "городского округа" + "Чапаевск"
            if k < len(doc) and doc[k].text in OPEN_QUOTES:  # "муниципального образования «Ленский район»"
                close = next((i for i in range(k + 1, min(k + MAX_PLACE + 2, len(doc))) if doc[i].text in "»\"“"), None)
                if close is not None and close > k + 1 and doc[k + 1].text[:1].isupper():
                    return close + 1
            return k if named else j
    return j


def _level_before(doc: Doc, k: int) -> bool:
    """A lower-case level adjective right before the council's noun at ``k`` ("городского",
    "районного" + "собрания"; ``lexicons/org_branch_levels.tsv``): with the town's name after it the
    council is a body, not a meeting ("городского собрания Избербаша")."""
    from .org_extent_tails import _levels

    return k > 0 and doc[k - 1].is_lower and doc[k - 1].lemma_.lower() in _levels()


def municipal_bodies(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with an ORG span for each municipal body named with the place it represents."""
    lexicon = _municipal()
    heads, members = lexicon.get("head", frozenset()), lexicon.get("member", frozenset())
    starts = {}
    for s in spans:
        starts.setdefault(s.start, s)
    found = []
    for k in lemma_positions(doc, heads.__contains__):
        head = doc[k]
        if head.pos_ not in ("NOUN", "PROPN") or "Plur" in morph_values(head, "Number"):
            continue
        if any(s.start <= k < s.end and s.label_ == "PER" for s in spans):
            continue  # (the tagger's "Хурале", "Хурале представителей Тоджинского" are taken in below)
        start = k
        while start > 0 and doc[start - 1].pos_ == "ADJ" and doc[start - 1].is_alpha \
                and set(morph_values(doc[start - 1], "Case")) & set(morph_values(head, "Case")) \
                and not (start - 1 in starts):
            start -= 1
        j = k + 1
        if j + 1 < len(doc) and doc[j].pos_ == "ADJ" and doc[j].is_lower and _gen(doc[j]) \
                and doc[j + 1].lemma_.lower() in members:
            j += 1  # "народных депутатов"
        member = j < len(doc) and doc[j].is_lower and doc[j].lemma_.lower() in members and _gen(doc[j])
        if member:
            j += 1
        elif start == k or not (doc[start].text[:1].isupper() or _level_before(doc, k)):
            continue  # "на собрании Сызранского района": a meeting; "Земское собрание ...": a body
        end = _place_end(doc, j, starts)
        if not member and not doc[start].text[:1].isupper():
            if end == j:
                continue  # "на городском собрании жителей": a meeting; "городского собрания Избербаша": a body
            cut = next((i for i in range(j, end) if not _gen(doc[i])), end)  # ("Избербаша" + "Заире Мусалаевой")
            if all(doc[i].text[:1].isupper() for i in range(j, cut)):
                end = cut  # (not after a kind of place: "района" + "Отрадное" is the place's name)
            if end == j:
                continue
        if end == j and not (member and start < k and doc[start].text[:1].isupper()
                             and (not doc[start].is_sent_start or head.text[:1].isupper())):
            continue  # "в Псковском областном Собрании депутатов": its region's adjective names it
        if any(s.start < end and start < s.end and s.label_ in ("ORG", "PER") and (
                s.start < start or s.end > end) for s in spans):
            continue
        found.append((start, end))
    if not found:
        return spans
    kept = [s for s in spans if not any(b <= s.start and s.end <= e and s.label_ == "ORG" for b, e in found)]
    return sorted(kept + [Span(doc, b, e, label="ORG") for b, e in found], key=lambda s: (s.start, -s.end))
