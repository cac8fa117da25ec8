"""Foreign surnames whose case the declension table guesses wrong from their final letters.

- No surname is a string of consonants: a nominative the table guesses without a vowel letter
  ("о Петере Трнке": a Трнк) is dropped where a reading with one is left (Трнка: Czech and Slovak
  surnames in -а after a cluster, Трнка, Врба, decline as nouns) (:func:`vowelless_stems`).
- An Indian surname in -ья (Бхаттачарья, Ачарья, the Sanskrit ācārya) declines as a noun in -ья:
  "Суджаты Бхаттачарьи", "Рохини Ачарье", "с Ананда Ачарьей". After an Indian given name
  (``lexicons/indian_first_names.txt``) a last word in a consonant + -ьи or -ьей, and with an ending
  of ``lexicons/name_indian_ya_ends.txt`` one in any case ending, is read as that case of the -ья
  surname, above the table's guess that it stands as written (as Hungarian Бараньи and French
  Монтиньи do, which are no Indian names; -ье and -ью are also the French Гарнье's and the English
  Донохью's) (:func:`indian_ya`).
- A Portuguese given name in -у of ``lexicons/lusophone_first_names.txt`` stands as written
  ("Бернарду", "Жулиану"), where the dictionary reads it as the dative of a Бернард: before a
  surname read as a man's case of a Portuguese -ш/-ж stem ("Бернарду Маркешу") or after a word for a
  Portuguese-speaking country (the cue ``lusophone``), the as-written reading goes above them; so
  does an unlisted one before such a surname's genitive or instrumental, which neither a dative of a
  man's name nor a woman's accusative agrees with ("Мариану Гимарайнша": not of Мариан, nor Мариана,
  whose surname would be Гимарайншу; a Romanian "Эмилиану Попеску" is a dative) (:func:`lusophone_given_u`).

Read by :func:`rufacts.entities.names.analyze_name` (:func:`foreign_finals`), last in its chain of
reading repairs.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..lexicons import load_list
from .name_readings import CASES, Reading

VOWEL_LETTERS = frozenset("аеёиоуыэюяaeiouy")
ABOVE = 0.05

# the case endings of a noun in -ья: Бхаттачарья, -рьи, -рье, -рью, -рьей (-рьею)
YA_CASES = (("ьей", ("ablt",)), ("ьею", ("ablt",)), ("ьи", ("gent",)), ("ье", ("datv", "loct")),
            ("ью", ("accs",)), ("ья", ("nomn",)))

# the ends no other people's surname has as written; -ье and -ью are also the French -ier and the
# English -ew, -ue (Гарнье, Донохью: "о Киране Донохью", Киран an Irish name as well as an Indian one)
OWN_ENDS = ("ьей", "ьею", "ьи")

# a Portuguese surname's -s, -z written -ш/-ж (Гимарайнш, Маркеш, Нунеш, Эштевеш, Гомеш, Алвеш)
# before a man's case ending
PORTUGUESE_SIBILANT = re.compile(r"[аеиоуэ]й?н?[шж](а|у|ем|е)$")


@lru_cache(maxsize=1)
def _ya_ends() -> tuple[str, ...]:
    return tuple(load_list("name_indian_ya_ends.txt"))


def vowelless_stems(full: list[str], readings: list) -> list:
    """The last word's guessed (below the dictionary's weight) nominatives without a vowel letter
    dropped, where a reading with one is left."""
    if len(full) < 2:
        return readings
    last = readings[-1]
    bad = [r for r in last if r.role == "last" and r.weight < 1.0 and not VOWEL_LETTERS & set(r.nominative)]
    if not bad or not any(r.role == "last" and VOWEL_LETTERS & set(r.nominative) for r in last if r not in bad):
        return readings
    out = list(readings)
    out[-1] = tuple(r for r in last if r not in bad)
    return out


def indian_ya(full: list[str], readings: list) -> list:
    """The last word in a consonant + ь + a case ending read as that case of a surname in -ья, after an
    Indian given name or with a listed Indian ending; its as-written readings below it."""
    from .name_indian import _indian_given

    if len(full) < 2 or not full[-1].isalpha():
        return readings
    low = full[-1].lower().replace("ё", "е")
    match = next(((end, cases) for end, cases in YA_CASES if low.endswith(end)), None)
    if match is None:
        return readings
    end, cases = match
    stem = low[:-len(end)]
    if len(stem) < 2 or stem[-1] in VOWEL_LETTERS:
        return readings
    nominative = stem + "ья"
    if not (nominative.endswith(_ya_ends()) or end in OWN_ENDS and _indian_given(full, readings)):
        return readings
    last = readings[-1]
    if any(r.role == "last" and r.weight >= 1.0 and r.nominative != nominative for r in last):
        return readings  # a surname the dictionary knows declines as it says
    best = max((r.weight for r in last if r.role == "last"), default=0.0)
    weight = min(best + ABOVE, 0.95)
    kept = tuple(r for r in last if not (r.role == "last" and r.nominative == low and low != nominative))
    out = list(readings)
    out[-1] = kept + tuple(Reading("last", case, None, nominative, weight) for case in cases)
    return out


def lusophone_given_u(full: list[str], readings: list, cases: frozenset[str]) -> list:
    """The first word, a listed Portuguese given name in -у, read as written in every case above the
    dictionary's readings of other names, where the surname or the cue says the name is Portuguese;
    the surname's readings as written in -а (of a woman's Мариана's accusative) dropped."""
    from .name_lusophone import CUE

    if len(full) != 2 or not full[0].isalpha():
        return readings
    given = full[0].lower().replace("ё", "е")
    if not given.endswith("у") or given[-2:-1] in VOWEL_LETTERS:
        return readings
    low = full[1].lower().replace("ё", "е")
    sibilant = PORTUGUESE_SIBILANT.search(low)
    if given in load_list("lusophone_first_names.txt"):
        portuguese = sibilant is not None
    else:  # an unlisted one only before a genitive or instrumental, no case of a name in -у has
        portuguese, cases = sibilant is not None and sibilant.group(1) in ("а", "ем"), frozenset()
    if not (portuguese or CUE in cases):
        return readings
    if not any(r.role == "first" and r.nominative != given for r in readings[0]):
        return readings
    best = max((r.weight for r in readings[0] if r.role == "first"), default=0.0)
    out = list(readings)
    out[0] = tuple(r for r in readings[0] if not (r.role == "first" and r.gender == "femn")) + tuple(
        Reading("first", case, "masc", given, best + ABOVE) for case in CASES)
    if portuguese:
        out[1] = tuple(r for r in readings[1] if not (r.role == "last" and r.nominative == low and low.endswith("а")))
    return out


def foreign_finals(full: list[str], readings: list, cases: frozenset[str]) -> list:
    """The repairs of this module in turn."""
    return lusophone_given_u(full, indian_ya(full, vowelless_stems(full, readings)), cases)
