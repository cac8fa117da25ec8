"""Adjectival surnames of the soft stem in -ний the dictionary lacks (Завгородний, Загорулько's
neighbours Подгорний, Заречний): the analyzer guesses "Завгороднего" as the adjective завгородний,
yet no rule read it as a surname, and it reads the woman's "Завгородней" as a noun завгородня, so
"Нины Григорьевны Завгородней" kept the oblique form. Here the man's oblique forms (-него, -нему,
-ним, -нем) and the woman's (-ней, -нюю) of a stem whose "-ний" the analyzer reads as an adjective
give the surname in the nominative (Завгородний, Завгородняя), as the analyzer's guess of an
adjectival surname weighs (name_readings: ADJF readings); the given name beside it settles case and
gender. Read by :mod:`rufacts.entities.name_readings` (``_readings``)."""
from __future__ import annotations

from functools import lru_cache

from ..grammars.letters import VOWELS
from ..grammars.morph import Morph
from .name_table_readings import Reading

SOFT_ADJECTIVAL = 0.6  # as name_substantive.SUBSTANTIVE
# ending, gender, cases
ENDS = (("него", "masc", ("gent", "accs")), ("нему", "masc", ("datv",)), ("ним", "masc", ("ablt",)),
        ("нем", "masc", ("loct",)), ("ней", "femn", ("gent", "datv", "ablt", "loct")),
        ("нюю", "femn", ("accs",)))
MIN_STEM = 4  # letters before "-н-": not "Корней", a given name


@lru_cache(maxsize=2_000)
def _soft_adjective(morph: Morph, lemma: str) -> bool:
    """The analyzer reads ``lemma`` (in -ний) as the nominative of an adjective, and as no noun of
    that nominative ("Корний") but the man's surname it has (Задорожний, Подорожний: the dictionary
    lists the man's alone, so "Ирину Задорожнюю" had no reading of Задорожняя)."""
    parses = morph.parse(lemma)
    return any(p.tag.POS == "ADJF" and p.normal_form == lemma for p in parses) \
        and not any(p.tag.POS == "NOUN" and p.normal_form == lemma and "Surn" not in p.tag.grammemes
                    for p in parses)


def soft_adjectival_readings(morph: Morph, word: str, out) -> list[Reading]:
    """Readings as a soft adjectival surname of a capitalized word in an oblique form of -ний/-няя,
    where no reading names that surname yet."""
    if not word[:1].isupper() or "-" in word:
        return []
    low = word.lower().replace("ё", "е")
    for end, gender, cases in ENDS:
        if not low.endswith(end):
            continue
        stem = low[: -len(end)]
        if len(stem) < MIN_STEM or not any(ch in VOWELS for ch in stem) or stem[-1] in VOWELS:
            return []
        lemma = stem + "ний"
        nominative = lemma if gender == "masc" else stem + "няя"
        if any(r.role == "last" and r.nominative == nominative for r in out) or not _soft_adjective(morph, lemma):
            return []
        return [Reading("last", case, gender, nominative, SOFT_ADJECTIVAL) for case in cases]
    return []
