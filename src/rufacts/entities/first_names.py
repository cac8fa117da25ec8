"""How common a first name is, by gender (``lexicons/first_names.tsv``), and what follows for
the readings of a word as a name part (``name_readings.frequency_readings`` applies it):

- a first-name reading weighs a little more the commoner the name of that gender is, so
  readings the dictionary scores alike are decided by it ("На Юлии Тимошенко": Юлия before
  Юлий; "об Алесе": Алеся before Алеса; "Виталии": Виталий before Виталия);
- a listed name the dictionary knows only as a place or a common noun is a first name too
  ("Софии Кривошеиной": София; "Милане");
- a masculine patronymic of a rarer name (not listed as common) may also be a surname
  ("Станиславу Кондратовичу", "Драгану Йовановичу"), declined as the patronymic; one of a common
  name ("Петрович", "Олегович") stays a patronymic only.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

from ..grammars.morph import Morph
from ..lexicons import load_rows

FREQUENT = 0.03  # weight per class of a first name's reading: it decides ties only
COMMON = 2  # the class from which a name's patronymic is read as a patronymic only


def _fold(word: str) -> str:
    return word.lower().replace("ё", "е")


@lru_cache(maxsize=1)
def _russian_classes() -> dict[tuple[str, str], int]:
    return {(_fold(name), gender): int(cls) for name, gender, cls in load_rows("first_names.tsv")}


@lru_cache(maxsize=1)
def _classes() -> dict[tuple[str, str], int]:
    """lexicons/first_names.tsv, the names of the peoples of Russia and Central Asia
    (lexicons/name_peoples_first.tsv) and foreign first names by people
    (lexicons/name_foreign_first_names.tsv, class 1), the highest class."""
    from .name_peoples_first import peoples_classes

    # the foreign names by people (Домагой, Мирна): known, rare here, unless listed with their class
    classes = {(_fold(name), gender): 1 for name, gender, _people in load_rows("name_foreign_first_names.tsv")}
    for key, cls in peoples_classes().items():
        classes[key] = max(cls, classes.get(key, 0))
    for key, cls in _russian_classes().items():
        classes[key] = max(cls, classes.get(key, 0))
    return classes


def name_class(nominative: str, gender: Optional[str], russian_only: bool = False) -> int:
    """The class (0: not listed) of a first name of that gender (either gender: the higher);
    ``russian_only``: of lexicons/first_names.tsv alone."""
    classes = _russian_classes() if russian_only else _classes()
    key = _fold(nominative)
    if gender is None:
        return max(classes.get((key, "masc"), 0), classes.get((key, "femn"), 0))
    return classes.get((key, gender), 0)


def _patronymic_bases(patronymic: str) -> set[str]:
    """The first names a masculine patronymic may be formed from ("сергеевич" -> сергей,
    "юрьевич" -> юрий, "павлович" -> павел, "ильич" -> илья)."""
    low = _fold(patronymic)
    if low.endswith("евич"):
        stem = low[:-4]
        out = {stem + "й", stem + "ь"}
        if stem.endswith("ь"):
            out.add(stem[:-1] + "ий")
        return out
    if low.endswith("ович"):
        stem = low[:-4]
        return {stem, stem[:-1] + "е" + stem[-1:], stem.replace("ь", "е"), stem.replace("йл", "ил"),
                stem[:-1] if stem.endswith("вл") else stem}
    if low.endswith("ич"):
        stem = low[:-2]
        return {stem + "а", stem + "я"}
    return set()


def common_patronymic(patronymic: str) -> bool:
    """A masculine patronymic of a name listed common ("Петрович", "Олегович", "Ильич"), or
    of a name in -ий/-ей/-ай, which no surname spells ("Леонтьевич", "Сергеевич")."""
    low = _fold(patronymic)
    if low.endswith("евич") and low[-5:-4] in "аеиоуыэюяь":
        return True
    return any(name_class(base, "masc") >= COMMON for base in _patronymic_bases(patronymic))


def listed_first(morph: Morph, word: str) -> bool:
    """A listed first name in some case form of ``word`` that the dictionary knows only as a
    place or a common noun ("Софии")."""
    return morph.is_known(word) and any(
        p.tag.POS == "NOUN" and "plur" not in p.tag.grammemes and p.tag.gender in ("masc", "femn")
        and name_class(p.normal_form, p.tag.gender) for p in morph.parse(word))
