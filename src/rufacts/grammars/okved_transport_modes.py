"""ОКВЭД 2 of carriage by its mode (``lexicons/okved_transport_modes.tsv``).

A sector with a noun of carriage ("перевозки", "транспорт", "перевозчики", a compound
ending so: "грузоперевозки", "авиаперевозчики") whose codes are only the transport section
(H or its divisions) or none takes the division of the mode it names anywhere in it:
land (49: "автомобильный транспорт"), water (50: "речные перевозчики", "грузоперевозки по
Северному морскому пути"), air (51: "воздушный транспорт", "авиаперевозчики"). A mode
said outright (road, rail, water, air) beats the land default of freight and passengers
("речные пассажирские перевозки" 50, "грузовые авиаперевозки" 51); carriage of freight or
people with no other mode is land (49: "перевозки опасных грузов", "пассажирский
транспорт"). Storage and transshipment (52) and a bare "транспорт" (H) stay as they are.
"""
from __future__ import annotations

from functools import lru_cache

from ..lexicons import load_rows

_H = frozenset({"H", "49", "50", "51", "53"})
_PRIORITY = ("51", "50", "49")


@lru_cache(maxsize=1)
def _table() -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = {}
    for row in load_rows("okved_transport_modes.tsv"):
        out.setdefault(row[0], {})[row[1].replace("ё", "е")] = row[2] if len(row) > 2 else ""
    return out


def _carrier(words: frozenset[str]) -> str | None:
    """The prefix before a carriage noun in one of the word's lemmas ("" if bare)."""
    for word in words:
        for noun in _table()["carrier"]:
            if word.endswith(noun):
                return word[:-len(noun)].rstrip("-")
    return None


def mode_codes(positions: tuple[frozenset[str], ...], codes: list[str]) -> list[str]:
    """``codes`` with the mode's division where the sector is carriage (see the module)."""
    if any(c not in _H for c in codes):
        return codes
    table = _table()
    strong: set[str] = set()
    default: set[str] = set()
    carried = False
    for words in positions:
        prefix = _carrier(words)
        if prefix is not None:
            carried = True
            if prefix in table["prefix"]:
                strong.add(table["prefix"][prefix])
            elif prefix in table["default"]:
                default.add(table["default"][prefix])
        strong |= {table["mode"][w] for w in words if w in table["mode"]}
        default |= {table["default"][w] for w in words if w in table["default"]}
    if not carried:
        return codes
    found = strong or default
    for code in _PRIORITY:
        if code in found:
            return [code]
    return codes


__all__ = ["mode_codes"]
