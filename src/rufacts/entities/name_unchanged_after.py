"""A surname in a vowel written as the nominative after a first name that declines in a case the
surname has no form of stands unchanged: it is an indeclinable foreign surname ("с Жаном-Люком Кола",
"Пьеру Дега", "Франческу Кьяра": Кола, Дега, Кьяра; a Russian "Кола" would read "Колой", "Коле"). Read by
:func:`rufacts.entities.names.analyze_name` for two-word names (:func:`unchanged_after_declined`)."""
from __future__ import annotations

import re

from ..grammars.letters import VOWELS
from .first_names import name_class
from .name_readings import Reading

DECLINED = 1.0  # the first name's reading in its case: the dictionary's or a lexicon's
UNCHANGED = 1.0  # the surname's reading as written in that case: as a dictionary surname
DISTINCT = ("datv", "ablt")  # cases whose endings (-у/-ю, -ом/-ем/-ой) no nominative shares
# ... and a woman's accusative in -у/-ю ("Франческу Кьяра": Кьяра; a man's accusative is his genitive)
DISTINCT_FEMN = ("accs",)
CASE_ENDINGS = {"datv": "уюеи", "ablt": "", "accs": "ую"}  # a word in these endings may be in that case itself
SOME = 0.3  # a reading of the surname in that case the table gives any weight


def unchanged_after_declined(full: list[str], readings: list, governed: frozenset[str] = frozenset()) -> list:
    """The last word's readings with one as written in the first name's case, where the first name
    reads only in one case of ``DISTINCT`` and the last word ends in a vowel and has no reading in it;
    also in the dative and prepositional after a woman's name in -е, where the context (``governed``:
    the cases a preposition before it governs) allows them (:func:`_unchanged_after_e`)."""
    if len(full) != 2 or not full[1].isalpha() or full[1][-1:].lower() not in VOWELS:
        return readings
    strong = [r for r in readings[0] if r.role == "first" and r.weight >= DECLINED]
    cases = {r.case for r in strong}
    genders = {r.gender for r in strong}
    if cases == DATV_LOCT and genders == {"femn"} and full[0][-1:].lower() == "е" and DATV_LOCT & governed:
        return _unchanged_after_e(full, readings)  # "о Ламаре Шенгелия": Ламара, Шенгелия
    if genders == {"masc"} and "gent" in cases and cases <= GENT_ACCS and HUSHING_I.search(full[1].lower()) and not any(
            r.case in cases and r.weight >= DECLINED and r.nominative != full[1].lower() for r in readings[1]):
        # a man's genitive before a surname in -чи/-джи: the genitive of a surname in -ча the table guesses
        # is rarer than one standing as written ("Андрея Тибичи", "Мехмета Акынджи")
        return [readings[0], tuple(readings[1]) + tuple(Reading("last", c, "masc", full[1].lower(), UNCHANGED)
                                                        for c in sorted(cases))]
    if len(cases) != 1 or len(genders) != 1 or not cases <= set(DISTINCT + DISTINCT_FEMN * (genders == {"femn"})):
        return readings
    (case,), (gender,) = cases, genders
    if _declined_with_first(full[1].lower(), readings):
        return readings  # "Николу Остоича": the surname's genitive-accusative and Никола's accusative agree
    if case in DISTINCT_FEMN and name_class(full[0], None):
        return readings  # a listed name in -у as written is a nominative: "Айсулу Бекова"
    # (a reading of the other gender does not count: "Кьяра" is no woman's accusative, whatever a man's)
    if full[1][-1:].lower() in CASE_ENDINGS[case] or any(r.case == case and r.weight >= SOME and r.gender in (None, gender)
                                                         for r in readings[1]):
        return readings  # the word declines: "Жаном Ивановым", "Рустаму Ахмедовичу", "Виджаю Раману"
    return [readings[0], tuple(readings[1]) + (Reading("last", case, gender, full[1].lower(), UNCHANGED),)]


DATV_LOCT = {"datv", "loct"}
GENT_ACCS = {"gent", "accs"}
HUSHING_I = re.compile(r"(?:дж|ч)и$")  # not -ши/-жи/-щи: "Янеза Янши" is Янша's genitive


def _unchanged_after_e(full: list[str], readings: list) -> list:
    """A woman's first name in -е read only as the dative or prepositional of a name in -а ("Ламаре",
    "Марине"), before a surname in -а/-я/-о that has no form in either case: the surname stands unchanged
    in both ("о Ламаре Шенгелия"; a Russian "Петрова" would read "Петровой"). Only where the context
    allows one of the two cases: "подписала Аише Бамба" is a nominative Аише."""
    if full[1][-1:].lower() not in "аяо" or any(
            r.case in DATV_LOCT and r.weight >= SOME and r.gender in (None, "femn") for r in readings[1]):
        return readings
    added = tuple(Reading("last", case, "femn", full[1].lower(), UNCHANGED) for case in sorted(DATV_LOCT))
    return [readings[0], tuple(readings[1]) + added]


BESIDE_FIRST = 0.9  # a listed first name's case beside another name's (name_foreign_first.BESIDE)


def _declined_with_first(last: str, readings: list) -> bool:
    """The last word declines as a surname (a case of another nominative, as the table reads it) in a
    case and gender the first word also reads in as a first name: the two agree there, and the last
    word need not stand unchanged in the first name's other case ("Николу Остоича": Никола's and
    Остоич's accusative, not Никол's dative and an unchanged Остоича)."""
    first = {(r.case, r.gender) for r in readings[0] if r.role == "first" and r.weight >= BESIDE_FIRST}
    return any(r.role == "last" and r.weight >= DECLINED_SURNAME and r.nominative != last
               and ((r.case, r.gender) in first or (r.case, None) in first) for r in readings[1])


SURNAME_CASES = ("datv", "ablt")  # the surname's endings (-у/-ю, -ом/-ем) say its case
DECLINED_SURNAME = 0.5  # a reading of the surname declined in that case: the table's or more


def _case_of_another_name(low: str) -> bool:
    """The dictionary reads the word as an oblique case of another first name ("иона": Ион's)."""
    from ..grammars.morph import get_morph
    return any("Name" in p.tag.grammemes and p.tag.case != "nomn" and p.normal_form != low
               for p in get_morph().parse(low))


def unchanged_before_declined(full: list[str], readings: list) -> list:
    """The first word's readings with one as written in the surname's case, where the first name
    ends in a vowel, reads as written in some case, and has no reading in the case of the declined
    surname after it: a foreign name that stands unchanged ("с Никола Продановичем": Никола; a
    Serbian Никола has no instrumental as written, but the surname's -ем says the case). Not where
    the first word is also a case of another first name ("Иона": Ион's genitive)."""
    if len(full) != 2 or not full[0].isalpha() or full[0][-1:].lower() not in VOWELS:
        return readings
    low = full[0].lower()
    written = [r for r in readings[0] if r.role == "first" and r.nominative == low]
    if not written or _case_of_another_name(low):
        return readings  # "фермой Иона Русу": Иона is also a case of Ион, and Русу stands unchanged
    added = []
    for case in SURNAME_CASES:
        declined = [r for r in readings[1] if r.role == "last" and r.case == case and r.weight >= DECLINED_SURNAME
                    and r.nominative != full[1].lower()]
        if declined and not any(r.role == "first" and r.case == case for r in readings[0]):
            weight = max(r.weight for r in written)
            added += [Reading("first", case, r.gender, low, weight) for r in declined[:1]]
    return [tuple(readings[0]) + tuple(added), readings[1]] if added else readings
