"""A material named by an abbreviation after "из", kept in the sector phrase (w139).

docs/gold-conventions.md (`sector`): the phrase keeps what its goods are made of ("мебель
из массива"). The surface grammar reads "из" + a genitive word; an abbreviation of a
material ("окна из ПВХ", "трубы из ПНД", "мебель из МДФ", "бутылки из ПЭТ") has no case
of its own, so it is read as a class: upper-case letters that the dictionary does not know.
A known abbreviation is a place or a body ("из США", "из КНР", "из ЕАЭС": Geox/Orgn
readings), the firms' origin, no material.
"""
from __future__ import annotations

from .sector_words import forms


def is_material_abbreviation(token) -> bool:
    """"ПВХ", "ПНД", "МДФ": two or more capital letters with no dictionary reading."""
    value = getattr(token, "value", "")
    found = forms(token)
    return len(value) > 1 and value.isalpha() and value.isupper() and bool(found) \
        and all("UNKN" in f.grams.values for f in found)


__all__ = ["is_material_abbreviation"]
