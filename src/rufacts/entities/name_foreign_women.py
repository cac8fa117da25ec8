"""A woman's Slavic surname in -ич stands unchanged in every case, and a Spanish surname in -ия
after a first name that stands unchanged (used by
:func:`rufacts.entities.names.analyze_name`): after a first name the dictionary or a lexicon
knows as a woman's, a last word in -ич (-ович, -евич, Serbian and Croatian -ић: Шимунич, Маркович,
Алексиевич) is read as written in the case of her name ("Петры Шимунич", "с Миленой Томич"),
above the declension table's unchanged guess of a consonant stem (0.35): a man's -ич declines
("Ивана Марковича"), so the word as written after a woman's name is hers."""
from __future__ import annotations

from ..grammars.letters import CONSONANTS
from ..lexicons import load_list
from .name_foreign_first import foreign_first_forms
from .name_readings import CASES, LEXICON, Reading

WOMAN_ICH = 0.6  # as a dictionary-less surname's best guess, below a known surname (1.0)


def woman_surname_ich(words: list[str], readings: list) -> list:
    """``readings`` with the unchanged readings of a woman's surname in -ич added to the last word."""
    if len(words) != 2 or not words[-1].lower().endswith("ич") or len(words[-1]) < 5:
        return readings
    cases = {r.case for r in readings[0] if r.role == "first" and r.gender == "femn" and r.weight >= 1.0}
    # ... or a foreign lexicon's woman's name the dictionary reads as a case of a man's ("о Йоване
    # Петрович": Йована, not Йован, whose -ич would decline)
    listed = [Reading("first", case, "femn", name, LEXICON) for case, gender, name in foreign_first_forms(words[0])
              if gender == "femn" and case not in cases]
    cases |= {r.case for r in listed}
    if not cases:
        return readings
    last = words[-1].lower()
    out = list(readings)
    out[0] = tuple(out[0]) + tuple(listed)
    out[-1] = tuple(out[-1]) + tuple(Reading("last", case, "femn", _ich_nominative(last, case, out[-1]), WOMAN_ICH)
                                     for case in CASES if case in cases)
    return out


def _ich_nominative(last: str, case: str, readings) -> str:
    """A woman's double-barrelled surname ending in -ич: the part before it declines as her surname
    ("Мартой Зелинской-Вуйтович": Зелинская-Вуйтович), where the readings give that part's nominative in
    her case; a single word in -ич, and a part with no such reading, stand as written."""
    head, dash, tail = last.rpartition("-")
    if not dash:
        return last
    declined = [r for r in readings if r.role == "last" and r.case == case and r.gender == "femn"
                and r.nominative.endswith("-" + tail) and r.nominative != last]
    return max(declined, key=lambda r: r.weight).nominative if declined else last


# a Russian-shaped man's surname, which a woman's name never has in a consonant ("Петров")
RUSSIAN_MAN = ("ов", "ев", "ёв", "ин", "ын", "ский", "цкий")


def woman_surname_consonant(words: list[str], readings: list, morph=None) -> list:
    """A woman's foreign surname in a consonant stands unchanged in every case (Rosenthal): after a
    first name that only a woman's readings of the dictionary or a lexicon give ("Хадиджи
    Бенсалем", "с Айгерим Касым", "Малале Юсуфзай"), the last word as written is read in her case,
    above the table's guess of a man's case of a shorter stem ("Бенсаль"). Not a Russian-shaped man's
    surname, nor a word in -ич (:func:`woman_surname_ich`), nor one in -ей/-ой, a woman's instrumental
    ("Илзе Берзиней": Берзиня); of -й, only the Pashtun -ай ("Малале Юсуфзай"); nor a word the
    dictionary (``morph``) knows only in an oblique case of another word: a man's case, which the
    first name's case agrees with ("с Аркади Гайдамаком", of гайдамак: not a woman "Аркадя")."""
    if len(words) != 2 or not (words[-1][-1:].lower() in CONSONANTS or words[-1].lower().endswith("ай")) \
            or len(words[-1]) < 3 \
            or words[-1].lower().endswith(RUSSIAN_MAN + ("ич",)) or "-" in words[-1]:
        return readings
    known = [r for r in readings[0] if r.role == "first" and r.weight >= 1.0]
    if any(r.gender != "femn" for r in known):
        return readings  # also a case of a man's name ("Евгения Тонких": Евгений's genitive)
    cases = {r.case for r in known}
    if not cases:
        return readings
    last = words[-1].lower()
    if morph is not None and morph.is_known(last) and not any(
            p.tag.case == "nomn" or p.normal_form == last for p in morph.parse(last)):
        return readings
    have = {r.case for r in readings[-1] if r.role == "last" and r.gender == "femn" and r.nominative == last
            and r.weight >= WOMAN_ICH}
    out = list(readings)
    out[-1] = tuple(out[-1]) + tuple(Reading("last", case, "femn", last, WOMAN_ICH) for case in CASES
                                     if case in cases and case not in have)
    return out


