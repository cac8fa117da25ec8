"""Readings of the names of ``lexicons/foreign_names.tsv`` (foreign first names with their gender
the dictionary lacks or has in the other gender only, surnames it knows as first names only) and
``lexicons/name_foreign_surnames.txt``: their declensions by the table or the dictionary, weighed
above the dictionary's own; read by :mod:`rufacts.entities.name_readings`."""
from __future__ import annotations

from functools import lru_cache

from ..grammars.letters import CONSONANTS
from ..lexicons import load_list, load_rows
from .first_names import COMMON, name_class
from .name_peoples_first import unchanged
from .name_table_readings import CASES, Reading, _rule_readings

LEXICON = 1.2  # a foreign first name of lexicons/foreign_names.tsv: above the dictionary's own
# a listed name whose form is also a case of another name (lexicons/name_first_twins.txt: "Ульрике",
# Ульрика's dative): unchanged as the dictionary's own, so that a slot that is no dative decides for it;
# in the dative and prepositional the other name's case alone (the gold's convention: "о Ренате Ланге" is
# of Рената)
TWIN = 1.0
TWIN_CASES = frozenset({"datv", "loct"})
ACCUSATIVE = frozenset({"accs"})
# ... and where the other name is a common one (Карина, Марина, Рената of first_names.tsv), its dative and
# prepositional weigh a little above, so that only a firm hint of another case keeps the twin as written,
# not the weak genitive after a noun ("По решению суда Карине Оганесян вернут": Карина)
COMMON_TWIN = 0.1


class _Folded(dict):
    """A name -> gender table read with ё as е too: a key written with ё or folded is found either way."""

    def get(self, key, default=None):
        return super().get(key, super().get(key.replace("ё", "е"), default))

    def __contains__(self, key) -> bool:
        return super().__contains__(key) or super().__contains__(key.replace("ё", "е"))

    def __getitem__(self, key):
        return super().get(key) if super().__contains__(key) else super().__getitem__(key.replace("ё", "е"))


@lru_cache(maxsize=1)
def _foreign_names() -> tuple[dict, frozenset]:
    """lexicons/foreign_names.tsv: foreign first names with their gender the dictionary lacks
    or has in the other gender only (Илон, Камала), and surnames it knows as first names
    only (Уильямс)."""
    from .name_peoples_first import lexicon_firsts

    first, last = dict(lexicon_firsts()), set()  # and of the peoples of Russia and Central Asia
    for word, role, gender in load_rows("foreign_names.tsv"):
        if role == "first":
            first[word.lower()] = gender
        else:
            last.add(word.lower())
    last |= load_list("name_foreign_surnames.txt")  # by people: Диабате, Траоре, Кейта
    return _Folded(first), frozenset(last)  # "Соёлме": the peoples' lexicon folds ё (соелма)


@lru_cache(maxsize=1)
def _surname_genders() -> dict[str, str]:
    """The surnames of lexicons/foreign_names.tsv listed for one gender (a Czech man's Новотны: his
    only, hers is Новотна); the others are either's."""
    return {word.lower(): gender for word, role, gender in load_rows("foreign_names.tsv")
            if role == "last" and gender != "*"}


def _twin_cases(low: str, gender, known: list[Reading]) -> frozenset:
    """The cases in which a twin of lexicons/name_first_twins.txt reads as the other name: those the
    dictionary reads the word in as another name of its gender ("Люси", "Ани": Люся's, Аня's genitive;
    w373), else the dative and prepositional of a name in -а (Ренате)."""
    other = frozenset(r.case for r in known if r.role == "first" and r.nominative != low
                      and r.gender == gender and r.weight >= 1.0)
    return other or (ACCUSATIVE if low.endswith("у") else TWIN_CASES)  # "Аиссату": Аиссата's accusative


# the endings of a man's first name in a consonant, for the lexicon's names
CONSONANT_CASES = (("а", "gent"), ("а", "accs"), ("у", "datv"), ("ом", "ablt"), ("ем", "ablt"), ("е", "loct"))


