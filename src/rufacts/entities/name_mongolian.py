"""Names of Mongolia and of the Mongolic and Turkic peoples of Russia as Russian news writes them.

- A Mongolian name is the father's name in the genitive and the given name, in that order ("Батын
  Дорж", "Ухнаагийн Хурэлсух", "Лувсаннамсрайн Оюун-Эрдэнэ"): :func:`mongolian_name` reads it as a
  family-first name whose `last` is the father's name as written (it never declines) and whose `first`
  is the given name in the nominative (docs/gold-conventions.md). The father's word ends in a Mongolian
  genitive (``lexicons/name_mongolian_genitives.tsv``) and one of the two words is made wholly of the
  parts of Mongolian names (``lexicons/name_mongolian_parts.tsv``: "Ган+баатар", "Оюун+гэрэл"). Only
  the given name declines, by Russian grammar: a man's in a consonant as a noun of the second
  declension ("Занданшатару", "Энхболдом"), one in -а as a noun in -а ("Баттулги", "Уянгой"); a
  woman's in a consonant and one in a long vowel or -э stand ("Оюунгэрэл", "Насанбурмаа").
- A place glued before such a name ("губернатор аймака Сэлэнгэ Батын Ганбаатар") is no part of it
  (:func:`place_before_mongolian`, called by :func:`rufacts.entities.name_place_tail.without_place_tail`).
- A Tuvan name whose last part is "оол" ("Кара-оол", "Сарыг-оол": "son") declines as a man's consonant
  stem and goes back to -оол in every case ("о Кара-ооле", "Сарыг-оолу"); no such name is an -а noun
  (:func:`tuvan_finals`, ``lexicons/name_man_final_parts.txt``).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional, Sequence

from spacy.tokens import Span

from ..grammars.letters import CONSONANTS
from ..grammars.morph import Morph
from ..lexicons import load_list, load_rows

NAME_TAGS = frozenset({"Name", "Surn", "Patr"})
# the Russian endings of a given name: (ending, what the nominative adds to the stem); a man's name in a
# consonant ("Энхболдом", "Занданшатару", "Элбэгдорже", "Амарсайхана"), one in -а ("Уянгой", "Баттулги",
# "Уянгу", "Уянге"), the longer endings first
DECLINED_CONSONANT = ("ом", "ем", "а", "у", "е")
DECLINED_A = ("ой", "ей", "ы", "и", "у", "е")
# a stem a given name in -а has and a man's consonant stem has not: a cluster ending in a voiced stop or в
# ("Дагва", "Бямба", "Уянга"), where the parts' lexicon does not tell
A_STEM = re.compile(r"[бвгджзклмнпрстфхцчшщ][бвгд]$")


def _fold(word: str) -> str:
    """Lower case; ө and ү as the press mostly writes them (у), ё as е."""
    return word.lower().replace("ё", "е").replace("ө", "у").replace("ү", "у")


@lru_cache(maxsize=1)
def _parts() -> dict[str, str]:
    return {_fold(row[0]): (row[1] if len(row) > 1 else "*") for row in load_rows("name_mongolian_parts.tsv")}


@lru_cache(maxsize=4_096)
def _segments(word: str) -> Optional[tuple[str, ...]]:
    """The parts of Mongolian names ``word`` (folded) is made of, each hyphenated piece wholly; else None."""
    parts = _parts()
    out: list[str] = []
    for piece in word.split("-"):
        n = len(piece)
        best: list[Optional[tuple[str, ...]]] = [None] * (n + 1)
        best[0] = ()
        for i in range(n):
            if best[i] is None:
                continue
            for j in range(n, i + 1, -1):  # the longest part first
                if piece[i:j] in parts and (best[j] is None or len(best[j]) > len(best[i]) + 1):
                    best[j] = best[i] + (piece[i:j],)
        if not piece or best[n] is None:
            return None
        out.extend(best[n])
    return tuple(out)


def _mongolian(word: str) -> bool:
    return _segments(_fold(word)) is not None


def father_stems(word: str) -> list[str]:
    """The stems of ``word`` read as a father's name in a Mongolian genitive ("Гомбожавын" -> гомбожав,
    "Жаргалтулгын" -> жаргалтулг, "Ухнаагийн" -> ухнаа), folded; [] where it ends in none."""
    low = _fold(word)
    return [low[:-len(ending)] for ending, stem in load_rows("name_mongolian_genitives.tsv")
            if low.endswith(ending) and len(low) - len(ending) >= 2 and re.search(stem, low[:-len(ending)])]


def given_nominative(word: str) -> str:
    """The nominative of a Mongolian given name by its Russian ending (only its last hyphenated piece
    declines): the reading whose nominative is made of the lexicon's parts, else the stem's shape."""
    head, hyphen, piece = word.rpartition("-")
    low = _fold(piece)
    if _segments(low) is not None or low[-1:] not in "аеиуыйм":
        return word
    options = [(low[:-len(e)], "") for e in DECLINED_CONSONANT if low.endswith(e)] + [
        (low[:-len(e)], "а") for e in DECLINED_A if low.endswith(e)]
    options = [(stem, add) for stem, add in options if len(stem) >= 2 and stem[-1] in CONSONANTS]
    for stem, add in options:
        if _segments(stem + add) is not None and (add or _parts().get((_segments(stem) or ("",))[-1]) != "femn"):
            return head + hyphen + piece[:len(stem)] + add
    for stem, add in options:  # no part tells: a stem in a cluster ends a name in -а, another a consonant stem
        if (add == "а") == bool(A_STEM.search(stem)) or (add == "а" and low.endswith(("ой", "ей", "ы", "и"))):
            return head + hyphen + piece[:len(stem)] + add
    return word


def _russian_name(morph: Morph, word: str) -> bool:
    return morph.is_known(word) and any(NAME_TAGS & p.tag.grammemes and "plur" not in p.tag.grammemes
                                        for p in morph.parse(word))


def mongolian_name(morph: Morph, words: Sequence[str]) -> Optional[tuple[str, str]]:
    """(given name in the nominative, father's name as written) of "Батын Ганбаатара", else None: two
    capitalized words, the first in a Mongolian genitive, one of them made of Mongolian names' parts,
    neither a name the dictionary knows (not "Синицын Константин", nor the Turkic first name "Айдын")."""
    if len(words) != 2 or not all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words):
        return None
    father, given = words
    stems = father_stems(father)
    if not stems:
        return None
    from .name_peoples_first import listed_people_first  # (lazy: the peoples' lexicon reads the name modules)
    if listed_people_first(morph, father):  # "Айдын", "Начын", "Сайын": a Turkic or Tuvan first name in -ын
        return None
    nominative = given_nominative(given)
    fathers, givens = any(_mongolian(s) or _mongolian(s + "а") for s in stems), _mongolian(nominative)
    # a word the dictionary has as a Russian name counts only where it is made of Mongolian parts too (it
    # has "Жаргалсайхан")
    if not (fathers or givens) or (_russian_name(morph, father) and not fathers) \
            or (_russian_name(morph, given) and not givens):
        return None
    return nominative, father


def place_before_mongolian(span: Span, morph: Morph) -> Optional[list[Span]]:
    """``[place, person]`` for a person span whose last two words are a Mongolian name and whose
    capitalized words before them are no part of it ("аймака Сэлэнгэ Батын Ганбаатар"), else None."""
    words = [t for t in span if not t.is_space]
    if span.label_ != "PER" or len(words) < 3 or len(words) != len(span) \
            or not all(t.text[:1].isupper() and t.text.replace("-", "").isalpha() for t in words[:-2]) \
            or mongolian_name(morph, [t.text for t in words[-2:]]) is None \
            or mongolian_name(morph, [t.text for t in words[-3:-1]]) is not None:
        return None
    return [Span(span.doc, span.start, span.end - 2, label="LOC"), Span(span.doc, span.end - 2, span.end, label="PER")]


def tuvan_finals(full: Sequence[str], readings: list) -> list:
    """``readings`` where a hyphenated word ends in a part of ``lexicons/name_man_final_parts.txt``
    ("Кара-ооле", "Сарыг-оолу"): only the readings whose nominative ends in that part ("Кара-оол"),
    where there are any; no "Кара-оола" of an -а noun."""
    finals = load_list("name_man_final_parts.txt")
    out = list(readings)
    for i, word in enumerate(full):
        head, hyphen, piece = word.lower().rpartition("-")
        if not hyphen or not any(piece.startswith(f) and len(piece) - len(f) <= 2 for f in finals):
            continue
        kept = tuple(r for r in readings[i] if r.nominative.rpartition("-")[2] in finals)
        # the given name declines as the surname does ("Алдын-оола Монгуша": Алдын-оол)
        kept += tuple(r._replace(role="first") for r in kept if r.role == "last" and r.gender == "masc" and not any(
            k.role == "first" and k.case == r.case for k in kept))
        if kept:
            out[i] = kept
    return out
