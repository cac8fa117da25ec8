"""The instrumental of a partner (used by :func:`rufacts.entities.names_group.name_hints`): "с"/"со"
before a person's name may govern the genitive or the instrumental, but after a word of meeting,
talk, deals or games, or "вместе", "наряду" (``lexicons/name_partner_words.txt``), only the
instrumental: "встреча с Вамбуи Кариуки" (an indeclinable Вамбуи Кариуки, not the genitive of
Вамбуя Кариука), "вместе с Со Мин Джэ". The word before "с" is read by its lemma, over an
adjective in between ("провёл телефонный разговор с")."""
from __future__ import annotations

from spacy.tokens import Token

from ..lexicons import load_list

PREPOSITIONS = frozenset({"с", "со"})
INSTRUMENTAL = frozenset({"ablt"})


def partner_cases(before: Token) -> frozenset[str] | None:
    """{"ablt"} where ``before`` (the word right before the name) is "с"/"со" after a partner word;
    None else."""
    if before.lower_ not in PREPOSITIONS or before.i == 0:
        return None
    head = before.doc[before.i - 1]
    return INSTRUMENTAL if head.lemma_.lower() in load_list("name_partner_words.txt") else None
