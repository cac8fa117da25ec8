"""A part of a whole said in a prepositional group: "в N из них", "на N из которых" (w192,
issue 11, the family "partitive parts of a total"; docs/gold-conventions.md, ``total``: a
part of a whole that names no industry of its own is a count with the whole's object,
sector and number as total).

"Перевозки выполняют 25 компаний, причём в 18 из них контрольный пакет у холдинга", "В
районе двадцать одна молочная ферма, на шести из них стоят доильные роботы", "Мебель
выпускают 30 фабрик, и с четырьмя из них подписаны контракты": after a whole in
the same sentence, a preposition, a number and "из них" / "из которых" count that many of
the whole, whatever the clause says of them (where or with whom something happens is no
industry). :mod:`.sector_parts_possessors` reads "у N" with no "из них" and a word of having.

Not "по N из них" (so many each), nor one ("в одном из них": a single firm named apart);
nothing counted may stand between the whole and the part, and the part must be smaller.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from .sector_context import count_value
from .sector_number_tokens import is_count_number
from .sector_qualifier import qualifier_phrases
from .sector_scan import sentences
from .sector_words import tokenize

# the prepositions of a place, a partner or a goal ("в", "с", "для"); "по" distributes ("по
# 700 из них"), it is left out; an owner, "у N из них", is read by the possessor readers
# (sector_parts_possessors, sector_parts_pronoun) with their own gates
_PREPOSITIONS = ("в", "во", "на", "с", "со", "к", "ко", "от", "о", "об", "обо", "при",
                 "для", "за", "перед", "над", "под")


@lru_cache(maxsize=1)
def _part() -> re.Pattern:
    """A preposition, [a qualifier], a number of one or two words, "из них"/"из которых"."""
    qualifiers = "|".join(r"\s+".join(map(re.escape, phrase.split()))
                          for phrase in qualifier_phrases())
    preps = "|".join(_PREPOSITIONS)
    return re.compile(rf"(?<![\w-])(?:{preps})\s+(?:(?:{qualifiers})\s+)?"
                      r"(?P<n>\d+|[а-яё]+(?:\s+[а-яё]+)?)\s+из\s+(?:них|которых)(?![\w-])",
                      re.IGNORECASE)


def prepositional_parts(morph, text: str, values: list) -> list:
    """``values`` with the parts "в N из них" of their wholes (module docstring): a new
    count, or the whole given to a count of the same firms another rule read at the number
    without one ("на семи из них разводят осетра")."""
    from .sectors import SectorValue

    if not values or " из " not in text or _part().search(text) is None:
        return values
    out = list(values)
    for start, stop in sentences(text):
        for m in _part().finditer(text, start, stop):
            a, b = m.span("n")
            held = [k for k, v in enumerate(out) if v.start <= a < v.stop]
            before = [v for v in out if start <= v.start and v.stop <= m.start()]
            if not before:
                continue
            whole = max(before, key=lambda v: v.stop)
            if whole.total is not None or not whole.sector:
                continue
            tokens = tokenize(morph, text, a, b)
            if not tokens or not all(is_count_number(t) for t in tokens):
                continue
            count = count_value(morph, tokens)
            if count is None or not 1 < count < whole.count:
                continue
            if held:
                for k in held:
                    v = out[k]
                    if (v.count, v.object, v.sector, v.total) == (
                            count, whole.object, whole.sector, None):
                        out[k] = replace(v, total=whole.count, via="part")
                continue
            out.append(SectorValue(a, b, text[a:b], count, whole.object, whole.sector,
                                   whole.count, via="part"))
    return out


__all__ = ["prepositional_parts"]
