"""Token-level helpers for entity spans shared by the entity rules: quotes."""
from __future__ import annotations

from spacy.tokens import Doc

from .normal import CLOSE_QUOTES, QUOTES


def opens(doc: Doc, i: int) -> bool:
    """Whether the quote token ``doc[i]`` opens: «„ always; a straight or “ quote
    when it follows a space, a bracket or another opening quote."""
    text = doc[i].text
    if text in "«„":
        return True
    if text not in "\"“":
        return False
    return i == 0 or bool(doc[i - 1].whitespace_) or doc[i - 1].is_space \
        or doc[i - 1].text in "(«„" or (doc[i - 1].text in "\"“" and opens(doc, i - 1))


def open_quotes(doc: Doc, start: int, end: int) -> int:
    depth = 0
    for i in range(start, end):
        if doc[i].text in QUOTES:
            depth = depth + 1 if opens(doc, i) else max(depth - 1, 0)
    return depth


def take_closing_quotes(doc: Doc, start: int, end: int) -> int:
    """``end`` moved over the closing quotes of the quotes ``doc[start:end]`` opens."""
    depth = open_quotes(doc, start, end)
    while depth > 0 and end < len(doc) and doc[end].text in CLOSE_QUOTES and not opens(doc, end):
        depth -= 1
        end += 1
    return end
