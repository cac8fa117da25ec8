"""A sports body's name ending in its sport's noun takes in the sport's fixed phrase after it.

"Словацкому союзу хоккея на льду", "Латвийская федерация хоккея на льду", "Федерации хоккея на траве":
the tagger stops at the noun; the phrase (``lexicons/org_sport_tails.txt``: the noun's lemma, then
"на"/"с" and a word as written) is the sport's name, no place or time of the event.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span

from ..lexicons import load_list

TAIL = 2  # the preposition and its word


@lru_cache(maxsize=1)
def _tails() -> dict[str, frozenset[tuple[str, str]]]:
    out: dict[str, set[tuple[str, str]]] = {}
    for entry in load_list("org_sport_tails.txt"):
        words = entry.split()
        if len(words) == 1 + TAIL:
            out.setdefault(words[0], set()).add((words[1], words[2]))
    return {k: frozenset(v) for k, v in out.items()}


def sport_tail(doc: Doc, end: int) -> int:
    """``end`` moved over the sport's fixed phrase after ``doc[end - 1]``, where one follows."""
    if end < 1 or end + TAIL > len(doc):
        return end
    phrases = _tails().get(doc[end - 1].lemma_.lower().replace("ё", "е"))
    if phrases and (doc[end].lower_, doc[end + 1].lower_) in phrases:
        return end + TAIL
    return end


def sport_tails(doc: Doc, spans: list[Span]) -> list[Span]:
    """ORG spans ending in a sport's noun grown over its fixed phrase; a span that already starts
    inside the phrase (the tagger's) is no obstacle but a place or an organization reaching past it is."""
    out = []
    for span in spans:
        if span.label_ == "ORG":
            end = sport_tail(doc, span.end)
            if end > span.end and not any(s.start < end < s.end or s.start < span.end < s.end
                                          for s in spans if s.label_ != "LOC" and s is not span):
                span = Span(doc, span.start, end, label="ORG")
        out.append(span)
    return sorted(out, key=lambda s: (s.start, -s.end))
