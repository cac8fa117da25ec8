"""Bodies named by one compound word, a prefix of ``lexicons/org_compound_prefixes.txt`` and a
dictionary noun, inner stems between them where ``lexicons/org_compound_stems.txt`` has them
(:mod:`.org_stump_bodies`): "Мосприроде поручено" (Мосприрода), "Росимущества", "Моссовета",
"Крайизбиркома", "Госжилнадзора". The tagger
reads some as persons or places; a capitalized word of that make the dictionary does not know (or
knows only as an organization's name) is an organization: its span, or the word alone where the
tagger left it out, becomes ORG (one opening a sentence that a common noun may be stays as the
tagger read it: :func:`.org_stump_bodies.common_opening`); so does one at either end of a person's
span of the tagger (the person's words after it stay a person: :func:`.org_stump_bodies.person_rest`).
A word inside a longer span of the tagger stays in it ("Роснефти" in "НК «Роснефть»").

Read by :mod:`rufacts.components.entities`.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from .doc_words import word_positions
from .org_stump_bodies import common_opening, person_rest, stump_body
from .org_town_executives import town_executives
from .org_union_stumps import union_stump


def _compound_body(text: str) -> bool:
    """A capitalized stump compound (:func:`.org_stump_bodies.stump_body`: "Мосприроде",
    "Госжилнадзора", "Главсевморпутём")."""
    return stump_body(text) or union_stump(text)  # "Роспрофжелом" (org_union_stumps)


def prefixed_bodies(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with each one-word compound body an ORG span; a town's executive too
    (:func:`.org_town_executives.town_executives`: "примэрии Бельц")."""
    spans = town_executives(doc, spans)
    changed = False
    out = list(spans)
    for k in word_positions(doc, _compound_body, capital=True):  # each distinct word of the doc tested once
        holding = [s for s in out if s.start <= k < s.end]
        if common_opening(doc, k):
            continue  # "Госпереворот в стране ...": a common noun's capital; the tagger's reading stands
        kept = person_rest(doc, holding, k)  # "[Отчёт Облпотребсоюза]" read as a person
        if kept is None and any(len(s) > 1 or s.label_ == "ORG" for s in holding):
            continue
        out = [s for s in out if s not in holding] + (kept or []) + [Span(doc, k, k + 1, label="ORG")]
        changed = True
    return sorted(out, key=lambda s: (s.start, -s.end)) if changed else spans
