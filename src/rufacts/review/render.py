"""One article as HTML: the text with every fact highlighted in place, a legend, a fact table.

The highlighting follows displaCy's ``style="span"``: every fact gets a coloured bar under
its characters, overlapping facts stack their bars in slots, and a label marks where a fact
starts. It works on character offsets of the JSON record, so the text is shown exactly as
the offsets see it (line breaks, quotes and spacing included) and a mention that starts or
ends inside a token is still shown right. :func:`displacy_data` gives the same facts in
displaCy's own manual format for those who want spaCy's renderer.

    >>> record = {"id": "x", "text": "Мэр Москвы", "meta": {},
    ...           "locations": [{"name": "Москва",
    ...                          "mentions": [{"start": 4, "stop": 10, "text": "Москвы"}]}]}
    >>> print(highlight_html(record))  # doctest: +ELLIPSIS
    <div class="rf-text" ...>Мэр <span class="rf-m rf-LOC rf-start" ...>Москвы</span></div>
"""
from __future__ import annotations

import html
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Mapping, Union

from ..facts import Article
from .record import TYPES, DisplayFact, as_record, display_facts, error_of, title_of

#: bar colour of each fact type (background tints are derived from it)
COLORS: dict[str, str] = {
    "PER": "#7c4dff",
    "ORG": "#00897b",
    "LOC": "#ef6c00",
    "ROLE": "#3f51b5",
    "DATE": "#2e7d32",
    "AMOUNT": "#c2185b",
    "SECTOR": "#8d6e63",
}
_ORDER = {name: i for i, name in enumerate(TYPES)}
SLOT_STEP = 5  # px between stacked bars


def _tint(color: str, alpha: float = 0.13) -> str:
    r, g, b = (int(color[i:i + 2], 16) for i in (1, 3, 5))
    return f"rgba({r}, {g}, {b}, {alpha})"


def _style() -> str:
    rules = [
        ".rf-article{font-family:-apple-system,'Segoe UI',Helvetica,Arial,'DejaVu Sans',"
        "sans-serif;font-size:15px;color:#1b1b1b;margin:0 0 2.5em 0;}",
        ".rf-title{font-size:1.3em;font-weight:600;margin:0 0 .2em 0;}",
        ".rf-meta{color:#666;font-size:.85em;margin-bottom:.6em;word-break:break-all;}",
        ".rf-error{background:#fdecea;border-left:4px solid #c62828;padding:.4em .7em;"
        "margin:.4em 0;}",
        ".rf-legend{display:flex;flex-wrap:wrap;gap:.3em .9em;font-size:.85em;margin:.3em 0 .8em;}",
        ".rf-key{white-space:nowrap;} .rf-key.rf-none{opacity:.45;}",
        ".rf-swatch{display:inline-block;width:.9em;height:.9em;border-radius:2px;"
        "vertical-align:-.1em;margin-right:.3em;}",
        ".rf-body{display:flex;flex-wrap:wrap;gap:1.5em;align-items:flex-start;}",
        ".rf-text{flex:3 1 440px;min-width:0;white-space:pre-wrap;overflow-wrap:anywhere;}",
        ".rf-side{flex:2 1 340px;min-width:0;overflow-x:auto;}",
        ".rf-m{border-bottom:3px solid transparent;}",
        ".rf-start::before{content:attr(data-label);font-size:.62em;font-weight:700;"
        "line-height:1;vertical-align:.75em;padding:1px 3px;margin-right:2px;border-radius:3px;"
        "color:#fff;white-space:nowrap;}",
        "table.rf-facts{border-collapse:collapse;font-size:.85em;width:100%;}",
        ".rf-facts th,.rf-facts td{border-bottom:1px solid #e3e3e3;padding:3px 6px;"
        "text-align:left;vertical-align:top;}",
        ".rf-facts th{background:#f5f5f5;} .rf-facts td:first-child{white-space:nowrap;}",
        ".rf-details{color:#666;font-size:.9em;}",
        ".rf-off{color:#888;font-size:.85em;white-space:nowrap;}",
        ".rf-notext{color:#666;font-style:italic;}",
    ]
    for name, color in COLORS.items():
        rules.append(f".rf-m.rf-{name}{{border-bottom-color:{color};background:{_tint(color)};}}")
        rules.append(f".rf-{name}.rf-start::before{{background:{color};}}")
        rules.append(f".rf-swatch.rf-{name}{{background:{color};}}")
    return "\n".join(rules)


#: the CSS every rendered article needs (all classes are prefixed ``rf-``)
STYLE = _style()


def _esc(value: Any) -> str:
    return html.escape(str(value), quote=True)


@dataclass
class _Span:
    start: int
    stop: int
    fact: DisplayFact
    slot: int = 0


