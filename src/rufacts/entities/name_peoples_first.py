"""First names of the peoples of Russia and Central Asia (``lexicons/name_peoples_first.tsv``):
Ossetian, North Caucasian, Tuvan, Buryat, Kalmyk, Yakut, Tatar, Bashkir, Tajik, Uzbek, Kyrgyz,
Kazakh and Turkmen names, by gender.

- Each is a first name of that gender for :func:`rufacts.entities.first_names.name_class`, so a
  reading of it weighs a little more than one of a name no list has ("Арсена Кокоева": of Арсен
  before a woman's Арсена).
- One the dictionary lacks as a first name of that gender (:func:`lexicon_firsts`) is declined as
  a name of ``lexicons/foreign_names.tsv`` (:mod:`rufacts.entities.name_readings`): "Аяна Хертека"
  of Аян, "Баярму" of Баярма, "о Начыне" of Начын; a name in a double vowel stands unchanged
  ("Айыраа", "Оюмаа"). Not one whose case form is the nominative of a common first name of the
  other gender ("Раиса": the Russian name, not of Раис), which the context decides.
- A woman's name in a consonant no list has as a man's stands unchanged where the dictionary has it
  as a man's (:func:`women_in_consonant`: "Аминат Гасановой", not a man's "Аминату").
"""
from __future__ import annotations

from functools import lru_cache

from ..grammars.letters import CONSONANTS
from ..grammars.morph import get_morph
from ..lexicons import load_rows
from .name_table_readings import CASES

DOUBLE_VOWELS = ("аа", "ээ", "ии", "оо", "уу", "ыы", "ыы", "үү", "өө")


@lru_cache(maxsize=1)
def peoples_classes() -> dict[tuple[str, str], int]:
    """(folded name, gender) -> class."""
    return {(name.lower().replace("ё", "е"), gender): int(cls)
            for name, gender, cls in load_rows("name_peoples_first.tsv")}


def unchanged(name: str) -> bool:
    """A name in a double vowel stands unchanged in every case (Tuvan Айыраа, Yakut Айыы)."""
    return name.lower().endswith(DOUBLE_VOWELS)


def _dictionary_first(morph, name: str, gender: str) -> bool:
    return morph.is_known(name) and any(
        "Name" in p.tag.grammemes and p.tag.case == "nomn" and p.tag.gender == gender
        and "plur" not in p.tag.grammemes and p.normal_form == name for p in morph.parse(name))


def _collides(name: str, gender: str, common) -> bool:
    """A man's name in a consonant whose genitive is a common Russian woman's name (Раис: Раиса),
    or a woman's name in -а whose stem is a listed man's name (Айсена: the genitive of Айсен)."""
    if gender == "masc":
        return any(common(name + end, "femn", True) for end in ("а", "я"))
    return name.endswith(("а", "я")) and common(name[:-1], "masc", False)


@lru_cache(maxsize=1)
def _lexicons() -> tuple[dict[str, str], dict[str, str]]:
    from .first_names import COMMON, name_class

    morph = get_morph()
    out, weak = {}, {}
    for (name, gender), _ in peoples_classes().items():
        if _dictionary_first(morph, name, gender) or name in out:
            continue
        if _collides(name, gender, lambda n, g, russian: name_class(n, g, russian_only=russian) >= COMMON):
            weak[name] = gender
            continue
        out[name] = gender
    return out, weak


def lexicon_firsts() -> dict[str, str]:
    """name -> gender of the listed names the dictionary lacks as first names of their gender."""
    return _lexicons()[0]


SOFT_CASES = (("и", ("gent", "datv", "loct")), ("ью", ("ablt",)))


