"""A one-word name in Latin letters right after a country's or a city's adjective is a company,
not a person: "Южноафриканской Sasol грозит штраф", "с норвежской Equinor". The press writes a
foreign company's own name in Latin letters after the adjective of its country (the noun
"компания" understood, as the adjective's gender shows); a foreign person's name it transliterates
("американский актёр Джон Смит"). The tagger's one-word person there becomes an organization, and
so does such a word the tagger passed by ("Эстонский LHV первым запустил", "польскому PKO"), found by
the doc's word index. (NEREL train and factRuEval dev: every such word after a place's adjective is an
organization.)

Read by :mod:`rufacts.components.entities`.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from .doc_words import word_positions
from .geo import place_of


def _latin_word(text: str) -> bool:
    return text.isascii() and text.isalpha() and text[:1].isupper()


def _one_word(doc: Doc, start: int, end: int) -> bool:
    """The name at ``doc[start:end]`` is one Latin word after a place's adjective, no capitalized word after it."""
    return start > 0 and bool(place_of(doc[start - 1])) \
        and not (end < len(doc) and doc[end].text[:1].isupper() and doc[end].is_alpha)


def latin_after_place(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with each such one-word person an ORG span."""
    changed = False
    out = []
    for s in spans:
        word = s[0]
        if s.label_ == "PER" and len(s) == 1 and _latin_word(word.text) and _one_word(doc, s.start, s.end):
            s = Span(doc, s.start, s.end, label="ORG")
            changed = True
        out.append(s)
    taken = {i for s in out for i in range(s.start, s.end)}
    missed = [Span(doc, i, i + 1, label="ORG") for i in word_positions(doc, _latin_word, capital=True)
              if i not in taken and i - 1 not in taken and _one_word(doc, i, i + 1)]
    if missed:
        return sorted(out + missed, key=lambda s: s.start)
    return out if changed else spans
