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
