"""A token's lemma as the rules compare it with their word lists: lower-case, ё read as е.

One place for the project (entity rules, sector grammars and components read it from here):
``folded_lemma(token)`` is ``token.lemma_.lower().replace("ё", "е")``."""
from __future__ import annotations


def folded_lemma(token) -> str:
    """A spaCy token's lemma, lower-cased, ё read as е: "Ёлка" -> "елка"."""
    return token.lemma_.lower().replace("ё", "е")
