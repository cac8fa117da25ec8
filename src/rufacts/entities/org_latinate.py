"""One-word names of institutions built on a Latin neuter in -eum, -anum, -inum, which Russian
writes "-еум", "-анум", "-инум" and declines as a masculine noun: "в Моцартеуме" (the Salzburg
university), "из Рейксмюсеума", "в Атенеуме", "Альбертинум", "Фридерицианум". The tagger, trained
on Russian words, misses them.

A capitalized word inside a sentence that the dictionary does not know, ending in one of these
stems and a case ending of a masculine noun, is an organization, also where the tagger read the
word alone as a place or a person.
Read by :mod:`rufacts.components.entities`.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from ..grammars.morph import get_morph
from .doc_words import lower_index, lower_positions
from .institutions import opens_sentence

LATINATE = re.compile(r"^[а-яё]{3,}(?:еум|анум|инум)(?:|а|у|ом|е)$")


def _latinate_words(doc: Doc) -> list[str]:
    """The doc's lower-case words of the form of :data:`LATINATE` ("ум" first: a cheap test)."""
    return [word for word in lower_index(doc) if "ум" in word and LATINATE.match(word)]


def latinate_orgs(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with an ORG span for each such word; the tagger's place or person of that one
    word alone becomes the organization ("из амстердамского Рейксмюсеума" read as a place)."""
    candidates = [t for t in map(doc.__getitem__, lower_positions(doc, _latinate_words(doc)))
                  if t.is_title and t.is_alpha]
    if not candidates:
        return spans
    morph = get_morph()
    words = {t.i for t in candidates if not opens_sentence(doc, t.i) and not morph.is_known(t.lower_)}
    if not words:
        return spans
    taken = {i for s in spans for i in range(s.start, s.end)}
    out = [Span(doc, s.start, s.end, label="ORG") if len(s) == 1 and s.start in words else s for s in spans]
    out += [Span(doc, i, i + 1, label="ORG") for i in sorted(words - taken)]
    return sorted(out, key=lambda s: (s.start, -s.end))