def _spans(text: str, facts: list[DisplayFact]) -> list[_Span]:
    """Valid spans sorted by start, longer first, each given the lowest free bar slot."""
    spans = [_Span(start, stop, fact) for fact in facts for start, stop, _ in fact.spans
             if 0 <= start < stop <= len(text)]
    spans.sort(key=lambda s: (s.start, -(s.stop - s.start), _ORDER[s.fact.type]))
    active: list[_Span] = []
    for span in spans:
        active = [a for a in active if a.stop > span.start]
        used = {a.slot for a in active}
        span.slot = next(slot for slot in range(1, len(used) + 2) if slot not in used)
        active.append(span)
    return spans


def _label(fact: DisplayFact) -> str:
    return f"{fact.type} {fact.normal}" if fact.type in ("DATE", "AMOUNT") else fact.type


def _open(span: _Span, first: bool) -> str:
    fact = span.fact
    classes = f"rf-m rf-{fact.type}" + (" rf-start" if first else "")
    label = f' data-label="{_esc(_label(fact))}"' if first else ""
    tip = f"{TYPES[fact.type]}: {fact.normal}" + (f" ({fact.details})" if fact.details else "")
    pad = 1 + (span.slot - 1) * SLOT_STEP
    return (f'<span class="{classes}" data-type="{fact.type}" data-fact="{fact.key}"{label}'
            f'{_entity_attr(fact)} title="{_esc(tip)}" style="padding-bottom:{pad}px">')


#: fact types that are entities, named the same across articles (``data-entity``)
ENTITY_TYPES = ("PER", "ORG", "LOC")


def entity_id(fact: DisplayFact) -> str | None:
    """``"PER:Сергей Собянин"``: one id for the same entity in every article of a dump."""
    return f"{fact.type}:{fact.normal}" if fact.type in ENTITY_TYPES else None


def _entity_attr(fact: DisplayFact) -> str:
    entity = entity_id(fact)
    return f' data-entity="{_esc(entity)}"' if entity else ""


def highlight_html(record: Union[Mapping[str, Any], Article]) -> str:
    """The article text as HTML with every fact's characters marked.

    Each piece of a fact is a ``<span class="rf-m rf-TYPE" data-type data-fact>``; a fact cut
    by another fact's boundary has several pieces with the same ``data-fact``. Labels are CSS
    (``::before``), so the element's text is exactly the article text.
    """
    record = as_record(record)
    text = record.get("text")
    if text is None:
        return '<div class="rf-text rf-notext">(the record carries no text: --no-text)</div>'
    spans = _spans(text, display_facts(record))
    starts: dict[int, list[_Span]] = {}
    for span in spans:
        starts.setdefault(span.start, []).append(span)
    bounds = sorted({0, len(text), *(s.start for s in spans), *(s.stop for s in spans)})
    out: list[str] = []
    active: list[_Span] = []
    for a, b in zip(bounds, bounds[1:]):
        active = [s for s in active if s.stop > a] + starts.get(a, [])
        piece = html.escape(text[a:b], quote=False)
        if not active:
            out.append(piece)
            continue
        layered = sorted(active, key=lambda s: -s.slot)  # lowest bar innermost
        out += [_open(s, s.start == a) for s in layered]
        out.append(piece)
        out.append("</span>" * len(layered))
    slots = max((s.slot for s in spans), default=1)
    line = f"calc(1.9em + {(slots - 1) * SLOT_STEP}px)"
    return f'<div class="rf-text" style="line-height:{line}">{"".join(out)}</div>'


def legend_html(record: Union[Mapping[str, Any], Article]) -> str:
    """Colour key of every fact type with the number of facts of that type."""
    counts = dict.fromkeys(TYPES, 0)
    for fact in display_facts(as_record(record)):
        counts[fact.type] += 1
    keys = [f'<span class="rf-key{"" if n else " rf-none"}" data-type="{name}">'
            f'<span class="rf-swatch rf-{name}"></span>{TYPES[name]} <b>{n}</b></span>'
            for name, n in counts.items()]
    return f'<div class="rf-legend">{"".join(keys)}</div>'


def facts_table_html(record: Union[Mapping[str, Any], Article]) -> str:
    """A table with one row per fact: type, normal form or value, mentions with offsets."""
    rows = []
    for fact in display_facts(as_record(record)):
        mentions = ", ".join(f'«{_esc(t)}» <span class="rf-off">{s}–{e}</span>'
                             for s, e, t in fact.spans)
        details = f'<div class="rf-details">{_esc(fact.details)}</div>' if fact.details else ""
        rows.append(f'<tr data-type="{fact.type}" data-fact="{fact.key}"{_entity_attr(fact)}>'
                    f'<td><span class="rf-swatch rf-{fact.type}"></span>{TYPES[fact.type]}</td>'
                    f'<td class="rf-normal">{_esc(fact.normal)}{details}</td>'
                    f"<td>{mentions}</td></tr>")
    if not rows:
        rows.append('<tr><td colspan="3" class="rf-notext">no facts</td></tr>')
    return ('<table class="rf-facts"><thead><tr><th>type</th><th>fact / value</th>'
            f'<th>mentions (offsets)</th></tr></thead><tbody>{"".join(rows)}</tbody></table>')


