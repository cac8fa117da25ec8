"""A first name whose oblique form is a case of a man's name and of a woman's name alike ("Габриэле":
Габриэль's and Габриэла's prepositional, "Фабиане": Фабиан's and Фабиана's) is decided by its surname's
case: a surname declined as a man's consonant stem ("Аттале": Атталь's prepositional; a woman's
foreign surname in a consonant stands unchanged, "о Габриэле Атталь") makes it the man's name, whatever
the two names' frequencies say. Read by :func:`rufacts.entities.names.analyze_name` for two-word
names (:func:`gender_by_surname`)."""
from __future__ import annotations

from .name_readings import Reading

KNOWN = 1.0  # a first name's reading by the dictionary or a lexicon
DECLINED = 0.5  # the surname's reading as a man's consonant stem: the table's or more


def gender_by_surname(full: list[str], readings: list) -> list:
    """``readings`` with the man's reading of the first word raised to the woman's in each oblique case
    the surname reads in as a man's declined consonant stem, and the woman's unchanged reading of the
    surname as written dropped there."""
    if len(full) != 2:
        return readings
    first, last = full[0].lower(), full[1].lower()
    declined = {r.case for r in readings[1] if r.role == "last" and r.gender == "masc" and r.case != "nomn"
                and r.weight >= DECLINED and r.nominative != last and last.startswith(r.nominative.rstrip("ь"))}
    raised: list[Reading] = []
    for case in declined:
        # (cases of two names, not a name as written of either gender: "Нино Кацарава")
        men = [r for r in readings[0] if r.role == "first" and r.case == case and r.gender == "masc"
               and r.weight >= KNOWN and r.nominative != first]
        women = [r.weight for r in readings[0] if r.role == "first" and r.case == case and r.gender == "femn"
                 and r.weight >= KNOWN and r.nominative != first]
        if men and women and max(women) > max(r.weight for r in men):
            raised.append(max(men, key=lambda r: r.weight)._replace(weight=max(women)))
    if not raised:
        return readings
    cases = {r.case for r in raised}
    kept = tuple(r for r in readings[1] if not (r.gender == "femn" and r.nominative == last and r.case in cases))
    return [tuple(readings[0]) + tuple(raised), kept]
