"""An acronym between a participle and the person it describes is the body the person serves
(w297): "Представляющий BNPB пресс-секретарь заявил", "возглавлявший UNHCR дипломат".

A participle before a position word (:func:`rufacts.entities.role_phrase.is_role_word`, past
its adjectives) governs the words between them: an acronym in capitals alone there (two to six
letters, Latin or Cyrillic, no technology's name of ``lexicons/org_latin_technologies.txt``:
"использующий GPS навигатор" has no position word anyway) is its object, an organization the
tagger missed. Read by :mod:`rufacts.components.entities` after the Latin names' slots.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from ..grammars.morph import get_morph
from ..lexicons import load_list
from .doc_words import word_positions
from .role_phrase import is_role_word

ACRONYM = re.compile(r"^(?:[A-Z]{2,6}|[А-ЯЁ]{2,6})$")
MAX_ADJECTIVES = 2


def _participle(token) -> bool:
    """An active participle ("представляющий", "возглавлявший")."""
    return token.is_alpha and any(p.tag.POS == "PRTF" and "actv" in p.tag.grammemes
                                  for p in get_morph().parse(token.text))


def participle_objects(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with an organization for each acronym a participle before a position word governs."""
    taken = {i for s in spans for i in range(s.start, s.end)}
    found = []
    for k in word_positions(doc, ACRONYM.match, capital=True):  # (each distinct word tested once)
        if not 0 < k < len(doc) - 1:
            continue
        token = doc[k]
        if k in taken or token.lower_ in load_list("org_latin_technologies.txt") \
                or not _participle(doc[k - 1]):
            continue
        j = k + 1
        while j < len(doc) and j - k <= MAX_ADJECTIVES and doc[j].pos_ == "ADJ" and doc[j].is_lower:
            j += 1
        if j < len(doc) and is_role_word(doc[j]):
            found.append(Span(doc, k, k + 1, label="ORG"))
    return sorted(spans + found, key=lambda s: (s.start, -s.end)) if found else spans
