"""Nominatives of organization names the head-noun rules of :mod:`rufacts.entities.normal`
misread: a feminine word the analyzer guesses as a neuter, a singular name whose head noun
usually names a plural body, and a name that opens with a numeral.

- An unknown word the analyzer first guesses as a neuter by analogy ("Ивушка" as the
  genitive of an "ивушко", from "ушко") but also reads as a feminine singular noun is read
  as the feminine: a name in "-а" is far likelier a feminine nominative than the genitive of
  a neuter ("ферма «Ивушка»", "«Ивушке»" -> Ивушка), and no masculine stem is cut from it.
- A head noun that names bodies in the plural (``lexicons/org_plural_heads.txt``: "Силы
  быстрого реагирования") keeps the singular where an adjective before it has no plural
  reading ("«Новой силы»" -> Новая сила, not Новые силы).
- A name of capitalized Cyrillic words unknown to the dictionary, closed by a word in a vowel Russian nouns do
  not decline in ("Мерсье", "Цусё", "Тхонг Тан Са" aside): a foreign name, as written in every
  case ("французской «Лабори Мерсье»" -> Лабори Мерсье, not "Лаборя Мерсье").
- A name of two or more capitalized Cyrillic words the dictionary does not know, opened by a word
  in a vowel foreign words stand in ("и", "е", "о", "э") and closed by a word reading as a nominative
  as written or as no noun in an oblique case ("«Хёнде Ровем»": the analyzer guesses a verb): a foreign name, as written in every case ("«Комеди Франсез»": not "Комедь Франсез";
  the guess of a Russian oblique case in the first word alone is none where the last did not decline).
- A quoted name whose last word stands in the nominative as written does not decline at all
  (:mod:`.org_frozen_tails`: "сотрудники «Кастом Фудс»", "«Электросети Кубань»").
- A brand's name closed by a city's name in the dative, instrumental or locative only ("на «Сибур
  Тобольске»"): the place goes to the nominative, the words before it stand as written (a genitive
  place stays: "Сбербанк России").
- A numeral in an oblique case and its noun ("«Трёх богатырей»", "в «Семи ветрах»"): the
  numeral goes to the nominative and the noun to the form that numeral governs ("Три
  богатыря", "Семь ветров"); the words after them stand as written.

- A word the analyzer reads first as a person's name in an oblique case but also as a common
  noun in the nominative singular is that noun ("«Борей»": not "Боря"); an unknown word in "-ию"
  guessed first as a man's name in the dative is a feminine common noun in "-ия" ("«Фанагорию»").

Read by :func:`rufacts.entities.normal._normalize_words`.
"""
from __future__ import annotations

from typing import Sequence

from ..grammars.morph import Morph, inflect, restore_case
from .org_frozen_tails import frozen_tail  # noqa: F401  (read by normal with the rules here: "«Кастом Фудс»")

PERSONAL = frozenset({"Name", "Surn", "Patr"})
ADJ = frozenset({"ADJF", "PRTF"})
# numerals after which a noun stands in the genitive singular ("три богатыря"); after
# any other ("пять", "семь", "сто") it stands in the genitive plural ("семь ветров")
PAUCAL = frozenset({"два", "три", "четыре", "оба", "полтора"})


def feminine_first(morph: Morph, word: str, parses: list) -> list:
    """``parses`` (the noun readings of ``word``) with its feminine singular readings first
    where ``word`` is unknown to the dictionary, the analyzer's first guess is a neuter by
    analogy in the singular, and a feminine singular reading of no person's name is among them; else
    ``parses`` as they are."""
    if not parses or morph.is_known(word) or parses[0].tag.gender != "neut" or parses[0].tag.number != "sing" \
            or "Orgn" in parses[0].tag.grammemes:
        return parses  # (an organization's own reading stays first)
    feminine = [p for p in parses if p.tag.gender == "femn" and p.tag.number == "sing"
                and not PERSONAL & p.tag.grammemes]
    if not feminine:
        return parses
    return feminine + [p for p in parses if p not in feminine]


FOREIGN_FINALS = ("е", "ё", "и", "о", "у", "ю", "э")  # final vowels of indeclinable foreign words


def foreign_closing(morph: Morph, words: Sequence[str]) -> bool:
    """Whether ``words`` (a name without its quotes) are two or more capitalized Cyrillic words
    the dictionary does not know, the last one ending in an indeclinable foreign word's vowel (not
    "Университета Ёнсе": a Russian noun declines)."""
    if len(words) < 2 or not all(w[:1].isupper() and w.replace("-", "").isalpha() and not w.isascii()
                                 and not w.isupper() for w in words):
        return False
    return words[-1].lower().endswith(FOREIGN_FINALS) and not any(morph.is_known(w.lower()) for w in words)


def indeclinable_guess(morph: Morph, word: str) -> bool:
    """Whether ``word`` is unknown to the dictionary, ends in an indeclinable foreign word's vowel and
    every noun reading the analyzer guesses for it is indeclinable (by the ending of known foreign
    words: "Паанаярви" as "-ярви", "Пирелли" as "-елли"): the name stands as written, no ending table
    cuts it ("в парке «Паанаярви»": not "Паанаярвь"; "Техносили" is read as a declined noun)."""
    if morph.is_known(word.lower()) or not word.lower().endswith(FOREIGN_FINALS):
        return False
    nouns = [p for p in morph.parse(word) if p.tag.POS == "NOUN"]
    return bool(nouns) and all("Fixd" in p.tag.grammemes for p in nouns)


OPENING_FINALS = ("и", "е", "о", "э")  # of a foreign word, not a dative's "-у"/"-ю"


