"""Foreign first names by people (``lexicons/name_foreign_first_names.tsv``: South Slavic, West
African, Turkish, Iranian and Arab, Portuguese, East African) declined by the class of their ending,
for words the dictionary has no first-name or surname reading of (not "Бойко"): "Домагоем" (of
Домагой; the dictionary guesses a place), "Мирну" (Мирна; a common noun to it), "Неманье"
(Неманья), "Ламину" (Ламин). A name in -о, -е, -и, -у stands unchanged
("Бранко", "Мамаду"). Read by :func:`rufacts.entities.name_readings._readings`."""
from __future__ import annotations

from functools import lru_cache

from ..grammars.letters import HUSHING_AND_TS, VELARS_AND_HUSHING
from ..lexicons import load_rows

FOREIGN_FIRST = 1.2  # as the foreign lexicon (name_readings.LEXICON): above a common noun or a place
CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")


def _forms(name: str, gender: str) -> list[tuple[str, str]]:
    """(form, case) of a first name by its ending: the Russian declension of its class."""
    low = name.lower()
    stem, last = low[:-1], low[-1:]
    if last in "оеиуыэю":  # "Бранко", "Мамаду", "Нико": unchanged
        return [(low, c) for c in CASES]
    if last == "й":
        return list(zip((low, stem + "я", stem + "ю", stem + "я", stem + "ем", stem + "е"), CASES))
    if last == "ь":
        return list(zip((low, stem + "я", stem + "ю", stem + "я", stem + "ем", stem + "е"), CASES))
    if last == "а" and stem[-1:] in "еиэ":  # "Андреа": a vowel before -а declines as -я ("с Андреей", "Андреи")
        return list(zip((low, stem + "и", stem + "е", stem + "у", stem + "ей", stem + "е"), CASES))
    if last == "а":
        gen = stem + ("и" if stem[-1:] in VELARS_AND_HUSHING else "ы")
        ins = stem + ("ей" if stem[-1:] in HUSHING_AND_TS else "ой")
        return list(zip((low, gen, stem + "е", stem + "у", ins, stem + "е"), CASES))
    if last == "я":
        dat = stem + ("и" if stem.endswith("и") else "е")
        return list(zip((low, stem + "и", dat, stem + "ю", stem + "ей", dat), CASES))
    if gender == "femn":  # a woman's name in a consonant stands unchanged ("Блессинг", "Фейт")
        return [(low, c) for c in CASES]
    ins = "ем" if last in HUSHING_AND_TS else "ом"
    return list(zip((low, low + "а", low + "у", low + "а", low + ins, low + "е"), CASES))


@lru_cache(maxsize=1)
def _index() -> dict[str, tuple[tuple[str, str, str], ...]]:
    """form -> ((case, gender, nominative), ...) of every listed name."""
    out: dict[str, list] = {}
    for name, gender, _people in load_rows("name_foreign_first_names.tsv"):
        for form, case in _forms(name, gender):
            out.setdefault(form, []).append((case, gender, name.lower()))
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def _peoples() -> dict[str, frozenset[str]]:
    out: dict[str, set] = {}
    for name, _gender, people in load_rows("name_foreign_first_names.tsv"):
        out.setdefault(name.lower().replace("ё", "е"), set()).add(people)
    return {k: frozenset(v) for k, v in out.items()}


def first_name_peoples(name: str) -> frozenset[str]:
    """The peoples the lexicon lists a first name (nominative) of: "мэгуми" -> {"japanese"}."""
    return _peoples().get(name.lower().replace("ё", "е"), frozenset())


def foreign_first_forms(word: str) -> tuple[tuple[str, str, str], ...]:
    """(case, gender, nominative) of each listed foreign first name ``word`` is a form of."""
    return _index().get(word.lower().replace("ё", "е"), ())


BESIDE = 0.9  # a listed name's case beside the dictionary's case of another name: below it (1.05-1.26)


