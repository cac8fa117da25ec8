"""Bound counted nouns of the municipal report style (w104): "объект", "точка", "пункт"
(``sector_objects_bound.tsv``) count outlets when a word of business is beside them, and
also when the clause's own sector phrase is that word of business ("В сфере общепита
работают девять объектов", "В торговле заняты 40 точек"): :func:`named_by_sector`.

A bound noun's own genitive of business names its trade over a sector phrase said at the
clause start: "в сфере потребительского рынка функционируют 187 объектов розничной
торговли" counts 187 outlets of розничная торговля (:func:`own_genitive`), as "41 объект
бытового обслуживания" in the same list does. A noun under a verb of building or
commissioning ("в сфере торговли введены 5 объектов") stays no count: buildings.
"""
from __future__ import annotations

from functools import lru_cache

from ..lexicons import load_list, load_rows


@lru_cache(maxsize=1)
def _business_words() -> dict[str, tuple[str, ...]]:
    """Bound noun -> starts of its words of business (after- and before-words of its row,
    without the "*" mark)."""
    rows = {}
    for row in load_rows("sector_objects_bound.tsv"):
        words = []
        for cell in row[1:3]:
            words += [w for w in cell.split(",") if w and w not in ("-", "*")]
        rows[row[0].lower()] = tuple(words)
    return rows


@lru_cache(maxsize=1)
def _building_verbs() -> frozenset[str]:
    return load_list("sector_building_verbs.txt")


def _business_sector(obj: str, sector: str) -> bool:
    words = _business_words().get(obj.lower(), ())
    first = sector.lower().split()
    return bool(words) and any(  # the row's starts are of oblique forms: "бытового"
        w.startswith(b) or (len(b) > 6 and w.startswith(b[:-2])) for w in first for b in words)


def named_by_sector(sent, obj: str, sector: str) -> bool:
    """Whether the count's sector phrase itself holds one of the bound noun's words of
    business ("общепит", "торговля", "бытовое обслуживание") and no verb of building or
    commissioning is in its sentence ``sent`` (a spaCy span)."""
    if not _business_sector(obj, sector):
        return False
    return not any(t.lemma_.lower() in _building_verbs() for t in sent)


def business_in_sentence(token, lemma: str) -> bool:
    """Whether the sentence of a spaCy token of a bound noun holds one of the noun's words
    of business anywhere ("Доставкой пиццы занимаются 28 заведений": the clause's sector
    may name the trade, :func:`named_by_sector`), so the sentence is parsed (w127)."""
    from .sector_nouns import sentence_of

    words = _business_words().get(lemma, ())
    if not words:
        return False
    sent = sentence_of(token.doc, token.i)
    return any(t.lower_.startswith(words) for t in sent if t.is_alpha and t.i != token.i)


def own_genitive(obj: str, sector: str, found_sector: str) -> bool:
    """Whether the tree's genitive reading ``found_sector`` of a bound noun ("объектов
    розничной торговли") is a word of business that should replace the grammar's
    ``sector`` (a clause-start phrase such as "потребительский рынок")."""
    return found_sector.lower() != sector.lower() and _business_sector(obj, found_sector) \
        and not _business_sector(obj, sector)


def acted_on(token) -> bool:
    """Whether a spaCy token of a bound noun (or the first conjunct it hangs on) is the
    direct object of a verb of building, repair or inspection: "Ведомство проверило 200
    торговых точек", "открыли 12 объектов торговли" are sites acted on, no firms."""
    top = token
    while top.dep_ == "conj" and top.head.i != top.i:
        top = top.head
    return top.dep_ == "obj" and top.head.lemma_.lower() in _building_verbs()


__all__ = ["acted_on", "business_in_sentence", "named_by_sector", "own_genitive"]
