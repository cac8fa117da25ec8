"""A quoted name of several words whose last word stands in the nominative as written, whatever the
slot: the name does not decline, and its first word stands as written too, though its ending may read
as a Russian oblique case ("сотрудники «Кастом Фудс»": not the instrumental of a "Каст"; "проверка
«Петроком Групп»"). A name declined by the press shows the case in its last word ("«Газпром нефти»",
"«Почтой Банком»"), so a nominative there says the words were not inflected:

- the last word reads as a nominative singular as written and in no oblique case but the accusative or
  one spelled as that nominative (an indeclinable word's readings, a person's name guessed for a coined
  word aside): "Холдинг", "Менеджмент", "Сибирь", "регион", "Приморье"; not "Банка" (of банк); a foreign word the press never declines
  (``lexicons/org_indeclinable_heads.txt``) is read before this rule;
- every word before it is one the dictionary knows in a nominative singular as written (the first, before
  a place, a plural's too: "«Электросети Кубань»" stays plural, no "Электросеть"; "«Тойоты Мотор»" is a
  brand's genitive), or one it lacks whose ending is no Russian case's it could only be in ("-ы", "-и",
  "-е", "-ой": "Липовки" in "«Липовки Брно»" is left to the other rules; nor "-а", "-я" before a place,
  nominative in any slot: "«Вилайята Урал»" may be a genitive), but for a coined plural ending in a dictionary's plural noun
  ("Мосгорсети": сети), after which an indeclinable word closes the name too ("«Мосгорсети Янтарьэнерго»").

Read by :func:`rufacts.entities.normal._normalize_words`.
"""
from __future__ import annotations

from typing import Sequence

from ..grammars.morph import Morph
from .quotes import CLOSE_QUOTES, OPEN_QUOTES

PERSONAL = frozenset({"Name", "Surn", "Patr"})
DECLINED_ENDINGS = ("ы", "и", "е", "ой", "ей")  # an unknown word so ending is a Russian oblique form
MIN_STEM = 3  # "Рос" + "сети"


def _nominative_tail(morph: Morph, word: str) -> bool:
    """``word`` reads as a nominative singular as written and in no oblique case but the accusative."""
    parses = [p for p in morph.parse(word) if p.tag.POS in ("NOUN", "ADJF")
              and "Fixd" not in p.tag.grammemes and not (PERSONAL & p.tag.grammemes and p.tag.number == "plur")]
    return any(p.tag.case == "nomn" and p.tag.number == "sing" and p.word == p.normal_form for p in parses) \
        and all(p.tag.case in ("nomn", "accs") or p.normal_form == p.word for p in parses)  # "Приморье": its locative too


def _plural_compound(morph: Morph, low: str) -> bool:
    """A coined word ending in a dictionary noun's nominative plural ("россети": сети)."""
    for i in range(MIN_STEM, len(low) - 3):
        tail = low[i:]
        if morph.is_known(tail) and any(p.tag.POS == "NOUN" and p.tag.case == "nomn" and p.tag.number == "plur"
                                        and p.word == tail for p in morph.parse(tail)):
            return True
    return False


def _frozen_word(morph: Morph, word: str, first: bool, placed: bool) -> bool:
    """``word`` stands frozen before the last: a dictionary word in a nominative singular as written, or
    as the first word before a place a plural ("«Электросети Кубань»"; not "«Тойоты Мотор»", a brand's
    genitive, nor "«Газпром добычи Уренгой»", whose "добычи" declines), or a word the dictionary lacks in
    no Russian oblique ending, or a coined plural ("Мосгорсети")."""
    low = word.lower()
    if morph.is_known(low):
        return any(p.tag.case == "nomn" and p.tag.POS in ("NOUN", "ADJF") and not PERSONAL & p.tag.grammemes
                   and "Fixd" not in p.tag.grammemes and (p.tag.number == "sing" or first and placed)
                   for p in morph.parse(word))
    last_part = low.rsplit("-", 1)[-1]
    return not last_part.endswith(DECLINED_ENDINGS) or _plural_compound(morph, last_part)


def _coined_plural(morph: Morph, word: str) -> bool:
    low = word.lower()
    return not morph.is_known(low) and _plural_compound(morph, low)


def _indeclinable(morph: Morph, word: str) -> bool:
    """A word the dictionary knows only as one that does not decline ("Ленэнерго")."""
    parses = morph.parse(word)
    return morph.is_known(word.lower()) and bool(parses) and all("Fixd" in p.tag.grammemes for p in parses)


def frozen_tail(morph: Morph, words: Sequence[str]) -> bool:
    """Whether ``words`` (a name with its quotes) are two or more words in quotes, the first
    capitalized Cyrillic, the last reading as a nominative as written (after a coined plural, an
    indeclinable word too: "«Мосгорсети Янтарьэнерго»") and the ones before standing frozen (see the
    module's docstring)."""
    if len(words) < 4 or words[0] not in OPEN_QUOTES or words[-1] not in CLOSE_QUOTES:
        return False
    named = words[1:-1]
    if not all(w.replace("-", "").isalpha() and not w.isascii() and not w.isupper() for w in named) \
            or not named[0][:1].isupper():
        return False
    last = named[-1]
    if not (_nominative_tail(morph, last) or _coined_plural(morph, named[0]) and _indeclinable(morph, last)):
        return False
    geo = any("Geox" in p.tag.grammemes for p in morph.parse(last))
    if geo and len(named) == 2 and not morph.is_known(named[0].lower()) and named[0].endswith(("а", "я")):
        return False  # a place is nominative as written in any slot: "«Имарата Кавказ»" may be declined
    placed = len(named) > 2 or geo
    return all(_frozen_word(morph, w, i == 0, placed) for i, w in enumerate(named[:-1]))


def frozen_quoted(morph: Morph, span) -> str | None:
    """The name of ``span`` as written where it is such a quoted name, its quotes inside the span or
    right around it; None else."""
    tokens = [t for t in span if not t.is_space]
    doc = span.doc
    if tokens and tokens[0].text in OPEN_QUOTES and tokens[-1].text in CLOSE_QUOTES:
        inner = tokens[1:-1]
    elif span.start > 0 and span.end < len(doc) and doc[span.start - 1].text in OPEN_QUOTES \
            and doc[span.end].text in CLOSE_QUOTES:
        inner = tokens
    else:
        return None
    if len(inner) < 2 or not frozen_tail(morph, ["«", *(t.text for t in inner), "»"]):
        return None
    return "".join(t.text_with_ws for t in inner).strip()