WOMAN_ACCS = 0.6  # a woman's accusative in -у/-ю read so by the surname standing unchanged
SOME = 0.3  # a dative of the surname of a man, or of either gender, the table gives any weight


def woman_accusative(words: list[str], readings: list) -> list:
    """"Ивану Маркович-Шимич": a first word in -у/-ю the dictionary reads as a man's dative
    (Иван) and the table as the accusative of a name in -а/-я, before a surname in a consonant
    that has no dative of a man (a man's would decline: "Ивану Марковичу-Шимичу"): the woman's
    accusative (Ивана), her surname standing unchanged."""
    if len(words) != 2 or words[0][-1:].lower() not in "ую" or words[1][-1:].lower() not in CONSONANTS:
        return readings
    if not any(r.role == "first" and r.case == "datv" and r.gender == "masc" and r.weight >= 1.0
               for r in readings[0]):
        return readings
    if any(r.role == "last" and r.case == "datv" and r.gender != "femn" and r.weight >= SOME for r in readings[1]):
        return readings
    if any(r.role == "last" and r.case == "accs" and r.gender == "femn" and r.nominative != words[1].lower()
           and r.weight >= SOME for r in readings[1]):
        return readings  # the surname declines as a woman's: "Алину Загитову-Ким" (of Загитова-Ким)
    accusative = {r.nominative for r in readings[0] if r.role == "first" and r.case == "accs"
                  and r.gender in (None, "femn") and r.nominative[-1:] in "ая"}
    if not accusative:
        return readings
    out = list(readings)
    out[0] = tuple(out[0]) + tuple(Reading("first", "accs", "femn", n, WOMAN_ACCS) for n in sorted(accusative))
    out[1] = tuple(out[1]) + (Reading("last", "accs", "femn", words[1].lower(), WOMAN_ICH),)
    return out


VOWEL_LETTERS = frozenset("аеёиоуыэюя")


def spanish_iya(first: str, last: str) -> bool:
    """After a Spanish first name (``lexicons/hispanic_first_names.txt``), a word in -ии is a case of
    a surname in -ия ("Альберто Сеговии": Сеговия, "Хосе Гарсии"), and one in a vowel and -йи of one in
    -йя (Spanish -ya: "Франсиско Гойи": Гойя, "Рикардо Маглайи": Маглайя), not one that stands unchanged
    as an Italian or Japanese one in -и does ("Марио Драги", "Наоко Фудзии")."""
    low = last.lower()
    return (low.endswith("ии") or low[-3:-2] in VOWEL_LETTERS and low.endswith("йи")) \
        and first.lower() in load_list("hispanic_first_names.txt")


def surname_of_man_name(words: list[str], readings: list) -> list:
    """A surname spelt as the genitive or accusative of a man's given name in a consonant ("Риза
    Ахмеда": Ахмед's) is that name's case, not a nominative in -а: a woman's surname that is a man's name
    stands unchanged ("Риза Ахмед", Rosenthal), a man's declines; so the last word's readings as written
    (below 1.0: the table's guesses) leave way to its case of the man's name, which the first name's case
    then agrees with (Риз, the accusative). Only after a woman's name as written that
    reads as a case of another name too (the woman's reading is the one the rule weighs against)."""
    last = words[-1].lower() if len(words) == 2 else ""
    if not last.endswith("а") or len(last) < 4 or last[-2] not in CONSONANTS:
        return readings
    stem = last[:-1]
    rs = readings[-1]
    if not any(r.role == "first" and r.nominative == stem and r.gender == "masc" and r.weight >= 1.0
               and r.case in ("gent", "accs") for r in rs) \
            or not any(r.role == "last" and r.nominative == stem for r in rs) \
            or any(r.role == "last" and r.nominative == last and r.weight >= 1.0 for r in rs) \
            or not any(r.role == "first" and r.case == "nomn" and r.gender == "femn" and r.weight >= 1.0
                       for r in readings[0]) \
            or not any(r.role == "first" and r.case in ("gent", "accs") and r.nominative != words[0].lower()
                       for r in readings[0]):  # (a woman's name as written, a case of another: not "Тосиюки Хамада")
        return readings
    out = list(readings)
    out[-1] = tuple(r for r in rs if not (r.role == "last" and r.nominative == last))
    return out
