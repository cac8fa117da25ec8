"""A compound given name whose second part is also a surname: "Жоау Батисты Моуры" is Жоау Батиста
Моура (the Brazilian and Portuguese João Batista, the Spanish Juan Bautista, after Saint John the
Baptist), while "Габриэла Батисты Рамуса" is Габриэл Батиста Рамус, Batista a surname. The pairs are
listed (lexicons/name_compound_given.tsv); after a listed first name, the second word reads as a
given name of the lexicons' weight in the cases its readings have, so that the three words read as a
compound given name and a surname. Read by :func:`rufacts.entities.names.analyze_name`.
"""
from __future__ import annotations

from functools import lru_cache

from ..lexicons import load_rows
from .name_table_readings import Reading

LEXICON = 1.2  # as a foreign first name of lexicons/foreign_names.tsv


@lru_cache(maxsize=1)
def _pairs() -> frozenset[tuple[str, str]]:
    return frozenset((first, second) for first, second in load_rows("name_compound_given.tsv"))


def compound_given(full: list[str], readings: list) -> list:
    """The second of three words read as the listed second given name after its listed first one."""
    if len(full) != 3:
        return readings
    pairs = _pairs()
    firsts = {full[0].lower().replace("ё", "е")} | {r.nominative for r in readings[0] if r.role == "first"}
    seconds = {second for first, second in pairs if first in firsts}
    if not seconds:
        return readings
    added = {(r.case, r.nominative) for r in readings[1] if r.nominative in seconds}
    if not added:
        return readings
    out = list(readings)
    out[1] = tuple(readings[1]) + tuple(Reading("first", case, "masc", nominative, LEXICON)
                                        for case, nominative in sorted(added))
    return out


def listed_compound(first: str) -> bool:
    """``first`` ("Жоау Батиста") is a listed compound given name."""
    return tuple(first.lower().replace("ё", "е").split()) in _pairs()
