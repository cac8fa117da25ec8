"""An Indonesian woman's name: a surname (or second name) in -вати, the Javanese and Indonesian
women's name element -wati (Рахмавати, Сетиавати, Кусумавати, Индравати, Мегавати), says the name
is Indonesian, and a given name in -и before it stands as written in every case as Indonesian names
do ("доверили Ани Рахмавати": Ани, not the genitive of the Russian Аня; "с Рини Сетиавати").
Read by :func:`rufacts.entities.names.analyze_name`.
"""
from __future__ import annotations

from .name_table_readings import CASES, Reading

WATI = "вати"
ABOVE = 0.05


def indonesian_given(full: list[str], readings: list) -> list:
    """The first word in -и before a last word in -вати read as written, above its other readings."""
    if len(full) != 2 or not full[-1].lower().endswith(WATI) or len(full[-1]) <= len(WATI) + 1:
        return readings
    low = full[0].lower().replace("ё", "е")
    if not low.endswith("и") or not full[0][:1].isupper():
        return readings
    best = max((r.weight for r in readings[0] if r.role == "first"), default=0.0)
    out = list(readings)
    out[0] = tuple(r for r in readings[0] if not (r.role == "first" and r.nominative != low)) + tuple(
        Reading("first", case, "femn", low, best + ABOVE) for case in CASES)
    return out
