"""A subsidiary's name of a frozen brand, a declined Russian noun and a place that stands
as written ("«Газпром добычи Ямбург»" -> Газпром добыча Ямбург, "в «Газпром переработке
Благовещенск»", "«Газпром нефти Шельф»"): the press declines the inner noun only, as in the
brand's own pair ("Газпром нефти" -> Газпром нефть, :func:`rufacts.entities.org_frozen_names._frozen_first`),
and leaves the closing place in the nominative.

The pair's rule decides the first two words (a frozen first word, a lower-case noun in an
oblique case); every word after them is capitalized and reads as a nominative as written or
is unknown to the dictionary ("Ямбург"). A name whose place declines too ("«Сибур Тобольске»")
is :func:`rufacts.entities.org_quoted_forms.place_closing`'s.
Called by :func:`rufacts.entities.org_frozen_names._frozen_lead`.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Callable, Sequence

from ..grammars.morph import Morph
from ..lexicons import load_words
from .quotes import CLOSE_QUOTES, OPEN_QUOTES


@lru_cache(maxsize=1)
def _body_heads() -> frozenset[str]:
    """Heads of bodies named by their genitive (``lexicons/body_heads.txt``: акимат, хукумат)."""
    return load_words("body_heads.txt")


def _standing(morph: Morph, word: str) -> bool:
    """A capitalized word of the closing place that stands as written: unknown to the
    dictionary or read as a nominative singular of its own form ("Москва", "Шельф")."""
    if not (word[:1].isupper() and word.replace("-", "").isalpha()):
        return False
    if not morph.is_known(word.lower()):
        return True
    return any(p.tag.case == "nomn" and p.tag.number == "sing" and p.word == p.normal_form
               or p.tag.case == "nomn" and "Fixd" in p.tag.grammemes for p in morph.parse(word))


def brand_noun_place(morph: Morph, words: Sequence[str],
                     pair: Callable[..., list[str] | None]) -> list[str] | None:
    """``words`` (a quoted name with or without its quotes) with the inner noun in the
    nominative where they are a frozen brand, a lower-case noun the pair rule ``pair`` declines
    and one or two capitalized words standing as written; None else."""
    words = list(words)
    quoted = len(words) > 2 and words[0] in OPEN_QUOTES and words[-1] in CLOSE_QUOTES
    inner = words[1:-1] if quoted else words
    if not 3 <= len(inner) <= 4 or not inner[0][:1].isupper() or not inner[1].isalpha() \
            or not inner[1][:1].islower():
        return None
    if not all(_standing(morph, w) for w in inner[2:]):
        return None
    if not quoted and any(p.tag.POS == "NOUN" and p.normal_form in _body_heads()
                          for p in morph.parse(inner[0])):
        return None  # "Акимат города Алматы": a body's head and its genitive, no brand
    head = pair(morph, inner[:2], quoted=True)
    if head is None or head[1] == inner[1]:
        return None
    named = [*head, *inner[2:]]
    return [words[0], *named, words[-1]] if quoted else named
