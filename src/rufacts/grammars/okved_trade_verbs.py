"""A verb of trading steers a count's ОКВЭД 2 codes (``lexicons/okved_trade_verbs.tsv``):
where the count's own span says "торгуют X" and X names goods (sections A-C), the firms
trade them, 47 ("девять арендаторов торгуют одеждой" is 47, not 14; cars and their parts
45). The counted noun's own genitive is no traded goods ("торгуют 3,5 тыс. производителей
косметики" keeps 20), nor is a trader's own division changed (:func:`okved.trade_codes`)."""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from importlib import resources

from .morph import Morph
from .okved import Okved, _traders, classifier
from .sector_scan import sentence_at

_WORD = re.compile(r"\w+")


@lru_cache(maxsize=1)
def _verbs() -> dict[str, str]:
    text = resources.files("rufacts").joinpath("lexicons", "okved_trade_verbs.tsv") \
        .read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines()
            if line.strip() and not line.startswith("#")]
    return {r[0].strip().replace("ё", "е"): r[1].strip() for r in rows}


def _lemma(morph: Morph, word: str) -> str:
    return morph.parse(word)[0].normal_form.replace("ё", "е")


def verb_trade_codes(morph: Morph, span: str, obj: str, sector: str,
                     codes: tuple[Okved, ...]) -> tuple[Okved, ...]:
    """``codes`` of a count whose ``span`` holds a trading verb over its ``sector``
    turned into the trade division; else unchanged."""
    if not codes or any(c.section not in "ABC" for c in codes) or \
            obj.lower().replace("ё", "е") in _traders():
        return codes
    words = [w.lower() for w in _WORD.findall(span)]
    verbs = _verbs()
    trade = next((verbs[lm] for lm in (_lemma(morph, w) for w in words) if lm in verbs), None)
    if trade is None:
        return codes
    first = _WORD.findall(sector.lower())[:1]
    if first:  # "производителей косметики": the object's own genitive, no goods traded
        lemmas = [_lemma(morph, w) for w in words]
        own = _lemma(morph, obj.lower())
        sector_at = [k for k, lm in enumerate(lemmas) if lm == _lemma(morph, first[0])]
        if any(k > 0 and lemmas[k - 1] == own
               for k in sector_at):
            return codes
    table = classifier()
    return tuple(table[c] for c in sorted({"45" if c.code == "29" else trade for c in codes}))


def _span(morph: Morph, text: str, values: list, k: int) -> str:
    """The text whose verb a count shares: its own, and for a count whose verb is
    elided ("28 торгуют одеждой, а девять — детскими товарами") the text from the count
    before it of the same counted noun in the sentence."""
    v = values[k]
    if v.via not in _GAPPED and not _DASH.search(v.text) or any(
            morph.parse(w)[0].tag.POS in ("VERB", "INFN") for w in _WORD.findall(v.text)):
        return v.text  # a verb of its own ("12 — выпускают стройматериалы")
    before = [w for w in values[:k] if w.object == v.object and w.stop <= v.start
              and len(text[w.stop:v.start].split()) <= 3  # ", а ещё"
              and sentence_at(text, w.start, (w.start, w.start))
              == sentence_at(text, v.start, (v.start, v.start))]
    return text[before[-1].start:v.stop] if before else v.text


_GAPPED = frozenset({"gap_sibling", "elided"})
_DASH = re.compile(r"\s[—–]\s")  # "девять — детскими товарами": the verb left out


def traded_codes(morph: Morph, text: str, values: list) -> list:
    """``values`` (sorted by start) with the codes of the goods their verb trades."""
    return [replace(v, okved=verb_trade_codes(morph, _span(morph, text, values, k), v.object,
                                              v.sector, v.okved))
            for k, v in enumerate(values)]


__all__ = ["traded_codes", "verb_trade_codes"]
