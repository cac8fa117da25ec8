"""A woman's surname in -е after a consonant that stands unchanged (used by
:func:`rufacts.entities.names.analyze_name`): after a first name the dictionary or the lexicon
knows as a woman's, a surname it lacks in consonant + е is read as written in every case
("Маргарите Кимовне Ланге", "Елене Вяльбе", "о Чиоме Эзе"; not the second of two Spanish
surnames, "Ане Салас Ортеге": Ортега), above the dative or prepositional of
a surname in -а (Ланга) that the declension table guesses: a woman's surname in -а the
dictionary lacks is rare beside the -ова, -ина, -ская the table reads. A word the dictionary
knows ("об Адриане Лиме": Лима) declines as it says; a man's or an unknown first name
("о Кэндзи Накамуре") adds nothing, nor a Latvian or Lithuanian woman's name, after which
a surname in -а is as common (``lexicons/baltic_first_names.txt``: "Лайме Ванаге", Ванага), nor a
Japanese one (``lexicons/name_foreign_first_names.tsv``: "о Мэгуми Исикаве", Исикава)."""
from __future__ import annotations


from ..grammars.morph import Morph
from ..lexicons import load_list
from .name_oy_surnames import TABLE_OY, ova_not_oy
from .name_foreign_first import first_name_peoples
from .name_foreign_oblique import celtic_mac
from .name_baltic_surnames import latvian_inya, lithuanian_ene
from .name_readings import CASES, Reading, _readings
from .name_surname_e import CONSONANT_E as SURNAME_E, RUSSIAN_STEMS, man_case_only, slavic_e
E_CASES = ("datv", "loct")  # the cases whose ending of a name in -а is -е
SLAVIC_ADJ_HEADS = ("ской", "цкой")
WOMAN_E = 0.48  # above the table's -а guess (0.45), below a noun the dictionary knows (Синице: 0.5)


def woman_surname_e(morph: Morph, words: list[str], readings: list) -> list:
    """``readings`` with the unchanged readings of a woman's surname in -е added to the last word
    (and a Latvian woman's -иня after a Baltic first name: entities/name_baltic_surnames.py)."""
    readings = lithuanian_ene(words, latvian_inya(words, readings))  # "Инаре Калнине": Калниня; "Айсте Гедвилене"
    if len(words) < 2 or (len(words) > 2 and not any(
            r.role == "middle" and r.gender == "femn" for r in readings[1])):
        # two surnames are Spanish ("Ане Салас Ортеге": Ортега), a patronymic is not
        return readings
    last = words[-1].lower()
    tail = last.rpartition("-")[2]
    known = morph.is_known(tail)
    if celtic_mac(tail):  # "Фионе Макгарре": an Irish or Scottish Мак- surname never ends in an unchanged -е
        return readings
    if not SURNAME_E.search(tail) or tail.endswith(RUSSIAN_STEMS) or slavic_e(tail) or (
            known and not man_case_only(morph, tail)):  # ("Кристине Шульце": no woman's Шульц)
        return readings
    if known and any(r.role == "first" and r.gender == "masc" and r.weight >= 1.0 for r in readings[0]):
        return readings  # "о Даниэле Крейге": a man's name in that case too, so Даниэль Крейг
    firsts = {r.nominative for r in readings[0] if r.role == "first" and r.gender == "femn" and r.weight >= 1.0}
    if not firsts or firsts & load_list("baltic_first_names.txt"):  # "Лайме Ванаге": Ванага
        return readings
    if all(first_name_peoples(f) == {"japanese"} for f in firsts):
        return readings  # "о Мэгуми Исикаве": Исикава (a Japanese surname in -а declines; no -е after a consonant)
    out = list(readings)
    if tail == last:
        if not any(r.role == "last" and r.nominative != last for r in readings[-1]):
            # no declined reading to outweigh: a surname that stands unchanged for either gender
            # ("Давиде Гвенетадзе", "-дзе") gets no woman's weight over a man's name
            return readings
        out[-1] = tuple(out[-1]) + tuple(Reading("last", case, "femn", last, WOMAN_E) for case in CASES)
        return out
    # a double-barrelled surname: the part in -е stands, the parts before it decline as their own
    # readings say ("с Ниной Лесковой-Боргезе": Лескова-Боргезе, not an unchanged "Лесковой-")
    head = words[-1].rpartition("-")[0]
    heads = _readings(morph, head)
    added = []
    for case in CASES:
        best = max((r for r in heads if r.role == "last" and r.case == case and r.gender in ("femn", None)),
                   key=lambda r: r.weight, default=None)
        if best is not None and not (case in E_CASES and head.lower().endswith(SLAVIC_ADJ_HEADS)):
            # after a Slavic adjectival part declined in the dative or prepositional (-ской, -цкой), the
            # -е is that case's ending of a Slavic part in -а, no Slavic surname ends so unchanged: both
            # parts carry the name's case ("Еве Вишневской-Сове": Вишневская-Сова); after another part
            # the -е may be a foreign one's as written ("Нине Лесковой-Боргезе": Лескова-Боргезе)
            added.append(Reading("last", case, "femn", f"{best.nominative}-{tail}", WOMAN_E))
    out[-1] = tuple(out[-1]) + tuple(added)
    return out


OBLIQUE = ("gent", "datv", "ablt", "loct")
# a man's -ой the declension table only guesses (TABLE_OY) is no sign of an adjectival surname;
# -овой/-евой not listed is rather the woman's -ова (ova_not_oy, as entities/name_readings.py reads it)
WOMAN_OY = 0.6  # above the unchanged (0.35) and the table's -а (0.275) readings of the word


def woman_surname_oy(morph: Morph, words: list[str], readings: list) -> list:
    """``readings`` with the oblique readings of a woman's stressed adjectival surname added to
    the last word: after a woman's first name, a word in -ой that is a man's surname as written
    (Лозовой, Толстой, Яровой) is in the oblique cases a woman's -ая ("с Анной Лозовой":
    Лозовая): one listed in ``lexicons/surnames_oy.txt``, or an adjective the dictionary knows
    not in -овой/-евой (Чёрной, Бережной; Кустовой is Кустова). Not a surname in -ова ("Петровой": no man is Петровой), nor a noun
    ("Арундати Рой")."""
    last = words[-1].lower()
    if len(words) < 2 or not last.endswith("ой") or not any(
            r.role == "last" and r.gender == "masc" and r.case == "nomn" and r.nominative == last
            and r.weight > TABLE_OY for r in readings[-1]):
        return readings
    if ova_not_oy(last) or not (last in load_list("surnames_oy.txt")
                                or any(p.tag.POS == "ADJF" for p in morph.parse(last))) \
            or any(p.tag.POS == "NOUN" and p.normal_form == last[:-2] + "а" for p in morph.parse(last)):
        return readings  # "Ксенией Вороной": the noun ворона, Ворона
    if not any(r.role == "first" and r.gender == "femn" and r.weight >= 1.0 and r.case in OBLIQUE
               for r in readings[0]):
        return readings
    out = list(readings)
    out[-1] = tuple(out[-1]) + tuple(Reading("last", case, "femn", last[:-2] + "ая", WOMAN_OY) for case in OBLIQUE)
    return out
