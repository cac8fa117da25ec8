"""Adjectives used as nouns that head an organization's name (``lexicons/org_adjective_nouns.txt``).

"сборной Сербии" agrees with "Сербии" as an adjective would ("сборной" is genitive feminine like
it), yet it is the head noun and "Сербии" its genitive: the name is "сборная Сербии", not
"сборная Сербия". Such a word heads the name unless a lower-case noun it agrees with comes next,
the noun it then describes ("сборной команды России" -> "сборная команда России").
Read by :mod:`rufacts.entities.normal`.
"""
from __future__ import annotations

from typing import Sequence

from ..grammars.morph import Morph
from ..lexicons import load_list

def _noun_parses(morph: Morph, word: str) -> list:
    nouns = load_list("org_adjective_nouns.txt")
    return [p for p in morph.parse(word) if p.tag.POS == "NOUN"
            and p.normal_form.replace("ё", "е") in {n.replace("ё", "е") for n in nouns}]


def adjective_noun_head(morph: Morph, words: Sequence[str], i: int) -> bool:
    """``words[i]`` is an adjective used as a noun that heads the name: it reads as one of the
    lexicon's nouns and the next word is no lower-case noun in its case and number."""
    parses = _noun_parses(morph, words[i])
    if not parses:
        return False
    if i + 1 >= len(words):
        return True
    nxt = words[i + 1]
    if not nxt[:1].islower():
        return True
    grams = {(p.tag.case, p.tag.number) for p in parses}
    return not any(p.tag.POS == "NOUN" and (p.tag.case, p.tag.number) in grams for p in morph.parse(nxt))
