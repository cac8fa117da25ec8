"""A reading of one word as a part of a person's name (role, case, gender, nominative, weight)
and the readings the declension table ``lexicons/name_endings.tsv`` gives a word by its ending;
:mod:`rufacts.entities.name_readings` weighs them with the dictionary's own."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple, Optional

from ..lexicons import load_rows

CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")
GENDERS = ("masc", "femn")


class Reading(NamedTuple):
    role: str
    case: str
    gender: Optional[str]   # None: either
    nominative: str
    weight: float



@lru_cache(maxsize=1)
def _ending_rules():
    """The table's rows; a class named with a final ``?`` is marked as read only where asked for."""
    rules = []
    for cls, roles, gender, weight, case, ending, nom, stem, not_stem in load_rows("name_endings.tsv"):
        rules.append((cls.rstrip("?"), cls.endswith("?"), tuple(roles.split(",")), None if gender == "*" else gender,
                      float(weight), case, "" if ending == "-" else ending, "" if nom == "-" else nom,
                      re.compile(stem), None if not_stem == "-" else re.compile(not_stem)))
    return rules


@lru_cache(maxsize=5_000)
def _rule_readings(word: str, only: tuple[str, ...] = ()) -> tuple[Reading, ...]:
    """Readings by the declension table (``only``: of these classes alone; a class read only where
    asked for is read only so)."""
    low = word.lower()
    out = []
    for cls, asked, roles, gender, weight, case, ending, nom, stem_re, not_re in _ending_rules():
        if not low.endswith(ending) or ((only or asked) and cls not in only):
            continue
        stem = low[:len(low) - len(ending)] if ending else low
        if len(stem) < 2 or not stem_re.search(stem) or (not_re and not_re.search(stem)):
            continue
        for role in roles:
            out.append(Reading(role, case, gender, stem + nom, weight))
    return tuple(out)
