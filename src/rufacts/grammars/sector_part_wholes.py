"""The whole of "N <noun> из M" as a count of its own (issue 11, "parts of a whole";
docs/gold-conventions.md, ``total``: "When the whole has an industry of its own, the whole is
also a count"): "проектное финансирование получили 54 застройщика из 71 работающего в
регионе" -> 54 (total 71) and 71 застройщик, строительство.

The part is a count another rule read with M as its total and "из M" right after its noun.
The whole shares the part's industry only where that industry is the noun's own
(``sector_agents.tsv``: застройщик -> строительство) or is said after "из M" ("две компании из
11, работающих в ветроэнергетике"); a sector said by the part's predicate or its own noun
phrase ("12 компаний по ремонту техники из 40") may belong to the part alone.
"""
from __future__ import annotations

import re

from .sector_nouns import agent_industry
from .sector_scan import sentences

_OF = re.compile(r"\s+из\s+(?:(?:почти|около|более|свыше|примерно)\s+)?(?P<m>\d{1,3}(?:[ \u00a0]\d{3})+"
                 r"|\d+)(?![\d,.]\d)")
_CLAUSE = re.compile(r"[^.;:!?()—–«»]{0,90}?(?=[,.;:!?()—–]|$)")


def part_wholes(text: str, values: list) -> list:
    """``values`` with the wholes of the module's docstring added."""
    from .sectors import SectorValue

    out = list(values)
    for v in values:
        if v.total is None or not v.sector:
            continue
        found = next((m for m in _OF.finditer(text, v.start, min(len(text), v.stop + 40))
                      if int(re.sub(r"\D", "", m.group("m"))) == v.total), None)
        if found is None or any(w.start <= found.start("m") < w.stop and w is not v
                                for w in out):
            continue
        start, stop = next(((a, b) for a, b in sentences(text) if a <= v.start < b),
                           (0, len(text)))
        if any(w.count == v.total and w.object == v.object and start <= w.start < stop
               for w in out):
            continue  # the whole is a count already
        after = _CLAUSE.match(text, found.end("m") + (text[found.end("m"):found.end("m") + 1]
                                                       == ","))
        tail = after.group(0).lower().replace("ё", "е") if after else ""
        stems = [w[:5] for w in v.sector.lower().replace("ё", "е").split() if len(w) > 3]
        own = agent_industry(v.object) == v.sector
        if not own and not (stems and all(s in tail for s in stems)):
            continue
        a = found.start("m")
        b = found.end("m") if own and not tail.strip(" ,") else after.end()
        out.append(SectorValue(a, b, text[a:b], v.total, v.object, v.sector, None,
                               via="part whole"))
    return out


__all__ = ["part_wholes"]
