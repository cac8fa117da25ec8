"""Counts whose counted noun is left out after adjectives (w132, the family "gapped clauses
and counted nouns"; docs/gold-conventions.md, ``object``: a count without a noun of its
own takes the counted noun before).

After a count ("заняты три местные организации", "занимаются порядка двух десятков
заводов") a number may stand with adjectives only, its noun left out as the noun before:
"и одна краевая", "а ещё две частных", "но 80% рынка приходится на пять крупнейших". The
adjectives agree with that noun (one thing: its gender and the singular; more: the
plural), nothing but the end of the clause follows them, and the number is led in by
"и"/"а"/"но", a comma or a preposition; the count takes the noun and the sector of the count
before it and no whole. Not a count: a part of a whole ("из них пять крупных", read by
the rules of parts), an ordinal or pronoun adjective alone ("и два других" is read, "в
2020 году" is no number here), a number already read, an adjective that names a sector of
its own ("и одна гончарная": the rules of lists read it).
"""
from __future__ import annotations

from typing import Optional, Sequence

from .sector_context import count_value
from .sector_number_tokens import is_count_number
from .sector_qualifier import qualifier_words
from .sector_scan import sentences
from .sector_words import adjective_sector, first_grams, forms, is_preposition, tokenize

_LEADS = frozenset({"и", "а", "но", ","})
_ENDS = frozenset({".", ",", ";", "!", "?", ")", "—", "–"})
_WHOLE = frozenset({"из", "среди"})
_CASES = frozenset({"nomn", "accs", "gent"})


def _one(token) -> bool:
    return any(f.normalized == "один" for f in forms(token)[:1])


def _agrees(token, gender: Optional[str], single: bool) -> bool:
    """An adjective (no ordinal or pronoun) in the number and, for one thing, the gender
    of the counted noun."""
    for form in forms(token):
        grams = form.grams.values
        if "ADJF" not in grams or grams & {"Anum", "Apro"} or not grams & _CASES:
            continue
        if single and "sing" in grams and (gender is None or gender in grams):
            return True
        if not single and "plur" in grams:
            return True
    return False


def _gender(morph, lemma: str) -> Optional[str]:
    for p in morph.parse(lemma):
        if p.tag.POS == "NOUN":
            return p.tag.gender
    return None


def _count_at(morph, tokens: Sequence, k: int, gender: Optional[str]):
    """(value, index after the adjectives) of a number with adjectives only at ``k``."""
    if _one(tokens[k]):
        value, end = 1, k + 1
    elif is_count_number(tokens[k]):
        end = k + 1
        while end < len(tokens) and is_count_number(tokens[end]):
            end += 1
        value = count_value(morph, tokens[k:end])
    else:
        return None
    if value is None or value < 1:
        return None
    j = end
    while j < len(tokens) and j - end < 2 and _agrees(tokens[j], gender, value == 1):
        j += 1
    if j == end or j < len(tokens) and tokens[j].value not in _ENDS:
        return None
    if any(adjective_sector(f.normalized) for t in tokens[end:j] for f in forms(t)[:1]):
        return None  # "и одна гончарная": the adjective names a sector of its own
    return value, j


def _led_in(tokens: Sequence, k: int) -> bool:
    j = k - 1
    while j >= 0 and tokens[j].value.lower() in qualifier_words():
        j -= 1
    if j < 0:
        return False
    word = tokens[j].value.lower()
    if word in _WHOLE or any(t.value.lower() in _WHOLE for t in tokens[max(0, j - 3):j]):
        return False  # "из них пять крупных": a part
    return word in _LEADS or is_preposition(tokens[j])


def gapped_counts(morph, text: str, values: list) -> list:
    """``values`` with the counts of the module's docstring added."""
    from .sectors import SectorValue

    if not values:
        return values
    out = list(values)
    for start, stop in sentences(text):
        inside = sorted((v for v in values if start <= v.start < stop and v.total is None),
                        key=lambda v: v.start)
        for n, anchor in enumerate(inside):
            end = inside[n + 1].start if n + 1 < len(inside) else stop
            tokens = tokenize(morph, text, anchor.stop, end)
            gender = _gender(morph, anchor.object)
            for k in range(1, len(tokens)):
                if "NUMR" not in first_grams(tokens[k]) and not _one(tokens[k]) \
                        and not is_count_number(tokens[k]):
                    continue
                found = _count_at(morph, tokens, k, gender)
                if found is None or not _led_in(tokens, k):
                    continue
                a, b = tokens[k].span.start, tokens[found[1] - 1].span.stop
                if any(v.start <= a < v.stop for v in out):
                    continue
                out.append(SectorValue(a, b, text[a:b], found[0], anchor.object,
                                       anchor.sector, None, via="gapped"))
    return out


__all__ = ["gapped_counts"]
