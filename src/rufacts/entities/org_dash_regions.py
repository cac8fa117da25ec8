"""A body's name that ends in a region named twice goes on over the dash and the region's second
name: "ГУ МЧС России по Кемеровской области — Кузбассу", "Управление Росреестра по Ханты-Мансийскому
автономному округу — Югре", "МВД по Чувашской Республике — Чувашии".

The rules of a body's territory end its name at the region's first name and leave the dash and the
second one out. An ORG span whose last words are the first name of a region of
``lexicons/region_dash_names.tsv`` (lemmas), with a dash right after it and a capitalized word that
begins with the second name's stem, is grown over both. Cheap: only where such a stem stands after a
dash in the doc. Read by :mod:`.span_passes` among the last passes.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span

from ..grammars.folded import folded_lemma
from ..lexicons import load_rows
from .spans import positions

DASHES = ("—", "–", "-")


@lru_cache(maxsize=1)
def _names() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(second name's stem, the first name's last lemmas) for each region."""
    return tuple((row[0].replace("ё", "е"), tuple(row[1].replace("ё", "е").split())) for row in load_rows("region_dash_names.tsv"))


def _first(span: Span, lemmas: tuple[str, ...]) -> bool:
    """Whether ``span`` ends in the words of ``lemmas``."""
    if len(span) <= len(lemmas):
        return False
    tail = span[len(span) - len(lemmas):]
    return all(folded_lemma(t) == lemma or t.lower_.replace("ё", "е").startswith(lemma[:-2]) and lemma.endswith(("ий", "ый", "ой"))
               for t, lemma in zip(tail, lemmas))


def dash_regions(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with a body's name grown over a dash and its region's second name."""
    dashes = positions(doc, DASHES)
    found = {}
    for d in dashes:
        if d + 1 >= len(doc) or not doc[d + 1].is_title:
            continue
        word = doc[d + 1].lower_.replace("ё", "е")
        wanted = [lemmas for stem, lemmas in _names() if word.startswith(stem)]
        if wanted:
            found[d] = wanted
    if not found:
        return spans
    out, changed = [], False
    for s in spans:
        if s.label_ == "ORG" and s.end in found and any(_first(s, lemmas) for lemmas in found[s.end]):
            s = Span(doc, s.start, s.end + 2, label="ORG")
            changed = True
        out.append(s)
    return out if changed else spans
