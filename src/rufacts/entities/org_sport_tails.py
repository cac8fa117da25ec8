"""A sports body's name ending in its sport's noun takes in the sport's fixed phrase after it.

"Словацкому союзу хоккея на льду", "Латвийская федерация хоккея на льду", "Федерации хоккея на траве":
the tagger stops at the noun; the phrase (``lexicons/org_sport_tails.txt``: the noun's lemma, then
"на"/"с" and its words as written: "гонки на собачьих упряжках", "борьба на поясах алыш") is the
sport's name, no place or time of the event. A lexicon row's noun may stand in any form of its word
("прыжки на батуте" for "прыжков": the tagger's lemma is "прыжок"); the longest phrase that follows wins. A place in the genitive right after the phrase is
the region the body serves ("Федерация прыжков на батуте Свердловской области").
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span

from ..grammars.morph import get_morph
from ..lexicons import load_list
from .doc_words import morph_values

MAX_TAIL = 4  # the preposition and its words: "на собачьих упряжках", "на байдарках и каноэ"


@lru_cache(maxsize=1)
def _tails() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The sport noun's lemmas (as written in the row and the dictionary's) -> its phrases, longest first."""
    out: dict[str, set[tuple[str, ...]]] = {}
    morph = get_morph()
    for entry in load_list("org_sport_tails.txt"):
        words = entry.replace("ё", "е").split()
        if 2 <= len(words) - 1 <= MAX_TAIL:
            for lemma in {words[0], morph.parse(words[0])[0].normal_form.replace("ё", "е")}:
                out.setdefault(lemma, set()).add(tuple(words[1:]))
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in out.items()}


def sport_tail(doc: Doc, end: int) -> int:
    """``end`` moved over the sport's fixed phrase after ``doc[end - 1]``, where one follows."""
    if end < 1 or end + 2 > len(doc):
        return end
    for phrase in _tails().get(doc[end - 1].lemma_.lower().replace("ё", "е"), ()):
        stop = end + len(phrase)
        if stop <= len(doc) and tuple(t.lower_.replace("ё", "е") for t in doc[end:stop]) == phrase:
            return stop
    return end


def sport_tails(doc: Doc, spans: list[Span]) -> list[Span]:
    """ORG spans ending in a sport's noun grown over its fixed phrase; a span that already starts
    inside the phrase (the tagger's) is no obstacle but a place or an organization reaching past it is."""
    out = []
    places = {s.start: s for s in spans if s.label_ == "LOC"}
    for span in spans:
        if span.label_ == "ORG":
            end = sport_tail(doc, span.end)
            place = places.get(end) if end > span.end else None
            if place is not None and "Gen" in morph_values(place[-1], "Case"):
                end = place.end  # "Федерация прыжков на батуте" + "Свердловской области": the region it serves
            if end > span.end and not any(s.start < end < s.end or s.start < span.end < s.end
                                          for s in spans if s.label_ != "LOC" and s is not span):
                span = Span(doc, span.start, end, label="ORG")
        out.append(span)
    return sorted(out, key=lambda s: (s.start, -s.end))
