"""A first name and a surname the tagger missed, found by their agreement (read by
:func:`rufacts.entities.names_missed.missed_names`): "Об Алевтине Мельник знают все", "с Хельгой
Бранденбург-Майер", "Ветерану Прасковье Лыковой привезли дрова".

The first word is a first name the dictionary tags so and reads best so (its most probable parse is a
name, about half its parses' weight a name's at least: not "Надежде", "Розой", a common noun too), or one
it lacks that a lexicon of first names lists ("Ханной"); the word after it,
capitalized, is no place, first name or patronymic. The pair reads as a first name and a surname
(:func:`rufacts.entities.names.analyze_name`) of the first name's gender, and the surname agrees:
declined in the first name's case ("Прасковье Лыковой"), or standing unchanged as only an
indeclinable surname may -- a woman's ending in a consonant ("Алевтине Мельник"), a foreign one in a
vowel other than -а/-я ("Марте Кампоамор", "Ингрид Оттесен") or a Russian one in -ых/-их ("Фёдора Лысых").
"""
from __future__ import annotations

from functools import lru_cache

from ..grammars.letters import CONSONANTS
from ..grammars.morph import Morph
from .name_readings import _readings
from .names import analyze_name
from .name_hispanic import iberian_given_word

NAME_SHARE = 0.45  # the share of the first word's parses' weight that must be a first name's
MIN_SCORE = 1.2  # the pair's best reading: a dictionary first name (1.0 and more) and a surname that fits
INDECLINABLE_VOWELS = "еиоуэю"
FROZEN_GENITIVE = ("ых", "их")  # Седых, Долгих: an old genitive plural, unchanged (Rosenthal)
NOT_SURNAME = frozenset({"Geox", "Orgn", "Name", "Patr", "Abbr", "Trad"})


@lru_cache(maxsize=4_096)
def clear_first_name(morph: Morph, word: str) -> bool:
    """A first name the dictionary knows, read best as one and mostly as one."""
    if not morph.is_known(word):  # a foreign name of the lexicon or a listed one ("Ханной")
        return any(r.role == "first" and r.weight >= 1.0 for r in _readings(morph, word))
    parses = morph.parse(word)
    if parses and "Name" not in parses[0].tag.grammemes and _listed_unchanged(word):
        # a foreign lexicon's name standing unchanged that the dictionary reads best as a common word's
        # case ("Раду": of рада, "Туре": of тур), capitalized before a surname that agrees with it
        return True
    if not parses or "Name" not in parses[0].tag.grammemes:
        return False
    total = sum(p.score for p in parses) or 1.0
    return sum(p.score for p in parses if "Name" in p.tag.grammemes) / total >= NAME_SHARE


def _listed_unchanged(word: str) -> bool:
    """A foreign first name of the lexicons (lexicons/name_foreign_first_names.tsv) written as its own
    nominative in a vowel in which it stands unchanged (-е, -и, -о, -у: Раду, Туре, Сванте)."""
    from .name_foreign_first import foreign_first_forms

    low = word.lower().replace("ё", "е")
    return low[-1:] in INDECLINABLE_VOWELS and any(
        nominative == low and case != "nomn" for case, _g, nominative in foreign_first_forms(word))


@lru_cache(maxsize=4_096)
def _surname_word(morph: Morph, word: str) -> bool:
    """Not a place, an organization, a first name or a patronymic to the dictionary (unless a
    surname too: "Майер")."""
    parses = morph.parse(word)
    return any("Surn" in p.tag.grammemes for p in parses) or not any(
        NOT_SURNAME & p.tag.grammemes for p in parses if p.score >= 0.05)


@lru_cache(maxsize=4_096)
def first_and_surname(morph: Morph, first: str, last: str) -> bool:
    """``first`` and ``last`` (two words) read as a first name and a surname that agrees with it."""
    # (a double-barrelled one may have a place for its first part: "Бранденбург-Майер")
    if not clear_first_name(morph, first) or not _surname_word(morph, last.split("-")[-1]):
        return False
    parts = analyze_name(morph, [first, last])
    if parts.first is None or parts.last is None or parts.middle is not None or not parts.candidates \
            or parts.candidates[0][0] < MIN_SCORE or parts.gender is None:
        return False
    gender = parts.gender
    first_cases = {r.case for r in _readings(morph, first) if r.role == "first" and r.weight >= 1.0
                   and r.nominative == parts.first.lower() and r.gender in (None, gender)}
    last_cases = {r.case for r in _readings(morph, last) if r.role == "last"
                  and r.nominative == parts.last.lower() and r.gender in (None, gender)}
    if not first_cases & last_cases:
        return False
    low = last.lower()
    if parts.last.lower() == low and first_cases != {"nomn"}:
        # unchanged after a declined first name: only an indeclinable surname
        final = low[-1:]
        # (or a Russian surname in -ых/-их, unchanged in every case and of either gender: "Фёдора Лысых")
        return (gender == "femn" and (final in CONSONANTS or final == "ь")) or final in INDECLINABLE_VOWELS \
            or low.endswith(FROZEN_GENITIVE)
    return True


IBERIAN_SCORE = 1.5  # the best reading of a missed Spanish or Portuguese name of three or four words (names_missed.MISSED)


def iberian_missed(doc, i: int, covered: set[int], morph: Morph) -> int:
    """The count of words (four or three, or 0) of a Spanish or Portuguese name the tagger missed at
    ``i``: capitalized words none covered, not opening the sentence, the first a given name of
    the Iberian lexicons (as written or in a case: "Фелипи", "Жуану"), which read as a first name
    (one given name or two) and a surname of the rest, that listed name first ("Клуб предложил
    Фелипи Араужу Лиме новый контракт")."""

    token = doc[i]
    if token.is_sent_start or not token.is_alpha or not _iberian_first(morph, token.text):
        return 0  # (a cheap test first: most capitalized words are no listed given name)
    for k in (4, 3):
        words = doc[i:i + k]
        if len(words) < k or covered & set(range(i, i + k)):
            continue
        if i + k < len(doc) and doc[i + k].is_alpha and doc[i + k].text[:1].isupper():
            continue  # (a longer run of capitals: no name of these words alone)
        if iberian_reading(morph, words):
            return k
    return 0


@lru_cache(maxsize=8192)
def _iberian_first(morph: Morph, word: str) -> bool:
    """:func:`iberian_given_word` of ``word`` and its readings, kept by the word (asked of every
    capitalized word of the doc: ~25 ms less per pass over factRuEval dev)."""
    return iberian_given_word(word, _readings(morph, word))


def iberian_reading(morph: Morph, words) -> bool:
    """Three or four capitalized tokens that read as a Spanish or Portuguese name: a listed given name
    first, then one more given name or none, and a surname of the rest (also a place the tagger made of
    such a name: entities/place_persons.py)."""

    if len(words) not in (3, 4) or not all(t.is_alpha and t.text[:1].isupper() and t.text[1:].islower() for t in words) \
            or not _iberian_first(morph, words[0].text):
        return False
    parts = analyze_name(morph, [t.text for t in words])
    return not (parts.first is None or parts.last is None or parts.middle is not None or parts.gender is None
                or not parts.candidates or parts.candidates[0][0] < IBERIAN_SCORE
                or parts.first.split()[0].lower() != _first_nominative(morph, words[0].text, parts.first.split()[0]))


def _first_nominative(morph: Morph, word: str, nominative: str) -> str:
    """``nominative`` in lower case where it is a first-name reading of ``word``, else ''."""
    low = nominative.lower()
    return low if any(r.role == "first" and r.nominative == low for r in _readings(morph, word)) else ""
