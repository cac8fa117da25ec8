"""A quoted name after a legal form that reads in no case its slot gives stands as written (used by
:func:`rufacts.components.entities._legal_quoted`): "финансового директора АО «Жетысу Логистик»"
is Жетысу Логистик, not the nominative of a dative "Жетысу" the analyzer guesses for a word it
lacks. The slot's cases come from the word before the legal form (:func:`.org_case.slot_cases`:
"директора" gives the genitive); a name declined after a legal form is in the slot's case, so a
name whose first word has no reading in any of them is no declined form; nor is a coined word the
dictionary lacks ending in a part of ``lexicons/org_coined_finals.txt`` ("В АО «Сибинфоком»": no
instrumental of "Сибинфок") where the slot is no instrumental's (orgquoted46)."""
from __future__ import annotations

from spacy.tokens import Span

from ..grammars.morph import Morph
from ..lexicons import load_list
from .org_case import slot_cases

NAME_POS = frozenset({"NOUN", "ADJF", "PRTF"})


def slot_refuses(morph: Morph, span: Span, first_word: str) -> bool:
    """The slot of ``span`` gives oblique cases and ``first_word`` (the quoted name's first word)
    reads as a noun or adjective in none of them."""
    cases = slot_cases(span)
    if "ablt" not in cases and first_word.lower().endswith(tuple(load_list("org_coined_finals.txt"))) \
            and not morph.is_known(first_word.lower()):
        return True  # "В АО «Сибинфоком»", "АО «Уралсибтелеком» сообщило"
    if not cases:
        return False
    readings = [p for p in morph.parse(first_word) if p.tag.POS in NAME_POS]
    return bool(readings) and not any(p.tag.case in cases for p in readings)
