"""A facility or agent noun's own trade where the sector read beside it names none (w196,
issue 11; docs/gold-conventions.md, "object": facility nouns that name their own trade are
read with it "unless the sentence names another industry").

"Пять сыроварен стали участниками туристического маршрута", "73 пасеки промышленного
масштаба", "один рыбоводный завод — на реке": the phrase read as the sector is headed by a
noun of ``sector_nonsector_heads.txt`` (a scale, a place, an event, a measure), so it is no
industry; where the counted noun names its own trade (``sector_agents.tsv``: сыроварня ->
сыроделие, пасека -> пчеловодство) that trade is the sector. Counts whose noun names none
are left for :func:`~.sector_not_counts.not_counts` to drop.
"""
from __future__ import annotations

from dataclasses import replace

from .morph import Morph
from .sector_nouns import agent_industry
from .sector_not_counts import _heads, _sector_head


def own_trades(morph: Morph, values: list) -> list:
    """``values`` with the sector the module's docstring describes."""
    out = []
    for v in values:
        if v.sector and _sector_head(morph, v.sector) in _heads():
            trade = agent_industry(v.object)
            if trade:
                from .okved import okved_codes, trade_codes

                v = replace(v, sector=trade,
                            okved=trade_codes(v.object, okved_codes(morph, trade)))
        out.append(v)
    return out


__all__ = ["own_trades"]
