"""Input records and how a field mapping (a JSON object, a CSV row) becomes one.

Every input record becomes exactly one :class:`InputRecord`. One that cannot be
read (undecodable bytes, a broken JSON line, no text) carries an ``error``
(kind, message) instead of text, so the run goes on and the output still has a
record for it.

Field names are configurable (:class:`Fields`); by default the text is the first
non-empty of ``text|body|content``, the id the first of ``id|url``, the title
``title`` and the publication date ``date|published``. Every other field passes
through into ``meta`` unchanged.
"""
from __future__ import annotations

import datetime as _dt
import json
import re
from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping, Optional

from .layout import parse_date_line

#: Error kinds that readers give (the per-record function adds more).
DECODE, BAD_JSON, BAD_RECORD = "decode", "bad_json", "bad_record"
NO_TEXT, IO_ERROR = "no_text", "io"


@dataclass
class InputRecord:
    """One input article: its id, its text (``None`` when unreadable), meta and error.

    A plain-text article file is read as bytes (``raw``, ``text`` None): decoding it
    and reading its layout is left to :func:`rufacts.io.readers.prepare`, which the
    worker runs under the article's time and memory limits.
    """

    id: str
    text: Optional[str]
    meta: dict[str, Any] = field(default_factory=dict)
    error: Optional[tuple[str, str]] = None  # (kind, message)
    raw: Optional[bytes] = None


@dataclass(frozen=True)
class Fields:
    """Which input fields hold the text, the id, the title and the publication date.

    Each is a tuple of names; the first field present and non-empty wins.
    """

    text: tuple[str, ...] = ("text", "body", "content")
    id: tuple[str, ...] = ("id", "url")
    title: tuple[str, ...] = ("title",)
    date: tuple[str, ...] = ("date", "published")

    @classmethod
    def parse(cls, text: Optional[str] = None, id: Optional[str] = None,
              title: Optional[str] = None, date: Optional[str] = None) -> "Fields":
        """Fields from ``a|b|c`` option strings; ``None`` keeps the default.

        >>> Fields.parse(text="body|lead").text
        ('body', 'lead')
        """
        default = cls()

        def split(value: Optional[str], fallback: tuple[str, ...]) -> tuple[str, ...]:
            if value is None:
                return fallback
            return tuple(name.strip() for name in value.split("|") if name.strip())

        return cls(split(text, default.text), split(id, default.id),
                   split(title, default.title), split(date, default.date))


_YMD = re.compile(r"^\s*([0-9]{4})[/.-]([0-9]{1,2})[/.-]([0-9]{1,2})"
                  r"(?:[T ][0-9]{1,2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]+)?)?"
                  r"(?:Z|[+-][0-9]{2}:?[0-9]{2})?)?\s*$")


def normalize_date(value: Any) -> Optional[str]:
    """An ISO date (``YYYY-MM-DD``) from a date field, or ``None`` if it is not one.

    Accepts ``YYYY-MM-DD``, ``YYYY/MM/DD``, ``DD.MM.YYYY``, ISO datetimes
    (``2019-01-05T10:00:00+03:00``, ``2019-01-05 10:00:00``) and the textual
    forms the article layout knows (``5 апреля 2021 г.``).

    >>> [normalize_date(v) for v in ("2019/01/05", "05.01.2019", "2019-01-05T10:00:00Z", "вчера")]
    ['2019-01-05', '2019-01-05', '2019-01-05', None]
    """
    if not isinstance(value, str) or not value.strip():
        return None
    if m := _YMD.match(value):
        try:
            return _dt.date(int(m[1]), int(m[2]), int(m[3])).isoformat()
        except ValueError:
            return None
    return parse_date_line(value)


def first_field(data: Mapping[str, Any], names: Iterable[str]) -> tuple[Optional[str], Any]:
    """The (name, value) of the first field in ``names`` that is present and non-empty."""
    for name in names:
        value = data.get(name)
        if value is not None and value != "":
            return name, value
    return None, None


def record_from_mapping(data: Any, fallback_id: str, source: str,
                        fields: Fields = Fields()) -> InputRecord:
    """The input record of one JSON object or CSV row.

    The id field (else ``fallback_id``) becomes the record id, the title field
    ``meta.title``, the date field ``meta.published`` (ISO when parseable; the
    raw value stays under its own name when it differs), everything else but the
    text passes through into ``meta``; ``meta.source`` names the input.
    """
    if not isinstance(data, Mapping):
        return InputRecord(fallback_id, None, {"source": source},
                           (BAD_RECORD, f"expected a JSON object, got {type(data).__name__}"))
    id_name, raw_id = first_field(data, fields.id)
    record_id = (fallback_id if raw_id is None else raw_id if isinstance(raw_id, str)
                 else json.dumps(raw_id, ensure_ascii=False))  # true, 1.0: as JSON has them
    text_name, text = first_field(data, fields.text)
    meta = {k: v for k, v in data.items()
            if k is not None and k not in fields.text and k != id_name}
    if id_name is not None and id_name != "id":
        meta[id_name] = raw_id  # a url used as the id is still the url
    title_name, title = first_field(data, fields.title)
    if title_name is not None:
        meta.pop(title_name, None)
        meta["title"] = title
    date_name, date = first_field(data, fields.date)
    if date_name is not None:
        published = normalize_date(date)
        if date_name != "published":
            meta[date_name] = date
        elif published != date:
            meta["published_raw"] = date
        meta["published"] = published
    meta.setdefault("source", source)
    if text is None:
        return InputRecord(record_id, None, meta,
                           (NO_TEXT, f"the record has no text field ({'|'.join(fields.text)}) "
                                     "or it is empty"))
    if not isinstance(text, str):
        return InputRecord(record_id, None, meta,
                           (NO_TEXT, f"the text field {text_name!r} is a {type(text).__name__}, "
                                     "not a string"))
    return InputRecord(record_id, text, meta)
