"""A museum's or a theatre's own foreign name after its descriptor ("Гаагский музей Маурицхёйс")."""
from __future__ import annotations

from ..grammars.letters import CONSONANTS
from ..grammars.morph import get_morph


def own_name(rest) -> bool:
    """One word after a museum's or a theatre's descriptor (``lexicons/org_house_descriptors.txt``)
    that the dictionary lacks, ends in a consonant and reads only as a nominative or accusative:
    the institution's own foreign name in apposition
    ("Гаагский музей Маурицхёйс", "в музее Рейксмюсеум"), not a person's or a place's name, which
    is indeclinable ("Музея Фаберже") or stands in the genitive ("музей Пушкина")."""
    morph = get_morph()
    if len(rest) != 1 or rest[0].text[-1:] not in CONSONANTS or morph.is_known(rest[0].lower_):
        return False
    parses = morph.parse(rest[0].text)
    return bool(parses) and all(p.tag.case in ("nomn", "accs") and not {"Name", "Surn", "Geox"} & p.tag.grammemes
                                for p in parses)
