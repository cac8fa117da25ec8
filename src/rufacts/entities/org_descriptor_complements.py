"""A descriptor with its complement before a quoted name is no part of the name (orgextent45).

"основательницу приюта для бездомных животных «Лапа дружбы»", "благотворительного фонда помощи
онкобольным детям «Искорка надежды»", "директор центра реабилитации детей-инвалидов «Добрые
ладошки»": the descriptor noun (``lexicons/org_descriptors.txt``, singular, lower case) says what
the body is, the words after it what it serves, and the quoted name alone is the body's own name
(docs/gold-conventions.md: without the descriptor). :mod:`rufacts.entities.quoted` reads a
descriptor right before the quotes or over one or two genitive words; here it reaches over a
longer complement of its own: up to five lower-case words (nouns, adjectives and participles in
any case, hyphenated ones too, "для" and "по" only right after the head), no verb, no punctuation between.

- :func:`descriptor_over_complement`: read by :func:`rufacts.entities.quoted.slot`;
- :func:`complement_cuts`: a span the tagger ran from such a descriptor over the quoted name is cut
  to the quoted name.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from ..lexicons import load_list
from .doc_words import morph_values
from .spans import closing_quote, opens, positions

MAX_COMPLEMENT = 5
PREPOSITIONS = frozenset({"для", "по"})


def _word(token) -> bool:
    return token.is_lower and token.text.replace("-", "").isalpha() and (
        token.pos_ in ("NOUN", "ADJ", "PROPN") or token.pos_ == "VERB" and bool(morph_values(token, "Case")))  # "брошенных"


def _head(token) -> bool:
    return token.pos_ == "NOUN" and token.is_lower and token.lemma_.lower() in load_list("org_descriptors.txt") \
        and "Plur" not in morph_values(token, "Number")


def complement_head(doc: Doc, k: int) -> int | None:
    """Index of the descriptor whose complement ends at ``doc[k]`` (see the module), or None."""
    if k < 0 or not _word(doc[k]) or doc[k].pos_ == "ADJ" or _head(doc[k]):
        return None  # (a descriptor right before the quotes is quoted.py's own reading)
    for m in range(k - 1, max(k - MAX_COMPLEMENT, 0) - 1, -1):
        token = doc[m]
        if _head(token):
            return m if k - m >= 2 else None  # one word after the head: quoted.py's own reading
        if token.lower_ in PREPOSITIONS:  # only right after the head: "приюта для ...", not
            return m - 1 if m > 0 and _head(doc[m - 1]) else None  # "академию ... по специальности"
        if not _word(token):
            return None
    return None


def descriptor_over_complement(doc: Doc, k: int) -> bool:
    """A descriptor and its complement of several words end at ``doc[k]`` (see the module)."""
    return complement_head(doc, k) is not None


def complement_cuts(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with each organization running from a descriptor over its complement into a
    quoted name cut to the quoted name."""
    quotes = set(positions(doc, ("«", '"', "„")))
    if not quotes:
        return spans
    out, changed = [], False
    for s in spans:
        if s.label_ == "ORG" and _head(s[0]):
            q = next((i for i in range(s.start + 2, s.end - 1) if i in quotes and opens(doc, i)), None)
            if q is not None and closing_quote(doc, q, 8) == s.end - 1 and complement_head(doc, q - 1) == s.start:
                s, changed = Span(doc, q, s.end, label="ORG"), True
        out.append(s)
    return out if changed else spans
