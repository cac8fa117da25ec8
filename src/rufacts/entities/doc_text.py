"""The text of the doc in hand, for every step that reads it."""
from __future__ import annotations

import re

from spacy.tokens import Doc

_LAST_TEXT: list = [None, ""]  # the doc in hand and its text
SOURCE = "rufacts_source"  # doc.user_data key: the input text where the doc reads it otherwise
# horizontal spaces other than the plain one (no-break, narrow no-break, thin, figure, em ...):
# the doc reads each as a plain space, one for one (the offsets stay), so the rules see "Мэр
# Москвы" in "Мэр" + U+00A0 + "Москвы" and the name "ПАО «Газпром»"; the record keeps the input
SPACES = str.maketrans(dict.fromkeys("\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008"
                                     "\u2009\u200a\u202f\u205f\u3000", " "))
OFFSETS = "rufacts_offsets"  # doc.user_data key: the input offset of each doc character, and of its end
# two or three spaces between two words of a line are a typo or a scrape's trace, one space to a
# reader ("Мэр Москвы" + two spaces + "Сергей Собянин"); a longer run is layout (columns), kept
_EXTRA_SPACES = re.compile(r"(?<=\S)  {1,2}(?=\S)")


def read_spaces(source: str) -> tuple[str, list[int] | None]:
    """The text the doc reads for ``source``: every horizontal space a plain one (``SPACES``),
    two or three spaces between words one; with the input offset of each of its characters
    (and of its end) where it is shorter than ``source``, else None."""
    text = source.translate(SPACES)
    if "  " not in text:
        return text, None
    parts, offsets, pos = [], [], 0
    for m in _EXTRA_SPACES.finditer(text):
        parts.append(text[pos:m.start() + 1])
        offsets.extend(range(pos, m.start() + 1))
        pos = m.end()
    if not parts:
        return text, None
    parts.append(text[pos:])
    offsets.extend(range(pos, len(text) + 1))
    return "".join(parts), offsets


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined once per doc: spaCy joins every token's text again on each read,
    and the dates, amounts, sectors and entities steps and the record each read it. Only the
    doc in hand is remembered (a doc's text does not change), so a second pass over the
    same texts, with new docs, gains nothing from it."""
    if _LAST_TEXT[0] is not doc:
        _LAST_TEXT[0] = None  # not the old doc with the new text, should doc.text raise
        _LAST_TEXT[1] = doc.text
        _LAST_TEXT[0] = doc
    return _LAST_TEXT[1]


def known_text(doc: Doc, text: str) -> None:
    """The tokenizer made ``doc`` from ``text``, whose every character it keeps (its words and
    spaces are the text): the doc in hand's text, not joined again. With one article at a time
    (the batch worker's records) no step joins a doc's tokens; in a batch of docs, the steps
    after the tokenizer join all but the last as before."""
    _LAST_TEXT[0] = None
    _LAST_TEXT[1] = text
    _LAST_TEXT[0] = doc

