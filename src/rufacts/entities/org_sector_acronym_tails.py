"""A unit's field that goes on over "в" and a branch of the economy's acronym (orgunits47):
"руководившая [управлением экономики и инвестиций] в АПК" -> "управление экономики и инвестиций в
АПК", "отделом поддержки инвестиций в АПК". The field's rules stop at the preposition and the tagger
reads the acronym as a body of its own; "в АПК" here is the field's sector, no place and no second
body (docs/gold-conventions.md: a descriptive name keeps its fixed tail as written).

An ORG span opened by a body's or a unit's noun (:func:`.org_lead_nouns.body_nouns`, lower case or
opening the sentence), ending in a lower-case noun, right before "в" and an acronym of
``lexicons/org_sector_acronyms.txt`` (АПК, ЖКХ, ТЭК) is grown over them; the acronym's own span goes.
Not a span ending in a name (a capitalized word: "Минсельхоз" + "в АПК" is a ministry's work in it).
Read by :mod:`.span_passes` among the last passes.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span

from ..grammars.folded import folded_lemma
from ..lexicons import load_list
from .org_lead_nouns import body_nouns


@lru_cache(maxsize=1)
def _acronyms() -> frozenset[str]:
    return frozenset(e.lower() for e in load_list("org_sector_acronyms.txt"))


def _grows(doc: Doc, span: Span) -> bool:
    e = span.end
    if e + 1 >= len(doc) or doc[e].lower_ != "в" or not doc[e + 1].is_upper or doc[e + 1].lower_ not in _acronyms():
        return False
    head, last = span[0], span[-1]
    return len(span) >= 2 and last.is_lower and last.is_alpha and last.pos_ == "NOUN" \
        and (head.is_lower or head.is_sent_start) and head.pos_ == "NOUN" \
        and (folded_lemma(head) in body_nouns() or head.lemma_.lower() in body_nouns())


def sector_acronym_tails(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with a unit's field grown over "в" and a branch's acronym (see the module)."""
    grown = {s.start: Span(doc, s.start, s.end + 2, label="ORG") for s in spans if s.label_ == "ORG" and _grows(doc, s)}
    if not grown:
        return spans
    ends = {(g.end - 1, g.end) for g in grown.values()}
    out = [grown.get(s.start, s) if s.label_ == "ORG" else s for s in spans
           if not (s.label_ == "ORG" and (s.start, s.end) in ends)]
    return sorted(out, key=lambda s: (s.start, -s.end))
