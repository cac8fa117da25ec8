"""Surnames in -е after a given name: a foreign one that stands as written, or the case of another.

Russian (Rosenthal) leaves a foreign surname in an unstressed -е unchanged ("о Жероме Вандервельде",
"Йоханне Краузе"), and declines a man's surname in a consonant ("о Фридрихе Мерце": Мерц) and any
surname in -а ("Ирине Шульге": Шульга). Which one a final -е is, the stem before it tells where no
surname ends in it (``lexicons/name_surname_e.tsv``, kind ``keep``: -аузе, -вельде) or where only
Slavic surnames in -а do (kind ``slavic``: -льге, -рге), and the dictionary tells where it knows the
word only as the prepositional of a man's surname ("Шульце": of Шульц), which no woman bears:
:func:`foreign_surname_e` adds the unchanged readings of a kept ending. After a man's first name in the
dative, of a people whose men's surnames rarely end in -а (kind ``people``: German, Dutch,
Scandinavian, French), the -е is rather one's that stands than the dative of one in -а
(:func:`after_man_dative`: "Клаусу Хенке"). Both are read by
:func:`rufacts.entities.names.analyze_name`; :func:`man_case_only` and :func:`slavic_e` by
:func:`rufacts.entities.name_female_surnames.woman_surname_e`.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..grammars.morph import Morph
from ..lexicons import load_rows
from .name_readings import CASES, Reading

KEPT = 1.0  # as a dictionary's surname: above the declension table's guesses (0.45-0.5)
AFTER_DATIVE = 0.48  # above the table's dative of one in -а (0.45), below a noun the dictionary knows
CONSONANT_E = re.compile(r".[бвгджзклмнпрстфхцчшщ]е$")
RUSSIAN_STEMS = ("ове", "еве", "ёве", "ине", "ыне", "ске", "цке")  # "Сергею Петрове" is no name at all


@lru_cache(maxsize=8)
def _endings(kind: str) -> tuple[str, ...]:
    return tuple(row[1] for row in load_rows("name_surname_e.tsv") if row[0] == kind and len(row) > 1)


def slavic_e(word: str) -> bool:
    """The -е of a Slavic surname in -а's dative or prepositional ("Шульге": Шульга)."""
    return word.lower().endswith(_endings("slavic"))


def man_case_only(morph: Morph, word: str) -> bool:
    """The dictionary knows ``word`` as a man's surname or name in a case, of a stem in a consonant
    ("Шульце": Шульц), and as no woman's name or common noun in -а: beside a woman's first name the
    word can be no case of it."""
    if not morph.is_known(word):
        return False
    parses = morph.parse(word)
    return any({"Surn", "Name"} & p.tag.grammemes for p in parses) and all(
        "masc" in p.tag.grammemes and not p.normal_form.endswith(("а", "я")) for p in parses)


def _person_case(morph: Morph, word: str) -> bool:
    """The dictionary knows ``word`` as a case of a person's name or surname."""
    return morph.is_known(word) and any({"Name", "Surn"} & p.tag.grammemes for p in morph.parse(word))


def _man_or_surname(morph: Morph, word: str) -> bool:
    """The dictionary knows ``word`` as a case of a surname or of a man's name ("Шульце": Шульц), not
    only of a woman's name or a thing's ("Радке": Радка; "Лукке": the town of Лукка)."""
    return morph.is_known(word) and any("Surn" in p.tag.grammemes or {"Name", "masc"} <= p.tag.grammemes
                                        for p in morph.parse(word))


def foreign_surname_e(morph: Morph, full: list[str], readings: list) -> list:
    """The last word's readings with its unchanged ones added where it ends in a kept ending
    (``lexicons/name_surname_e.tsv``) and the dictionary knows it as no case of a name."""
    from .name_declined_pair import declined_after_declined_given

    if not full:
        return readings
    readings = declined_after_declined_given(full, readings)  # "о Грэме Маккинноне": Маккиннон
    word = full[-1].lower()
    # (a double-barrelled surname is woman_surname_e's: "Лебедевой-Краузе" is Лебедева-Краузе)
    if "-" in word or not word.endswith(_endings("keep")) or _person_case(morph, word):
        return readings
    out = list(readings)
    out[-1] = tuple(readings[-1]) + tuple(Reading("last", case, None, word, KEPT) for case in CASES)
    return out


