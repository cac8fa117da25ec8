"""Charts over a whole dump, as matplotlib Figures (no pyplot state, any backend).

- :func:`top_entities`: persons and organizations named in the most articles;
- :func:`money_over_time`: amounts of money against the article's publication date, one
  chart per currency, undated articles counted in the title;
- :func:`companies_per_sector`: sector counts summed per sector, one chart per counted object;
- :func:`rufacts.review.okved.okved_chart`: the same summed per ОКВЭД 2 section.

An amount or count repeated in one article (the title's, again in the text) counts once.

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


def _titled(title: str, figsize: tuple) -> tuple[Figure, "Axes"]:
    """A figure of one axes with its title (the frame of most review charts)."""
    fig = Figure(figsize=figsize, layout="constrained")
    ax = fig.subplots()
    ax.set_title(title)
    return fig, ax


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


def _once_per_article(frame, columns: list[str]):
    """Rows with the same values in ``columns`` in one article counted once: the title's
    amount repeated in the lead is one fact, not two."""
    return frame.drop_duplicates(subset=["article_id", *columns])


def _undated_note(frame) -> str:
    undated = frame[frame.published.isna()]
    if undated.empty:
        return ""
    return (f" ({len(undated)} from {undated.article_id.nunique()} undated "
            f"article{'s' if undated.article_id.nunique() != 1 else ''} not shown)")


def money_over_time(review: "Review") -> Figure:
    """Amounts of money (kind ``money``) at their article's publication date, on a log
    scale, one chart per currency (roubles and dollars never share an axis). An amount
    repeated in one article (the title's, again in the text) counts once; amounts of
    undated articles are counted in the title, not drawn."""
    money = review.amounts[(review.amounts.kind == "money")]
    money = money.assign(amount=money.value.fillna(money.value_max).fillna(money.value_min),
                         currency=money.unit.fillna("?"))
    money = _once_per_article(money.dropna(subset=["amount"]), ["currency", "amount"])
    note = _undated_note(money)
    dated = money.dropna(subset=["published"])
    currencies = sorted(dated.currency.unique())
    fig = Figure(figsize=(11, 1.2 + 2.6 * max(len(currencies), 1)), layout="constrained")
    axes = fig.subplots(max(len(currencies), 1), 1, squeeze=False)[:, 0]
    fig.suptitle("amounts of money by publication date" + note)
    if dated.empty:
        _empty(axes[0], "no amounts of money with a publication date in this dump")
        return fig
    for ax, currency in zip(axes, currencies):
        rows = dated[dated.currency == currency]
        ax.scatter(rows.published, rows.amount, color=BAR, alpha=0.8)
        ax.set_yscale("log")
        ax.set_ylabel(f"amount, {currency}")
        ax.set_title(f"{currency}: {len(rows)} amounts in {rows.article_id.nunique()} articles",
                     fontsize=10, loc="left")
    fig.autofmt_xdate()
    return fig


def companies_per_sector(review: "Review", n: int = 15) -> Figure:
    """The ``n`` sectors with the most of each counted object (компания, резидент,
    предприятие...): one chart per object, since a count of companies and one of residents
    do not add up. A count repeated in one article counts once."""
    counts = _once_per_article(review.sector_counts.dropna(subset=["count"]),
                               ["count", "object", "sector"])
    objects = list(counts.groupby("object")["count"].sum().sort_values(ascending=False).index)
    heights = [min(counts[counts.object == o].sector.nunique(), n) for o in objects] or [3]
    fig = Figure(figsize=(11, sum(0.35 * max(h, 2) + 0.9 for h in heights) + 0.6),
                 layout="constrained")
    axes = fig.subplots(max(len(objects), 1), 1, squeeze=False,
                        height_ratios=[max(h, 2) for h in heights])[:, 0]
    fig.suptitle("sector counts: how many of each counted object per sector")
    if counts.empty:
        _empty(axes[0], "no sector counts in this dump")
        return fig
    for ax, obj in zip(axes, objects):
        per_sector = (counts[counts.object == obj].groupby("sector")["count"].sum()
                      .sort_values(ascending=False, kind="stable").head(n).iloc[::-1])
        bars = ax.barh(range(len(per_sector)), per_sector.to_numpy(dtype=float), color=BAR)
        ax.set_yticks(range(len(per_sector)), [_short(str(x)) for x in per_sector.index])
        ax.bar_label(bars, labels=[f" {int(v)}" for v in per_sector], fontsize=8)
        ax.set_title(f"{obj} (count)", fontsize=10, loc="left")
        ax.set_xlim(0, per_sector.max() * 1.2)
        ax.xaxis.get_major_locator().set_params(integer=True)
    return fig


def dump_charts(review: "Review") -> dict[str, Figure]:
    """All dump-level charts by name, in the order they are shown."""
    return {"top persons and organizations": top_entities(review),
            "amounts of money": money_over_time(review),
            "sector counts per counted object": companies_per_sector(review),
            "sector counts by ОКВЭД 2 section": okved_chart(review)}


def figure_png(fig: Figure, dpi: int = 90) -> bytes:
    """The figure as PNG bytes."""
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=dpi)
    return buffer.getvalue()
