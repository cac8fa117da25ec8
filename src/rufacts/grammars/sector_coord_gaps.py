"""Gapped clauses after a sector count (issue 11, coordinated and elided counts): the verb
of the first clause is left out and the second names a sector of its own in the same case,
then a dash and a count ("виноградарством занимаются 120 хозяйств, а производством вина —
58 компаний", "переработкой дикоросов заняты 22 предприятия, а сбором ягод — около 150
ИП"). The count's own counted noun wins; without one the first count's noun is carried
over ("…, а сбором ягод — 40"). The sector must have ОКВЭД codes; there is no whole.

The phrase is read in the instrumental ("занимаются X-ом") only: a genitive or nominative
phrase before a dash is a table row ("металлургия — 14") or a part ("из них — 4").
"""
from __future__ import annotations

from typing import Optional, Sequence

from .morph import Morph
from .okved import okved_codes
from .sector_context import count_value, object_lemma
from .sector_normal import sector_name
from .sector_number_tokens import is_scale, is_scale_word
from .sector_number_tokens import is_count_number as _is_number
from .sector_qualifier import qualifier_words
from .sector_tree_nodes import TreeCount
from .sector_words import forms, in_case, is_dash, is_preposition

_LEADS = frozenset({"а", "и"})


def number_end(seg: Sequence, k: int, nouns: bool = False) -> int:
    """Index after the number starting at ``k`` (``k`` itself where none starts there):
    its words, a scale and a dot ("2 тыс."). With ``nouns`` a scale noun also counts
    anywhere ("десятка полтора", "сотни") and a dot only after a scale ("12." ends at
    "12")."""
    j = k
    while j < len(seg):
        token = seg[j]
        if not (_is_number(token) or nouns and is_scale_word(token)):
            if j == k or not (is_scale(token) or token.value == "." and (
                    not nouns or is_scale(seg[j - 1]))):
                break
        j += 1
    return j


def gapped_item(morph: Morph, seg: Sequence, anchor_object: Optional[str]) -> Optional[TreeCount]:
    """"а производством вина — 58 компаний" (a segment of the sentence after a count):
    the count with its own sector, or None."""
    if anchor_object is None or len(seg) < 4:
        return None
    k = 1 if seg[0].value.lower() in _LEADS else 0
    dash = next((j for j, t in enumerate(seg) if is_dash(t)), None)
    if dash is None or dash <= k or dash + 1 >= len(seg):
        return None
    phrase = seg[k:dash]
    if any(_is_number(t) for t in phrase):
        return None
    if in_case(phrase[0], "ablt") and not in_case(phrase[0], "nomn"):
        case = "ablt"
    elif k and in_case(phrase[0], "accs") and not is_preposition(phrase[0]):
        # "…, а речные прогулки — ещё пять": the verb's object again (w199); "Производителей
        # окон 40, а деревянных дверей — семь": the counted noun's genitive again
        case = "gent" if in_case(phrase[0], "gent") else "accs"
    else:
        return None
    j = dash + 1
    while j < len(seg) and seg[j].value.lower() in qualifier_words():
        j += 1
    if j >= len(seg) or not _is_number(seg[j]):
        return None
    end = number_end(seg, j)
    value = count_value(morph, seg[j:end])
    rest = seg[end:]
    own = object_lemma(rest[0]) if rest and forms(rest[0]) else None
    if rest and (own is None or len(rest) > 1):
        return None  # "а сбором ягод — 40 тонн", "— 58 компаний из Крыма"
    name = sector_name(morph, phrase, case)
    if value is None or not name or not okved_codes(morph, name):
        return None
    return TreeCount(seg[k].span.start, seg[-1].span.stop, value, own or anchor_object,
                     name, None, "gapped")


__all__ = ["gapped_item", "number_end"]
