"""A hyphenated club or company name whose last part is a town in the nominative ("Амкар-Пермь",
"Урал-Екатеринбург"): the town stands as written and the first part carries the case
("с «Амкаром-Пермь»" -> Амкар-Пермь). A name of a feminine place in an oblique case and a word the
dictionary lacks in the same ending ("«Вологде-Чевакате»") declines both alike: the unknown word takes
the place's nominative ending (Вологда-Чеваката, not the analyzer's guess of a name "Чевакатя").
Read by :func:`rufacts.entities.normal._normalize_words`."""
from __future__ import annotations

from ..grammars.morph import Morph, restore_case

OBLIQUE = ("gent", "datv", "accs", "ablt", "loct")
# the endings of a masculine noun in a consonant no nominative has: -ом/-ем, -у/-ю, -е ("Амкаром")
ENDINGS = ("ом", "ем", "у", "ю", "е")


def hyphen_place_tail(morph: Morph, word: str) -> str | None:
    """The word with its first part in the nominative, where it has two capitalized parts, the
    dictionary lacks the whole and the first part, reads the last as a town's nominative only and
    the first part as an oblique case of a masculine noun in a consonant by its ending; else None."""
    parts = word.split("-")
    if len(parts) != 2 or not all(p[:1].isupper() and p.isalpha() for p in parts) or morph.is_known(word) \
            or morph.is_known(parts[0]) or not morph.is_known(parts[1]):
        return None
    place = morph.parse(parts[1])
    if not place or not all("Geox" in p.tag.grammemes for p in place) \
            or not any(p.tag.case == "nomn" for p in place):
        return None
    if not parts[0].lower().endswith(ENDINGS):
        return None
    first = next((p for p in morph.parse(parts[0]) if p.tag.POS == "NOUN" and p.tag.case in OBLIQUE
                  and p.tag.gender == "masc" and "sing" in p.tag.grammemes
                  and p.normal_form == parts[0].lower()[:-len(next(e for e in ENDINGS if parts[0].lower().endswith(e)))]),
                 None)
    return restore_case(parts[0], first.normal_form) + "-" + parts[1] if first is not None else None


FEMININE_ENDS = ("а", "я")  # the nominative endings a feminine place's oblique form is cut back to


def hyphen_shared_ending(morph: Morph, word: str) -> str | None:
    """Both parts in the nominative where ``word`` has two capitalized parts, the dictionary lacks the
    whole and the last part, and knows the first as a feminine place's singular in an oblique case
    only, in "-а"/"-я", whose ending the last part shares: the last part's ending is cut as the
    place's is ("Вологде-Чевакате" -> Вологда-Чеваката). None else."""
    parts = word.split("-")
    if len(parts) != 2 or not all(p[:1].isupper() and p.isalpha() and not p.isupper() for p in parts) \
            or morph.is_known(word) or morph.is_known(parts[1]) or not morph.is_known(parts[0]):
        return None
    first = morph.parse(parts[0])
    places = [p for p in first if "Geox" in p.tag.grammemes and p.tag.gender == "femn" and p.tag.case in OBLIQUE
              and p.tag.number == "sing" and p.normal_form.endswith(FEMININE_ENDS)]
    if not places or any(p.tag.case == "nomn" for p in first):
        return None
    low, nominative = parts[0].lower(), places[0].normal_form
    common = 0
    while common < min(len(low), len(nominative)) and low[common] == nominative[common]:
        common += 1
    ending, nominative_ending = low[common:], nominative[common:]
    if not ending or len(ending) > 2 or not parts[1].lower().endswith(ending) or len(parts[1]) - len(ending) < 3:
        return None
    return restore_case(parts[0], nominative) + "-" + parts[1][:len(parts[1]) - len(ending)] + nominative_ending
