"""A Latin-script organization name of several words the tagger cut after its first word:
"в концерне Moravské strojírny", "с фирмой Société générale", "банк Crédit agricole".

In Russian text a run of Latin-script words right after an organization's Latin word belongs to
the same name (the tagger, trained on Cyrillic, often stops at a lower-case or accented second
word). The span grows over up to three more Latin words of letters, not over a Cyrillic word, a
punctuation mark or another entity. Read by :mod:`rufacts.components.entities`.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

MAX_TAIL = 3


def latin_word(token: Token) -> bool:
    text = token.text.replace("-", "").replace("'", "")
    return bool(text) and text.isalpha() and all(c.isascii() or "\u00c0" <= c <= "\u024f" for c in text)


def latin_tails(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with each Latin organization name grown over the Latin words right after it."""
    starts = {s.start for s in spans}
    out, changed = [], False
    for span in spans:
        end = span.end
        if span.label_ == "ORG" and latin_word(span[-1]):
            while end < len(doc) and end - span.end < MAX_TAIL and end not in starts \
                    and latin_word(doc[end]) and not doc[end - 1].whitespace_ == "":
                end += 1
        if end > span.end:
            out.append(Span(doc, span.start, end, label="ORG"))
            changed = True
        else:
            out.append(span)
    return out if changed else spans