def foreign_opening(morph: Morph, words: Sequence[str]) -> bool:
    """Whether ``words`` (a name without its quotes) are two or more capitalized Cyrillic words the
    dictionary does not know, the first ending in a foreign word's vowel and the last reading as a
    nominative as written ("Комеди Франсез"; not "Мегафона Ритейл", whose first word declines)."""
    if len(words) < 2 or not all(w[:1].isupper() and w.replace("-", "").isalpha() and not w.isascii()
                                 and not w.isupper() for w in words):
        return False
    if not words[0].lower().endswith(OPENING_FINALS) or any(morph.is_known(w.lower()) for w in words):
        return False
    last = morph.parse(words[-1].lower())
    return any(p.tag.case == "nomn" and p.word == p.normal_form for p in last) \
        or not any(p.tag.POS == "NOUN" and p.tag.case != "nomn" for p in last)  # "Хёнде Ровем": no noun's case


PLACE_TAIL_CASES = frozenset({"datv", "ablt", "loct"})


def place_closing(morph: Morph, words: Sequence[str]) -> str | None:
    """The nominative of the place closing a quoted name of a brand and a city ("Сибур Тобольске" ->
    Тобольск) where the place reads only in the dative, instrumental or locative singular (no genitive
    that may be the name's own: "Сбербанк России") and every word before it is capitalized and reads
    as a nominative as written or is unknown to the dictionary; None else."""
    if len(words) < 2 or not all(w[:1].isupper() and w.replace("-", "").isalpha() and not w.isupper()
                                 for w in words):
        return None
    parses = morph.parse(words[-1])
    places = [p for p in parses if "Geox" in p.tag.grammemes and p.tag.number == "sing"]
    if not places or any(p.tag.case not in PLACE_TAIL_CASES for p in parses) or not morph.is_known(words[-1].lower()):
        return None
    for word in words[:-1]:
        readings = morph.parse(word)
        if morph.is_known(word.lower()) and not any(
                p.tag.case == "nomn" and p.tag.POS == "NOUN" and p.word == p.normal_form for p in readings):
            return None  # "Новом Тобольске", "Доме Тобольске": the words before decline too
    nominative = inflect(places[0], {"nomn"})
    return restore_case(words[-1], nominative) if nominative else None


def guessed_common_first(morph: Morph, word: str, parses: list) -> list:
    """``parses`` with the guesses that are no person's name first where ``word`` is unknown to the
    dictionary, its first guess a person's name in an oblique case and a feminine singular guess of a
    common noun in "-ия" among them ("«Фанагорию»": Фанагория, not the dative of a name "Фанагорий"):
    a body's coined word is no first name."""
    if not parses or morph.is_known(word.lower()) or not PERSONAL & parses[0].tag.grammemes \
            or parses[0].tag.case == "nomn":
        return parses
    common = [p for p in parses if not PERSONAL & p.tag.grammemes and p.tag.gender == "femn"
              and p.tag.number == "sing" and p.normal_form.endswith("ия")]
    return common + [p for p in parses if p not in common] if common else parses


def common_nominative_first(morph: Morph, word: str, parses: list) -> list:
    """``parses`` with the nominative singular readings of a common noun first where ``word`` is
    a dictionary word whose first reading is a person's name in an oblique case ("Борей": the
    wind, not "Боря" in the instrumental): a body is named by a word, not by a person's name in a
    case no slot gave. (An unknown word's guesses say nothing: "Кайрате-Алматы".)"""
    if not parses or not PERSONAL & parses[0].tag.grammemes or parses[0].tag.case == "nomn" \
            or not morph.is_known(word.lower()):
        return parses
    common = [p for p in parses if p.tag.case == "nomn" and p.tag.number == "sing"
              and not PERSONAL & p.tag.grammemes]
    return common + [p for p in parses if p not in common] if common else parses


def singular_before(morph: Morph, words: Sequence[str]) -> bool:
    """Whether an adjective of ``words`` (the words before a head noun) has no plural
    reading: the head it agrees with is singular ("Новой" in "«Новой силы»")."""
    for word in words:
        adjs = [p for p in morph.parse(word) if p.tag.POS in ADJ]
        if adjs and not any(p.tag.number == "plur" for p in adjs):
            return True
    return False


def numeral_named(morph: Morph, words: Sequence[str]) -> list[str] | None:
    """The nominative of a name opening with a numeral in an oblique case and its noun in
    the same case ("Трёх богатырей" -> Три богатыря, "Двум палочкам" -> Две палочки,
    "Семи ветрах" -> Семь ветров); None where ``words`` is not so."""
    if len(words) < 2 or not words[0].isalpha() or not words[1].isalpha():
        return None
    first = morph.parse(words[0])
    numerals = [p for p in first if p.tag.POS == "NUMR"]
    if not numerals or any(p.tag.case == "nomn" for p in first):
        return None  # "Три медведя" stands as written; "Сорока" is also a noun
    nouns = [p for p in morph.parse(words[1]) if p.tag.POS == "NOUN" and p.tag.number == "plur"
             and not PERSONAL & p.tag.grammemes]
    pair = next(((n, m) for n in numerals for m in nouns if n.tag.case == m.tag.case), None)
    if pair is None:
        return None
    numeral, noun = pair
    gender = noun.tag.gender if noun.tag.gender in ("masc", "femn", "neut") else None
    number_word = (gender == "femn" and inflect(numeral, {"nomn", "femn"})) or inflect(numeral, {"nomn"})
    noun_word = inflect(noun, {"gent", "sing" if numeral.normal_form in PAUCAL else "plur"})
    if number_word is None or noun_word is None:
        return None
    return [restore_case(words[0], number_word), restore_case(words[1], noun_word), *words[2:]]

