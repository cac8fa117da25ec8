"""The case of a name's slot, where a preposition right before it governs one, decides between readings
that fit the words about as well: the normal form must decline back into the words as written in a
case the preposition governs ("с Жоау Лоуренсу": the instrumental of a Лоуренс is Лоуренсом, so the
surname stands unchanged, not the dative of Лоуренс; "о Пентти Ахола": not the genitive of an Ахол).
:func:`rufacts.entities.names_group.name_hints` marks such a slot (:data:`GOVERNED`), and
:func:`rufacts.entities.names.analyze_name` puts first the best reading in a governed case within
:data:`SLOT_MARGIN` of the best reading in another (the preposition's weight alone, 0.45, is less than
a known name's reading in the wrong case weighs over a name left as written)."""
from __future__ import annotations

from .name_table_readings import CASES

GOVERNED = "governed"  # the mark of a slot a preposition right before the name governs
SLOT_MARGIN = 0.7


def slot_first(solutions: list, cases: frozenset[str]) -> list:
    """``solutions`` (score, order, case, gender, chosen readings), best first, with the best reading
    in a case the slot's preposition governs put first where it is within :data:`SLOT_MARGIN` of the
    best and reads every word; its score raised to the best's, so that it leads the candidates too."""
    if GOVERNED not in cases or not solutions:
        return solutions
    governed = {c for c in cases if c in CASES}
    top = solutions[0][0]
    if not governed or solutions[0][2] in governed:
        return solutions
    for i, s in enumerate(solutions):
        if s[0] < top - SLOT_MARGIN:
            break
        if s[2] in governed and all(r is not None for r in s[4]):
            return [(top, *s[1:])] + solutions[:i] + solutions[i + 1:]
    return solutions
