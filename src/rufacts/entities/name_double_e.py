"""A double-barrelled man's surname in the dative whose last part, a foreign one in -е, stands as written.

"Грушевскому-Ланге", "Сергею Верещагину-Гризе": the first part shows a man's dative (-ому, -ову, -ину),
and a man's part in a consonant takes -у there ("Лангу"), so a final -е is either the dative of a
part in -а or a foreign part that stands unchanged (Ланге, Гризе, Штраубе). Men's surnames in -а are
Slavic words the dictionary knows ("Вишневскому-Сове": Сова) or ends of one people's (-ьга, -рга,
``lexicons/name_surname_e.tsv`` kind ``slavic``); a part the dictionary does not know, in a consonant
and -е, stands as written (:func:`man_double_e`, read by :func:`rufacts.entities.names.analyze_name`).
Not in the prepositional, where a part in a consonant ends in -е too ("о Петрове-Ланге" may be of
Петров-Ланг); a woman's double surname is :func:`rufacts.entities.name_female_surnames.woman_surname_e`'s.
"""
from __future__ import annotations

from ..grammars.morph import Morph
from .name_readings import Reading
from .name_surname_e import CONSONANT_E, RUSSIAN_STEMS, slavic_e

MAN_DATIVE = ("ому", "ему", "ову", "еву", "ёву", "ину", "ыну")
LIFT = 0.02  # above the reading of a part in -а the declension table guesses


def man_double_e(morph: Morph, full: list[str], readings: list) -> list:
    """The last word's readings with a dative of its first part and its last part as written added,
    over the guessed part in -а, where the first part ends in a man's dative and the last part is a
    foreign one in a consonant and -е."""
    if not full or "-" not in full[-1].strip("-"):
        return readings
    head, _, tail = full[-1].rpartition("-")
    low = tail.lower()
    if not tail[:1].isupper() or not head.lower().endswith(MAN_DATIVE) or not CONSONANT_E.search(low) \
            or low.endswith(RUSSIAN_STEMS) or slavic_e(low) or morph.is_known(tail):
        return readings
    from .name_origins import surname_endings

    if any(not end.startswith("^") and (low[:-1] + "а").endswith(end) for end, _o in surname_endings()):
        return readings  # the dative of one people's surname in -а ("Хукстре": Хукстра)
    guessed = low[:-1] + "а"
    added = []
    for r in readings[-1]:
        if r.role == "last" and r.case == "datv" and r.gender in ("masc", None) \
                and r.nominative.endswith("-" + guessed):
            nominative = r.nominative[: -len(guessed)] + low
            added.append(Reading("last", "datv", "masc", nominative, r.weight + LIFT))
    if not added:
        return readings
    out = list(readings)
    out[-1] = tuple(readings[-1]) + tuple(added)
    return out
