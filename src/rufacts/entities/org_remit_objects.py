"""The object a body's remit governs, cut off the name by the tagger or the remit rules: a span
that ends with a lower-case verbal noun of its remit (``lexicons/remit_governed.tsv``) grows over
that noun's object in the case or after the preposition it governs ("Национальным комитетом по
управлению" + "бедствиями", "Азиатского центра по обеспечению готовности" + "к бедствиям"), and a
span whose remit ends with an instrumental after "с"/"со" grows over the rest of the list of
instrumentals ("Глобальный фонд для борьбы со СПИДом" + ", туберкулёзом и малярией"). The object is
lower-case adjectives and a noun in the governed case (an abbreviation too), with genitive
dependents, "и" between like members; a list with commas closes with "и", else it is no part of
the name; a place in the instrumental ("Комитет по экономическому сотрудничеству" + "с Монголией")
or a place in the genitive after the object ("с государствами" + "Центральной Азии") too, a place
nested in the name. Where the noun closes the name's genitive chain of two words or more ("Ассоциация
приграничного сотрудничества" + "с государствами ...", not "Министерства связи" + "с журналистами")
as where it follows "по" or "для". Not over another
entity's words (but such places). Read by :mod:`rufacts.components.entities` before the
list tails.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span

from ..grammars.folded import folded_lemma
from ..grammars.morph import UD_CASES, get_morph
from ..lexicons import load_rows
from .bodies import grow_complements, longest_by_start
from .doc_words import morph_values

PREPOSITION_CASE = {"к": "Dat", "с": "Ins", "со": "Ins", "за": "Ins", "над": "Ins"}
SUPERVISION = frozenset({"за", "над"})  # "Департамент надзора за ...", "контроля над ..."
REMIT = frozenset({"по", "для"})  # a remit inside the span: "по управлению", "для борьбы"
MAX_MEMBER = 4
MAX_MEMBERS = 5


@lru_cache(maxsize=1)
def _governed() -> dict[str, frozenset[str]]:
    return {row[0]: frozenset(row[1].split()) for row in load_rows("remit_governed.tsv") if len(row) > 1}


def _member(doc: Doc, i: int, case: str) -> int | None:
    """End of one member from ``doc[i]``: lower-case adjectives and a noun in ``case`` (or an
    abbreviation), its lower-case genitive dependents; None where there is none."""
    j = i
    while j < len(doc) and j - i < MAX_MEMBER and (doc[j].pos_ == "ADJ" and _adjective_case(doc[j], case)
                                                  or _degree_adverb(doc, j, case)) and doc[j].is_lower:
        j += 1
    if j >= len(doc):
        return None
    noun = doc[j]
    if not (noun.is_alpha and (noun.is_lower and noun.pos_ == "NOUN" and case in morph_values(noun, "Case")
                               or noun.is_upper and len(noun) > 1)):
        return None
    j += 1
    while j < len(doc) and j - i < MAX_MEMBER + 2 and doc[j].is_lower and doc[j].is_alpha \
            and doc[j].pos_ in ("NOUN", "ADJ") and "Gen" in morph_values(doc[j], "Case") \
            and not (doc[j].pos_ == "ADJ" and j + 1 < len(doc) and doc[j + 1].pos_ != "NOUN"):
        j += 1
    return j


def _degree_adverb(doc: Doc, j: int, case: str) -> bool:
    """An adverb in -о before an adjective in ``case`` ("системно" + "значимыми организациями")."""
    return doc[j].pos_ == "ADV" and doc[j].lower_.endswith("о") and j + 1 < len(doc) \
        and doc[j + 1].pos_ == "ADJ" and _adjective_case(doc[j + 1], case)


def _adjective_case(token, case: str) -> bool:
    """The tagger's case of an adjective, or a dictionary reading in it ("за техническим
    состоянием": the tagger may read "техническим" as a dative)."""
    if case in morph_values(token, "Case"):
        return True
    want = UD_CASES.get(case)
    return any(p.tag.POS == "ADJF" and p.tag.case == want for p in get_morph().parse(token.lower_))


