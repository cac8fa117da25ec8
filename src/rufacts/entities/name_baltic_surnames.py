"""A Latvian woman's surname in -иня (Kalniņa, Ozoliņa, Bērziņa: Калниня, Озолиня, Берзиня; the
man's is -иньш) after a Latvian or Lithuanian woman's first name (``lexicons/baltic_first_names.txt``):
it declines as a noun in -я ("Инаре Калнине", "Байбы Озолини", "с Илзе Берзиней"), where the
declension table reads the dative of a Russian Калнина (of Калнин) and the genitive as an
Italian surname standing unchanged (Манчини, Пуччини), and gives no -иня at all for the genitive
-ини; after a Baltic woman's first name the -иня readings (the table's class ``lv-inya``, read only
where asked for) are added above them, and the table's guess of a man's name in the first word
("Инаре": of an Инар) is dropped. Used by :func:`rufacts.entities.name_female_surnames.woman_surname_e`.

A Lithuanian married woman's surname in -ене (-ienė: Гедвилене, Станкевичене, Дегутене) never declines;
the table reads it as the dative or prepositional of an -ена word or of a man's surname in -ен (Сааринен);
after a Baltic woman's first name (the lexicon's, in any case: "Айсте", "Далии") a surname in consonant +
-ене stands as written in every case (:func:`lithuanian_ene`), above those guesses; a woman's first name
in -е of the lexicon stands too ("Айсте", not of an Айста)."""
from __future__ import annotations

import re

from ..lexicons import load_list
from .name_table_readings import CASES, Reading, _rule_readings

ENE = re.compile(r"..[бвгджзклмнпрстфхцчшщ]ене$")  # Lithuanian -ienė after the husband's stem
LT_WOMAN = 0.56  # above the table's -а (0.45) and consonant (0.5) guesses and its lt-f class (0.55)
LT_FIRST = 1.0  # a Baltic woman's first name in -е of the lexicon: as the dictionary's names


def baltic_first(readings) -> bool:
    """A reading of the first word as a Latvian or Lithuanian woman's first name of the lexicon."""
    names = load_list("baltic_first_names.txt")
    return any(r.role == "first" and r.gender in ("femn", None) and r.nominative.replace("ё", "е") in names
               for r in readings)


def latvian_inya(words: list[str], readings: list) -> list:
    """``readings`` with the -иня readings of the last word added after a Baltic woman's first name."""
    if len(words) != 2 or "-" in words[-1] or not baltic_first(readings[0]):
        return readings
    inya = _rule_readings(words[-1], ("lv-inya",))
    if not inya:
        return readings
    out = list(readings)
    # the table's guess of a man's name of the same word gives way ("Инаре": Инара, not of an Инар)
    out[0] = tuple(r for r in out[0] if not (r.role == "first" and r.gender == "masc" and r.weight < 1.0))
    out[-1] = tuple(out[-1]) + inya
    return out


def lithuanian_ene(words: list[str], readings: list) -> list:
    """``readings`` with the unchanged readings of a Lithuanian woman's surname in -ене added after a
    Baltic woman's first name, whose own form in -е stands too ("Айсте Гедвилене": not Айста Гедвилена)."""
    if len(words) != 2 or "-" in words[-1] or not ENE.search(words[-1].lower()) or not baltic_first(readings[0]):
        return readings
    last, first = words[-1].lower(), words[0].lower()
    out = list(readings)
    out[0] = tuple(r for r in out[0] if not (r.role == "first" and r.gender == "masc" and r.weight < 1.0))
    if first.endswith("е") and first.replace("ё", "е") in load_list("baltic_first_names.txt"):
        # her first name in -е stands too, no case of a guessed name in -а ("Аудроне": not of an Аудрона)
        out[0] = tuple(r for r in out[0] if r.nominative == first) + tuple(
            Reading("first", case, "femn", first, LT_FIRST) for case in CASES)
    out[-1] = tuple(r for r in out[-1] if not (r.role == "last" and r.gender == "masc" and r.weight < 1.0)) + tuple(
        Reading("last", case, "femn", last, LT_WOMAN) for case in CASES)
    return out