def _lexicon_readings(word: str, known: list[Reading]) -> list[Reading]:
    """The readings of a lexicon name: its declensions by the table (or the dictionary)."""
    first, last = _foreign_names()
    out = []
    low = word.lower()
    # unchanged, it weighs as the dictionary's own where it is also a case of a common name of
    # that gender ("о Кристине Лаар": of Кристина; "обвинила Кристине Ламбрехт": unchanged)
    common = any(r.role == "first" and r.gender == first.get(low) and r.nominative != low
                 and name_class(r.nominative, r.gender) >= COMMON for r in known)
    fixed = load_list("fixed_first_names.txt")  # "Коста Хетагурова", "Люка Эрнандесу": in -а, unchanged
    twin = low in load_list("name_first_twins.txt")  # "Ренате Цильке": of Рената only in a dative slot
    twin_cases = _twin_cases(low, first.get(low), known) if twin else frozenset()  # "Люси": Люся's genitive
    if low in first and (low[-1:] in "еиоуыэю" or low in fixed or unchanged(low)):  # "Гурбангулы", "Риши": stands unchanged
        out.extend(Reading("first", c, first[low], low, TWIN if twin else 1.0 if common else LEXICON) for c in CASES
                   if c not in twin_cases)
    if twin and low in first and low.endswith("е"):  # the other name's dative and prepositional, where the dictionary lacks it ("Ангелике")
        other_name = low[:-1] + ("я" if low[-2:-1] in "еиоуэюя" else "а")
        weight = TWIN + COMMON_TWIN * (name_class(other_name, first[low]) >= COMMON)
        out.extend(Reading("first", c, first[low], other_name, weight) for c in TWIN_CASES)
    elif twin and low in first and low.endswith("у") and low[-2:-1] not in "аеёиоуыэюя":
        # a West African name in -у, the accusative of one in -а ("разыскивает Аминату ...": Амината)
        out.extend(Reading("first", c, first[low], low[:-1] + "а", TWIN) for c in twin_cases)
    if low in last and low[-1:] in "еиоуыэю":  # a listed surname in -ы, -е: "Новотны", "Кокойты", "Хауге"
        out.extend(Reading("last", c, _surname_genders().get(low), low, LEXICON) for c in CASES)
    # a case of a rarer lexicon name (not listed common in first_names.tsv) weighs as the dictionary's
    # own where the dictionary reads the word as a case of another, common first name ("о Кире": of Кира
    # before Кир; "Джордже" stays of Джорджа, common too, before Джордж)
    other = {r.nominative for r in known if r.role == "first" and r.weight >= 1.0 and r.nominative != low
             and name_class(r.nominative, r.gender) >= COMMON}
    for ending, case in CONSONANT_CASES:  # "Найджеле": of Найджел (the table reads -еле as -ель)
        stem = low[:-len(ending)]
        if low.endswith(ending) and first.get(stem) == "masc" and stem[-1:] in CONSONANTS:
            rare = other - {stem} and name_class(stem, "masc") < COMMON
            out.append(Reading("first", case, "masc", stem, 1.0 if rare else LEXICON))
        if low.endswith(ending) and stem in last and stem[-1:] in CONSONANTS and stem + "а" not in last:
            # a listed surname in a consonant declines for a man ("о Лалу Прасаде Ядаве": Ядав, where the
            # table reads -аве as of an -ава only; "Атауллы Тарара": Тарар)
            out.append(Reading("last", case, "masc", stem, LEXICON))
    for r in known + list(_rule_readings(word)):
        gender = first.get(r.nominative)
        if gender and r.role == "first" and r.gender in (None, gender) and not (
                r.nominative in fixed and r.nominative != low) and not (  # "Косты" is no case of Коста
                twin and r.nominative == low and r.case in twin_cases):
            out.append(Reading("first", r.case, gender, r.nominative,
                               TWIN if twin and r.nominative == low else 1.0 if (common and r.nominative == low) or (
                                   r.nominative != low and other - {r.nominative}
                                   and name_class(r.nominative, gender) < COMMON) else LEXICON))
        elif r.nominative in last and ((r.role == "first" and r.weight >= 1.0) or r.role == "last"):
            # a surname of the lexicon: its declension by the dictionary or the table wins
            # ("Манделе" -> Мандела, "Траоре" stands unchanged)
            out.append(Reading("last", r.case, r.gender, r.nominative, LEXICON))
    return out
