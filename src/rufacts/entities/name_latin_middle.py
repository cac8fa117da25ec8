"""A name written in Latin letters has no patronymic (read by
:func:`rufacts.entities.names_group.group_persons` on each person's settled name): a full word between
the first name and the surname is a second given name, part of ``first`` ("Patrick John Hartley",
"Josep Lluís Bonet", "Eliana María Krawczyk"), or a particle of the surname, part of ``last`` ("Paolo Del
Brocco" -> Del Brocco, "Momo al Italy" -> al Italy), as docs/gold-conventions.md writes these names in
Cyrillic ("Фрэнсис Форд Коппола": first Фрэнсис Форд; "Паоло Дель Брокко": last Дель Брокко). An
initial stays the middle ("John F. Kerrigan")."""
from __future__ import annotations

import re
from dataclasses import replace

from .name_latin_particles import PARTICLES

LATIN = re.compile(r"^[A-Za-z\u00c0-\u00ff'’-]+$")
# particles of Arabic names written in Latin letters, besides the European ones ("Karim Al Haddad")
ARABIC = frozenset({"al", "el", "bin", "ibn", "bint", "abu", "ben"})


def latin_middle(parts):
    """``parts`` with a full Latin middle word moved into the first name or, a particle, into the
    surname; ``parts`` else."""
    middle, first, last = parts.middle, parts.first, parts.last
    if not middle or not first or not last or middle.endswith(".") or len(middle) < 2:
        return parts
    if not all(LATIN.match(w) for p in (first, middle, last) for w in p.split()):
        return parts
    if middle.lower() in PARTICLES | ARABIC:
        return replace(parts, middle=None, last=f"{middle} {last}")
    return replace(parts, first=f"{first} {middle}", middle=None)