def cases_beside_other_name(word: str, known: set[tuple[str, str]]) -> tuple[tuple[str, str, str], ...]:
    """(case, gender, nominative) of each oblique case of a listed foreign first name ``word`` is,
    where the dictionary reads the word as a case of other names of its gender only (``known``: their
    (nominative, gender); not of the other gender's, "Эльвире" stays Эльвира's, not an Эльвир's):
    "Николу" is Никол's dative to the dictionary (the Armenian name) and the accusative of the Serbian
    Никола, "Николе" Никол's prepositional and Никола's dative or prepositional. Below the dictionary's
    reading, so that the surname's case decides ("Николу Остоича": the accusative, Никола)."""
    low = word.lower().replace("ё", "е")
    return tuple((case, gender, name) for case, gender, name in foreign_first_forms(word)
                 if case != "nomn" and name != low and any(g == gender for _n, g in known)
                 and name not in {n for n, _g in known})


def woman_beside_man(word: str, known: set[tuple[str, str]]) -> tuple[tuple[str, str, str], ...]:
    """(nomn, femn, nominative) of a listed woman's name in -а/-я spelt as ``word`` where the dictionary
    reads the word as a case of men's names only (``known``: their (nominative, gender)): "Родика" (the
    Romanian woman's name) is the genitive of a man's Родик to it. Below the dictionary's reading, so
    that a cue of her gender decides (a feminine verb or a noun for a woman beside the name:
    "теннисистка Родика Попеску обыграла"). Not beside a man's name the lexicons list (first_names.tsv
    and the peoples' lists): the case of a known name stands ("Надежда Ивана Фёдорова": Иван's genitive,
    not the Croatian Ивана)."""
    from .first_names import name_class

    low = word.lower().replace("ё", "е")
    if low[-1:] not in "ая" or not known or any(g != "masc" or name_class(n, g) for n, g in known):
        return ()
    return tuple((case, gender, name) for case, gender, name in foreign_first_forms(word)
                 if case == "nomn" and gender == "femn" and name == low)


def cases_over_rare_other(word: str, known: list) -> list[tuple[str, str, str, float]]:
    """(case, gender, nominative, weight) of each oblique case of a listed foreign first name ``word`` is,
    where the dictionary reads the word as a case of rarer names of the other gender only (``known``:
    its first-name readings of weight 1 or more, none a name lexicons/first_names.tsv or a people's
    list counts): "Кирану" is the accusative of the dictionary's rare woman's Кирана and the dative of the
    listed Irish and Indian man's Киран, "Азизуле" of Азизула and of the Bengali Азизул. The listed man's
    case weighs as the dictionary's, so that the surname beside it and the slot's case decide ("Кирану
    Макдермотту": his dative, both words of a consonant stem; not "Эльвире", Эльвира's, a common name)."""
    from .first_names import name_class

    low = word.lower().replace("ё", "е")
    if not known or any(name_class(r.nominative, r.gender) for r in known):
        return []
    weight = max(r.weight for r in known)
    genders = {r.gender for r in known}
    names = {r.nominative for r in known}
    return [(case, gender, name, weight) for case, gender, name in foreign_first_forms(word)
            if case != "nomn" and name != low and gender not in genders and None not in genders
            and name not in names] + _written_over_rare_other(low, weight, names)


def _written_over_rare_other(low: str, weight: float, names: set) -> list[tuple[str, str, str, float]]:
    """The nominative of a listed foreign first name in -а, -я spelt as the word, where the dictionary reads
    the word only as a case of rarer names no lexicon counts (``names``): "Акира" is the Japanese man's name
    as well as the genitive of the dictionary's rare Акир, "Цвика" the Hebrew one beside a Цвик's; weighed as
    the dictionary's case, so that the slot and the surname beside it decide ("Акира Амари заявил")."""
    if low[-1:] not in "ая" or low in names:
        return []
    return [(case, gender, name, weight) for case, gender, name in foreign_first_forms(low)
            if case == "nomn" and name == low]
