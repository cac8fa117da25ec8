"""Bodies numbered by a compound ordinal written in words: "Двадцать первый арбитражный апелляционный
суд", "Двадцать первым арбитражным апелляционным судом", "в Двадцать первом арбитражном
апелляционном суде".

A capitalized cardinal of tens or hundreds (``lexicons/numerals.tsv``, the "ten" and "hundred"
rows: "Двадцать", "Сто"), more of them in lower case ("Сто двадцать"), then a lower-case ordinal
adjective, the lower-case adjectives after it and an institution's noun
(``lexicons/institution_nouns.txt``: "суд") in the singular, all agreeing with the noun: one
organization, with the noun's genitive complement ("общей юрисдикции",
:func:`rufacts.entities.institutions._end`). The tagger's spans inside it ("Двадцать" as an
organization) give way; a span across its edges stands. A one-word ordinal ("Пятнадцатый
арбитражный апелляционный суд") is the institution rule's.

In a compound ordinal only the last word declines ("Двадцать первого"): the name's nominative keeps
the cardinals as written and puts the rest in the nominative (:func:`compound_ordinal_nominative`,
read by :func:`rufacts.entities.normal.normalize_words`).
"""
from __future__ import annotations

from functools import lru_cache
from typing import Callable, Sequence

from spacy.tokens import Doc, Span

from ..grammars.morph import Morph, get_morph
from ..lexicons import load_rows
from .doc_words import lower_positions
from .institutions import _end as name_end, _nouns as institution_nouns, agrees

MAX_ADJECTIVES = 4  # "западным окружным военным" between the ordinal and the noun
LEAD_ROLES = ("ten", "hundred")


@lru_cache(maxsize=1)
def _leads() -> frozenset[str]:
    """The cardinals that open a compound ordinal ("двадцать", "сто", "двести")."""
    return frozenset(row[0].lower() for row in load_rows("numerals.tsv") if len(row) > 2 and row[2] in LEAD_ROLES)


def _ordinal(word: str) -> bool:
    """A lower-case ordinal adjective ("первым", "второго")."""
    return word.isalpha() and word.islower() and any(
        p.tag.POS == "ADJF" and "Anum" in p.tag for p in get_morph().parse(word))


def _lead_end(words: Sequence[str]) -> int:
    """The number of cardinal words opening ``words`` (the first capitalized, the rest in lower
    case) before a lower-case ordinal; 0 where none does."""
    leads = _leads()
    if not words or not words[0][:1].isupper() or words[0].lower() not in leads:
        return 0
    j = 1
    while j < len(words) and words[j] in leads:
        j += 1
    return j if j < len(words) and _ordinal(words[j]) else 0


def compound_ordinal_nominative(morph: Morph, words: Sequence[str],
                                normalize: Callable[[Sequence[str]], list[str]]) -> list[str] | None:
    """``words`` with the cardinals of a compound ordinal as written and the rest normalized
    ("Двадцать первым арбитражным апелляционным судом" -> Двадцать первый арбитражный апелляционный
    суд); None where no compound ordinal opens a name of three words or more."""
    j = _lead_end(words)
    if not j or len(words) - j < 2:
        return None
    return [*words[:j], *normalize(words[j:])]


def compound_ordinal_orgs(doc: Doc, spans: list[Span], morph: Morph) -> list[Span]:
    """``spans`` with an ORG span for each institution numbered by a compound ordinal in words."""
    leads = _leads()
    nouns = institution_nouns()
    found = []
    for i in lower_positions(doc, leads):
        if not doc[i].text[:1].isupper() or (i > 0 and doc[i - 1].lower_ in leads):
            continue
        j = i + _lead_end([t.text for t in doc[i:i + 4]])
        if j == i:
            continue
        k = j + 1
        while k < len(doc) and k - j <= MAX_ADJECTIVES and doc[k].is_lower and doc[k].pos_ == "ADJ":
            k += 1
        if k >= len(doc) or not doc[k].is_lower or doc[k].pos_ != "NOUN" or "Plur" in doc[k].morph.get("Number"):
            continue
        lemma = doc[k].lemma_.lower()
        if lemma not in nouns or not all(agrees(morph, doc[a], doc[k]) for a in range(j, k)):
            continue
        found.append((i, name_end(doc, k, nouns[lemma][0])))
    if not found:
        return spans
    out, added = list(spans), []
    for start, end in found:
        if any(s.start < end and start < s.end and not (start <= s.start and s.end <= end) for s in out):
            continue  # a span across its edges stands
        if any(s.label_ == "ORG" and (s.start, s.end) == (start, end) for s in out):
            continue
        out = [s for s in out if not (start <= s.start and s.end <= end)]
        added.append(Span(doc, start, end, label="ORG"))
    if not added:
        return spans
    return sorted(out + added, key=lambda s: (s.start, -s.end))
