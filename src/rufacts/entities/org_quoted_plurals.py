"""A quoted name of adjectives and a plural noun of a carrier's, a network's or a yard's business
is an organization in any slot the sentence gives it: "Грузовики «Северных магистралей»
простояли", "выбрала перевозчиком «Камские речные линии»", "«Поволжским автолиниям» отказано"
(no descriptor, no verb of a company's, yet no work is titled so as often as a company).

The quote holds two to four words: a capitalized adjective of a place (-ский, -цкий, -ской) or of a
side of the world ("Северные", "Северо-Западные"; not "«Социальные сети»", a common phrase), lower-case
adjectives, and a lower-case noun of ``lexicons/org_quoted_plural_heads.txt`` in the plural, all
sharing a plural case. Not where
a noun right before the quote takes it as its own title (the name in that noun's case: "фильм
«Северные магистрали»", "в романе «Речных линиях»") and not where a word of a work, a show or an
event stands in the sentence (:func:`.org_quoted_preps.is_title_cue`). The name is read as any
organization's (:mod:`.normal`: "Северных магистралей" -> Северные магистрали). Used by
:func:`rufacts.entities.quoted.slot`.
"""
from __future__ import annotations

from spacy.tokens import Doc

from ..grammars.morph import UD_CASES, Morph
from ..lexicons import load_list
from .doc_words import morph_values
from .org_quoted_preps import is_title_cue

ADJ = ("ADJF", "PRTF")
PLACE_ENDINGS = ("ский", "цкий", "ской")  # a place's adjective ("Камские", "Тверские", "Городские")
DIRECTIONS = ("северный", "южный", "западный", "восточный")  # "Северные магистрали", "Северо-Западные"


def _place_like(morph: Morph, word: str) -> bool:
    """A first adjective of a place or a side of the world, not of a field or a quality ("Социальные
    сети", "Новые линии" are common phrases and titles)."""
    for p in morph.parse(word.lower()):
        if p.tag.POS in ADJ:
            lemma = p.normal_form.replace("ё", "е")
            last = lemma.rsplit("-", 1)[-1]
            if lemma.endswith(PLACE_ENDINGS) or last in DIRECTIONS or lemma.split("-", 1)[0] in (
                    "северо", "юго"):
                return True
    return False


def _plural_cases(morph: Morph, words) -> set[str]:
    """Plural cases the adjectives and the head noun of the lexicon share; empty where none."""
    *adjs, head = words
    cases = {p.tag.case for p in morph.parse(head.text) if p.tag.POS == "NOUN" and p.tag.number == "plur"
             and p.normal_form.replace("ё", "е") in load_list("org_quoted_plural_heads.txt")}
    for adj in adjs:
        cases &= {p.tag.case for p in morph.parse(adj.text.lower()) if p.tag.POS in ADJ and p.tag.number == "plur"}
    return cases


def plural_business(doc: Doc, i: int, j: int, k: int, morph: Morph) -> bool:
    """The quote ``doc[i]`` .. ``doc[j]`` holds a plural carrier's or network's name; ``k`` is the
    word before the quote (-1 where none)."""
    words = list(doc[i + 1:j])
    if not 2 <= len(words) <= 4 or not all(t.is_alpha or "-" in t.text for t in words):
        return False
    if not words[0].is_title or not all(t.is_lower for t in words[1:]):
        return False
    if not _place_like(morph, words[0].text):
        return False
    cases = _plural_cases(morph, words)
    if not cases:
        return False
    prev = doc[k] if k >= 0 else None
    if prev is not None and prev.pos_ in ("NOUN", "PROPN") and (
            is_title_cue(prev) or {UD_CASES.get(c) for c in morph_values(prev, "Case")} & cases):
        return False  # "фильм «Северные магистрали»": an apposition names the noun's thing
    start, end = i, j
    while start > 0 and not doc[start].is_sent_start:
        start -= 1
    while end < len(doc) and not doc[end].is_sent_start:
        end += 1
    return not any(is_title_cue(t) for t in doc[start:end] if t.is_alpha)
