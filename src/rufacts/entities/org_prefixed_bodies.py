"""Bodies named by one compound word, a prefix of ``lexicons/org_compound_prefixes.txt`` and a
dictionary noun: "Мосприроде поручено" (Мосприрода), "Росимущества", "Моссовета". The tagger
reads some as persons or places; a capitalized word of that make the dictionary does not know (or
knows only as an organization's name) is an organization: its span, or the word alone where the
tagger left it out, becomes ORG. A word inside a longer span of the tagger stays in it ("Роснефти"
in "НК «Роснефть»").

Read by :mod:`rufacts.components.entities`.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from ..grammars.morph import get_morph
from ..lexicons import load_list
from .doc_words import word_positions

MIN_REST = 5  # letters of the dictionary noun after the prefix: "природа", "совет" (not "тов" of Ростов)


def _compound_body(text: str) -> bool:
    if not text[:1].isupper() or text.isupper() or not text.isalpha():
        return False
    low = text.lower()
    prefixes = [p for p in load_list("org_compound_prefixes.txt") if low.startswith(p)]
    if not prefixes:
        return False
    morph = get_morph()
    if morph.is_known(low) and not any("Orgn" in p.tag for p in morph.parse(text)):
        return False
    for prefix in prefixes:
        rest = low[len(prefix):]
        if len(rest) >= MIN_REST and morph.is_known(rest) \
                and any(p.tag.POS == "NOUN" for p in morph.parse(rest)):
            return True
    return False


def prefixed_bodies(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with each one-word compound body an ORG span."""
    changed = False
    out = list(spans)
    for k in word_positions(doc, _compound_body):  # each distinct word of the doc tested once
        holding = [s for s in out if s.start <= k < s.end]
        if any(len(s) > 1 or s.label_ == "ORG" for s in holding):
            continue
        out = [s for s in out if s not in holding] + [Span(doc, k, k + 1, label="ORG")]
        changed = True
    return sorted(out, key=lambda s: (s.start, -s.end)) if changed else spans