def meta_html(record: Mapping[str, Any]) -> str:
    """id, publication date, url (as text, never a link) and source of an article."""
    meta = record.get("meta") or {}
    parts = [f"id {record.get('id')}"]
    parts += [str(meta[key]) for key in ("published", "url", "source") if meta.get(key)]
    return f'<div class="rf-meta">{" · ".join(_esc(p) for p in parts)}</div>'


def article_html(record: Union[Mapping[str, Any], Article], heading: str = "div",
                 anchor: str | None = None) -> str:
    """The whole article block: title, meta, error, legend, highlighted text beside the table.

    ``heading`` is the title's tag; ``anchor`` becomes the block's ``id`` attribute.
    """
    record = as_record(record)
    error = error_of(record)
    error_html = f'<div class="rf-error">error {_esc(error)}</div>' if error else ""
    id_attr = f' id="{_esc(anchor)}"' if anchor else ""
    facts = display_facts(record)
    # what the report's filters and sorting read
    data = (f' data-facts="{len(facts)}" data-types="{" ".join(sorted({f.type for f in facts}))}"'
            + (' data-error="1"' if error else ""))
    return (f'<article class="rf-article"{id_attr} data-id="{_esc(record.get("id"))}"{data}>'
            f'<{heading} class="rf-title">{_esc(title_of(record))}</{heading}>'
            f"{meta_html(record)}{error_html}{legend_html(record)}"
            f'<div class="rf-body">{highlight_html(record)}'
            f'<div class="rf-side">{facts_table_html(record)}</div></div></article>')


class ArticleView:
    """One article rendered for people: displays itself in Jupyter, or save it as a page."""

    def __init__(self, record: Union[Mapping[str, Any], Article]) -> None:
        self.record = as_record(record)

    @property
    def html(self) -> str:
        """The article block (needs :data:`STYLE`)."""
        return article_html(self.record)

    def _repr_html_(self) -> str:
        return f"<style>{STYLE}</style>{self.html}"

    def page(self) -> str:
        """A standalone HTML document of this article (no network resources)."""
        return (f'<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8">'
                f"<title>{_esc(title_of(self.record))}</title><style>{STYLE}</style></head>"
                f'<body style="margin:2em">{article_html(self.record, heading="h1")}</body></html>')

    def save(self, path: Union[str, Path]) -> Path:
        """Write :meth:`page` to ``path`` (UTF-8) and return the path."""
        path = Path(path)
        path.write_text(self.page(), encoding="utf-8")
        return path

    def __repr__(self) -> str:
        return f"<ArticleView {self.record.get('id')!r}: {len(display_facts(self.record))} facts>"


def show(record: Union[Mapping[str, Any], Article]) -> ArticleView:
    """Render one article (a JSON record or an :class:`Article`) with its facts highlighted.

    In Jupyter the returned object displays itself; elsewhere use ``.html`` or ``.save()``.
    """
    return ArticleView(record)


def displacy_data(record: Union[Mapping[str, Any], Article]) -> dict[str, Any]:
    """The record's facts in displaCy's manual format for ``style="span"``.

    ``spacy.displacy.render(displacy_data(record), style="span", manual=True)`` renders
    them with spaCy's own renderer (it shows tokens separated by single spaces). Tokens are
    the text's non-space runs, cut at every fact boundary, so each fact is whole tokens.
    """
    record = as_record(record)
    text = record.get("text") or ""
    spans = _spans(text, display_facts(record))
    cuts = {0, len(text), *(s.start for s in spans), *(s.stop for s in spans)}
    cuts.update(i for i, ch in enumerate(text) if ch.isspace())
    cuts.update(i + 1 for i, ch in enumerate(text) if ch.isspace())
    bounds = sorted(cuts)
    pieces = [(a, b) for a, b in zip(bounds, bounds[1:]) if not text[a:b].isspace()]
    first_at = {a: i for i, (a, _) in enumerate(pieces)}
    end_at = {b: i + 1 for i, (_, b) in enumerate(pieces)}
    return {
        "text": text,
        "tokens": [text[a:b] for a, b in pieces],
        "spans": [{"start_token": first_at[s.start], "end_token": end_at[s.stop],
                   "label": s.fact.type, "kb_id": "", "kb_url": "#"}
                  for s in spans if s.start in first_at and s.stop in end_at],
        "title": title_of(record),
    }
