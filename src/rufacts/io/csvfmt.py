"""CSV and TSV inputs with a header row (Lenta.ru, Taiga metadata, news_viz dumps).

The first row names the fields. Fields may be of any size (the csv module's
field size limit is lifted). ``.tsv`` is tab-separated and reads quotes
literally (``"word"`` stays ``"word"``; ``quoting=True`` reads them as CSV
quotes); for ``.csv`` the separator is read off the header line (Taiga's
``newmetadata.csv`` is tab-separated despite its name).

A quoted CSV field may hold line breaks. One whose quote is never closed would
swallow the rows after it: a row that runs over :data:`MAX_ROW_LINES` lines, or
past the end of the file inside quotes, or that spans lines and has more
values than the header, is reported as a ``bad_record`` and the lines after its
first one are read again as rows of their own.
"""
from __future__ import annotations

import csv
import sys
from collections import deque
from typing import Iterator, Optional, TextIO

from .compressed import STREAM_ERRORS, confirm_end
from .encoding import clean_strings, has_undecodable
from .records import BAD_RECORD, DECODE, IO_ERROR, Fields, InputRecord, record_from_mapping

DELIMITERS = (",", "\t", ";", "|")
#: A quoted field spanning more lines than this is taken for an unclosed quote.
MAX_ROW_LINES = 1000


def _lift_field_limit() -> None:
    limit = sys.maxsize
    while True:  # the limit is a C long, smaller than sys.maxsize on some platforms
        try:
            csv.field_size_limit(limit)
            return
        except OverflowError:
            limit //= 2


def sniff_delimiter(header: str) -> str:
    """The separator of a header line: the most frequent of , TAB ; | (ties: the first).

    >>> sniff_delimiter("textid\\tdate\\ttime\\tsource"), sniff_delimiter("url,title,text,topic")
    ('\\t', ',')
    """
    counts = [(header.count(d), -i, d) for i, d in enumerate(DELIMITERS)]
    return max(counts)[2] if max(counts)[0] else ","


class _RowTooLong(Exception):
    pass


class _Lines:
    """The physical lines of a text stream for ``csv.reader``; the lines of the row being
    read are kept (``row``) so that they can be read again (``push_back``)."""

    def __init__(self, text: TextIO) -> None:
        self.text = text
        self.back: deque[tuple[int, str]] = deque()
        self.row: list[tuple[int, str]] = []
        self.lineno = 0
        self.exhausted = False

    def __iter__(self) -> "_Lines":
        return self

    def __next__(self) -> str:
        if self.back:
            number, line = self.back.popleft()
        else:
            line = self.text.readline()
            if not line or not line.endswith(("\n", "\r")):
                confirm_end(self.text)  # a damaged stream raises here: its cut line is dropped
            if not line:
                self.exhausted = True
                raise StopIteration
            self.lineno += 1
            number = self.lineno
        self.row.append((number, line))
        if len(self.row) > MAX_ROW_LINES:
            raise _RowTooLong
        return line

    def push_back(self) -> None:
        """Read every line of the current row but its first again."""
        self.back.extendleft(reversed(self.row[1:]))
        self.row = []
        self.exhausted = False


def _unclosed(lines: list[tuple[int, str]], delimiter: str) -> bool:
    """True if these lines end inside a quoted field."""
    try:
        list(csv.reader([line for _, line in lines], delimiter=delimiter, strict=True))
    except csv.Error as exc:
        return "unexpected end of data" in str(exc)
    return False


def read_csv_stream(text: TextIO, name: str, source: str, fields: Fields,
                    delimiter: Optional[str] = None, encoding: str = "utf-8",
                    quoting: Optional[bool] = None) -> Iterator[InputRecord]:
    """One record per data row; fallback id ``NAME:ROW`` (1-based, header not counted).

    ``quoting``: read ``"`` as CSV quotes (default: yes unless tab-separated and
    named ``.tsv``, i.e. ``delimiter`` given as TAB). A row with more values
    than the header keeps the extra ones in ``meta.extra_fields``; a row that
    the csv module rejects becomes an error record.
    """
    _lift_field_limit()
    if quoting is None:
        quoting = delimiter != "\t"
    row_no = 0
    lines = _Lines(text)
    try:
        header_line = next(lines, None)
        if header_line is None:
            return
        if delimiter is None:
            delimiter = sniff_delimiter(header_line)
        style = {"delimiter": delimiter} if quoting else {"delimiter": delimiter,
                                                          "quoting": csv.QUOTE_NONE}
        header = next(csv.reader([header_line], **style), [])
        header = [clean_strings(h.strip().lstrip("\ufeff")) for h in header]
        reader = csv.reader(lines, **style)
        while True:
            lines.row = []
            try:
                row = next(reader)
                swallowed = len(lines.row) > 1 and (
                    len(row) > len(header) or (lines.exhausted and _unclosed(lines.row, delimiter)))
            except StopIteration:
                return
            except _RowTooLong:
                row, swallowed = [], True
            except csv.Error as exc:
                row_no += 1
                yield InputRecord(f"{name}:{row_no}", None, {"source": source},
                                  (BAD_RECORD, f"row {row_no} (line {lines.lineno}): {exc}"))
                continue
            if swallowed:
                row_no += 1
                first = lines.row[0][0]
                yield InputRecord(f"{name}:{row_no}", None, {"source": source},
                                  (BAD_RECORD, f"row {row_no} (line {first}): a quote opened here "
                                               "is not closed (the row ran over "
                                               f"{len(lines.row) - 1} line breaks); the lines "
                                               "after it are read as rows again"))
                lines.push_back()
                reader = csv.reader(lines, **style)
                continue
            if not row:
                continue  # a blank line is no record
            row_no += 1
            fallback_id = f"{name}:{row_no}"
            if any(has_undecodable(value) for value in row):
                yield InputRecord(fallback_id, None, {"source": source},
                                  (DECODE, f"row {row_no}: bytes that are not valid {encoding}"))
                continue
            data: dict[str, object] = dict(zip(header, row))
            if len(row) > len(header):
                data["extra_fields"] = row[len(header):]
            record = record_from_mapping(data, fallback_id, source, fields)
            record.meta = clean_strings(record.meta)
            yield record
    except STREAM_ERRORS as exc:  # truncated or corrupt compressed data
        yield InputRecord(f"{name}:{row_no + 1}", None, {"source": source},
                          (IO_ERROR, f"reading stopped after row {row_no}: "
                                     f"{type(exc).__name__}: {exc}"))
