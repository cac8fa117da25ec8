"""Two readings of East Asian names that the words alone leave open and the sentence settles
(docs/gold-conventions.md: ``last`` the family name, ``first`` the rest):

- a woman's given name stands as written: Russian declines no woman's name that ends in a consonant,
  so a given name whose last letter would be a case ending of a man's syllable ("Сору": the accusative
  of a man's Сор, or the woman's Со-ру as written) is hers as written where the sentence says it is a
  woman's ("обыграла кореянку Пак Сору", a feminine demonym or verb: the gender hint), and the word
  as written is made of syllables of an inventory (entities/name_asian_syllables.py);
- a one-syllable family name before two capital letters, one written with its dot ("капитана Ли Е. С.",
  "Пак С. Х."): the letters are initials after the surname, as Russian documents write them ("Иванов И. И."),
  not a given name of two one-letter syllables;
- a one-letter family name after a Western first name ("канадская актриса Сандра О", "Джон Ю"): the
  letter is no initial after the name (Russian writes initials before the surname) but the family
  name of an American or Canadian of Korean or Chinese descent, in the Western order, given name first.

Used by :func:`rufacts.entities.names.analyze_name` in place of names_asian.asian_name and burmese.
"""
from __future__ import annotations

from typing import Optional, Sequence

from spacy.tokens import Span

from ..grammars.morph import Morph
from .name_asian_syllables import known_first_name, syllabic
from .names_asian import asian_name, burmese, east_asian_first


def asian_reading(morph: Morph, words: Sequence[str], gender_hint: Optional[str] = None) -> Optional[tuple[str, str]]:
    """(given name, family name) of an East Asian name (names_asian.asian_name), a woman's given name
    as written, or a Western first name before a one-letter family name; else None."""
    asian = asian_name(morph, words)
    if asian is None:
        return _western_first(morph, words)
    given, family = asian
    if gender_hint == "femn" and words and given.split()[-1:] != [words[-1]] and family == words[0] \
            and syllabic(words[-1]) and not burmese(morph, words):
        return " ".join(words[1:]), family  # "кореянку Пак Сору": Сору
    return asian


def written_order(morph: Morph, words: Sequence[str]) -> bool:
    """The name is in the order as written, given name first, family name last: a Burmese name (no
    family name, its last word read as one), or a Western first name and a one-letter family name."""
    return burmese(morph, words) or _western_first(morph, words) is not None


def _western_first(morph: Morph, words: Sequence[str]) -> Optional[tuple[str, str]]:
    """("Сандра", "О") of "Сандра О": a first name a reader knows, no family name of the lists, and a
    capital letter that is a listed family name, written without a dot."""
    if len(words) != 2 or len(words[1]) != 1 or not words[1].isupper() or words[1].lower() not in east_asian_first():
        return None
    if words[0].lower() in east_asian_first() or not words[0].isalpha() or not known_first_name(morph, words[0]):
        return None
    return words[0], words[1]


def initials_after(words: Sequence[str]) -> bool:
    """A word and two capital letters after it, one written with its dot ("Ли Е. С.", "Пак С Х."): initials
    after a surname, no East Asian given name."""
    rest = [w.rstrip(".") for w in words[1:]]
    return len(words) == 3 and all(len(w) == 1 and w.isupper() for w in rest) and any(w.endswith(".") for w in words[1:])


def dotted_after_family(span: Span, words: list[str]) -> list[str]:
    """The words of a name of a listed family name and two capital letters, each letter with the dot the
    text writes after it ("Ли Е. С" -> Ли, Е., С.), for :func:`initials_after`; other names' words as they are."""
    if len(words) != 3 or words[0].lower() not in east_asian_first() or not all(
            len(w) == 1 and w.isupper() for w in words[1:]):
        return words
    doc = span.doc
    dotted = {t.text for t in span[1:] if len(t.text) == 1 and t.i + 1 < len(doc) and doc[t.i + 1].text == "."}
    return [words[0]] + [w + "." if w in dotted else w for w in words[1:]]
