"""A lone surname right after an age written with digits ("При 35-летнем Рзаеве обнаружили", "у
42-летнего Гаджиева изъяли") that no span covers: "N-летний" before a capitalized word is a person's age
as police and court news write it, and the word is his or her surname, where the dictionary knows it as
no common word nor place (a surname it knows, or a word it does not know: "800-летней Казани" is a
place's). A capitalized word after it makes a longer name, the tagger's to find, and is left alone.
The case and gender come from the adjective (entities/name_age_cue.py). Read by
:mod:`rufacts.entities.span_passes` (REPAIRED)."""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from .doc_text import doc_text
from .name_initials_missed import _surname_after_dot

AGE_TEXT = re.compile(r"(?<![\w-])\d{1,3}-летн(?:ий|его|ему|им|ем|яя|ей|юю|ая|ого|ому|ом|ой|ую)(?![\w-])", re.IGNORECASE)


def missed_age_surnames(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with a person of the one capitalized word after an age adjective no span covers."""
    text = doc_text(doc)  # (the doc's text read once for every step)
    if "-летн" not in text:
        return spans  # (most docs: no scan of their tokens)
    found = []
    covered = None
    for match in AGE_TEXT.finditer(text):
        age = doc.char_span(match.start(), match.end())
        if age is None or len(age) != 1:
            continue
        i = age.end
        if i >= len(doc) or not _surname_after_dot(doc[i]) or doc[i].is_sent_start:
            continue
        if i + 1 < len(doc) and doc[i + 1].text[:1].isupper() and doc[i + 1].is_alpha:
            continue
        if covered is None:
            covered = {j for s in spans for j in range(s.start, s.end)}
        if i in covered:
            continue
        found.append(Span(doc, i, i + 1, label="PER"))
    return sorted(spans + found, key=lambda s: (s.start, -s.end)) if found else spans
