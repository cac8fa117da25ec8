"""The case and gender of a compound adjective written with digits right before a person mention
("погибла 60-летняя X", "34-летнему X", "о 25-летнем X"): the tagger reads such a token as a numeral
with no case, so its adjective part is parsed alone; it agrees with the name as any adjective does.
Read by :func:`rufacts.entities.names_group.name_hints`."""
from __future__ import annotations

import re
from typing import Optional

from ..grammars.morph import Morph

DIGIT_ADJECTIVE = re.compile(r"^\d+(?:[.,]\d+)?-([а-яё]{3,})$")


def digit_adjective_cue(token, morph: Morph) -> Optional[tuple[frozenset[str], Optional[str]]]:
    """(cases, gender) the adjective part of "<digits>-<adjective>" ``token`` may agree in (the gender
    where all its singular readings share one); None for another token or no adjective reading."""
    if token is None:
        return None
    match = DIGIT_ADJECTIVE.match(token.lower_)
    if not match:
        return None
    cases, genders = set(), set()
    for p in morph.parse(match.group(1)):
        if p.tag.POS != "ADJF" or "sing" not in p.tag.grammemes or p.tag.case is None:
            continue
        cases.add("accs" if p.tag.case == "acc2" else p.tag.case)
        if p.tag.gender != "neut":  # a person's adjective is no neuter ("летнем": masculine or neuter)
            genders.add(p.tag.gender)
    if not cases:
        return None
    return frozenset(cases), (next(iter(genders)) if len(genders) == 1 and None not in genders else None)
