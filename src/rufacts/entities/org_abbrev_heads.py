"""Adjectives before an abbreviation that heads an organization's name.

An abbreviation in capitals does not decline, but the adjectives before it do, and they agree
with the noun the abbreviation stands for: "Уржумской ЦРБ" -> Уржумская ЦРБ (больница),
"в Уральском НИИ фтизиопульмонологии" -> Уральский НИИ фтизиопульмонологии (институт),
"Ставропольским ГУП" -> Ставропольское ГУП (предприятие). The gender comes from
``lexicons/org_abbreviation_genders.tsv``; an abbreviation not listed leaves the words as
written (its adjectives' endings alone cannot tell "Тверской" the masculine nominative from
the feminine genitive). Read by :func:`rufacts.entities.normal.normalize_words`.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Sequence

from ..grammars.morph import Morph, inflect, restore_case
from ..lexicons import load_rows
from .org_hyphen_adjectives import first_parts_declined, hyphen_adjective

ADJ = {"ADJF", "PRTF"}
DECLINED = re.compile(r"^([А-ЯЁ]{2,})(а|у|ом|е)$")  # "ГОКа", "ГОКом": a masculine acronym's case ending


@lru_cache(maxsize=1)
def abbreviation_genders() -> dict[str, str]:
    """Abbreviation (in capitals) -> the gender of the noun it stands for (the first of two
    readings, "femn,neut")."""
    return {row[0].upper(): row[1].split(",")[0] for row in load_rows("org_abbreviation_genders.tsv") if len(row) >= 2}


@lru_cache(maxsize=1)
def abbreviation_readings() -> dict[str, tuple[str, ...]]:
    """Abbreviation (in capitals) -> the genders of the nouns it may stand for, preferred first."""
    return {row[0].upper(): tuple(row[1].split(",")) for row in load_rows("org_abbreviation_genders.tsv")
            if len(row) >= 2}


@lru_cache(maxsize=1)
def institution_abbreviations() -> dict[str, str]:
    """Abbreviation (in capitals) -> the kind of institution a place's adjective or a number names
    ("ЦРБ" -> hospital: "Тетюшская ЦРБ", "ЦРБ № 2"), the table's fourth cell."""
    return {row[0].upper(): row[3] for row in load_rows("org_abbreviation_genders.tsv") if len(row) >= 4 and row[3]}


def abbreviation_gender(word: str) -> str | None:
    """The gender of an abbreviation's noun, also with a number after a hyphen ("ИК-5")."""
    return abbreviation_genders().get(word.split("-", 1)[0].upper())


def _nominative_adjective(morph: Morph, word: str, gender: str) -> str | None:
    """The nominative singular of ``word`` read as an adjective of ``gender``, plural when it
    can only be plural ("Кировских ЦРБ" -> Кировские); the word itself if already nominative;
    None when it is no adjective. A hyphenated place adjective declines its last part only
    ("Ачхой-Мартановской ЦРБ" -> Ачхой-Мартановская, :mod:`.org_hyphen_adjectives`)."""
    found = _dictionary_adjective(morph, word, gender)
    if "-" in word and first_parts_declined(word, found):
        return hyphen_adjective(morph, word, None, None, gender) or found
    return found


def _dictionary_adjective(morph: Morph, word: str, gender: str) -> str | None:
    """:func:`_nominative_adjective` by the dictionary's readings of the whole word."""
    parses = [p for p in morph.parse(word) if p.tag.POS in ADJ]
    if not parses:
        return None
    sing = [p for p in parses if p.tag.number == "sing" and p.tag.gender == gender]
    # "Донском": the dictionary has both "донский" and "донской"; the form stressed on the ending,
    # the one written ("Донской ГАУ", "Заводской район"), first
    sing.sort(key=lambda p: not p.normal_form.endswith("ой"))
    if any(p.tag.case == "nomn" for p in sing):
        return word
    if sing:
        form = inflect(sing[0], {"nomn", "sing", gender})
        return restore_case(word, form) if form else None
    plur = [p for p in parses if p.tag.number == "plur"]
    if plur and not any(p.tag.case == "nomn" for p in plur):
        form = inflect(plur[0], {"nomn", "plur"})
        return restore_case(word, form) if form else None
    return word if plur else None


def abbreviation_headed(morph: Morph, words: Sequence[str], head: int) -> list[str] | None:
    """``words`` with the adjectives before the abbreviation ``words[head]`` in the nominative
    of its noun's gender; None when the abbreviation's gender is not known or a word before it
    is no adjective."""
    if head == 0:
        return None
    genders = abbreviation_readings().get(words[head].split("-", 1)[0].upper(), ())
    found = []
    for gender in genders:  # of two readings the one the adjectives agree with ("Свердловской ОКБ")
        if gender not in ("masc", "femn", "neut"):
            continue
        out = list(words)
        for i in range(head):
            nominative = _nominative_adjective(morph, words[i], gender)
            if nominative is None:
                break
            out[i] = nominative
        else:
            if out == list(words):
                return out  # already a nominative of one reading ("Уральское ОКБ")
            found.append(out)
    return found[0] if found else None


CASES = {"а": "gent", "у": "datv", "ом": "ablt", "е": "loct"}  # of a declined masculine acronym's ending


def declined_base(word: str) -> str | None:
    """The masculine acronym of a declined form ("ГОКа", "ГОКом" -> ГОК); None for any other word."""
    found = DECLINED.match(word)
    return found.group(1) if found and abbreviation_readings().get(found.group(1), ("",))[0] == "masc" else None


def declined_acronym_headed(morph: Morph, words: Sequence[str]) -> list[str] | None:
    """A name closing with a masculine acronym in an oblique case, its ending in lower case after the
    capitals ("Тагульского ГОКа", "Ковдорским ГОКом"), in the nominative: the acronym as it stands in
    the table and the adjectives before it in the masculine ("Тагульский ГОК"; a place's adjective
    the dictionary lacks by its ending, :func:`.org_stem_adjectives.stem_adjective`); None where the
    last word is no such acronym or a word before it is no adjective."""
    from .org_stem_adjectives import stem_adjective

    found = DECLINED.match(words[-1]) if words else None
    if found is None or declined_base(words[-1]) is None:
        return None
    out = []
    for word in words[:-1]:
        nominative = _nominative_adjective(morph, word, "masc") \
            or stem_adjective(word, CASES[found.group(2)], "sing", "masc")
        if nominative is None:
            return None
        out.append(nominative)
    return [*out, found.group(1)]
