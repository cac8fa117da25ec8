"""One organization for a name and its abbreviation in an article (:func:`merge_abbreviations`):
written together ("Федеральная таможенная служба (ФТС)") or the abbreviation the name's initials
(:func:`initials`). Read by :mod:`rufacts.components.entities` once the article's organizations are
grouped. :data:`ABBREVIATION`: a name that reads as an abbreviation (also read by the grouping and
:mod:`rufacts.entities.org_kind_acronyms`).
"""
from __future__ import annotations

import re

from ..facts import Organization, mention_order

ABBREVIATION = re.compile(r"^[A-ZА-ЯЁ]{2,8}$")
BRACKET = re.compile(r"^\s*\(\s*$")
NAME_WORD = re.compile(r"[A-Za-zА-Яа-яЁё]+")


def initials(name: str) -> str:
    """'Федеральная таможенная служба' -> 'ФТС' (function words left out)."""
    words = [w for w in NAME_WORD.findall(name) if len(w) > 2 or w[:1].isupper()]
    return "".join(w[0] for w in words).upper()


def merge_abbreviations(text: str, orgs: list[Organization]) -> list[Organization]:
    """One organization for a name and its abbreviation: written together
    ("Федеральная таможенная служба (ФТС)") or matching its initials."""
    def is_abbr(org: Organization) -> bool:
        return bool(ABBREVIATION.match(org.name))

    target: dict[int, int] = {}  # index of an abbreviation -> index of its full name
    for i, abbr in enumerate(orgs):
        if not is_abbr(abbr):
            continue
        for j, full in enumerate(orgs):
            if i == j or is_abbr(full):
                continue
            bracketed = any(BRACKET.match(text[f.stop:a.start]) for f in full.mentions
                            for a in abbr.mentions if f.stop <= a.start)
            if bracketed or initials(full.name) == abbr.name:
                target[i] = j
                break
    return fold_into(orgs, target)


def fold_into(orgs: list[Organization], target: dict[int, int]) -> list[Organization]:
    """Fold each organization ``i`` of ``target`` into organization ``target[i]``: its mentions join
    the target's, and the target keeps its own name, taking the kind, category and canonical name
    of the first joined one that has them where it has none."""
    if not target:
        return orgs
    out = []
    for k, org in enumerate(orgs):
        if k in target:
            continue
        joined = [orgs[i] for i, j in target.items() if j == k]
        if joined:
            mentions = {*org.mentions, *(m for o in joined for m in o.mentions)}
            org = Organization(org.name, org.kind or next((o.kind for o in joined if o.kind), None),
                               tuple(sorted(mentions, key=mention_order)),
                               org.category or next((o.category for o in joined if o.category), None),
                               org.canonical or next((o.canonical for o in joined if o.canonical), None))
        out.append(org)
    return sorted(out, key=lambda o: o.mentions[0].start)
