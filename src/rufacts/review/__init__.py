"""Review extraction by looking: DataFrames of a dump, highlighted articles, charts.

Needs the ``review`` extra (pandas, matplotlib)::

    from rufacts import review
    rv = review.load("out/sample.jsonl")          # JSONL, .gz/.bz2/.xz/.zst too
    rv.articles                                    # one row per article, counts per type
    rv.organizations[rv.organizations.name == "Роснано"]
    review.show(rv.record("lefortovo-technopolis"))   # highlighted in place, fact table
    review.top_entities(rv)                        # matplotlib Figures
"""
from __future__ import annotations

from .charts import companies_per_sector, dump_charts, figure_png, money_over_time, top_entities
from .frames import COLUMNS, Review, from_records, load, open_text, read_records
from .record import TYPES, DisplayFact, display_facts, format_amount
from .render import (
    COLORS, STYLE, ArticleView, article_html, displacy_data, facts_table_html, highlight_html,
    legend_html, show,
)

__all__ = [
    "load", "from_records", "read_records", "open_text", "Review", "COLUMNS",
    "show", "ArticleView", "article_html", "highlight_html", "legend_html", "facts_table_html",
    "displacy_data", "STYLE", "COLORS", "TYPES", "DisplayFact", "display_facts",
    "format_amount", "top_entities", "money_over_time", "companies_per_sector", "dump_charts",
    "figure_png",
]
