"""A whole dump through its index (``rufacts index``): DataFrames and charts across articles.

    from rufacts import review
    ix = review.open_index("facts.duckdb")        # or a Parquet directory (--parquet DIR)
    ix.top_entities(10)                            # persons, organizations, places by articles
    ix.timeline(freq="M")                          # mentions of the top entities per month
    ix.cooccurrence(10)                            # top entities x top entities: shared articles
    ix.sectors_by_section(freq="Y")                # sector counts by ОКВЭД section over time
    ix.money_by_org(10)                            # money put to organizations, per currency
    ix.role("мэр")                                 # every article where a person held a role
    ix.sql("SELECT ...")                           # anything else, on the same tables
    ix.charts()                                    # the charts of all of the above

Queries run in DuckDB (read only); only their results become pandas DataFrames, so a dump
of any size can be reviewed.
"""
from __future__ import annotations

from pathlib import Path
from typing import Optional, Union

import pandas as pd
from matplotlib.figure import Figure

from ..index.store import PUBLIC
from .charts import BAR, _empty, _short, _titled

TYPES = ("PER", "ORG", "LOC")


class DumpIndex:
    """An index opened for reading: tables as DataFrames, questions across the dump."""

    def __init__(self, path: Union[str, Path]) -> None:
        import duckdb

        self.path = Path(path)
        if self.path.is_dir():  # Parquet: one view per table folder
            self.con = duckdb.connect()
            for table in PUBLIC:
                files = (self.path / table / "*.parquet").as_posix().replace("'", "''")
                self.con.execute(f"CREATE VIEW {table} AS SELECT * FROM read_parquet('{files}')")
        elif self.path.is_file():
            self.con = duckdb.connect(str(self.path), read_only=True)
        else:
            raise FileNotFoundError(f"no index at {path} (a .duckdb file or a Parquet folder)")
        try:  # in Jupyter DuckDB cannot change it without ipywidgets
            self.con.execute("SET enable_progress_bar = false")
        except duckdb.Error:
            pass

    def sql(self, query: str, params: Optional[list] = None) -> pd.DataFrame:
        """The result of a query on the index tables as a DataFrame."""
        return self.con.execute(query, params or []).df()

    def table(self, name: str, limit: Optional[int] = None) -> pd.DataFrame:
        """One table (``articles``, ``entities``, ``mentions``, ...) as a DataFrame."""
        if name not in PUBLIC:
            raise KeyError(f"no table {name!r}; one of {', '.join(PUBLIC)}")
        return self.sql(f"SELECT * FROM {name}" + (f" LIMIT {int(limit)}" if limit else ""))

    def __getattr__(self, name: str) -> pd.DataFrame:
        if name in PUBLIC:
            return self.table(name)
        raise AttributeError(name)

    def __repr__(self) -> str:
        sizes = ", ".join(f"{t} {self.con.execute(f'SELECT count(*) FROM {t}').fetchall()[0][0]}"
                          for t in PUBLIC if t != "co_occurrence")
        return f"<DumpIndex {self.path}: {sizes}>"

    def close(self) -> None:
        self.con.close()

    # ---- questions ----

    def top_entities(self, n: int = 10, type: Optional[str] = None) -> pd.DataFrame:
        """The ``n`` entities (of each type, or of one) named in the most articles."""
        where = "WHERE type = ?" if type else ""
        return self.sql(f"""
            SELECT type, entity_id, name, kind, article_count, mention_count, first_seen, last_seen
            FROM (SELECT *, row_number() OVER (PARTITION BY type ORDER BY article_count DESC,
                                               mention_count DESC, name) AS rank
                  FROM entities {where})
            WHERE rank <= ? ORDER BY type, rank""", ([type] if type else []) + [n])

    def timeline(self, n: int = 5, freq: str = "M", type: Optional[str] = None) -> pd.DataFrame:
        """Mentions of the top ``n`` entities per period of publication date (``freq``: a
        pandas period, ``M`` month, ``Y`` year): one column per entity name, plus ``all``
        (every mention of every entity). Undated articles are left out."""
        rows = self.sql("""
            SELECT a.published, m.entity_id, count(*) AS mentions
            FROM mentions m JOIN articles a USING (article_id)
            WHERE a.published IS NOT NULL GROUP BY ALL""")
        top = self.top_entities(n, type)
        top = top.sort_values(["article_count", "mention_count"], ascending=False).head(n)
        if rows.empty:
            return pd.DataFrame(columns=["all", *top.name])
        rows["period"] = pd.to_datetime(rows.published).dt.to_period(freq)
        table = (rows[rows.entity_id.isin(top.entity_id)]
                 .pivot_table(index="period", columns="entity_id", values="mentions",
                              aggfunc="sum", fill_value=0)
                 .rename(columns=dict(zip(top.entity_id, top.name))))
        table.insert(0, "all", rows.groupby("period").mentions.sum())
        return table.fillna(0).astype(int).sort_index()

    def cooccurrence(self, n: int = 10, type: Optional[str] = None) -> pd.DataFrame:
        """The top ``n`` entities against each other: how many articles name both."""
        top = self.top_entities(n, type)
        top = top.sort_values(["article_count", "mention_count"], ascending=False).head(n)
        ids = [int(i) for i in top.entity_id]
        matrix = pd.DataFrame(0, index=top.name.tolist(), columns=top.name.tolist())
        if not ids:
            return matrix
        pairs = self.sql(f"""SELECT entity_a, entity_b, articles FROM co_occurrence
                             WHERE entity_a IN ({",".join(map(str, ids))})
                               AND entity_b IN ({",".join(map(str, ids))})""")
        names = dict(zip(top.entity_id, top.name))
        for a, b, count in pairs.itertuples(index=False):
            matrix.loc[names[a], names[b]] = matrix.loc[names[b], names[a]] = count
        return matrix

    def sectors_by_section(self, freq: str = "Y") -> pd.DataFrame:
        """The companies counted (sum of ``count``) per ОКВЭД section and period of
        publication; counts without ОКВЭД codes are under ``?``."""
        rows = self.sql("""
            SELECT a.published, coalesce(section, '?') AS section, s.count
            FROM (SELECT article_id, count, unnest(coalesce(okved_sections, [NULL])) AS section
                  FROM sector_counts) s
            JOIN articles a USING (article_id)
            WHERE a.published IS NOT NULL AND s.count IS NOT NULL""")
        if rows.empty:
            return pd.DataFrame()
        rows["period"] = pd.to_datetime(rows.published).dt.to_period(freq)
        return rows.pivot_table(index="period", columns="section", values="count",
                                aggfunc="sum", fill_value=0).sort_index()

    def money_by_org(self, n: int = 10, unit: Optional[str] = None) -> pd.DataFrame:
        """Amounts of money put to organizations (the organization named nearest each amount,
        see ``amounts.org_id``): total per organization and currency, largest first."""
        where = "AND m.unit = ?" if unit else ""
        return self.sql(f"""
            SELECT e.name AS organization, m.unit, sum(coalesce(m.value, m.value_max,
                   m.value_min)) AS total, count(*) AS amounts,
                   count(DISTINCT m.article_id) AS articles
            FROM amounts m JOIN entities e ON e.entity_id = m.org_id
            WHERE m.kind = 'money' {where}
            GROUP BY ALL ORDER BY total DESC NULLS LAST LIMIT ?""",
                        ([unit] if unit else []) + [n])

    def role(self, title: str) -> pd.DataFrame:
        """Every article where a person held the role ``title`` (any case): person, role,
        of whom or what, article title and date."""
        return self.sql("""
            SELECT p.name AS person, r.title, r.of, o.name AS of_entity, r.article_id,
                   a.title AS article, a.published
            FROM roles r JOIN articles a USING (article_id)
            LEFT JOIN entities p ON p.entity_id = r.person_id
            LEFT JOIN entities o ON o.entity_id = r.of_id
            WHERE lower(r.title) = lower(?) ORDER BY a.published, r.article_id""", [title])

    def entity(self, name: str) -> pd.DataFrame:
        """Entities whose name contains ``name`` (any case), most named first."""
        return self.sql("SELECT * FROM entities WHERE name ILIKE ? "
                        "ORDER BY article_count DESC", [f"%{name}%"])

    # ---- charts ----

    def plot_top_entities(self, n: int = 10) -> Figure:
        """Bar charts: the ``n`` persons, organizations and places named in the most articles."""
        top = self.top_entities(n)
        fig = Figure(figsize=(14, 0.35 * max(n, 3) + 1.4), layout="constrained")
        for ax, (type, label) in zip(fig.subplots(1, 3), (("PER", "persons"),
                                                          ("ORG", "organizations"),
                                                          ("LOC", "places"))):
            rows = top[top.type == type].iloc[::-1]
            ax.set_title(f"top {label}")
            if rows.empty:
                _empty(ax, f"no {label}")
                continue
            ax.barh(range(len(rows)), rows.article_count, color=BAR)
            ax.set_yticks(range(len(rows)), [_short(str(x), 32) for x in rows.name])
            ax.set_xlabel("articles")
        return fig

    def plot_timeline(self, n: int = 5, freq: str = "M") -> Figure:
        """Lines: mentions per period of the top ``n`` entities (and of all, dashed)."""
        table = self.timeline(n, freq)
        fig, ax = _titled("mentions by publication date", (11, 4))
        if table.empty:
            _empty(ax, "no dated articles")
            return fig
        x = table.index.to_timestamp()
        ax.plot(x, table["all"], "k--", label="all entities", alpha=0.6)
        for column in table.columns[1:]:
            ax.plot(x, table[column], marker="o", label=_short(str(column), 32))
        ax.set_ylabel("mentions")
        ax.legend(fontsize=8)
        return fig

    def plot_cooccurrence(self, n: int = 10) -> Figure:
        """A heat map: articles shared by each pair of the top ``n`` entities."""
        matrix = self.cooccurrence(n)
        fig, ax = _titled("articles naming both (top entities)", (8, 7))
        if matrix.empty:
            _empty(ax, "no entities")
            return fig
        image = ax.imshow(matrix.to_numpy(), cmap="Blues")
        labels = [_short(str(x), 24) for x in matrix.index]
        ax.set_xticks(range(len(labels)), labels, rotation=60, ha="right", fontsize=8)
        ax.set_yticks(range(len(labels)), labels, fontsize=8)
        fig.colorbar(image, ax=ax, shrink=0.7)
        return fig

    def plot_sectors(self, freq: str = "Y") -> Figure:
        """Stacked bars: companies counted per ОКВЭД section and period."""
        table = self.sectors_by_section(freq)
        fig, ax = _titled("sector counts by ОКВЭД section", (11, 4))
        if table.empty:
            _empty(ax, "no sector counts in dated articles")
            return fig
        bottom = None
        labels = [str(p) for p in table.index]
        for section in table.columns:
            values = table[section].to_numpy(dtype=float)
            ax.bar(labels, values, bottom=bottom, label=str(section))
            bottom = values if bottom is None else bottom + values
        ax.set_ylabel("companies counted")
        ax.legend(title="section", fontsize=8)
        return fig

    def plot_money(self, n: int = 10, unit: str = "RUB") -> Figure:
        """Bars: money put to the ``n`` organizations with the most, in one currency."""
        table = self.money_by_org(n, unit).iloc[::-1]
        fig, ax = _titled(f"money by organization ({unit})", (11, 0.35 * max(len(table), 3) + 1.4))
        if table.empty:
            _empty(ax, f"no amounts in {unit} near an organization")
            return fig
        ax.barh(range(len(table)), table.total, color=BAR)
        ax.set_yticks(range(len(table)), [_short(str(x), 40) for x in table.organization])
        ax.set_xscale("log")
        ax.set_xlabel(unit)
        return fig

    def charts(self) -> dict[str, Figure]:
        """All charts by name, in the order they are shown."""
        return {"top entities": self.plot_top_entities(),
                "mentions over time": self.plot_timeline(),
                "co-occurrence": self.plot_cooccurrence(),
                "sector counts by ОКВЭД section": self.plot_sectors(),
                "money by organization": self.plot_money()}


