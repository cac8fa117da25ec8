"""Spanish and Portuguese names in the dative or prepositional (-е):

- a given name the lexicons list in a soft -ль is read so over a hard -л the dictionary also tags a
  name: "о Мигеле Анхеле Бустаманте" is Анхель (lexicons/hispanic_first_names.txt), not Анхел, where
  the name is Iberian by its first word (:func:`soft_given`);
- a surname in -нте after an Iberian given name stands as written: "Бустаманте", "Эскаланте",
  "Льоренте", "Вильясанте", not of a Бустаманта. Spanish has many surnames in -ante/-ente/-onte and
  few in -anta/-enta: the gold of the earlier sessions has 19 surnames in -нте against two in -нта, a
  Ukrainian (Гонта) and a Portuguese one (Пимента) (:func:`surname_nte`); so with the other ends of
  ``lexicons/name_iberian_e_ends.tsv`` (the Basque and Portuguese -арте: Уриарте, Угарте, Ласарте,
  Дуарте; not the -рте of Уэрта, Пуэрта).

Read by :func:`rufacts.entities.names.analyze_name`.
"""
from __future__ import annotations

from functools import lru_cache

from ..lexicons import load_rows
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


@lru_cache(maxsize=2)
def _ends(kind: str) -> tuple[str, ...]:
    return tuple(row[1] for row in load_rows("name_iberian_e_ends.tsv") if row[0] == kind)


def surname_nte(full: list[str], readings: list) -> list:
    """The last word in -нте (or another kept end) after an Iberian given name read as written in every case, above the
    table's and the predictor's guesses (not a surname the dictionary knows otherwise)."""
    low = full[-1].lower().replace("ё", "е")
    if len(full) < 2 or not low.endswith(_ends("keep")) or low.endswith(_ends("not")) \
            or not iberian_given_word(full[0], readings[0]):
        return readings
    if any(r.role == "last" and r.weight >= 1.0 and r.nominative != low for r in readings[-1]):
        return readings
    best = max((r.weight for r in readings[-1] if r.role == "last"), default=0.0)
    weight = min(best + ABOVE, 0.95)
    out = list(readings)
    out[-1] = tuple(r for r in readings[-1] if not (r.role == "last" and r.nominative != low)) + tuple(
        Reading("last", case, None, low, weight) for case in CASES)
    return out


WOMAN_UNCHANGED = 1.0  # a woman's surname as written in her given name's case: as the dictionary's own


def woman_double_surname(full: list[str], readings: list) -> list:
    """A woman's given name in an oblique case before two surnames both written as nominatives the
    lexicons know ("пригласили Паулину Эррера Кастро"): the press often leaves a woman's double surname
    as written, so each surname reads as written in the given name's cases too, and the name is
    Паулина Эррера Кастро, not a Portuguese man's Паулину; a declined pair ("Паулину Эрреру Кастро")
    keeps its own readings."""
    if len(full) != 3:
        return readings
    first = full[0].lower().replace("ё", "е")
    cases = {r.case for r in readings[0] if r.role == "first" and r.gender == "femn" and r.case not in ("nomn",)
             and r.weight >= 1.0 and r.nominative != first}
    if not cases or any(r.role == "first" and r.nominative == first and r.weight >= 1.0 for r in readings[0]):
        return readings
    if not all(any(r.role == "last" and r.case == "nomn" and r.weight >= 1.0 and r.nominative == w.lower().replace("ё", "е")
                   for r in rs) for w, rs in zip(full[1:], readings[1:])):
        return readings
    out = list(readings)
    for i in (1, 2):
        low = full[i].lower().replace("ё", "е")
        out[i] = tuple(readings[i]) + tuple(Reading("last", case, "femn", low, WOMAN_UNCHANGED) for case in sorted(cases))
    return out
