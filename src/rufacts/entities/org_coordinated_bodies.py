"""Two bodies joined by "и" read as one name cut apart: "[Управлением по делам архивов Республики
Башкортостан] и [Уфимским историческим музеем]".

A remit's walk takes "и" and a name after it into the remit ("по делам архивов ... и ..."), whatever
the name's case. An ORG span with "и" inside it, where another ORG span runs from a capital right after
the "и" to the span's end, and the first noun of that second body is in the head's case and the head is not
a genitive (the second body is coordinated with the first, not with a word of its remit: "по делам
архивов и музеев"), ends before the "и"; the second body keeps its own span. Only ORG spans with an
ORG span ending where they end are read. Read by :mod:`.span_passes` among the last passes
(docs/gold-conventions.md: the name stops at a second body).
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from .doc_words import morph_values


def _cut(doc: Doc, span: Span, inner: dict[int, Span]) -> int | None:
    """Position of the "и" before a second body closing ``span``, or None."""
    head = next((t for t in span if t.pos_ in ("NOUN", "PROPN")), None)
    if head is None:
        return None
    case = morph_values(head, "Case")
    if not case or "Gen" in case:
        return None
    for a in range(head.i + 2, span.end - 1):
        second = inner.get(a + 1)
        if doc[a].lower_ == "и" and second is not None and second.end == span.end and doc[a + 1].is_title:
            noun = next((t for t in second if t.pos_ in ("NOUN", "PROPN")), None)
            if noun is not None and morph_values(noun, "Case") == case:
                return a
    return None


def coordinated_bodies(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with an ORG span cut before "и" and a second body in its head's case."""
    ends: dict[int, dict[int, Span]] = {}
    for s in spans:
        if s.label_ == "ORG":
            ends.setdefault(s.end, {})[s.start] = s
    out, changed = [], False
    for s in spans:
        inner = ends.get(s.end, {})
        a = _cut(doc, s, inner) if s.label_ == "ORG" and len(inner) > 1 and len(s) >= 4 else None
        if a is not None:
            s = Span(doc, s.start, a, label="ORG")
            changed = True
        out.append(s)
    return out if changed else spans
