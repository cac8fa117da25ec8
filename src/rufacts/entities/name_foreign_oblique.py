"""Foreign names in an oblique case that the declension table's guesses read back to a wrong
nominative (foreign51).

- A Polish or Czech woman's surname in -ска/-цка (Бжезиньска, Левандовска) is her nominative: no
  surname ends in a consonant's -ск or in -цк, so the table's genitive of a "Бжезиньск" is dropped
  ("Иоанна Бжезиньска", not Иоанн Бжезиньск; a vowel's -ск stays: Estonian Каск).
- A foreign stem in a doubled consonant read as an adjective ("Уинтерботтому" as the dative of an
  "Уинтерботтый"): no Russian adjective ends in -ттый, -ллый, -ммый...; the guess is dropped where the
  word has a noun reading of its case (Уинтерботтом).
- A woman's first name that is both a listed name standing as written and the dative or
  prepositional of a name in -а lexicons/name_foreign_first_names.tsv lists ("Айше": the Turkish Айше,
  or Айша's case; not the Latvian Илзе beside the dictionary's Илза), beside a surname
  declined in that case ("Кханне", of Кханна): the declined name, as the surname is ("об Айше Кханне"
  -> Айша Кханна; "Айше Йылмаз", a surname standing as written, keeps Айше).

Read by :func:`rufacts.entities.names.analyze_name` with the other reading filters.
"""
from __future__ import annotations

import re
from typing import Sequence

from .name_foreign_first import foreign_first_forms
from .name_table_readings import Reading

POLISH_WOMAN = re.compile(r"[а-яё](ск|цк)а$")  # Бжезиньска, Левандовска, Замойска
# a guessed nominative "Бжезиньск", "Левандовск": -ск after a consonant, ь or й (the Polish -ski stems),
# -цк; not a vowel's -ск, the end of an Estonian or Baltic surname (Каск: "спектакль Тийта Каска")
STEM_SK = re.compile(r"([бвгджзйклмнпрстфхцчшщь]ск|цк)ь?$")
# a doubled consonant before an adjective's ending: no Russian adjective has it (but -нн-, -сс-, -жж-:
# "длинный", "русский", "дрожжевой")
DOUBLED_ADJECTIVE = re.compile(r"([бвгдзклмпртфхцчшщ])\1(ый|ий)$")
DECLINED_WOMAN_CASES = frozenset({"datv", "loct"})


def polish_woman_ska(full: Sequence[str], readings: list) -> list:
    """The last word in -ска/-цка loses the table's guesses of a surname in -ск/-цк."""
    if len(full) < 2 or not POLISH_WOMAN.search(full[-1].lower()):
        return readings
    kept = tuple(r for r in readings[-1] if not (
        r.role in ("first", "last") and r.weight < 1.0 and STEM_SK.search(r.nominative)))
    if not any(r.role == "last" for r in kept):
        return readings
    return list(readings[:-1]) + [kept]


def doubled_adjective(full: Sequence[str], readings: list) -> list:
    """Each word loses an adjectival surname guessed on a doubled consonant (Уинтерботтый), where a
    reading of the word as a noun in that case is left; a hyphenated word is read part by part, so
    its first part is checked by the nominative's first part."""
    out = list(readings)
    for i, rs in enumerate(readings):
        def odd(r: Reading) -> bool:
            head = r.nominative.split("-")[0]
            return r.weight < 1.0 and r.role == "last" and bool(DOUBLED_ADJECTIVE.search(head)) \
                and head != full[i].split("-")[0].lower()  # (a surname as written stays: Моллой)
        if not any(odd(r) for r in rs):
            continue
        kept = tuple(r for r in rs if not odd(r))
        if any(r.role == "last" for r in kept):
            out[i] = kept
    return out


def woman_given_declined(full: Sequence[str], readings: list) -> list:
    """A woman's first name read both as written and as the dative or prepositional of a listed name
    in -а, before a surname read only as declined in those cases (no reading of the surname as
    written weighs as much as its declined one): the as-written readings of those cases dropped."""
    if len(full) != 2:
        return readings
    low = full[0].lower().replace("ё", "е")
    last = full[1].lower().replace("ё", "е")
    first = readings[0]
    # (the name in -а a people's list has: Айша; not one the dictionary alone reads, "Илзе" stays Latvian)
    listed = {case for case, gender, name in foreign_first_forms(low) if gender == "femn" and name == low[:-1] + "а"}
    declined = {r.case for r in first if r.role == "first" and r.gender == "femn" and r.weight >= 1.0
                and r.case in DECLINED_WOMAN_CASES & listed and r.nominative == low[:-1] + "а"}
    if not low.endswith("е") or not declined:
        return readings
    surname = [r for r in readings[1] if r.role == "last"]
    as_written = max((r.weight for r in surname if r.nominative == last), default=0.0)
    oblique = max((r.weight for r in surname if r.nominative != last and r.case in declined
                   and r.gender in (None, "femn")), default=0.0)
    if oblique <= as_written or not last.endswith("е"):
        return readings
    kept = tuple(r for r in first if not (r.role == "first" and r.nominative == low and r.case in declined))
    return [kept, readings[1]]


def hyphen_first_forms(first: str) -> tuple[tuple[str, str, str, str], ...]:
    """((case, gender, nominative, origin), ...) of a hyphenated first name of lexicons/name_origins.tsv
    with both parts declined ("жане-люке": Жан-Люк's prepositional), where its first part is a case of
    a listed name and the whole, that part put back in the nominative, is the listed name's same case."""
    from .name_origins import first_forms

    head, _, tail = first.lower().replace("ё", "е").partition("-")
    if not tail or "-" in tail:
        return ()
    return tuple(form for case, gender, name, _origin in first_forms(head) if name != head
                 for form in first_forms(f"{name}-{tail}") if form[0] == case and form[1] == gender)


CELTIC_MAC = re.compile(r"^мак[бвгдзклмнпрстфхцчшщэ]")  # Макнамара, Маккенна, Макгарра (not Макаров: мака-)


def celtic_mac(word: str) -> bool:
    """An Irish or Scottish surname opening in Мак- before a consonant: its nominative ends in a
    consonant or -а, so an -е is a case, not a surname standing as written."""
    return bool(CELTIC_MAC.search(word.lower())) and len(word) > 5
