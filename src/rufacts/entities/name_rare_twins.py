"""A common first name outweighs its rare twin of the other gender in a word that spells both.

Many Russian given names have a twin of the other gender that the dictionary knows but the press
hardly uses: Эдуарда (a woman's) beside Эдуард, Анатолия beside Анатолий, Марин (a man's) beside
Марина. A word that spells a case of both ("Эдуарду", "Анатолии", "Марина") is read as the common
name, unless the name's other words or a firm cue call for the rare one: a weak hint of the slot
(the genitive after a noun, an accusative after a verb that has its own object) does not turn
"Эдуарду Зинатуллину" into Эдуарда Зинатуллина, "Анатолии Дубяго" into Анатолия, nor "Марина
Боргоякова" into Марин Боргояков.

The common name's readings of the word rise by ``TWIN_ABOVE`` over the twin's, more than a
context hint (:data:`rufacts.entities.name_solutions.HINT`), less than a surname's agreement of
gender: "Ринаты Хабибуллиной" stays Рината (no Ринат spells "Ринаты"), "Эдуарды" stays hers.
"""
from __future__ import annotations

from ..lexicons import load_list
from .first_names import name_class
from .name_table_readings import Reading

TWIN_ABOVE = 0.35  # the common twin's rise: more than a slot's hint (0.3)
COMMON = 2  # the class (of the Russian lexicons/first_names.tsv) from which a name shadows its rare twin
GAP = 3  # classes between the two: Анатолия (0) below Анатолий (3); not Эльмир (0) below Эльмира (2), nor Амин below Амина
OTHER = {"masc": "femn", "femn": "masc"}


def rare_twins(readings: list[Reading]) -> list[Reading]:
    """``readings`` of one word with the readings of a common Russian name (class >= COMMON) raised where
    the word spells a rare twin of the other gender too (GAP classes below it), whose nominative differs
    from it by a final vowel or -й ("Анатолии": Анатолий / Анатолия)."""
    firsts = [r for r in readings if r.role == "first" and r.weight >= 1.0 and r.gender in OTHER]
    # (a Russian name: the foreign lists' pairs are their own peoples' ("Марии Луисе": Луиса, beside Луис)
    common = [r for r in firsts if name_class(r.nominative, r.gender, russian_only=True) >= COMMON]
    if not common:
        return readings
    # the common name's readings rise over the rare twin's (lowering the twin below 1.0 would make it no
    # name the dictionary knows firmly, to the rules that ask so: "Алине" would stand as written)
    rare = [r for r in firsts if not _iberian(r.nominative)]
    risen = {id(c) for c in common for r in rare if r.gender == OTHER[c.gender] and _twins(c.nominative, r.nominative)
             and name_class(c.nominative, c.gender, russian_only=True) - name_class(r.nominative, r.gender) >= GAP}
    out = [r._replace(weight=r.weight + TWIN_ABOVE) if id(r) in risen else r for r in readings]
    return out


def _iberian(nominative: str) -> bool:
    """A Spanish or Portuguese given name of the lexicons: its people's own ("Луиса" beside Луис)."""
    low = nominative.lower().replace("ё", "е")
    return low in load_list("hispanic_first_names.txt") or low in load_list("lusophone_first_names.txt")


def _twins(a: str, b: str) -> bool:
    """Two nominatives of one stem: "эдуард"/"эдуарда", "анатолий"/"анатолия", "марина"/"марин"."""
    a, b = a.lower().replace("ё", "е"), b.lower().replace("ё", "е")
    stem_a, stem_b = a.rstrip("аяй").removesuffix("и"), b.rstrip("аяй").removesuffix("и")
    return a != b and (stem_a == stem_b or a.rstrip("аяй") == b.rstrip("аяй"))
