"""An organization the tagger ran on into the words of the clause after it: "[Республиканскую
клиническую больницу имени Г. Г. Куватова флагманом здравоохранения]", "[Всероссийской федерации
самбо чемпионат]" (+ "страны перенесён"). The name stops there (docs/gold-conventions.md: a
descriptive name keeps its genitive chain, "для", "по", "при" and "имени" phrases; it stops at a verb,
a time, a second body).

A lower-case noun inside a tagger's ORG span opening with a body's noun (``org_lead_nouns.body_nouns``), right after a noun or a name (no preposition, no
adjective of its own, no comma or "и" before it), that has no genitive reading in the dictionary
(pymorphy3) and no reading in the case of the span's first noun cannot be a dependent of the name:
"флагманом" (instrumental only) after "больницу" (accusative), "чемпионат" (nominative or accusative)
after "федерации" (genitive). The span ends before it where the noun is a singular subject or object
(nominative or accusative only: "чемпионат", not a plural "культурологи" that may be a misspelt
genitive), or where it follows a name after the head (the honoree "Куватова"): after a common noun another case
may be governed by it ("Центр управления полётом", "Управление делами Президента"). Indeclinable words read as genitives too
("самбо", "депо"), so they stay; a quoted span is left alone (a quoted name says what it likes).
Read by :mod:`rufacts.components.entities` on the tagger's spans, before the rules that grow them.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from ..grammars.morph import UD_CASES, get_morph
from .doc_words import morph_values
from .org_lead_nouns import body_nouns
from .quotes import QUOTES


def _cut_at(span: Span) -> int | None:
    """Index in the doc where ``span`` stops before a noun of the clause after it; None where none."""
    head = next((t for t in span if t.pos_ in ("NOUN", "PROPN")), None)
    if head is None or head.pos_ != "NOUN" or head.lemma_.lower() not in body_nouns() or any(t.text in QUOTES for t in span):
        return None  # (a person the tagger ran into a body's noun is the persons' rules': "[Тревору Блэквуду суд]")
    head_cases = {UD_CASES[c] for c in morph_values(head, "Case") if c in UD_CASES}
    if not head_cases:
        return None
    morph = get_morph()
    for token in span[1:]:
        if not (token.is_alpha and token.is_lower and token.pos_ == "NOUN") or token.i <= head.i:
            continue
        before = token.doc[token.i - 1]
        if before.pos_ not in ("NOUN", "PROPN") or before.is_punct:
            continue
        parses = [p for p in morph.parse(token.text) if p.tag.POS == "NOUN"]
        cases = {p.tag.case for p in parses}
        if not cases or any(c in ("gent", "gen2") for c in cases) or cases & head_cases:
            continue
        if cases <= {"nomn", "accs"} and any(p.tag.number == "sing" for p in parses) \
                or before.pos_ == "PROPN" and before.i != head.i and before.text[:1].isupper() and before.is_alpha:
            return token.i
    return None


def case_run_ons(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with each ORG span cut before a noun of the clause after it (:func:`_cut_at`)."""
    out, changed = [], False
    for span in spans:
        cut = _cut_at(span) if span.label_ == "ORG" and len(span) > 2 else None
        if cut is not None and cut > span.start:
            span, changed = Span(doc, span.start, cut, label="ORG"), True
        out.append(span)
    return out if changed else spans
