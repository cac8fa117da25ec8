"""Institutions named by capitalized adjectives before a compound head of two institution nouns joined
by a hyphen ("Полярно-альпийского ботанического сада-института", "В Кольском ботаническом
саду-институте", "Мурманского областного краеведческого музея-усадьбы"). The tagger cuts such a name
before the compound, or reads its adjectives as a place, and the compound's lemma is often no word
of the dictionary ("саду-институт"), so no lexicon of institution nouns finds it.

A lower-case word of two parts, each a singular noun in the same case to the analyzer, the first an
institution noun of ``lexicons/org_compound_head_parts.txt`` and the second one of them or of
``lexicons/institution_nouns.txt``, with up to four adjectives before it agreeing with the first part
in case, the first of them capitalized and not a sentence's first word (there a capital says
nothing), is one organization. The tagger's organization or place inside the adjectives gives way;
an organization or a person reaching outside the phrase stands, and a name after the head
(a quote, a capitalized word) leaves the words to the descriptor rules.

The name needs no reader of its own: ``normal.normalize_words`` declines the compound as one noun.
Read by :mod:`rufacts.components.entities`.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span

from ..grammars.morph import get_morph
from ..lexicons import load_list
from .doc_words import word_positions
from .institutions import institution_heads, opens_sentence
from .quotes import OPENING_QUOTES

MAX_ADJECTIVES = 4  # "Мурманского областного краеведческого" + the compound


@lru_cache(maxsize=1)
def _parts() -> frozenset[str]:
    return load_list("org_compound_head_parts.txt")


@lru_cache(maxsize=4096)
def compound_cases(text: str) -> frozenset[str]:
    """The cases in which both parts of a lower-case ``text`` of two hyphened words are singular
    nouns, the first a compound's head part and the second a part or an institution noun; empty
    else."""
    first, last = text.split("-")
    morph = get_morph()
    heads = [p for p in morph.parse(first) if p.tag.POS == "NOUN" and p.tag.number == "sing"
             and p.normal_form in _parts()]
    tails = [p for p in morph.parse(last) if p.tag.POS == "NOUN" and p.tag.number == "sing"
             and (p.normal_form in _parts() or p.normal_form in institution_heads())]
    cases = {_case(p.tag.case) for p in heads} & {_case(p.tag.case) for p in tails}
    return frozenset(cases)


def _case(case: str) -> str:
    return {"loc2": "loct", "gen2": "gent"}.get(case, case)


def _compound(text: str) -> bool:
    if text.count("-") != 1 or not text.islower():
        return False
    first, last = text.split("-")
    return len(first) > 2 and len(last) > 2 and first.isalpha() and last.isalpha() and bool(compound_cases(text))


def _agrees(token, cases: frozenset[str]) -> bool:
    """``token`` reads as a singular adjective in one of ``cases``."""
    if not token.is_alpha and not token.text.replace("-", "").isalpha():
        return False
    return any(p.tag.POS in ("ADJF", "PRTF") and p.tag.number == "sing" and _case(p.tag.case) in cases
               for p in get_morph().parse(token.text))


def compound_heads(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with an ORG span for each institution named by adjectives and a compound head."""
    found = []
    for k in word_positions(doc, _compound):
        cases = compound_cases(doc[k].text)
        start = k
        while start > 0 and k - start < MAX_ADJECTIVES and _agrees(doc[start - 1], cases):
            start -= 1
        while start < k and not doc[start].text[:1].isupper():
            start += 1
        if start == k or opens_sentence(doc, start) or start and doc[start - 1].text in OPENING_QUOTES:
            continue
        if k + 1 < len(doc) and (doc[k + 1].text in OPENING_QUOTES or doc[k + 1].text[:1].isupper()
                                 and doc[k + 1].is_alpha and not any(
                    s.start == k + 1 and s.label_ == "PER" for s in spans)):
            continue  # "музей-усадьба «...»": a descriptor before a name
        if any(s.start < k + 1 and start < s.end and (s.start < start or s.end > k + 1)
               and s.label_ in ("ORG", "PER") for s in spans):
            continue
        found.append((start, k + 1))
    if not found:
        return spans
    kept = [s for s in spans if not any(b <= s.start and s.end <= e for b, e in found)]
    return sorted(kept + [Span(doc, b, e, label="ORG") for b, e in found], key=lambda s: (s.start, -s.end))
