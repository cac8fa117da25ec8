"""Shared by the name tests: the persons ``rufacts.extract`` finds, as comparable tuples."""
from __future__ import annotations

import rufacts


def _fold(value):  # ё and е are one letter here, as in the names scorer
    return value.replace("ё", "е") if value else value


def person_parts(text: str) -> list[tuple]:
    """(name, first, middle, last) of every person ``rufacts.extract`` finds in ``text``."""
    return [tuple(map(_fold, (p.name, p.first, p.middle, p.last)))
            for p in rufacts.extract(text).persons]


def expected_parts(*parts) -> list[tuple]:
    """The one person ``person_parts`` should give, folded alike."""
    return [tuple(map(_fold, parts))]


def person_at(text: str, mention: str):
    """(name, first, middle, last) of the person one of whose mentions overlaps ``mention``
    (its first occurrence in ``text``), as written; None where no person does."""
    start = text.index(mention)
    stop = start + len(mention)
    for p in rufacts.extract(text).persons:
        if any(m.start < stop and start < m.stop for m in p.mentions):
            return p.name, p.first, p.middle, p.last
    return None


def org_name(text: str, mention: str):
    """The bare name (legal form left out) of the organization the names scorer reads at
    ``mention`` (its first occurrence in ``text``); None where none overlaps it."""
    from rufacts.evaluation.names import _bare, predicted

    start = text.index(mention)
    got = predicted(rufacts.extract(text), {"type": "ORG", "start": start, "stop": start + len(mention)})
    return _bare(got["name"]) if got else None
