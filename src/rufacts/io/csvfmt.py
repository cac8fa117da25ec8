"""CSV and TSV inputs with a header row (Lenta.ru, Taiga metadata, news_viz dumps).

The first row names the fields. Fields may be of any size (the csv module's
field size limit is lifted). ``.tsv`` is tab-separated; for ``.csv`` the
separator is read off the header line (Taiga's ``newmetadata.csv`` is
tab-separated despite its name).
"""
from __future__ import annotations

import csv
import sys
from typing import Iterator, Optional, TextIO

from .encoding import STREAM_ERRORS, clean_strings, has_undecodable
from .records import BAD_RECORD, DECODE, IO_ERROR, Fields, InputRecord, record_from_mapping

DELIMITERS = (",", "\t", ";", "|")


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


def read_csv_stream(text: TextIO, name: str, source: str, fields: Fields,
                    delimiter: Optional[str] = None,
                    encoding: str = "utf-8") -> Iterator[InputRecord]:
    """One record per data row; fallback id ``NAME:ROW`` (1-based, header not counted).

    A row with more values than the header keeps the extra ones in
    ``meta.extra_fields``; a row that the csv module rejects becomes an error record.
    """
    _lift_field_limit()
    row_no = 0
    try:
        header_line = text.readline()
        if not header_line:
            return
        if delimiter is None:
            delimiter = sniff_delimiter(header_line)
        header = next(csv.reader([header_line], delimiter=delimiter))
        header = [clean_strings(h.strip().lstrip("\ufeff")) for h in header]
        reader = csv.reader(text, delimiter=delimiter)
        while True:
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                row_no += 1
                yield InputRecord(f"{name}:{row_no}", None, {"source": source},
                                  (BAD_RECORD, f"row {row_no} (line {reader.line_num}): {exc}"))
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
                          (IO_ERROR, f"reading stopped after row {row_no}: {exc}"))
