"""A foreign surname in -ов/-ёв/-ин after a particle in the instrumental: "с Клаусом фон Бредовом",
"снят Жаном-Батистом де Вильнёвом" are фон Бредов, де Вильнёв. A German or French surname of that shape
declines as a consonant stem (-ом), not as a Russian -ов surname (-ым), so the declension table, which
gives the Russian -ов/-ин stems their -ым alone, had no instrumental reading for "Бредовом" (and the
dictionary reads it as the adjective бредовый): the name stayed as written. After a particle (the hints
``GERMANIC`` or ``AFTER_PARTICLE`` analyze_name passes for the words around it) a last word in
-овом/-евом/-ёвом/-ином/-ыном gets the instrumental reading of the stem as written; a Russian surname
after a particle would end in -ым ("фон Визиным"), so the reading names no Russian one wrongly. Read by
:func:`rufacts.entities.names.analyze_name`."""
from __future__ import annotations

from .name_table_readings import Reading

PARTICLE_INSTRUMENTAL = 0.55  # as the table's -ов readings (lexicons/name_endings.tsv, class ov)
ENDS = ("овом", "евом", "ёвом", "ином", "ыном")
HINTS = frozenset({"germanic", "after_particle"})  # name_lusophone.GERMANIC, name_hispanic.AFTER_PARTICLE


def particle_instrumental(full: list[str], readings: list, cases) -> list:
    """``readings`` with the instrumental of a foreign -ов/-ин surname added to the last word, after a
    particle."""
    if not full or not HINTS & cases:
        return readings
    word = full[-1].lower()
    if not word.endswith(ENDS) or "-" in word or len(word) < 6:
        return readings
    nominative = word[:-2]
    if any(r.role == "last" and r.case == "ablt" and r.nominative == nominative for r in readings[-1]):
        return readings
    out = list(readings)
    out[-1] = tuple(out[-1]) + (Reading("last", "ablt", "masc", nominative, PARTICLE_INSTRUMENTAL),)
    return out
