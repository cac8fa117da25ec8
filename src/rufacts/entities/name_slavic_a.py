"""A Slavic surname in -а in the dative or prepositional: "о Владимире Карповиче Дзюбе" is Дзюба,
"Юрию Петровичу Кулибабе" Кулибаба, not the consonant stems Дзюб, Кулибаб the declension table
guesses. Where the dictionary does not know the word, its predictor reads it by the words of the same
ending it has: a word in -е it reads (three times in four or more) as a case of nouns in -а (Дзюбе,
Кулибабе; not "Стурхауге", "Хедлунде", which it reads as a consonant stem's) is of a surname in -а. The gold
of the earlier sessions bears it out for a person with a Russian given name or a patronymic (Уйба,
Шульга, Дзюба: all in -а), while foreign names of that shape split both ways (Хукстра, Силва, but
Таманг, Очиенг, Лакомб), so the rule reads a Slavic man only: a man's patronymic, or a man's first name of
the very common class of lexicons/first_names.tsv (a woman's foreign surname in -е stands as written). Read by
:func:`rufacts.entities.names.analyze_name`.
"""
from __future__ import annotations

import re
from typing import Sequence

from ..grammars.morph import Morph
from ..lexicons import load_list
from .first_names import name_class
from .name_table_readings import Reading

WEIGHT = 0.6  # above the table's consonant stems (0.5), below the dictionary's names (1.0)
CASES = ("datv", "loct")
SHARE = 0.75  # of the predictor's readings in those cases: nouns in -а ("Кулибабе": 8 of 9)
PATRONYMIC_E = ("овиче", "евиче", "овичу", "евичу", "ьичу", "ьиче")  # a man's: Петровичу, Ильиче
VERY_COMMON = 3  # the class of lexicons/first_names.tsv: Владимир, Юрий, Сергей
# no surname in -а: the cases of Russian -ов/-ев/-ин surnames ("Юлдашеве", "Крупенине"), a doubled
# consonant or a hushing one before -е (foreign: "Тиссе", "Круминьше")
NOT_A = re.compile(r"(?:[оеё]в|[иы]н|([бвгдзклмнпрст])\1|[жшщчц])е$")


def _slavic_man(full: Sequence[str], readings: list) -> bool:
    """A man's patronymic in the dative or prepositional, or a very common first name of a man in those
    cases (a woman's foreign surname in -е stands as written: "Елене Вяльбе", "Ренате Цильке")."""
    if len(full) == 3 and full[1].lower().endswith(PATRONYMIC_E):
        return True
    return len(full) == 2 and any(r.role == "first" and r.case in CASES and r.gender == "masc" and r.weight >= 1.0
                                  and name_class(r.nominative, "masc", True) >= VERY_COMMON for r in readings[0])


def _foreign_end(low: str) -> bool:
    """A surname of another people's ending (lexicons/name_lone_foreign_ends.txt: Armenian -ян,
    Azerbaijani -заде, Georgian -дзе), as written or its stem before the -е: no Slavic one in -а."""
    return any(low.endswith(end) or low[:-1].endswith(end) for end in load_list("name_lone_foreign_ends.txt"))


def slavic_surname_a(morph: Morph, full: Sequence[str], readings: list) -> list:
    """The surname's readings with the nominative in -а added above the table's guesses, where the
    word in -е is unknown to the dictionary and its predictor reads it only as a feminine noun's case."""
    if len(full) < 2 or len(full) > 3:
        return readings
    low = full[-1].lower()
    if not low.endswith("е") or NOT_A.search(low) or len(low) < 4 or "-" in low or not full[-1][:1].isupper() or morph.is_known(low):
        return readings
    if any(r.role == "last" and r.weight >= 1.0 for r in readings[-1]):
        return readings  # the dictionary's or a lexicon's surname decides
    if _foreign_end(low):
        return readings  # "о Шагене Арташесовиче Давтяне": Давтян; "Гусейнзаде" as written
    parses = [p for p in morph.parse(low) if p.tag.case in CASES and "sing" in p.tag.grammemes]
    in_a = sum(p.tag.POS == "NOUN" and p.normal_form == low[:-1] + "а" for p in parses)
    if not parses or in_a < SHARE * len(parses):
        return readings
    if not _slavic_man(full, readings):
        return readings
    nominative = low[:-1] + "а"
    added = tuple(Reading("last", case, None, nominative, WEIGHT) for case in CASES)
    return [*readings[:-1], tuple(readings[-1]) + added]
