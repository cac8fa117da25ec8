"""An Italian surname in -е stands unchanged in every case, as Russian writes Italian names
("Премию передали Антонио Ферранте", "о Лоренцо Феделе", "с Франческо Конте"): after a given name
of ``lexicons/italian_first_names.txt`` (:func:`italian_surname_e`) a last word in -е reads as
written, not as the dative or prepositional of a surname in -а or a consonant ("Ферранта",
"Федел"). An -е the Italian row of ``lexicons/name_origin_declension.tsv`` does not keep (its
``not_keep``: after a double consonant, in -оле, -ине, -ке...) is rather the case of an Italian
surname in -а, which declines ("Маурицио Кантарелле": Кантарелла): there the consonant stems the
declension table guesses go ("Кантарелл"); so do they for a last word in -у, the accusative of an
-а surname (:func:`italian_surname_u`: "Риккардо Альтамуру"). Read by
:func:`rufacts.entities.names.analyze_name` for two-word names.
"""
from __future__ import annotations

import re

from ..lexicons import load_list
from .name_readings import CASES, LEXICON, Reading

# the prepositional of a South Slavic -ович, -евич, -шич, -жич, -чич (Вуйошевиче, Станишиче); not an Italian
# -иче after another consonant (Ди Феличе)
SLAVIC_ICH_CASE = re.compile(r"(ов|ев|ш|ж|ч)иче$")
UNCHANGED = 1.0  # as a dictionary surname: above the declension table's guesses


def _italian_given(word: str) -> bool:
    """A listed given name as written: an Italian man's name in -о, -е, -и stands unchanged itself
    ("Клаудио", "Джузеппе"); a case form of another name is none ("Роберте", "Луке": Роберт, Лука)."""
    return word.lower().replace("ё", "е") in load_list("italian_first_names.txt")


def italian_woman_e(morph, full: list[str], readings: list) -> list:
    """A first word in -е the dictionary lacks whose -а form is a listed Italian given name and which
    is none itself ("о Бенедетте Орсини": Бенедетта) reads as that name's dative or prepositional,
    as a lexicon's name does, not as a man's consonant stem the table guesses (Бенедетт) nor as
    written beside an indeclinable surname; the listed men's names in -е stand (Симоне, Даниэле)."""
    if len(full) != 2 or not full[0].isalpha() or not full[0].lower().endswith("е") or morph.is_known(full[0]):
        return readings
    word = full[0].lower().replace("ё", "е")
    name = word[:-1] + "а"
    if _italian_given(word) or not _italian_given(name):
        return readings
    # (of either gender: the list has men's names in -а too, "Николе Стояновичу" is Никола's dative)
    own = tuple(Reading("first", case, None, name, LEXICON) for case in ("datv", "loct"))
    return [own + tuple(r for r in readings[0] if r.role != "first" or r.weight >= 1.0), *readings[1:]]


def italian_surname_u(full: list[str], readings: list, cases: frozenset[str] = frozenset()) -> list:
    """After an Italian given name no Spanish, Portuguese or other people's list has ("Риккардо"; not
    "Антонио", nor the South Slavic "Марко": "Марко Вукичевичу" is of Вукичевич), a
    last word in -у after a consonant that no dictionary or lexicon knows is the accusative of an
    Italian surname in -а ("пригласил Риккардо Альтамуру": Альтамура), not the dative of a consonant
    stem the declension table guesses (Italian surnames end in a vowel): those guesses go."""
    from .name_foreign_first import first_name_peoples
    from .name_germanic_stems import germanic_stem
    from .name_hispanic import AFTER_PARTICLE, iberian_given

    word = full[-1].lower() if len(full) == 2 else ""
    given = full[0].lower().replace("ё", "е") if full else ""
    if not word.endswith("у") or word[-2:-1] in "аеёиоуыэюя" or not full[1].isalpha() \
            or not _italian_given(full[0]) or iberian_given(given) or first_name_peoples(given) \
            or any(r.weight >= 1.0 for r in readings[1]) or AFTER_PARTICLE in cases \
            or germanic_stem(word[:-1]):  # "Ренато Штайнеру": a German surname's dative (Штайнер)
        return readings  # (after "де" Italian keeps a consonant too: "Марко Де Санктису", of Де Санктис)
    if not any(r.role == "last" and r.case == "accs" and r.nominative == word[:-1] + "а" for r in readings[1]):
        return readings
    kept = tuple(r for r in readings[1] if not (r.role == "last" and r.nominative.rstrip("ь") == word[:-1]))
    return [readings[0], kept]


def italian_surname_e(full: list[str], readings: list) -> list:
    """The last word's readings as written, after an Italian given name, where it ends in -е (of
    an -а surname where the Italian row does not keep its ending)."""
    from .name_foreign_first import first_name_peoples
    from .name_origins import _declensions

    if len(full) != 2 or not full[1].lower().endswith("е") or not full[1].isalpha() \
            or not _italian_given(full[0]):
        return readings
    if SLAVIC_ICH_CASE.search(full[1].lower()) and "south-slavic" in first_name_peoples(full[0].lower()):
        return readings  # "о Марко Вуйошевиче": a Serbian given name too, and -иче a case of -ич (foreign51)
    if any(r.role == "first" and r.weight >= 1.0 and r.nominative != full[0].lower() for r in readings[0]):
        return readings  # "о Даниэле Ортеге": also Даниэль's prepositional, the surname's case decides (Ортега)
    word = full[1].lower()
    row = _declensions().get(("italian", "last"))
    if row is not None and not row.kept(word):  # "Кантарелле": of Кантарелла, not of a Кантарелл
        kept = tuple(r for r in readings[1] if not (
            r.role == "last" and r.weight < 1.0 and r.nominative.rstrip("ь") == word[:-1]))
        if any(r.role == "last" and r.nominative == word[:-1] + "а" for r in kept):
            return [readings[0], kept]
        return readings
    kept = tuple(Reading("last", case, None, word, UNCHANGED) for case in CASES)
    return [readings[0], kept]
