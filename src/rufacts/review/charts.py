"""Charts over a whole dump, as matplotlib Figures (no pyplot state, any backend).

- :func:`top_entities`: persons and organizations named in the most articles;
- :func:`money_over_time`: amounts of money against the article's publication date;
- :func:`companies_per_sector`: the counts of sector counts summed per sector;
- :func:`rufacts.review.okved.okved_chart`: the same summed per ОКВЭД 2 section.

A chart with nothing to show says so in the figure. :func:`figure_png` gives PNG bytes.
"""
from __future__ import annotations

import io
from typing import TYPE_CHECKING

from matplotlib.figure import Figure

from .okved import okved_chart

if TYPE_CHECKING:
    from matplotlib.axes import Axes

    from .frames import Review

BAR = "#5c6bc0"


def _empty(ax: "Axes", message: str) -> None:
    ax.text(0.5, 0.5, message, ha="center", va="center", transform=ax.transAxes, color="#666")
    ax.set_xticks([])
    ax.set_yticks([])


def _short(name: str, width: int = 48) -> str:
    return name if len(name) <= width else name[: width - 1] + "…"


def top_entities(review: "Review", n: int = 10) -> Figure:
    """Two bar charts: the ``n`` persons and organizations found in the most articles
    (ties broken by the number of mentions, which each bar is labelled with)."""
    tops = {}
    for label, group in (("persons", review.persons), ("organizations", review.organizations)):
        tops[label] = (group.groupby("name").agg(articles=("article_id", "nunique"),
                                                 mentions=("article_id", "size"))
                       .sort_values(["articles", "mentions"], ascending=False, kind="stable")
                       .head(n).iloc[::-1])
    rows = max(len(counts) for counts in tops.values())
    fig = Figure(figsize=(11, 0.35 * max(rows, 3) + 1.4), layout="constrained")
    for ax, (label, counts) in zip(fig.subplots(1, 2), tops.items()):
        ax.set_title(f"top {label}")
        if counts.empty:
            _empty(ax, f"no {label} in this dump")
            continue
        bars = ax.barh(range(len(counts)), counts.articles, color=BAR)
        ax.set_yticks(range(len(counts)), [_short(str(name)) for name in counts.index])
        ax.bar_label(bars, labels=[f" {m} mentions" for m in counts.mentions], fontsize=8)
        ax.set_xlabel("articles naming them")
        ax.set_xlim(0, counts.articles.max() * 1.35)
        ax.xaxis.get_major_locator().set_params(integer=True)
    return fig


def money_over_time(review: "Review") -> Figure:
    """Every amount of money (kind ``money``) at its article's publication date, one colour
    per currency, on a log scale; amounts of undated articles are left out."""
    fig = Figure(figsize=(11, 4), layout="constrained")
    ax = fig.subplots()
    ax.set_title("amounts of money by publication date")
    money = review.amounts[(review.amounts.kind == "money")]
    money = money.assign(amount=money.value.fillna(money.value_max).fillna(money.value_min))
    money = money.dropna(subset=["published", "amount"])
    if money.empty:
        _empty(ax, "no amounts of money with a publication date in this dump")
        return fig
    for unit, rows in money.groupby(money.unit.fillna("?"), sort=True):
        ax.scatter(rows.published, rows.amount, label=str(unit), alpha=0.8)
    ax.set_yscale("log")
    ax.set_ylabel("amount")
    ax.legend(title="currency")
    fig.autofmt_xdate()
    return fig


def companies_per_sector(review: "Review", n: int = 15) -> Figure:
    """The ``n`` sectors with the most companies (sum of ``count`` over sector counts),
    stacked by what is counted (компания, предприятие, резидент...)."""
    counts = review.sector_counts.dropna(subset=["count"])
    table = counts.pivot_table(index="sector", columns="object", values="count",
                               aggfunc="sum", fill_value=0)
    order = table.sum(axis=1).sort_values(ascending=False, kind="stable").head(n).index[::-1]
    table = table.loc[order]
    fig = Figure(figsize=(11, 0.35 * max(len(table), 3) + 1.4), layout="constrained")
    ax = fig.subplots()
    ax.set_title("companies per sector (sector counts)")
    if counts.empty:
        _empty(ax, "no sector counts in this dump")
        return fig
    left = None
    for obj in table.columns:
        values = table[obj].to_numpy(dtype=float)
        ax.barh(range(len(table)), values, left=left, label=str(obj))
        left = values if left is None else left + values
    ax.set_yticks(range(len(table)), [_short(str(s)) for s in table.index])
    ax.set_xlabel("count")
    ax.legend(title="counted")
    return fig


def dump_charts(review: "Review") -> dict[str, Figure]:
    """All dump-level charts by name, in the order they are shown."""
    return {"top persons and organizations": top_entities(review),
            "amounts of money": money_over_time(review),
            "companies per sector": companies_per_sector(review),
            "sector counts by ОКВЭД 2 section": okved_chart(review)}


def figure_png(fig: Figure, dpi: int = 90) -> bytes:
    """The figure as PNG bytes."""
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=dpi)
    return buffer.getvalue()
