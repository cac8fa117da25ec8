"""Greek surnames in -у (the genitive of the father's or husband's name, Greek -ου: Папаконстантину,
Георгиу, Николау, Андреу, a woman's Пападопулу) stand unchanged in every case: after a Greek given
name of ``lexicons/name_foreign_first_names.tsv`` ("Яннису Папаконстантину": not the dative of a
Папаконстантин) the surname keeps only the reading as written; and before such a surname a Greek
woman's given name the lexicon lists as it is written, which stands unchanged (Зои, Элени, Ирини), keeps only
that reading ("с Зои Константопулу": not the genitive of Зоя). Not a surname in -осу/-ису/-асу, the
dative of a Greek surname in -ос/-ис/-ас ("Яннису Пападопулосу": Пападопулос), nor one in a consonant + -су,
which no Greek genitive ends in: the dative of a Latvian surname in -с after the Latvian Янис, a Greek name
too ("Янису Витолсу": Витолс, as Озолс, Бертулсонс). Read by
:func:`rufacts.entities.names.analyze_name`."""
from __future__ import annotations

import re

from .name_foreign_first import first_name_peoples

DECLINED = ("осу", "ису", "асу", "есу")
BALTIC_S = re.compile(r"[бвгдзклмнпрстфхцчшщ]су$")  # "Витолсу", "Ирбитсу": of a Latvian Витолс, Ирбитс


def _greek_given(readings) -> bool:
    return any(r.role == "first" and "greek" in first_name_peoples(r.nominative) for r in readings)


def greek_surname_u(full: list[str], readings: list) -> list:
    """Readings of the last word reduced to the unchanged ones where it ends in -у after a Greek given
    name."""
    if len(full) != 2:
        return readings
    low = full[-1].lower()
    if not low.endswith("у") or low.endswith(DECLINED) or BALTIC_S.search(low):
        return readings
    readings = _greek_given_as_written(full[0], readings)
    if not _greek_given(readings[0]):
        return readings
    kept = tuple(r for r in readings[-1] if r.role == "last" and r.nominative == low)
    return [readings[0], kept] if kept else readings


def _greek_given_as_written(first: str, readings: list) -> list:
    """The first word's readings reduced to a listed Greek name spelt as written, where it has one."""
    low = first.lower().replace("ё", "е")
    if "greek" not in first_name_peoples(low):
        return readings
    kept = tuple(r for r in readings[0] if r.role == "first" and r.nominative == low)
    return [kept, readings[1]] if kept else readings
