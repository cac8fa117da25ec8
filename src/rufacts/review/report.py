"""``rufacts report``: a batch output as one self-contained HTML page for people without Jupyter.

The page holds a summary of the dump, its charts (PNG images inside the page), an index of
the articles, filters (a search box, a fact type, errors only, the entity clicked in any
article: its mentions across the dump light up), sorting by the number of facts, and every
article with its facts highlighted in place beside a fact table; hovering a mention lights
the other mentions of its entity. It loads nothing from the network: styles and the small filter script are
inline, charts are ``data:`` images, and article URLs are shown as text, not links.
Opening ``report.html#q=Роснано`` starts it filtered.

Needs the ``review`` extra (pandas, matplotlib); this module imports them only when a
report is built, so the rest of the CLI works without them.
"""
from __future__ import annotations

import argparse
import base64
import html
import string
import sys
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Mapping, Optional, Union

from .. import __version__
from ..facts import Article

if TYPE_CHECKING:
    from . import Review

DEFAULT_MAX_ARTICLES = 500
COUNTS = (("persons", "persons"), ("organizations", "orgs"), ("locations", "locs"),
          ("dates", "dates"), ("amounts", "amounts"), ("sector_counts", "sectors"))


def _esc(value: Any) -> str:
    return html.escape(str(value), quote=True)


def _template() -> string.Template:
    text = (resources.files(__package__) / "templates" / "report.html").read_text("utf-8")
    return string.Template(text)


def _summary(review: "Review", shown: int, source: Optional[str]) -> str:
    articles = review.articles
    errors = int(articles.error_kind.notna().sum())
    parts = [f"<b>{len(articles)}</b> articles" + (f" from {_esc(source)}" if source else ""),
             f"<b>{errors}</b> with errors"]
    parts += [f"<b>{int(articles[group].sum())}</b> {group.replace('_', ' ')}"
              for group, _ in COUNTS]
    note = ""
    if shown < len(articles):
        note = (f'<div class="rp-note">showing the first {shown} of {len(articles)} articles '
                f"(--max-articles); the charts cover all of them</div>")
    return " · ".join(parts) + note


def _charts(review: "Review") -> str:
    from . import dump_charts, figure_png

    out = []
    for name, fig in dump_charts(review).items():
        data = base64.b64encode(figure_png(fig)).decode("ascii")
        out.append(f'<figure class="rp-chart"><img alt="{_esc(name)}" '
                   f'src="data:image/png;base64,{data}"><figcaption>{_esc(name)}</figcaption>'
                   f"</figure>")
    return "\n".join(out)


def _okved_table(review: "Review") -> str:
    """Sector counts by ОКВЭД 2 section, as a table (empty where the dump has none)."""
    from .okved import okved_sections

    table = okved_sections(review)
    if table.empty:
        return ""
    rows = "".join(f"<tr><td>{_esc(r.section)}</td><td>{_esc(r.name)}</td>"
                   f'<td class="rp-n">{r.sector_counts}</td><td class="rp-n">{r.count}</td>'
                   f'<td class="rp-n">{r.articles}</td><td>{_esc(r.sectors)}</td></tr>'
                   for r in table.itertuples(index=False))
    return ('<table class="rp-okved"><caption>sector counts by ОКВЭД 2 section</caption>'
            "<tr><th>section</th><th>name</th><th>facts</th><th>count</th><th>articles</th>"
            f"<th>sectors</th></tr>{rows}</table>")


def _index(review: "Review", shown: int) -> str:
    from .record import display_facts

    head = "".join(f'<th class="rp-n">{label}</th>' for _, label in COUNTS)
    rows = []
    for i, row in enumerate(review.articles.head(shown).itertuples(index=False)):
        published = row.published.date().isoformat() if row.published == row.published else ""
        counts = "".join(f'<td class="rp-n">{getattr(row, group)}</td>' for group, _ in COUNTS)
        error = _esc(row.error_kind) if isinstance(row.error_kind, str) else ""
        total = len(display_facts(review.records[i]))  # as the article's data-facts
        rows.append(f'<tr class="rp-row" data-id="{_esc(row.id)}" data-facts="{total}">'
                    f"<td>{i + 1}</td>"
                    f'<td><a href="#article-{i + 1}">{_esc(row.title)}</a></td>'
                    f"<td>{_esc(row.id)}</td><td>{published}</td>{counts}<td>{error}</td></tr>")
    return (f'<table class="rp-index"><thead><tr><th>#</th><th>title</th><th>id</th>'
            f"<th>published</th>{head}<th>error</th></tr></thead>"
            f'<tbody>{"".join(rows)}</tbody></table>')


