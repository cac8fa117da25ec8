"""Review extraction by looking: DataFrames of a dump, highlighted articles, charts.

Needs the ``review`` extra (pandas, matplotlib)::

    from rufacts import review
    rv = review.load("out/sample.jsonl")          # JSONL, .gz/.bz2/.xz/.zst too
    rv.articles                                    # one row per article, counts per type
    rv.organizations[rv.organizations.name == "Роснано"]
    review.show(rv.record("lefortovo-technopolis"))   # highlighted in place, fact table
    review.top_entities(rv)                        # matplotlib Figures
    review.write_report("out/sample.jsonl", "report.html")   # the page of `rufacts report`
    ix = review.open_index("facts.duckdb")         # a whole dump indexed by `rufacts index`
    ix.top_entities(10); ix.charts()               # (needs duckdb; see rufacts.review.dump)
    review.okved_sections(rv)                      # sector counts by ОКВЭД 2 section

The package is imported lazily (PEP 562): ``rufacts.review.report`` and the CLI load
without pandas; pandas and matplotlib are imported when a name below is first used.
"""
from __future__ import annotations

from importlib import import_module
from typing import Any

_WHERE = {
    "companies_per_sector": "charts", "dump_charts": "charts", "figure_png": "charts",
    "money_over_time": "charts", "top_entities": "charts",
    "open_index": "dump", "DumpIndex": "dump",
    "okved_chart": "okved", "okved_sections": "okved", "section_names": "okved",
    "COLUMNS": "frames", "Review": "frames", "from_records": "frames", "load": "frames",
    "open_text": "frames", "read_records": "frames",
    "TYPES": "record", "DisplayFact": "record", "display_facts": "record",
    "format_amount": "record",
    "COLORS": "render", "STYLE": "render", "ArticleView": "render", "article_html": "render",
    "displacy_data": "render", "facts_table_html": "render", "highlight_html": "render",
    "legend_html": "render", "show": "render",
    "build_report": "report", "write_report": "report",
}

__all__ = [
    "load", "from_records", "read_records", "open_text", "Review", "COLUMNS",
    "show", "ArticleView", "article_html", "highlight_html", "legend_html", "facts_table_html",
    "displacy_data", "STYLE", "COLORS", "TYPES", "DisplayFact", "display_facts",
    "format_amount", "top_entities", "money_over_time", "companies_per_sector", "dump_charts",
    "figure_png", "build_report", "write_report", "open_index", "DumpIndex",
    "okved_sections", "okved_chart", "section_names",
]


def __getattr__(name: str) -> Any:
    if name in _WHERE:
        value = getattr(import_module(f"{__name__}.{_WHERE[name]}"), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
