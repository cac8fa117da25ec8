"""A sentence's first word that the tagger took into a body written in lower case after it:
"[Решением территориальной избирательной комиссии № 3] Приморского района кандидат был снят" ->
территориальная избирательная комиссия № 3 Приморского района. Its capital is the sentence's; the
body after it opens with a lower-case adjective or noun in the genitive, the case a noun governs,
and its head is a body's noun (``lexicons/org_descriptors.txt``, ``lexicons/body_heads.txt``). A
first word that is itself a body's or an institution's noun stays ("Совет директоров компании",
"Управление делами президента", "Собрание префектуры Айчи": ``lexicons/region_body_heads.txt``). Read by :mod:`rufacts.components.entities` with
:func:`.org_party_branches.party_branches`.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..lexicons import load_list
from .bodies import body_heads
from .institutions import institution_heads

MAX_WORDS = 4  # lower-case words up to the body's noun: "территориальной избирательной комиссии"


def _bodies() -> frozenset[str]:
    return load_list("org_descriptors.txt") | frozenset(body_heads()) | institution_heads() \
        | load_list("org_branch_nouns.txt") | frozenset(h for h in load_list("region_body_heads.txt") if " " not in h)


def _genitive(token: Token) -> bool:
    return token.is_lower and token.is_alpha and token.pos_ in ("ADJ", "NOUN") and "Gen" in token.morph.get("Case")


def _lead(span: Span) -> bool:
    first = span[0]
    if len(span) < 2 or not first.is_sent_start or not first.is_title or first.pos_ != "NOUN" \
            or first.lemma_.lower() in _bodies() or not _genitive(span[1]):
        return False
    bodies = _bodies()
    for t in span[1:1 + MAX_WORDS]:
        if not _genitive(t):
            return False
        if t.pos_ == "NOUN":
            return t.lemma_.lower() in bodies
    return False


def sentence_leads(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with the sentence's first word cut off such an ORG span."""
    if not any(s.label_ == "ORG" and _lead(s) for s in spans):
        return spans
    out = [Span(doc, s.start + 1, s.end, label="ORG") if s.label_ == "ORG" and _lead(s) else s for s in spans]
    return sorted(out, key=lambda s: (s.start, -s.end))
