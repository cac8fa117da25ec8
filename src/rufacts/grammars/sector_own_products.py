"""The firms' own products are no sector (w115, held11 second round): "свои вина покажут
около ста сорока винодельческих хозяйств", "свои отели представили 26 гостиничных сетей".
What the firms show, bring or present with a possessive ("свои", "собственные", "наши") is
their own goods at an event, not the trade the sentence names; the trade is the counted
noun's adjective (docs/gold-conventions.md, `sector`: "An adjective on the counted noun
becomes the industry noun phrase"; gold: виноделие, гостиничный бизнес). A phrase whose
first word is such a possessive takes the sector of an adjective on the counted noun
(``sector_adjectives.tsv``), else the counted agent or facility noun's own trade
(``sector_agents.tsv``: "свои сыры привезли 18 сыроварен" -> сыроделие); with neither, it is
the phrase without the possessive ("свои решения для энергетики представили 56
компаний" -> решения для энергетики), as it is where the products name another industry
than the counted noun's adjective or none (no ОКВЭД division of both: "40 продуктовых
компаний, выпускающих собственные приложения" -> приложения, not продуктовая розница).
Read by :class:`rufacts.components.sectors.SectorsComponent`.
"""
from __future__ import annotations

import re
from dataclasses import replace

from .morph import word_lemmas
from .okved import okved_codes
from .sector_nouns import agent_industry
from .sector_words import adjective_sector

_OWN = frozenset({"свой", "собственный", "наш"})  # the firms' own: a closed class
_WORD = re.compile(r"\w[\w-]*")


def _counted_industry(morph, text: str, value) -> str | None:
    """The sector of an adjective right before the counted noun in ``value``'s span."""
    words = list(_WORD.finditer(text, value.start, value.stop))
    target = value.object.replace("ё", "е")
    for k, word in enumerate(words):
        if k and target in word_lemmas(morph, word.group(), ("NOUN",)):
            for lemma in word_lemmas(morph, words[k - 1].group(), ("ADJF", "PRTF")):
                found = adjective_sector(lemma)
                if found:
                    return found
    return agent_industry(value.object)  # "свои сыры привезли 18 сыроварен": сыроделие


def _same_industry(morph, industry: str, products: str) -> bool:
    """Whether the products name the industry: their ОКВЭД divisions meet."""
    theirs = {o.code for o in okved_codes(morph, products)}
    return bool(theirs & {o.code for o in okved_codes(morph, industry)})


def own_products(morph, text: str, values: list) -> list:
    """``values`` whose sector opens with a possessive, read from the counted noun's adjective."""
    out = []
    for value in values:
        first = value.sector.split()[0] if value.sector else ""
        if first and word_lemmas(morph, first, ("ADJF", "NPRO")) & _OWN:
            industry = _counted_industry(morph, text, value)
            rest = value.sector.split(maxsplit=1)[1:]  # "свои решения для энергетики
            if industry and rest and not _same_industry(morph, industry, rest[0]):
                industry = None
            if industry or rest:  # представили 56 компаний": решения для энергетики
                value = replace(value, sector=industry or rest[0])
        out.append(value)
    return out


__all__ = ["own_products"]
