"""A theatre company named by two coordinated stage genres after its capitalized adjective:
"Солисты [Македонской оперы и балета]", "[Софийскую оперу и балет] возглавит", "[Национальной
оперы и балета] Молдовы" (the place after it, in the genitive, is part of the name:
``org_place_tail.place_tail``).

The genres are ``lexicons/stage_genre_nouns.txt``; the adjective agrees with the first, the
second shares its case. A span the tagger made of the adjective and the first genre ("Белградской
оперы") grows over "и" and the second; the spans inside the new name that are no place after it
go. Not an art form: "Русская опера и балет покорили Европу" (a nominative pair before a plural verb). Read by
:mod:`rufacts.components.entities` after the list tails.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..grammars.morph import UD_CASES, get_morph
from ..lexicons import load_list
from .doc_words import lower_positions
from .org_list_tails import indeclinable_place
from .org_place_tail import place_tail

_CASES = {grammeme: ud for ud, grammeme in UD_CASES.items()}  # pymorphy3's case -> spaCy's


def _genre(token: Token) -> bool:
    return token.is_alpha and token.is_lower and token.lemma_.lower().replace("ё", "е") in load_list("stage_genre_nouns.txt")


def _cases(token: Token, pos: tuple[str, ...]) -> set[str]:
    """The token's singular cases: the tagger's and the dictionary's."""
    out = set(token.morph.get("Case")) if "Plur" not in token.morph.get("Number") else set()
    out |= {_CASES.get(p.tag.case) for p in get_morph().parse(token.text)
            if p.tag.POS in pos and p.tag.number == "sing"}
    return out - {None}


def _pair(doc: Doc, i: int) -> int | None:
    """End of "Adj genre и genre" opened at ``doc[i]``; None where there is none."""
    if i + 4 > len(doc):
        return None
    adj, first, conj, second = doc[i], doc[i + 1], doc[i + 2], doc[i + 3]
    if not (adj.is_alpha and adj.text[:1].isupper() and not adj.is_upper and adj.pos_ in ("ADJ", "PROPN")) \
            or conj.lower_ != "и" or not _genre(first) or not _genre(second) \
            or first.lemma_.lower() == second.lemma_.lower():
        return None
    shared = _cases(adj, ("ADJF",)) & _cases(first, ("NOUN",)) & _cases(second, ("NOUN",))
    if not shared:
        return None
    return i + 4


def _plural_verb(doc: Doc, end: int) -> bool:
    return end < len(doc) and doc[end].pos_ in ("VERB", "AUX") and "Plur" in doc[end].morph.get("Number")


def genre_pairs(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with the companies named by two stage genres taken in whole."""
    found = []
    for i in (k - 2 for k in lower_positions(doc, {"и"}) if k >= 2):  # "Adj genre и genre"
        end = _pair(doc, i)
        if end is None or any(s.label_ == "ORG" and s.start < i < s.end for s in spans):
            continue  # (an adjective inside another name)
        starts = {s.start: s for s in spans}
        end = place_tail(doc, Span(doc, i, end, label="ORG"), starts, indeclinable_place) or end
        if "Nom" in _cases(doc[i], ("ADJF",)) & _cases(doc[i + 3], ("NOUN",)) and _plural_verb(doc, end):
            continue  # the art forms, a subject: "Русская опера и балет покорили Европу"
        found.append((i, end))
    if not found:
        return spans
    place_after = {(s.start, s.end) for s in spans for b, e in found
                   if s.label_ == "LOC" and b + 4 <= s.start and s.end <= e}
    keep = [s for s in spans if (s.start, s.end) in place_after or not any(
        s.start < e and b < s.end and (b <= s.start and s.end <= e) for b, e in found)]
    new = [Span(doc, b, e, label="ORG") for b, e in found]
    return sorted(keep + new, key=lambda s: (s.start, -s.end))
