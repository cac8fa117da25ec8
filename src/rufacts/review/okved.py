"""Sector counts by ОКВЭД 2 section across a dump: a table and a chart.

A sector count adds its ``count`` to every section of its codes (a count of "medical
equipment" makers in 26 and 32 is one count in section C); counts without codes go to the
row "—" (no code fits). Section names are read from the lexicon file the extractor uses.
"""
from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

import pandas as pd
from matplotlib.figure import Figure

if TYPE_CHECKING:
    from .frames import Review

NONE = "—"


@lru_cache(maxsize=1)
def section_names() -> dict[str, str]:
    """Section letter -> official name (``lexicons/okved2.tsv``)."""
    text = resources.files("rufacts").joinpath("lexicons", "okved2.tsv").read_text("utf-8")
    names = {}
    for line in text.splitlines():
        cells = line.split("\t")
        if line.startswith("#") or len(cells) < 2:
            continue
        if cells[0].isalpha():
            names[cells[0]] = cells[1]
    return names


def okved_sections(review: "Review") -> pd.DataFrame:
    """One row per ОКВЭД 2 section found: ``section``, ``name``, ``sector_counts`` (facts),
    ``count`` (sum of their counts), ``articles``, ``sectors`` (the sector names, most
    counted first); sorted by ``count``. The row ``—`` holds counts without codes."""
    frame = review.sector_counts
    rows = []
    for row in frame.itertuples(index=False):
        sections = [s for s in str(row.okved_sections or "").split(", ") if s] or [NONE]
        for section in sections:
            rows.append({"section": section, "count": row.count, "article_id": row.article_id,
                         "sector": row.sector})
    columns = ["section", "name", "sector_counts", "count", "articles", "sectors"]
    if not rows:
        return pd.DataFrame(columns=columns)
    long = pd.DataFrame(rows)
    names = section_names()
    out = []
    for section, group in long.groupby("section", sort=False):
        sectors = group.groupby("sector")["count"].sum().sort_values(ascending=False,
                                                                     kind="stable")
        out.append({"section": section, "name": names.get(section, "no ОКВЭД code"),
                    "sector_counts": len(group), "count": int(group["count"].fillna(0).sum()),
                    "articles": group["article_id"].nunique(),
                    "sectors": "; ".join(sectors.index[:8])})
    table = pd.DataFrame(out, columns=columns)
    return table.sort_values(["count", "section"], ascending=[False, True],
                             kind="stable").reset_index(drop=True)


def okved_chart(review: "Review") -> Figure:
    """Bars of the summed counts per ОКВЭД 2 section."""
    table = okved_sections(review)
    fig = Figure(figsize=(11, 0.35 * max(len(table), 3) + 1.4), layout="constrained")
    ax = fig.subplots()
    ax.set_title("sector counts by ОКВЭД 2 section")
    if table.empty:
        ax.text(0.5, 0.5, "no sector counts in this dump", ha="center", va="center",
                transform=ax.transAxes)
        ax.set_axis_off()
        return fig
    table = table.iloc[::-1]
    labels = [f"{s} {n[:44]}" if s != NONE else f"{NONE} no code" for s, n in
              zip(table["section"], table["name"])]
    ax.barh(range(len(table)), table["count"].to_numpy(dtype=float))
    ax.set_yticks(range(len(table)), labels)
    ax.set_xlabel("count (sum over sector counts)")
    return fig


__all__ = ["okved_chart", "okved_sections", "section_names"]
