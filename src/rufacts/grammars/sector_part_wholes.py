"""The whole of "N <noun> из M" as a count of its own (issue 11, "parts of a whole";
docs/gold-conventions.md, ``total``: "When the whole has an industry of its own, the whole is
also a count"): "проектное финансирование получили 54 застройщика из 71 работающего в
регионе" -> 54 (total 71) and 71 застройщик, строительство.

The part is a count another rule read with M as its total and "из M" right after its noun
("14 из 30 предприятий" is the tree's, :mod:`.sector_tree_recall`). The whole shares the
part's industry only where that industry is the noun's own (``sector_agents.tsv``:
застройщик -> строительство) or is said by a participle clause after "из M" ("три компании
из 11, работающих в ветроэнергетике"); a sector said by a predicate after it ("Девять
предприятий из 15 выпускают X") or by the part's own noun phrase ("12 компаний по ремонту
техники из 40") may be the part's alone.
"""
from __future__ import annotations

import re

from .sector_nouns import agent_industry
from .sector_scan import sentence_at

_OF = re.compile(r"\s+из\s+(?:(?:почти|около|более|свыше|примерно)\s+)?(?P<m>\d{1,3}(?:[ \u00a0]\d{3})+"
                 r"|\d+)(?![\d,.]\d)")
# ", работающих в ветроэнергетике": a participle clause on the whole
_PARTICIPLE = re.compile(r",?\s+(?P<verb>[а-яё]+)[^.;:!?()—–«»,]{0,80}?(?=[,.;:!?()—–]|$)", re.I)


def _participle(morph, word: str) -> bool:
    return any(p.tag.POS == "PRTF" for p in morph.parse(word.lower())[:1])


def part_wholes(morph, text: str, values: list) -> list:
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
        start, stop = sentence_at(text, v.start, (0, len(text)))
        if any(w.count == v.total and w.object == v.object and start <= w.start < stop
               for w in out):
            continue  # the whole is a count already
        said = text[v.start:found.start()].split()
        if len(said) < 2 or not said[-1].lower().startswith(v.object[:3]):
            continue  # "14 из 30 предприятий": the tree's wholes (sector_tree_recall)
        own = agent_industry(v.object) == v.sector
        after = _PARTICIPLE.match(text, found.end("m"))
        tail = after.group(0).lower().replace("ё", "е") if after else ""
        stems = [w[:5] for w in v.sector.lower().replace("ё", "е").split() if len(w) > 3]
        if not own and not (after and _participle(morph, after.group("verb"))
                            and stems and all(s in tail for s in stems)):
            continue  # "Девять предприятий из 15 выпускают X": the predicate's, the part's
        a = found.start("m")
        b = after.end() if after and not own else found.end("m")
        out.append(SectorValue(a, b, text[a:b], v.total, v.object, v.sector, None,
                               via="part whole"))
    return out


__all__ = ["part_wholes"]
