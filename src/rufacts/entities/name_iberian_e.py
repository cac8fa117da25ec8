"""Spanish and Portuguese names in the dative or prepositional (-е):

- a given name the lexicons list in a soft -ль is read so over a hard -л the dictionary also tags a
  name: "о Мигеле Анхеле Бустаманте" is Анхель (lexicons/hispanic_first_names.txt), not Анхел, where
  the name is Iberian by its first word (:func:`soft_given`);
- a surname in -нте after an Iberian given name stands as written: "Бустаманте", "Эскаланте",
  "Льоренте", "Вильясанте", not of a Бустаманта. Spanish has many surnames in -ante/-ente/-onte and
  few in -anta/-enta: the gold of the earlier sessions has 19 surnames in -нте against two in -нта, a
  Ukrainian (Гонта) and a Portuguese one (Пимента) (:func:`surname_nte`).

Read by :func:`rufacts.entities.names.analyze_name`.
"""
from __future__ import annotations

from .name_hispanic import iberian_given, iberian_given_word
from .name_table_readings import CASES, Reading

ABOVE = 0.05  # above the reading it outweighs
E_CASES = ("datv", "loct")


def soft_given(full: list[str], readings: list) -> list:
    """Each word before the last with a listed Iberian given name in -ль among its readings of a case
    (-е) read above an unlisted name in -л of the same case."""
    if len(full) < 2 or not iberian_given_word(full[0], readings[0]):
        return readings
    out = list(readings)
    for i, rs in enumerate(readings[:-1]):
        if not full[i].lower().endswith("ле"):
            continue
        added = []
        for r in rs:
            if r.role == "first" and r.case in E_CASES and r.nominative.endswith("ль") and iberian_given(r.nominative):
                hard = [q for q in rs if q.role == "first" and q.case == r.case and q.nominative == r.nominative[:-1]
                        and not iberian_given(q.nominative) and q.weight >= r.weight]
                if hard:
                    added.append(r._replace(weight=max(q.weight for q in hard) + ABOVE, gender="masc"))
        if added:
            out[i] = tuple(rs) + tuple(added)
    return out


def surname_nte(full: list[str], readings: list) -> list:
    """The last word in -нте after an Iberian given name read as written in every case, above the
    table's and the predictor's guesses (not a surname the dictionary knows otherwise)."""
    low = full[-1].lower().replace("ё", "е")
    if len(full) < 2 or not low.endswith("нте") or not iberian_given_word(full[0], readings[0]):
        return readings
    if any(r.role == "last" and r.weight >= 1.0 and r.nominative != low for r in readings[-1]):
        return readings
    best = max((r.weight for r in readings[-1] if r.role == "last"), default=0.0)
    weight = min(best + ABOVE, 0.95)
    out = list(readings)
    out[-1] = tuple(r for r in readings[-1] if not (r.role == "last" and r.nominative != low)) + tuple(
        Reading("last", case, None, low, weight) for case in CASES)
    return out
