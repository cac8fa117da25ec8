"""What looks like a date but is not read as one (used by :mod:`date_phrases`): a date
inside a web address, and a relative word or a month inside a short quoted name
(«Россия сегодня», «Музыка для декабря», «31 июня»; quoted speech with a verb stays a date)."""
from __future__ import annotations

import re

__all__ = ["URL", "in_title", "quoted_words"]

URL = re.compile(r"(?:https?://|www\.)\S+|\b[\w.-]+\.(?:ru|com|org|net|ua|su|рф)/\S*")
_OPEN, _CLOSE = "«“\"", "»”\""


def quoted_words(text: str, d):
    """The words of the short quotation around ``d`` («Россия сегодня»), else None."""
    left = text[max(0, d.start - 40):d.start]
    right = text[d.stop:d.stop + 40]
    i = max(left.rfind(q) for q in _OPEN)
    j = min((right.find(q) for q in _CLOSE if q in right), default=-1)
    if i < 0 or j < 0 or any(c in left[i + 1:] for c in "».!?\n") or any(c in right[:j] for c in "«.!?\n"):
        return None
    if left[i] == '"' and left[i + 1:].strip() and not left[i + 1:].strip()[0].isupper():
        return None
    words = re.findall(r"[^\W\d_]+", (left[i + 1:] + d.text + right[:j]).lower())
    return words if len((left[i + 1:] + d.text + right[:j]).split()) <= 4 else None


def in_title(text: str, d) -> bool:
    """A relative word, a month or a day and month without a year as the whole or part of a
    short quoted name: «Россия сегодня», «Музыка для декабря», «31 июня», газета «Сегодня»."""
    if d.interval or (d.shift is None and (d.begin is None or d.begin[0] is not None)):
        return False
    return quoted_words(text, d) is not None
