"""The genitive of a lone surname listed with a surname whose form is the genitive only (used by
:func:`rufacts.entities.names_group.name_hints` beside ``coordinated_cases``): "экипаж
Добровольского, Волкова и Пацаева", "проекты Воздвиженского и Черепахина". A surname in -ов/-ин
alone in the genitive reads as a woman's in the nominative ("Пацаева"); the items of one list share
their case, and an adjectival surname in -ского/-цкого (-ого, -его) shows it: the genitive, a man's
name. Items are lone capitalized words over commas and "и"; a list of more words per item is not
read."""
from __future__ import annotations

from ..grammars.morph import Morph

LIST_MARKS = frozenset({",", "и"})
GENITIVE = frozenset({"gent"})
AMBIGUOUS_ENDS = ("ова", "ева", "ёва", "ина", "ына")
GENITIVE_ENDS = ("ого", "его")


def _lone_item(doc, i: int) -> bool:
    """``doc[i]`` is a capitalized word alone between list marks (or the list's edge)."""
    token = doc[i]
    if not (token.is_alpha and token.text[:1].isupper()):
        return False
    before = doc[i - 1] if i > 0 else None
    after = doc[i + 1] if i + 1 < len(doc) else None
    return not (before is not None and before.is_alpha and before.text[:1].isupper() and not before.is_sent_start) \
        and not (after is not None and after.is_alpha and after.text[:1].isupper())


def _genitive_surname(doc, i: int, morph: Morph) -> bool:
    word = doc[i].text
    if not word.lower().endswith(GENITIVE_ENDS):
        return False
    parses = morph.parse(word)
    return any(p.tag.case == "gent" and ("Surn" in p.tag.grammemes or p.tag.POS == "ADJF") for p in parses) \
        and all(p.tag.case in ("gent", "accs") for p in parses if p.tag.POS in ("NOUN", "ADJF"))


def listed_genitive(span, morph: Morph) -> frozenset[str]:
    """{"gent"} for a lone surname in -ова/-ина listed with a lone surname in the genitive only;
    empty else."""
    doc = span.doc
    if len(span) != 1 or not span[0].text.lower().endswith(AMBIGUOUS_ENDS) or not _lone_item(doc, span.start):
        return frozenset()
    for step in (-1, 1):
        i = span.start + step
        while 0 <= i + step < len(doc) and doc[i].lower_ in LIST_MARKS:
            item = i + step
            if not _lone_item(doc, item):
                break
            if _genitive_surname(doc, item, morph):
                return GENITIVE
            i = item + step
    return frozenset()
