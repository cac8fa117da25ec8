"""Quoted names listed with quoted organizations: "стали «Юг Руси», «Эфко» и «Астон»". Names in one
list are things of one kind, so where more than half of a list's quoted names are already
organizations (``quoted.quoted_orgs`` or the tagger), its other capitalized quoted names are too. A
list is a run of quoted names joined by a comma, "и" or "или"; a bare majority keeps a list of
titles with one name misread as a company ("фильмах «Хорошая девочка», «Брюс всемогущий»,
«Разрыв»") from spreading. Only places of the tagger inside the quotes may touch a name so taken
("Руси" of «Юг Руси»: the name's word, dropped); any other span there leaves it alone.

Read by :mod:`rufacts.components.entities`.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from .quotes import OPEN_QUOTES
from .spans import closing_quote, opens, positions

MAX_INNER = 6
JOINS = frozenset({",", "и", "или"})


def _groups(doc: Doc) -> list[tuple[int, int]]:
    """(opening, closing) quote positions of the doc's quoted names, in order."""
    out = []
    for i in positions(doc, OPEN_QUOTES):
        if opens(doc, i):
            j = closing_quote(doc, i, MAX_INNER, first_may_start=True)
            if j is not None and j > i + 1:
                out.append((i, j))
    return sorted(out)


def _lists(doc: Doc, groups: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """Runs of two or more quoted names, each joined to the next by one of ``JOINS``."""
    runs: list[list[tuple[int, int]]] = []
    for g in groups:
        if runs and g[0] == runs[-1][-1][1] + 2 and doc[g[0] - 1].lower_ in JOINS:
            runs[-1].append(g)
        else:
            runs.append([g])
    return [r for r in runs if len(r) > 1]


def quoted_list_orgs(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with an ORG span for each quoted name of a list mostly of organizations."""
    runs = _lists(doc, _groups(doc))
    if not runs:
        return spans
    orgs = {(s.start, s.end) for s in spans if s.label_ == "ORG"}
    found, dropped = [], set()
    for run in runs:
        known = [any((a, b) in orgs for a in (i, i + 1) for b in (j, j + 1)) for i, j in run]
        if 2 * sum(known) <= len(run):
            continue
        for (i, j), org in zip(run, known):
            touching = [s for s in spans if s.start <= j and s.end > i]
            if org or not doc[i + 1].text[:1].isupper() or any(
                    s.label_ != "LOC" or not (i < s.start and s.end <= j) for s in touching):
                continue
            found.append(Span(doc, i + 1, j, label="ORG"))
            dropped.update((s.start, s.end) for s in touching)
    if not found:
        return spans
    kept = [s for s in spans if (s.start, s.end) not in dropped]
    return sorted(kept + found, key=lambda s: (s.start, -s.end))
