"""A German or Swiss surname in a consonant (Штудер, Бюлер, Хоффман; endings in
``lexicons/name_germanic_surname_ends.txt``) declines as a man's consonant stem, so its form in
-а/-у/-ом/-е after a given name is a case of it, not a surname in -а stood as written nor the case of
one: "Из доклада Рето Бюлера" is Рето Бюлер (not Бюлера after the unchanged Рето), "жюри присудило
Ренато Штайнеру" Штайнер (not the accusative of a Штайнера), and "Отставки Беата Штудера" Беат Штудер,
the man's name whose genitive is a woman's nominative (Беата), since a woman's foreign surname in a
consonant stands unchanged ("Беата Штудер", "Беаты Штудер"). Read by
:func:`rufacts.entities.names.analyze_name` for two-word names.
"""
from __future__ import annotations

from ..lexicons import load_list
from .name_readings import LEXICON

DECLINED = 0.5  # the table's reading of a man's consonant stem, or more


def germanic_stem(nominative: str) -> bool:
    """A German surname's nominative in a consonant by its ending; not -рер, -ьер (Spanish Эррера,
    Italian Барбьера)."""
    return len(nominative) >= 5 and not nominative.endswith(("рер", "ьер")) and nominative.endswith(
        tuple(load_list("name_germanic_surname_ends.txt")))


def germanic_surname_cases(full: list[str], readings: list) -> list:
    """``readings`` without the surname's readings of another nominative than its man's consonant stem,
    in a two-word name whose surname reads as the oblique case of a German stem and as no listed surname
    as written, where the first word reads as a man's (or an unchanged) given name in that case."""
    if len(full) != 2:
        return readings
    last = full[1].lower().replace("ё", "е")
    stems = {r.nominative for r in readings[1] if r.role == "last" and r.gender == "masc" and r.case != "nomn"
             and r.weight >= DECLINED and r.nominative != last and germanic_stem(r.nominative)
             and last.startswith(r.nominative)}
    if len(stems) != 1 or any(r.role == "last" and r.nominative not in stems and r.weight >= LEXICON
                              for r in readings[1]):
        return readings
    stem = next(iter(stems))
    cases = {r.case for r in readings[1] if r.role == "last" and r.nominative == stem}
    if not any(r.role == "first" and r.case in cases and r.gender != "femn" and r.weight >= 1.0
               for r in readings[0]):
        return readings
    kept = tuple(r for r in readings[1] if r.role != "last" or r.nominative == stem)
    first = tuple(r for r in readings[0] if not (r.role == "first" and r.gender == "femn" and r.case not in cases))
    return [first or tuple(readings[0]), kept]
