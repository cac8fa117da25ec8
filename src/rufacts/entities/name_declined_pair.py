"""Both parts of a foreign man's name in the prepositional: the -е of each is the case ending.

Russian declines a foreign man's given name and surname in a consonant alike (Rosenthal): "о Грэме
Маккинноне" is of Грэм Маккиннон, "о Майкле Саттоне" of Майкл Саттон. Two readings of the press's
words hide it:

- the declension table (``lexicons/name_endings.tsv``, class ``fe``) reads a surname in a double
  consonant and -оне as an Italian one that stands as written (Маццоне, Карбоне, Черроне), above
  the consonant stem's prepositional it also guesses. Italian surnames stand after an Italian given
  name ("о Джузеппе Маццоне") or one in a vowel; after a man's given name that shows the
  prepositional itself (a name the dictionary or a lexicon knows, declined: Грэме, Майкле), and is
  no Italian one, the surname is of the same case, a consonant stem's (Маккиннон, Саттон, Леннон):
  :func:`declined_after_declined_given` drops the as-written guess there;
- a given name in -е the dictionary lacks, beside a surname that stands as written (in -у, -э:
  "Штефане Плэмэдялэ"), is read as written by
  :func:`rufacts.entities.name_indeclinable.indeclinable_pair` ("Саломе Зурабишвили"); where the
  word without its -е is a man's given name the peoples' lexicons list (``lexicons/name_origins.tsv``,
  kind ``first``: the Romanian Штефан; not of a people whose women's names end in -е: Юлиане) and the
  word as written is none of theirs (not the Romanian Георге, Василе, the Italian Даниэле), it is that
  name's dative or prepositional (:func:`declined_listed_given`), and the slot's case and the gender
  of "который" after it choose.
"""
from __future__ import annotations

import re

# the table's Italian -оне that stands as written (name_endings.tsv, class fe), not -зоде/-заде
ITALIAN_ONE = re.compile(r"..(цц|кк|тт|лл|пп|рр|нн|бб|дд|рб|рч|рд)оне$")
DECLINED_GIVEN = 1.0  # a given name read by the dictionary or a lexicon, not the table's guess
GUESS = 1.0  # the as-written guesses dropped are the table's (below the dictionary's readings)
# peoples with women's names in -е beside men's in a consonant (Юлиане, Фредерике, Хенрике: German,
# Danish), whose -е form may be her own name as written
WOMEN_E = frozenset({"german", "scandinavian", "dutch", "estonian", "finnish"})


def declined_after_declined_given(full: list[str], readings: list) -> list:
    """The last word's as-written guesses dropped where it ends in the table's Italian -оне and the
    first word is a known man's given name in the prepositional (its -е its ending), no Italian one."""
    from .name_italian import _italian_given

    if len(full) != 2 or not ITALIAN_ONE.search(full[1].lower()) or not full[0].isalpha():
        return readings
    first, last = full[0].lower().replace("ё", "е"), full[1].lower()
    if not first.endswith("е") or any(r.role == "first" and r.nominative == first and r.weight >= DECLINED_GIVEN
                                      for r in readings[0]):
        return readings  # a given name standing as written ("Симоне", "Джузеппе"): the surname may stand too
    given = {r.nominative for r in readings[0] if r.role == "first" and r.case == "loct" and r.gender == "masc"
             and r.weight >= DECLINED_GIVEN and r.nominative != first}
    if not given or any(_italian_given(g) for g in given):
        return readings
    stem = [r for r in readings[1] if r.role == "last" and r.case == "loct" and r.nominative == last[:-1]]
    if not stem:
        return readings
    kept = tuple(r for r in readings[1] if not (r.nominative == last and r.weight < GUESS))
    return [readings[0], kept]


def declined_listed_given(word: str) -> bool:
    """``word`` in -е is the dative or prepositional of a man's given name the peoples' lexicons list
    (name_origins.tsv: "Штефане" of Штефан) and is no listed given name as written ("Георге")."""
    from .name_origins import first_forms, first_origins

    low = word.lower().replace("ё", "е")
    if not low.endswith("е") or first_origins(low):  # (the Italian Даниэле, Микеле as written)
        return False
    return any(gender == "masc" and name != low and case in ("datv", "loct") and origin not in WOMEN_E
               for case, gender, name, origin in first_forms(low))