def after_man_dative(morph: Morph, full: list[str], readings: list) -> list:
    """After a man's first name of a people whose men's surnames rarely end in -а
    (``lexicons/name_surname_e.tsv``, kind ``people``; the first names' peoples:
    ``lexicons/name_origins.tsv``), in the dative or prepositional its ending shows, or one in a vowel
    that stands as written ("Луи", "Уве"): the last word's unchanged readings in those cases added, the
    declension table's guesses of a surname in -а dropped ("Клаусу Хенке", "Луи Дюпре", "о Юргене
    Радке"; in the prepositional a consonant stem the table reads still outweighs it: "о Фрице Ланге")."""
    from .name_origins import first_forms, first_origins, surname_endings
    from .name_foreign_oblique import hyphen_first_forms

    if len(full) != 2:
        return readings
    word = full[1].lower()
    if not CONSONANT_E.search(word) or word.endswith(RUSSIAN_STEMS) or slavic_e(word) \
            or _man_or_surname(morph, word) or "-" in word:
        return readings
    if any(not end.startswith("^") and (word[:-1] + "а").endswith(end) for end, _origin in surname_endings()):
        return readings  # the dative of a surname in an -а ending of one people ("Хукстре": the Frisian Хукстра)
    peoples = frozenset(_endings("people"))
    first = full[0].lower().replace("ё", "е")
    forms = [(case, name) for case, gender, name, origin in first_forms(first) or hyphen_first_forms(first)
             if gender == "masc" and origin in peoples and first_origins(name) <= peoples]  # "Жане-Люке Дюпре"
    # (a case its ending shows: "Вопке", in a consonant-final people's -е, says none)
    cases = {case for case, name in forms if name != first and case in ("datv", "loct")}
    if not cases and any(name == first and first[-1:] in "иоуэ" for _case, name in forms):
        cases = set(CASES)  # a name in a vowel that stands as written ("Луи Дюпре")
    if not cases:
        return readings
    out = list(readings)
    out[-1] = tuple(r for r in readings[-1] if not (
        r.role == "last" and r.weight < 1.0 and r.nominative == word[:-1] + "а")) + tuple(
        Reading("last", case, "masc", word, AFTER_DATIVE) for case in sorted(cases))
    return out


def after_germanic_particle(full: list[str], readings: list, cases) -> list:
    """After a German or Dutch particle ("ван", "фон": the hint ``GERMANIC`` in ``cases``), a surname in a
    consonant + -е is a consonant stem's prepositional or a surname standing as written, not the dative or
    prepositional of one in -а, which these peoples' surnames rarely end in ("о Виллеме ван Вейке": ван Вейк,
    though the dictionary knows a Вейка; "Йохану ван дер Велде" as written), nor in a consonant + -я
    ("Питеру Ван Гелдере", not of a Гелдеря): the -а and -я readings dropped."""
    from .name_lusophone import GERMANIC

    if GERMANIC not in cases or not full:
        return readings
    readings = _no_fleeting_vowel(full[-1].lower(), readings)
    word = full[-1].lower()
    if not CONSONANT_E.search(word) or word.endswith(RUSSIAN_STEMS) or "-" in word:
        return readings
    kept = tuple(r for r in readings[-1] if not (r.role == "last" and r.weight < 1.0
                                                 and r.nominative in (word[:-1] + "а", word[:-1] + "я")))
    if not any(r.role == "last" for r in kept):
        return readings
    out = list(readings)
    out[-1] = kept
    return out


FLEETING = re.compile(r"[еоё]([бвгджзклмнпрстфхцчшщ]ь?)$")


def _no_fleeting_vowel(word: str, readings: list) -> list:
    """After a German or Dutch particle, a surname's case keeps its stem: German and Dutch surnames
    have no fleeting vowel ("Карла фон дер Гольца": фон дер Гольц, not the Russian Голец the dictionary
    knows; "Хенку ван ден Бергу": Берг), so a nominative with a vowel the case lacks before its last
    consonant is dropped where a reading of the stem as written is left."""
    def fleeting(r) -> bool:
        m = FLEETING.search(r.nominative)
        return r.role == "last" and m is not None and not word.startswith(r.nominative) and any(
            word.startswith(r.nominative[:m.start()] + soft + m.group(1).rstrip("ь")) for soft in ("", "ь", "й"))
    kept = tuple(r for r in readings[-1] if not fleeting(r))
    if len(kept) == len(readings[-1]) or not any(r.role == "last" and r.nominative != word for r in kept):
        return readings
    out = list(readings)
    out[-1] = kept
    return out
