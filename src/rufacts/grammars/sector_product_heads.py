"""Product heads of a sector phrase (``sector_product_heads.tsv``): "решения в области
искусственного интеллекта", "продукты на базе генеративного ИИ" keep their field or
ground; an activity noun ("разработками в области медицины") gives way to its field."""
from __future__ import annotations

from functools import lru_cache

from ..lexicons import load_rows


@lru_cache(maxsize=1)
def _rows() -> dict[str, frozenset[str]]:
    kinds: dict[str, set[str]] = {}
    for row in load_rows("sector_product_heads.tsv"):
        kinds.setdefault(row[0], set()).add(row[1].lower())
    return {k: frozenset(v) for k, v in kinds.items()}


def product_head(lemma: str) -> bool:
    """A product noun: решение, продукт, сервис, ПО, система, платформа..."""
    return lemma.lower() in _rows().get("head", frozenset())


def kept_adjunct(head_lemma: str, prep: str | None, kid_lemma: str,
                 fields: frozenset[str]) -> bool:
    """"в области X"/"в сфере X" (a field noun) or "на базе X"/"на основе X" (a ground
    noun) under a product head: part of what the firms make."""
    if not product_head(head_lemma):
        return False
    kid = kid_lemma.lower()
    return prep in ("в", "во") and kid in fields or \
        prep == "на" and kid in _rows().get("ground", frozenset())


def grounded_phrase(morph, sector: str, fields: frozenset[str]) -> bool:
    """"решения в области ИИ", "продукты на базе ИИ": a product noun, then its field or
    ground; the tree's whole phrase replaces the grammar's shorter field there."""
    words = sector.split()
    if len(words) < 3 or not product_head(morph.parse(words[0].lower())[0].normal_form):
        return False
    return kept_adjunct(morph.parse(words[0].lower())[0].normal_form, words[1].lower(),
                        morph.parse(words[2].lower())[0].normal_form, fields)
