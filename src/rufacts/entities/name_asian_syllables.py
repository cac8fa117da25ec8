"""A Chinese, Korean or Vietnamese name whose family name no list holds, read by its syllables:
Russian writes these languages in closed syllable inventories (Palladius for Chinese, Kontsevich for
Korean and Vietnamese: ``lexicons/east_asian_syllables_*.txt``), so a name every word of which splits
wholly into syllables of one inventory is such a name ("Цзо Цзяньго" = цзо, цзянь+го; "Пён Дон Хён";
"Вуонг Тхань Ту"), in the shapes these names take in the press:

- Chinese: two words, the family name one syllable, the given name one word of one or two syllables
  ("Цзяньго", "Юнхуа"; only its end declines: "Чжиюанем" of Чжиюань);
- Korean: three words of one syllable each ("Пён Дон Хён");
- Vietnamese: three or four words of one syllable each ("Вуонг Тхань Ту");
- Burmese (``east_asian_syllables_burmese.txt``, kept out of INVENTORIES' other uses): two to four words
  of one syllable each ("Тин Аунг Мьинт"; only the last declines: "с Тин Аунг Мьинтом").

Guards: the family name is no first name a reader knows (``lexicons/first_names.tsv``, or the
dictionary's first name in the nominative singular with a good score: "Анна Ли", "Дин Ли", "Сандра
О"), nor is the given name of a Chinese two-word name; a Japanese name (given name first) has a
family name of two or more syllables in these shapes and is left alone ("Ёсимаса Хаяси").
Used by :func:`rufacts.entities.names_asian.asian_name`.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Callable, Optional, Sequence

from ..grammars.morph import Morph
from ..lexicons import load_list
from .first_names import name_class

INVENTORIES = ("chinese", "korean", "vietnamese")
NAME_INVENTORIES = (*INVENTORIES, "burmese")  # the shapes of whole names (syllable_name)
LONGEST = 6  # letters of the longest syllable ("цзюань", "чжуань")
NAME_SCORE = 0.25  # the dictionary's score from which a first-name reading is a known first name


@lru_cache(maxsize=8)  # four languages
def inventory(language: str) -> frozenset[str]:
    return load_list(f"east_asian_syllables_{language}.txt")


@lru_cache(maxsize=20000)
def syllable_count(word: str, language: str) -> int:
    """The fewest syllables of ``language`` that make ``word`` up wholly (0: none do); a hard sign
    parts two syllables ("Чжэнъюй")."""
    low = word.lower().replace("ъ", "")
    if not low.isalpha():
        return 0
    syllables = inventory(language)
    best = [0] + [99] * len(low)
    for end in range(1, len(low) + 1):
        for start in range(max(0, end - LONGEST), end):
            if best[start] < 99 and low[start:end] in syllables:
                best[end] = min(best[end], best[start] + 1)
    return best[-1] if best[-1] < 99 else 0


def is_syllable(word: str) -> bool:
    """``word`` is one syllable of an inventory as written ("Ту", "Хуа", "Хён"): a nominative form
    no case ending was added to."""
    return any(word.lower() in inventory(language) for language in INVENTORIES)


def syllabic(word: str, like: str = "") -> bool:
    """``word`` splits wholly into syllables of one inventory (one ``like`` splits into too)."""
    return any(syllable_count(word, language) and (not like or syllable_count(like, language))
               for language in INVENTORIES)


def known_first_name(morph: Morph, word: str) -> bool:
    """A first name a reader knows: listed, or the dictionary's first name in the nominative
    singular with a good score ("Дин", "Сандра"; not a guessed reading of an unknown word)."""
    if name_class(word, None, russian_only=True) > 0:  # (not the foreign lists': "Мэй", a family name too)
        return True
    if not morph.is_known(word):
        return False
    return any("Name" in p.tag.grammemes and p.tag.case == "nomn" and p.tag.number == "sing"
               and "Infr" not in p.tag.grammemes and p.score >= NAME_SCORE for p in morph.parse(word))


def _fits(words: Sequence[str], language: str) -> bool:
    counts = [syllable_count(w, language) for w in words]
    if not all(counts) or counts[0] != 1:
        return False
    if language == "chinese":
        return len(words) == 2 and counts[1] <= 2
    if language == "korean":
        return len(words) == 3 and counts[1] == counts[2] == 1
    if language == "burmese":
        return all(c == 1 for c in counts)
    return len(words) in (3, 4) and all(c == 1 for c in counts)


def syllable_name(morph: Morph, words: Sequence[str], nominative: Callable[[str], str]) -> Optional[str]:
    """The language whose syllables make up the name ``words`` (the last one read as written or in
    the nominative by ``nominative``, names_asian.given_nominative), else None."""
    if len(words) not in (2, 3, 4) or not all(w[:1].isupper() and w.isalpha() for w in words) \
            or not any(syllable_count(words[0], language) == 1 for language in NAME_INVENTORIES):
        return None  # (the family name one syllable: most names end here, cheaply)
    if known_first_name(morph, words[0]) or (len(words) == 2 and len(words[0]) == 1):
        return None  # "Дин Ли"; "А.Дюмину": an initial, not the family name "А"
    last = nominative(words[-1])
    for form in dict.fromkeys((words[-1], last)):
        shaped = [*words[:-1], form]
        for language in NAME_INVENTORIES:
            if _fits(shaped, language):
                if language == "chinese" and known_first_name(morph, form):
                    return None  # "Инна Ли"-like pairs the other way round: a first name as given name
                return language
    return None
