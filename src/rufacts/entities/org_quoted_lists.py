"""Quoted names listed with a quoted organization: "стали «Юг Руси», «Эфко» и «Астон»". Names in
one list are things of one kind, so a capitalized quoted name joined by a comma, "и" or "или" to a
quoted name already read as an organization (``quoted.quoted_orgs`` or the tagger) is one too,
along the whole list. Only places of the tagger inside its quotes may touch it ("Руси" of «Юг
Руси»: the name's word, dropped); any other span there, or a title the quoted rules found
("фильм «Брат»"), leaves it alone, and so does a name in none of these lists.

Read by :mod:`rufacts.components.entities`.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from .spans import closing_quote, opens, positions

MAX_INNER = 6
JOINS = frozenset({",", "и", "или"})


def _groups(doc: Doc) -> list[tuple[int, int]]:
    """(opening, closing) quote positions of the doc's quoted names."""
    out = []
    for i in positions(doc, ("«", "„", "\"", "“")):
        if opens(doc, i):
            j = closing_quote(doc, i, MAX_INNER, first_may_start=True)
            if j is not None and j > i + 1:
                out.append((i, j))
    return out


def quoted_list_orgs(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with an ORG span for each quoted name listed next to a quoted organization."""
    groups = _groups(doc)
    if len(groups) < 2:
        return spans
    orgs = {(s.start, s.end) for s in spans if s.label_ == "ORG"}
    org = [any((a, b) in orgs for a in (i, i + 1) for b in (j, j + 1)) for i, j in groups]
    found, dropped = [], set()
    changed = True
    while changed:
        changed = False
        for n, (i, j) in enumerate(groups):
            if org[n] or not doc[i + 1].text[:1].isupper():
                continue
            joined = any(0 <= m < len(groups) and org[m] and (
                m == n + 1 and groups[m][0] == j + 2 or m == n - 1 and groups[m][1] == i - 2)
                and doc[j + 1 if m == n + 1 else i - 1].lower_ in JOINS for m in (n - 1, n + 1))
            touching = [s for s in spans if s.start <= j and s.end > i]
            if not joined or any(s.label_ != "LOC" or not (i < s.start and s.end <= j) for s in touching):
                continue
            org[n] = changed = True
            found.append(Span(doc, i + 1, j, label="ORG"))
            dropped.update((s.start, s.end) for s in touching)
    if not found:
        return spans
    kept = [s for s in spans if (s.start, s.end) not in dropped]
    return sorted(kept + found, key=lambda s: (s.start, -s.end))
