"""African names: surnames in -е as written or the case of one in -а; no patronymic in three words.

Russian (Rosenthal) leaves a foreign surname in an unstressed -е unchanged in every case and declines
one in -а, for men and women alike: the surnames of Sub-Saharan Africa have both (Yoruba Огундипе,
Zulu Дубе, Mande Сидибе stand; Zulu Мадонсела, Sotho Мокоэна decline: "о Мадонселе"). The declension
table of unknown words reads a final -е as the dative or prepositional of one in -а or -я (or of a
consonant stem, which these peoples' surnames rarely have), and nothing else, so "обвинила Сифо
Нкабинде" came out as Нкабинда. Where the mention is African (:func:`rufacts.entities.name_origins.
mention_origins`: its first name's people, a Bantu opening of its surname, a country's word in its
clause), :func:`african_surname_e` reads the -е as the surname's own:

- where the case of its slot is not one an -а surname ends in -е (the cue of a verb, a preposition or
  an apposition says the accusative, genitive, instrumental: "допросили Бусайо Огундипе"), or the
  given name before it is surely in such a case ("Эмеку Нкубе": not the dative);
- a surname in -у likewise where the slot is no dative or accusative ("по делу Чидиебере Нвосу": Igbo
  Нвосу, not of a Нвос; "Лагату", "Мадуку" are a dative and an accusative);
- in the dative or prepositional too, after a stem of ``lexicons/name_african_e_ends.txt`` that no
  -а surname of these peoples ends in ("о Вусумузи Дубе": Дубе; "о Бонгани Мадонселе" is still of
  Мадонсела), or where the table's only other reading is one in -я after a consonant, which no surname
  of these peoples ends in ("Абдулаю Сисе"); not where it reads a consonant stem ("о Кипкоэче Ротиче").

Read by :func:`rufacts.entities.names.analyze_name` after the origin's own weighing."""
from __future__ import annotations

import re
from functools import lru_cache

from ..lexicons import load_list
from .name_origins import FAR, PREFIX, RUSSIAN_FORMS, mention_origins
from .name_readings import CASES, Reading

AFRICAN = frozenset({"west-african", "nigerian", "east-african", "bantu", "bantu-opening"})
E_CASES = frozenset({"datv", "loct"})  # the cases of a surname in -а that end in -е
AS_WRITTEN = 0.6  # above the table's guesses (0.4-0.5), below the dictionary's own names (1.0)
GUESS = 0.4  # the declension table's weights of its readings (0.4-0.55)
CONSONANT_E = re.compile(r"[бвгджзйклмнпрстфхцчшщ][еу]$")
PATRONYMIC = re.compile(r"(ович|евич|овна|евна|инична|ична)$")  # a patronymic's own suffix, no African name's
U_CASES = frozenset({"datv", "accs"})  # the cases of a consonant stem and of one in -а that end in -у


@lru_cache(maxsize=1)
def _ends() -> tuple[str, ...]:
    return tuple(sorted(load_list("name_african_e_ends.txt"), key=len, reverse=True))


def _slot_cases(cases: frozenset[str]) -> frozenset[str]:
    """The cases the context says: a bare case cue ("accs") or an agreeing word's ("agree:datv:masc")."""
    out = {c for c in cases if c in CASES}
    out |= {c.split(":")[1] for c in cases if c.startswith("agree:") and c.count(":") >= 1}
    return frozenset(c for c in out if c in CASES)


def african_surname_e(full: list[str], readings: list, cases: frozenset[str]) -> list:
    """The last word of an African name in consonant + -е (or -у) read as written where its slot or its
    stem says so (see the module's notes)."""
    if len(full) < 2:
        return readings
    low = full[-1].lower().replace("ё", "е")
    if not CONSONANT_E.search(low) or "-" in low or RUSSIAN_FORMS.search(low):
        return readings
    if any(r.weight >= 1.0 and r.role == "last" for r in readings[-1]):
        return readings  # the dictionary's or a lexicon's surname decides
    origins = mention_origins(full, readings, cases)
    if not origins.all or not origins.all <= AFRICAN:
        return readings
    slot = _slot_cases(cases)
    given = frozenset(r.case for r in readings[0] if r.role == "first" and r.weight >= 1.0)
    if len(given) < len(CASES) and given:
        slot = slot & given if slot & given else given  # the given name's own case where it shows one
    guessed = {r.nominative for r in readings[-1]  # (the table's own guesses, not those its origin weighed down)
               if r.role == "last" and r.nominative != low and GUESS <= r.weight < 1.0}
    if slot and not slot & (U_CASES if low.endswith("у") else E_CASES):
        pass  # no case of an -а surname: the -е is the surname's own ("по делу Чидиебере Нвосу": -у too)
    elif low.endswith("у"):
        return readings  # a dative or accusative in -у ("к Чиди Одумоду") is as often of Окафор, Мадука
    elif any(not n.endswith(("а", "я")) for n in guessed):
        return readings  # a man's surname in a consonant ("о Кипкоэче Ротиче") is as likely
    elif low[:-1] + "а" in guessed and not low.endswith(_ends()):
        return readings  # the stem decides between one in -е and one in -а ("о Бонгани Мадонселе")
    # (a soft stem in -я after a consonant is no surname of these peoples: "Абдулаю Сисе", not of a Сися)
    kept = tuple(r for r in readings[-1] if not (r.weight < 1.0 and r.nominative != low))
    have = {r.case for r in kept if r.role == "last" and r.nominative == low and r.weight >= AS_WRITTEN}
    kept += tuple(Reading("last", case, None, low, AS_WRITTEN) for case in CASES if case not in have)
    return [*readings[:-1], kept]


def african_no_patronymic(full: list[str], readings: list, cases: frozenset[str]) -> list:
    """No guessed patronymic in an African name of three words: the second and third words are a second
    given or clan name and the surname ("Уильяма Кипкоэча Ротича": first Уильям Кипкоэч, last Ротич;
    Kalenjin surnames end in -ич, -эч like a Russian short patronymic, Ильич), so the declension
    table's middle readings (below the dictionary's) go, and with them the order surname first."""
    if len(full) != 3:
        return readings
    origins = mention_origins(full, readings, cases)
    # (the clause's word for an African country counts beside an English given name too, which gives the
    # mention no origin of its own: "кенийский суд ... Уильяма Кипкоэча Ротича")
    cued = {c.split(":", 1)[1] for c in cases if c.startswith((PREFIX, FAR))}
    if not (origins.all and origins.all <= AFRICAN) and not (cued and cued <= AFRICAN):
        return readings
    # (not a Russian patronymic's own suffix: "Ахмеду Вахаевичу Муцураеву", Ахмед listed as West African too)
    out = [tuple(r for r in rs if not (r.role == "middle" and r.weight < 1.0 and not PATRONYMIC.search(r.nominative)))
           or rs for rs in readings]
    return out
