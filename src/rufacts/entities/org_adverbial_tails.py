"""The clause's adverbial or purpose phrase glued to a body's name, cut off: "Гудаутским РОВД" + "по
горячим следам", "Службу чрезвычайных ситуаций Грузии" + "по единому номеру", "Республиканский детский
реабилитационный центр" + "для дальнейшего лечения"; and a second dative addressee after the territory
of a body's "по" remit, "ГУ МЧС России по Кабардино-Балкарской Республике" + "и добровольцам".

The remit and complement rules (:mod:`.bodies`, :mod:`.org_field_tails`) take a "по"/"для" phrase
after a body's head as its remit ("Комитет по жалобам", "центр для несовершеннолетних"); the tail of
a name is the clause's where its head noun is one a remit never has (``lexicons/org_adverbial_heads.tsv``:
"след", "номер", "телефон", "лечение", "вскрытие"; "для дальнейшего" before any noun)
(docs/gold-conventions.md: a descriptive name keeps its fixed tail; the name stops at a time, a
verb, a person). The phrase is the preposition, lower-case adjectives and the head noun, and the
span ends with it or with its genitives; the name before it keeps its head. After a "по" territory
(a capitalized place) "и" and a lower-case animate plural noun in the dative ("и добровольцам",
"и сотрудникам колонии") is a second addressee of the clause, no part of the territory ("по Ростовской
области и Республике Калмыкия", "по Москве и области" stay). Read last by
:mod:`rufacts.components.entities`.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span

from ..grammars.folded import folded_lemma
from ..lexicons import load_rows
from .doc_words import case_reading, morph_values

MAX_ADJECTIVES = 3


@lru_cache(maxsize=1)
def _heads() -> dict[tuple[str, str], frozenset[str]]:
    """(preposition, "noun" or "any") -> lemmas of the adverbial phrase's head (or cue adjective)."""
    out: dict[tuple[str, str], set[str]] = {}
    for row in load_rows("org_adverbial_heads.tsv"):
        if len(row) > 1:
            key = (row[0], "any" if len(row) > 2 and row[2] == "any" else "noun")
            out.setdefault(key, set()).update(row[1].split())
    return {k: frozenset(v) for k, v in out.items()}


def _adverbial_at(span: Span, k: int) -> bool:
    """``span[k]`` is "по"/"для" opening an adverbial phrase that runs to the span's end."""
    heads = _heads()
    prep = span[k].lower_
    nouns, cues = heads.get((prep, "noun"), frozenset()), heads.get((prep, "any"), frozenset())
    if not (nouns or cues):
        return False
    j = k + 1
    cued = False
    while j < len(span) and j - k <= MAX_ADJECTIVES and span[j].pos_ == "ADJ" and span[j].is_lower:
        cued = cued or folded_lemma(span[j]) in cues
        j += 1
    if j >= len(span) or not (span[j].is_lower and span[j].pos_ == "NOUN"):
        return False
    if not (cued or folded_lemma(span[j]) in nouns):
        return False
    rest = span[j + 1:]  # the head's genitives only ("по месту" + "жительства")
    return all(t.is_lower and t.pos_ in ("NOUN", "ADJ") and "Gen" in morph_values(t, "Case") for t in rest)


def _adverbial_start(span: Span) -> int | None:
    """Index in the span of the preposition opening its adverbial tail; None where none."""
    for k in range(1, len(span) - 1):  # the head stands before it
        if span[k].lower_ in ("по", "для") and _adverbial_at(span, k):
            return k
    return None


def _territory_before(span: Span, k: int) -> bool:
    """A "по" in the span before ``span[k]`` and a capitalized word after it: a territory."""
    by = next((m for m in range(1, k - 1) if span[m].lower_ == "по"), None)
    return by is not None and any(t.text[:1].isupper() for t in span[by + 1:k])


def _addressee_start(span: Span) -> int | None:
    """Index in the span of "и" opening a second dative addressee after a "по" territory: a
    lower-case animate plural noun in the dative ("и добровольцам", "и сотрудникам" + "колонии"),
    no kind of place (inanimate: "по Москве и области")."""
    for k in range(3, len(span) - 1):
        if span[k].lower_ != "и" or not _territory_before(span, k):
            continue
        tail = list(span[k + 1:])
        n = next((m for m, t in enumerate(tail) if t.pos_ == "NOUN"), None)
        if n is None:
            return None
        head = tail[n]
        if all(t.is_lower for t in tail) and all(t.pos_ == "ADJ" for t in tail[:n]) \
                and "Plur" in morph_values(head, "Number") and "Dat" in morph_values(head, "Case") \
                and "Anim" in morph_values(head, "Animacy") \
                and all(t.pos_ in ("NOUN", "ADJ") and case_reading(t, "Gen", ("gent",)) for t in tail[n + 1:]):
            return k
        return None
    return None


def adverbial_tails(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with each organization's adverbial, purpose or second-addressee tail cut off."""
    out, changed = [], False
    for span in spans:
        if span.label_ == "ORG" and len(span) > 2:
            cut = _adverbial_start(span)
            if cut is None:
                cut = _addressee_start(span)
            if cut is not None:
                span, changed = Span(doc, span.start, span.start + cut, label="ORG"), True
        out.append(span)
    return sorted(out, key=lambda s: (s.start, -s.end)) if changed else spans