def soft_sign_cases(word: str, reading) -> list:
    """A listed woman's name in -ь declined as "Любовь" where the dictionary has it unchanged
    only ("Гузели", "с Аселью": of Гузель, Асель); one in -йа keeps its -й- ("Сахаайу")."""
    low = word.lower().replace("ё", "е")
    classes = peoples_classes()
    out = []
    for ending, cases in SOFT_CASES:
        stem = low[:-len(ending)] + "ь"
        if low.endswith(ending) and (stem, "femn") in classes:
            out.extend(reading("first", case, "femn", stem, 1.0) for case in cases)
    for ending, cases in YA_CASES:  # Yakut "Сахаайа", "Алгыйа": -йы, -йе, -йу, -йой (not -йя)
        stem = low[:-len(ending)] + "а"
        if low.endswith(ending) and stem.endswith("йа") and (stem, "femn") in classes:
            out.extend(reading("first", case, "femn", stem, 1.2) for case in cases)
    return out


YA_CASES = (("ы", ("gent",)), ("е", ("datv", "loct")), ("у", ("accs",)), ("ой", ("ablt",)), ("ою", ("ablt",)))


def gendered_guesses(readings: list, word: str = "", reading=None) -> list:
    """The declension table's ungendered guesses of a listed name that another name's case form
    spells (Айсена, of Айсен too) take the name's gender and weigh as the dictionary's own, no
    more: the context decides ("Айсена Николаева выступила": hers)."""
    weak = _lexicons()[1]
    if reading is not None:
        readings = readings + soft_sign_cases(word, reading)
        readings = women_in_consonant(readings, word, reading)
    extra = [r._replace(gender=weak[r.nominative], weight=max(r.weight, 1.0)) for r in readings
             if r.role == "first" and r.gender in (None, weak.get(r.nominative)) and r.nominative in weak]
    return readings + extra if extra else readings


def listed_people_first(morph, word: str) -> bool:
    """A case form of a listed first name ("Туйаарой", "Салаватом", "Беслане"): it may open a
    person's mention the tagger left out or read as a place (used by entities/names_spans.py)."""
    from .name_readings import _readings

    classes = peoples_classes()
    return any(r.role == "first" and r.weight >= 1.0 and (
        (r.nominative, r.gender) in classes if r.gender else
        any((r.nominative, g) in classes for g in ("masc", "femn")))
        for r in _readings(morph, word))


MISGENDERED = 0.2  # the dictionary's case of a man's name where only a woman's is listed: below the table's guesses


@lru_cache(maxsize=1)
def women_only_consonant() -> frozenset[str]:
    """Listed women's names in a consonant no list has as a man's (Аминат, Патимат, Гилян)."""
    from .first_names import name_class

    return frozenset(name for name, gender in peoples_classes() if gender == "femn"
                     and name[-1:] in CONSONANTS and not name_class(name, "masc"))


def women_in_consonant(readings: list, word: str, reading) -> list:
    """A woman's name in a consonant stands unchanged: where the dictionary has a listed woman's
    name (Аминат, Асият, Айшат) as a man's, its word as written is hers in every case, and a
    case form of it ("Аминату") no case of hers, but of a name in -а or the name as written."""
    women = women_only_consonant()
    if not any(r.role == "first" and r.gender == "masc" and r.nominative in women for r in readings):
        return readings
    low = word.lower().replace("ё", "е")
    out = [r._replace(weight=min(r.weight, MISGENDERED)) if r.role == "first" and r.gender == "masc"
           and r.nominative in women else r for r in readings]
    if low in women:
        out.extend(reading("first", case, "femn", low, 1.0) for case in CASES)
    return out


def listed_given_before_declined(morph, word: str, surname: str) -> bool:
    """A listed first name of the peoples (:func:`listed_people_first`) the tagger read as a place
    before a one-word surname, where that surname shows an oblique case ("о Марсе Гиниятуллине",
    "Уралу Рахимову"): a declined surname agrees with the name before it; one as written may be the
    subject after a place ("Жизнь на Марсе Иванов не исключает", "на Марс Маск")."""
    if not listed_people_first(morph, word):
        return False
    from .names import analyze_name  # (lazy: the name modules read this lexicon)
    parts = analyze_name(morph, [word, surname])
    return parts.first is not None and parts.last is not None \
        and parts.last.lower().replace("ё", "е") != surname.lower().replace("ё", "е")