def _members(doc: Doc, i: int, case: str, first: bool) -> int | None:
    """End of the members from ``doc[i]`` (``first``: one must stand there; else ``doc[i]`` is a
    comma or "и" after a member already taken); None where nothing is taken."""
    end = _member(doc, i, case) if first else i
    if end is None:
        return None
    taken, commas, last = end, False, end
    for _ in range(MAX_MEMBERS):
        if taken >= len(doc) or doc[taken].text not in (",", "и"):
            break
        nxt = _member(doc, taken + 1, case)
        if nxt is None:
            break
        commas = commas or doc[taken].text == ","
        if doc[taken].text == "и":
            last = nxt
        taken = nxt
    if commas and last != taken:
        return (end if first else None)  # ", туберкулёзом, малярией" with no "и": no list of the name's
    return (last if commas else taken) if (first or last > i) else None


def _place(spans: list[Span], i: int, case: str) -> Span | None:
    """A place span at ``i`` whose first word is capitalized and in ``case``."""
    return next((s for s in spans if s.start == i and s.label_ == "LOC" and s[0].text[:1].isupper()
                 and case in morph_values(s[0], "Case")), None)


def _object_end(doc: Doc, span: Span, spans: list[Span]) -> int | None:
    last = span[-1]
    if span.end >= len(doc) or not (any(t.lower_ in REMIT for t in span[1:])
                                    or len(span) > 2 and "Gen" in morph_values(last, "Case")
                                    or _supervision(span, doc[span.end])):
        return None  # a remit ("по взаимодействию") or the genitive chain ("приграничного сотрудничества";
        # not one noun right after the head: "Министерства связи" + "с журналистами" is no remit's object)
    if last.is_lower and last.pos_ == "NOUN":
        governed = _governed().get(folded_lemma(last))
        if not governed:
            return None
        after = doc[span.end]
        if after.lower_ in governed and after.lower_ in PREPOSITION_CASE:
            case = PREPOSITION_CASE[after.lower_]
            place = _place(spans, span.end + 1, case)  # "сотрудничеству" + "с Монголией"
            if place is not None:
                return place.end
            end = _members(doc, span.end + 1, case, True)
            owner = _place(spans, end, "Gen") if end is not None else None  # "с государствами" + "Центральной Азии"
            return owner.end if owner is not None else end
        if "ablt" in governed:
            return _members(doc, span.end, "Ins", True)
        return None
    if len(span) > 2 and span[-2].lower_ in ("с", "со") and "Ins" in morph_values(last, "Case"):
        return _members(doc, span.end, "Ins", False)  # "со СПИДом" + ", туберкулёзом и малярией"
    return None


def _supervision(span: Span, after) -> bool:
    """A head and one genitive noun of supervision before "за"/"над" ("Департамента надзора" + "за
    ... организациями"): the remit's object follows, as no adverbial's "за" (a time, a cause) has an
    instrumental."""
    return len(span) == 2 and span[-1].is_lower and "Gen" in morph_values(span[-1], "Case") \
        and after.lower_ in SUPERVISION and after.lower_ in _governed().get(folded_lemma(span[-1]), ())


def _seat_end(doc: Doc, end: int, spans: list[Span]) -> int:
    """``end`` moved over a seat "при <owner>" right after the object ("Комиссия по контролю и
    управлению государственным имуществом" + "при Госсовете КНР"), the owner's own span nested."""
    if end >= len(doc) or doc[end].lower_ != "при":
        return end
    return grow_complements(doc, end, longest_by_start(spans))[0]


def remit_objects(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with each organization cut before its remit's object grown over it, and its seat
    after the object."""
    out, changed = [], False
    for span in spans:
        end = _object_end(doc, span, spans) if span.label_ == "ORG" else None
        seat = end if end is not None and end > span.end else None
        end = _seat_end(doc, end, spans) if seat is not None else end
        if end is None or end <= span.end or any(
                s is not span and s.start < end and s.end > span.end
                and not (s.label_ == "LOC" and span.end < s.start and s.end <= end)
                and not (s.label_ in ("LOC", "ORG") and seat < s.start and s.end <= end) for s in spans):
            out.append(span)
            continue
        out.append(Span(doc, span.start, end, label="ORG"))
        changed = True
    return sorted(out, key=lambda s: (s.start, -s.end)) if changed else spans
