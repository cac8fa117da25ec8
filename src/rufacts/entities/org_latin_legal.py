"""A Latin-script name followed by a foreign legal form is an organization: "Польская Drewpol
Sp. z o.o. закупила", "Испанская Cerámicas Levante S.A. вышла", "Zetor Tractors a.s.".

The tagger, trained on Cyrillic text, often misses such a name or reads it as a person's ("Levante
S.A" as a surname with initials). One to four Latin words, the first capitalized, right before a
legal form of kind "foreign" in ``lexicons/legal_forms.txt`` (matched as written there, with or
without its final dot) make one organization's span; spans it overlaps give way to it. Read by
:mod:`rufacts.components.entities`.
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Span

from ..lexicons.legal import legal_form_table
from .doc_text import doc_text

LATIN = "A-Za-z\u00c0-\u024f"
_ASCII_LETTER_RANGE = re.compile("[A-z]")  # any character from "A" to "z": a cheap first test


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    forms = sorted((f.abbreviation for f in legal_form_table().values() if f.kind == "foreign"),
                   key=len, reverse=True)
    alternatives = "|".join(re.escape(form).replace(r"\ ", r"\s+") for form in forms)
    word = rf"[{LATIN}0-9][{LATIN}0-9&'-]*"
    return re.compile(rf"(?<![{LATIN}0-9А-Яа-яЁё-])([A-Z\u00c0-\u00de]{word[len('[' + LATIN + '0-9]'):]}"
                      rf"(?:[ \u00a0]{word}){{0,3}})[ \u00a0]+(?:{alternatives})(?![{LATIN}0-9])")


def latin_legal_spans(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with each Latin name and its foreign legal form an organization's span."""
    text = doc_text(doc)  # (spaCy's doc.text joins every token again)
    if _ASCII_LETTER_RANGE.search(text) is None:
        return spans
    found = []
    for match in _pattern().finditer(text):
        span = doc.char_span(match.start(1), match.end(), label="ORG", alignment_mode="expand")
        if span is not None and span[-1].text == "." and len(span) > 1 and not span[-2].text.endswith("."):
            span = Span(doc, span.start, span.end - 1, label="ORG")  # the sentence's full stop
        if span is not None and not any(s.label_ == "ORG" and s.start <= span.start and span.end <= s.end
                                        for s in spans):
            found.append(span)
    if not found:
        return spans
    kept = [s for s in spans if not any(s.start < f.end and f.start < s.end for f in found)]
    return sorted(kept + found, key=lambda s: s.start)