def open_index(path: Union[str, Path]) -> DumpIndex:
    """An index written by ``rufacts index``: a DuckDB file or a Parquet directory."""
    return DumpIndex(path)


def is_index(path: Union[str, Path]) -> bool:
    """Whether ``path`` is an index ``rufacts index`` wrote (a DuckDB file or Parquet folder)."""
    path = Path(path)
    if path.is_dir():
        return (path / "articles").is_dir()
    with open(path, "rb") as file:
        return file.read(12)[8:12] == b"DUCK"


def index_report_html(ix: DumpIndex, title: Optional[str] = None, n: int = 15) -> str:
    """One self-contained HTML page of an index: counts, the charts, the top tables."""
    import base64
    import html

    from .charts import figure_png

    counts = {t: ix.con.execute(f"SELECT count(*) FROM {t}").fetchall()[0][0]
              for t in PUBLIC if t != "co_occurrence"}
    errors = ix.con.execute("SELECT count(*) FROM articles WHERE error_kind IS NOT NULL"
                            ).fetchall()[0][0]
    title = title or f"rufacts index: {ix.path.name}"
    parts = [f"<!doctype html><html><head><meta charset='utf-8'><title>{html.escape(title)}"
             "</title><style>body{font-family:sans-serif;margin:2em}table{border-collapse:"
             "collapse}td,th{border:1px solid #ccc;padding:2px 6px}img{max-width:100%}"
             f"</style></head><body><h1>{html.escape(title)}</h1><p>"
             + " · ".join(f"<b>{v}</b> {k.replace('_', ' ')}" for k, v in counts.items())
             + f" · <b>{errors}</b> articles with errors</p>"]
    for name, fig in ix.charts().items():
        png = base64.b64encode(figure_png(fig)).decode("ascii")
        parts.append(f"<h2>{html.escape(name)}</h2><img alt='{html.escape(name)}' "
                     f"src='data:image/png;base64,{png}'>")
    for name, frame in (("top entities", ix.top_entities(n)),
                        ("money by organization", ix.money_by_org(n)),
                        ("sector counts by ОКВЭД section", ix.sectors_by_section())):
        parts.append(f"<h2>{html.escape(name)}</h2>" + frame.to_html(na_rep="", border=0))
    parts.append("</body></html>")
    return "\n".join(parts)


def cmd_index_report(args: "object") -> int:
    """``rufacts report INDEX -o report.html``: the page of an index (no article texts)."""
    import sys

    output = Path(getattr(args, "output", None) or Path(str(args.input).rstrip("/")
                                                         ).with_suffix(".html"))
    ix = open_index(args.input)
    try:
        output.write_text(index_report_html(ix, getattr(args, "title", None)), encoding="utf-8")
    finally:
        ix.close()
    print(f"rufacts: wrote {output}", file=sys.stderr)
    return 0
