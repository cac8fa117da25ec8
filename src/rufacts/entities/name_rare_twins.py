"""A first name's rare twin of the other gender weighs below the common name it shadows.

Many Russian given names have a twin of the other gender that the dictionary knows but the press
hardly uses: Эдуарда (a woman's) beside Эдуард, Анатолия beside Анатолий, Марин (a man's) beside
Марина. A word that spells a case of both ("Эдуарду", "Анатолии", "Марина") is read as the common
name, unless the name's other words or a firm cue call for the rare one: a weak hint of the slot
(the genitive after a noun, an accusative after a verb that has its own object) does not turn
"Эдуарду Зинатуллину" into Эдуарда Зинатуллина, "Анатолии Дубяго" into Анатолия, nor "Марина
Боргоякова" into Марин Боргояков.

The twin weighs ``TWIN_BELOW`` below the common name's reading of the same word, more than a
context hint (:data:`rufacts.entities.name_solutions.HINT`), less than a surname's agreement of
gender: "Ринаты Хабибуллиной" stays Рината (no Ринат spells "Ринаты"), "Эдуарды" stays hers.
"""
from __future__ import annotations

from .first_names import name_class
from .name_table_readings import Reading

TWIN_BELOW = 0.35  # below the common twin's weight: more than a slot's hint (0.3)
COMMON = 2  # the class (lexicons/first_names.tsv) from which a name shadows its rare twin
RARE = 1  # a twin of this class or none (a foreign list's name counts 1) is the rare one
OTHER = {"masc": "femn", "femn": "masc"}


def rare_twins(readings: list[Reading]) -> list[Reading]:
    """``readings`` of one word with each first-name reading of a rare name (class <= RARE) lowered
    below the reading of a common name (class >= COMMON) of the other gender the same word spells,
    whose nominative differs from it by a final vowel or -й ("Анатолии": Анатолия / Анатолий)."""
    firsts = [r for r in readings if r.role == "first" and r.weight >= 1.0 and r.gender in OTHER]
    common = [r for r in firsts if name_class(r.nominative, r.gender) >= COMMON]
    if not common:
        return readings
    out = []
    for r in readings:
        if r.role == "first" and r.gender in OTHER and r.weight >= 1.0 \
                and name_class(r.nominative, r.gender) <= RARE:
            shadow = [c for c in common if c.gender == OTHER[r.gender] and _twins(c.nominative, r.nominative)]
            if shadow:
                r = r._replace(weight=min(r.weight, max(c.weight for c in shadow) - TWIN_BELOW))
        out.append(r)
    return out


def _twins(a: str, b: str) -> bool:
    """Two nominatives of one stem: "эдуард"/"эдуарда", "анатолий"/"анатолия", "марина"/"марин"."""
    a, b = a.lower().replace("ё", "е"), b.lower().replace("ё", "е")
    stem_a, stem_b = a.rstrip("аяй").removesuffix("и"), b.rstrip("аяй").removesuffix("и")
    return a != b and (stem_a == stem_b or a.rstrip("аяй") == b.rstrip("аяй"))