def build_report(records: Iterable[Union[Mapping[str, Any], Article]],
                 title: str = "rufacts report", max_articles: Optional[int] = DEFAULT_MAX_ARTICLES,
                 source: Optional[str] = None, charts: bool = True) -> str:
    """The report page (HTML text) of records (JSON dicts or Articles), in their order.

    Charts and the summary cover every record; the articles listed stop at
    ``max_articles`` (None: all).
    """
    from . import STYLE, article_html, from_records

    review = from_records(records)
    total = len(review.records)
    shown = total if max_articles is None else min(total, max_articles)
    articles = "\n".join(article_html(record, heading="h2", anchor=f"article-{i + 1}")
                         for i, record in enumerate(review.records[:shown]))
    return _template().substitute(
        title=_esc(title), version=_esc(__version__), style=STYLE,
        summary=_summary(review, shown, source), charts=(_charts(review) if charts else "") + _okved_table(review),
        index=_index(review, shown), articles=articles)


def write_report(input: Union[str, Path], output: Union[str, Path], title: Optional[str] = None,
                 max_articles: Optional[int] = DEFAULT_MAX_ARTICLES, charts: bool = True) -> int:
    """Read a batch output (JSONL, compressed too), write its report page; the number of
    articles read."""
    from . import read_records

    records = list(read_records(input))
    name = Path(input).name
    page = build_report(records, title=title or f"rufacts report: {name}",
                        max_articles=max_articles, source=name, charts=charts)
    output = Path(output)
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(page, encoding="utf-8")
    return len(records)


def default_output(input: Union[str, Path]) -> Path:
    """``out/sample.jsonl.gz`` -> ``out/sample.html``."""
    path = Path(input)
    name = path.name
    for suffix in (".gz", ".bz2", ".xz", ".zst"):
        name = name.removesuffix(suffix)
    for suffix in (".jsonl", ".ndjson", ".json"):
        name = name.removesuffix(suffix)
    return path.with_name(name + ".html")


def add_report_parser(subparsers: Any) -> argparse.ArgumentParser:
    """Add the ``report`` subcommand to the ``rufacts`` command's subparsers."""
    p = subparsers.add_parser(
        "report", help="a batch output as one self-contained HTML page",
        description="Write one HTML file (no network resources) with the dump's charts and "
                    "every article with its facts highlighted, beside a fact table.")
    p.add_argument("input", metavar="OUT.jsonl",
                   help="records written by 'rufacts batch' (.jsonl, also .gz .bz2 .xz .zst), "
                        "or an index written by 'rufacts index' (charts and tables, no texts)")
    p.add_argument("-o", "--output", default=None,
                   help="the HTML file to write (default: the input's name with .html)")
    p.add_argument("--title", default=None, help="the page title")
    p.add_argument("--max-articles", type=int, default=DEFAULT_MAX_ARTICLES, metavar="N",
                   help=f"list at most N articles, 0 for all (default {DEFAULT_MAX_ARTICLES}); "
                        "charts cover all")
    p.add_argument("--no-charts", action="store_true", help="leave the charts out")
    p.set_defaults(func=cmd_report)
    return p


def cmd_report(args: argparse.Namespace) -> int:
    """Run ``rufacts report``: 0 when written, 2 on a usage or input error."""
    def fail(message: str) -> int:
        print(f"rufacts: error: {message}", file=sys.stderr)
        return 2

    from .dump import cmd_index_report, is_index  # an index (rufacts index): its own page

    if Path(args.input).exists() and is_index(args.input):
        return cmd_index_report(args)
    if not Path(args.input).is_file():
        return fail(f"no such file: {args.input}")
    try:
        import matplotlib  # noqa: F401
        import pandas  # noqa: F401
    except ImportError as exc:
        return fail(f"'rufacts report' needs {exc.name}: pip install 'rufacts[review]'")
    output = Path(args.output) if args.output else default_output(args.input)
    try:
        n = write_report(args.input, output, title=args.title,
                         max_articles=args.max_articles or None, charts=not args.no_charts)
    except (ValueError, UnicodeDecodeError, OSError, EOFError) as exc:
        return fail(str(exc))
    print(f"rufacts: {n} articles, wrote {output}", file=sys.stderr)
    return 0
