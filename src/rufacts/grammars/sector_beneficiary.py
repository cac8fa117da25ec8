"""Who a sector phrase serves, left out of it (w69, second round; w115): "услуги телемедицины
для жителей отдалённых районов" -> услуги телемедицины. "для" + residents of a place
(``resident`` cues of ``sector_cues.tsv``: житель, население, гражданин, ...), + persons served
as customers (``customer`` of ``sector_served.tsv``: "для частных пациентов"), or + a noun
under an adjective that places or scopes them (``scope`` of ``sector_served.tsv`` and the
place adjectives of ``geo_adjectives.tsv``: "для федеральных каналов", "для камчатских
строек") names the people served, not the trade; "для" + anything else stays ("оборудование
для нефтянки", "программирование для детей", "услуги ... для интернет-магазинов", "для малого
бизнеса"). Read by :class:`rufacts.components.sectors.SectorsComponent`.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..lexicons import load_rows
from .sector_words import lexicon

_FOR = re.compile(r"\s+для\s+(\w[\w-]*(?:\s+\w[\w-]*){0,2})", re.IGNORECASE)


@lru_cache(maxsize=1)
def _served() -> tuple[frozenset[str], frozenset[str]]:
    rows = load_rows("sector_served.tsv")
    customers = frozenset(r[1] for r in rows if r[0] == "customer")
    scopes = frozenset(r[1] for r in rows if r[0] == "scope") | frozenset(
        r[0] for r in load_rows("geo_adjectives.tsv"))
    return customers, scopes


@lru_cache(maxsize=1)
def _acts() -> frozenset[str]:
    """``act`` rows: "для участия в выставке" is the clause's purpose (w139)."""
    return frozenset(r[1] for r in load_rows("sector_served.tsv") if r[0] == "act")


def _served_noun(morph, before: str, word: str, residents: frozenset[str]) -> bool:
    customers, scopes = _served()
    nouns = {p.normal_form for p in morph.parse(word.lower()) if p.tag.POS == "NOUN"}
    if not nouns or word[:1].isupper():
        return False
    if not before and nouns & _acts():
        return True  # "для участия в выставке": the firms' occasion, not the goods' use
    adjectives = [w for w in before.split()]
    if any(not any(p.tag.POS in ("ADJF", "PRTF") for p in morph.parse(w.lower()))
           for w in adjectives):
        return False  # "для X Y": not adjectives + a noun
    if nouns & (residents | customers):
        return True
    return any(p.normal_form in scopes for w in adjectives for p in morph.parse(w.lower())
               if p.tag.POS == "ADJF")


_HOMES = frozenset({"житель", "жительница", "горожанин", "сельчанин", "селянин"})


def _of_residents(morph, sector: str) -> int:
    """Where a genitive of residents of a place after the service begins ("торговое
    обслуживание жителей отдалённых деревень": w168); -1 where there is none. "обслуживание
    населения" stays (the gold's "бытовое обслуживание населения")."""
    words = sector.split()
    for k, word in enumerate(words[1:], 1):
        if words[k - 1].lower() in ("для", "у", "от", "к", "среди", "из"):
            return -1  # "доставка еды для жителей …": the "для" reading's
        if any(p.tag.POS == "NOUN" and p.tag.case == "gent" and p.normal_form in _HOMES
               for p in morph.parse(word.lower())):
            return len(" ".join(words[:k]))
    return -1


def without_residents(morph, sector: str) -> str:
    """``sector`` without a closing "для <residents or customers served> ..." tail: up to two
    adjectives, then the noun served; or "для" + an act of the firms ("для участия"); or
    without a genitive of a place's residents ("обслуживание жителей деревень")."""
    residents = lexicon().first_words("resident")
    cut = _of_residents(morph, sector) if "жител" in sector or "чан" in sector else -1
    if cut > 0:
        sector = sector[:cut]
    for found in _FOR.finditer(sector):
        words = found.group(1).split()
        if found.start() and any(_served_noun(morph, " ".join(words[:k]), words[k], residents)
                                 for k in range(len(words))):
            return sector[:found.start()]
    return sector


__all__ = ["without_residents"]
