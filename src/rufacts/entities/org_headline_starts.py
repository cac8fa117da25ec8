"""A word opening a line of its own counts as a sentence's first word (session 38, w342, NEREL
organizations): news text often runs a headline into the article with no full stop, only a line break
("Человек года" + line break + "Журнал Time назвал ..."), and the sentence splitter then reads the article's first
word as the headline's next. A capitalized descriptor there is the sentence's capital, no part of the
name after it ("Журнал Time" -> "Time", "Компания Northrop Grumman" -> "Northrop Grumman"), as it is
after a full stop. The gap is the tokenizer's whitespace token (a line break, a tab, four spaces
or more: two or three spaces read as one, ``doc_text.read_spaces``) right before the word. Read by :func:`rufacts.entities.orgs.split_descriptor`.
"""
from __future__ import annotations

from spacy.tokens import Token


def opens_line(token: Token) -> bool:
    """Whether ``token`` opens a sentence or follows a gap (a whitespace token) in the text."""
    return token.is_sent_start or token.i > 0 and token.doc[token.i - 1].is_space
