"""A listed foreign first name that stands unchanged ("Фатеме", Persian; a woman's name in -е, -и, -о),
spelt as a case of a name the dictionary has but no lexicon counts ("Фатеме": the dative and prepositional
of the dictionary's Фатема): the listed name as written outweighs the rare one.

name_readings weighs a listed name as written a little below the dictionary's case of another name, so
that the slot's case decides; in the dative and the prepositional, where both read, the dictionary's
name won, though it is the rarer spelling ("к Фатеме Мохаммади", "о Фатеме Резаи": Фатеме, as the press
writes Iranian women's names). For a name of the Iranian and Arab list (lexicons/name_foreign_first_names.tsv:
the Persian spelling in -е of Фатима, Масума, Марзия), where every first name the dictionary reads the word
as (weight 1 and more) is one no list of first names counts (first_names.name_class 0), the written name
weighs above them; beside a counted name, or for another people's name ("Инге", Dutch, beside Инга's
case: name_class does not count every Russian name), it stays below.
Read by :func:`rufacts.entities.name_readings._readings`.
"""
from __future__ import annotations

from typing import Sequence

from .first_names import name_class

PERSIAN = frozenset({"iranian-arab"})  # the people of the list whose women's names in -е are so spelt
OVER_RARE = 1.1  # above the dictionary's case of a rare name (1.05), below a surname's firm readings


def written_weight(readings: Sequence, low: str, weight: float) -> float:
    """The weight of the listed name ``low`` as written: ``weight`` (name_readings.AS_WRITTEN), or
    :data:`OVER_RARE` where the dictionary's first names the word is a case of are all rare."""
    from .name_foreign_first import first_name_peoples  # (lazy: name_foreign_first reads name_readings' neighbours)

    if not PERSIAN & first_name_peoples(low):
        return weight
    others = [r for r in readings if r.role == "first" and r.weight >= 1.0 and r.nominative != low]
    if others and all(name_class(r.nominative, r.gender) == 0 for r in others):
        return OVER_RARE
    return weight
