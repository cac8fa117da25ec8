"""Input readers: what users point rufacts at, as a stream of :class:`InputRecord`.

- a folder: every ``*.txt`` below it (also ``*.txt.gz`` and the like), sorted;
  id = the path relative to the folder, without suffixes;
- ``.txt``: one article, the whole file; id = the file name without suffixes;
- ``.jsonl`` / ``.ndjson``: one JSON object per line; ``.json``: an array of
  objects (or concatenated objects);
- ``.csv`` / ``.tsv``: a header row, then one article per row;
- any of these compressed (``.gz``, ``.bz2``, ``.xz``, ``.zst``, by magic bytes);
- ``-``: standard input; JSONL or a JSON array when it starts with ``{`` or
  ``[``, else one plain-text article (id ``stdin``).

A file of another or no extension is sniffed the same way as stdin. Plain-text
articles get ``meta`` from their layout (title, published, url); JSON and CSV
records from their fields (:class:`~rufacts.io.records.Fields`). Readers never
raise on bad data: each bad record becomes an error record.
"""
from __future__ import annotations

from pathlib import Path
from typing import Iterable, Iterator, Optional

from .layout import parse_layout
from .csvfmt import read_csv_stream
from .compressed import (
    COMPRESSED_SUFFIXES, SAMPLE_BYTES, STREAM_ERRORS, InputError, confirm_end, logical_suffix,
    open_binary, peek, strip_suffixes,
)
from .encoding import decode_document, detect_encoding, text_stream
from .jsonfmt import read_json_stream, read_jsonl_stream
from .records import DECODE, IO_ERROR, Fields, InputRecord

#: Input formats by (format) file suffix.
FORMATS: dict[str, str] = {
    ".txt": "txt", ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json",
    ".csv": "csv", ".tsv": "tsv",
}
#: Values of ``--format``.
FORMAT_CHOICES = ("auto", "txt", "jsonl", "json", "csv", "tsv")
_READ_ERRORS: tuple[type[BaseException], ...] = (InputError, *STREAM_ERRORS)
#: A plain-text article file bigger than this many bytes per allowed character is not read.
BYTES_PER_CHAR = 4


def article_meta(text: str, source: str) -> dict[str, object]:
    """meta of a plain-text article: title, published, url from its layout, and source."""
    meta: dict[str, object] = {k: v for k, v in parse_layout(text).items() if v is not None}
    meta["source"] = source
    return meta


def _text_record(data: bytes, record_id: str, source: str) -> InputRecord:
    """A plain-text article as read: its bytes, decoded later by :func:`prepare`."""
    return InputRecord(record_id, None, {"source": source}, raw=data)


def prepare(record: InputRecord) -> InputRecord:
    """``record`` ready for the pipeline: a plain-text article read as bytes is decoded
    and gets ``meta`` from its layout (a ``decode`` error record if it is no text);
    any other record is returned as is. Per-record work: the worker runs it under the
    article's time limit.
    """
    if record.raw is None or record.error is not None:
        return record
    source = str(record.meta.get("source", ""))
    data = record.raw
    text, encoding, error = decode_document(data, source)
    record_id = record.id
    if error is not None or text is None:
        return InputRecord(record_id, None, {"source": source}, (DECODE, error or "undecodable"))
    meta = article_meta(text, source)
    if encoding not in ("utf-8", "utf-8-sig", "ascii"):
        meta["encoding"] = encoding
    return InputRecord(record_id, text, meta)


def read_text_file(path: Path, id: Optional[str] = None,
                   max_chars: Optional[int] = None, prepared: bool = True) -> InputRecord:
    """One plain-text article (the whole, maybe compressed, file); meta from its layout.

    A file over ``max_chars * 4`` bytes is not read whole: it becomes a
    ``too_large`` error record straight away. ``prepared=False``: the article's
    bytes, to be decoded by :func:`prepare` (in the worker).
    """
    record = _read_text_file(path, id, max_chars)
    return prepare(record) if prepared else record


def _read_text_file(path: Path, id: Optional[str] = None,
                    max_chars: Optional[int] = None) -> InputRecord:
    source = str(path)
    record_id = id if id is not None else Path(strip_suffixes(path.name)).name
    limit = None if max_chars is None else max_chars * BYTES_PER_CHAR + 4
    try:
        stream = open_binary(source)
        with stream:
            data = stream.read() if limit is None else stream.read(limit + 1)
            if limit is None or len(data) <= limit:
                confirm_end(stream)  # a cut compressed article is no whole article
    except _READ_ERRORS as exc:
        return InputRecord(record_id, None, {"source": source},
                           (IO_ERROR, f"{type(exc).__name__}: {exc}"))
    if limit is not None and len(data) > limit:
        return InputRecord(record_id, None, {"source": source},
                           ("too_large", f"over {limit} bytes, more than the limit of "
                                         f"{max_chars} characters"))
    return _text_record(data, record_id, source)


def _is_text_article(path: Path) -> bool:
    return path.is_file() and logical_suffix(path.name) == ".txt" and (
        path.suffix.lower() == ".txt" or path.suffix.lower() in COMPRESSED_SUFFIXES)


def read_text_dir(root: Path, max_chars: Optional[int] = None) -> Iterator[InputRecord]:
    """Every ``*.txt`` (maybe compressed) below ``root``, sorted by relative path.

    The id is the path relative to ``root`` without suffixes (``2015/12/a.txt`` -> ``2015/12/a``).
    """
    paths = sorted((p for p in root.rglob("*") if _is_text_article(p)),
                   key=lambda p: p.relative_to(root).as_posix())
    for path in paths:
        yield _read_text_file(path, id=strip_suffixes(path.relative_to(root).as_posix()),
                              max_chars=max_chars)


def sniff_format(sample: bytes) -> str:
    """``jsonl``, ``json`` or ``txt`` from a stream's leading bytes.

    >>> sniff_format(b'  {"id": 1}'), sniff_format(b'[{"id": 1}]'), sniff_format("Мэр".encode())
    ('jsonl', 'json', 'txt')
    """
    encoding = detect_encoding(sample, complete=False) or "utf-8"
    head = sample[:4096].decode(encoding, "replace").lstrip("\ufeff \t\r\n")
    return {"{": "jsonl", "[": "json"}.get(head[:1], "txt")


def format_of(name: str, fmt: str = "auto") -> str:
    """The format of an input file: ``fmt`` unless ``auto``, else by suffix ('' = sniff)."""
    if fmt != "auto":
        return fmt
    return FORMATS.get(logical_suffix(name), "")


def read_stream(name: str, fmt: str, fields: Fields = Fields(),
                max_chars: Optional[int] = None,
                quoting: Optional[bool] = None) -> Iterator[InputRecord]:
    """Records of one file or of stdin (``-``) in format ``fmt`` (``auto``: sniffed).

    ``quoting``: whether CSV/TSV fields may be quoted (default: CSV yes, TSV no).
    """
    source = "<stdin>" if name == "-" else name
    label = "stdin" if name == "-" else Path(name).name
    if fmt in ("auto", ""):
        fmt = format_of(name) if name != "-" else ""
    if fmt == "txt" and name != "-":
        yield _read_text_file(Path(name), max_chars=max_chars)
        return
    stream = open_binary(name)
    try:
        if fmt == "":
            try:
                fmt = sniff_format(peek(stream, SAMPLE_BYTES))
            except STREAM_ERRORS as exc:  # damaged compressed data from its first bytes on
                yield InputRecord(f"{label}:1", None, {"source": source},
                                  (IO_ERROR, f"reading stopped at the start: "
                                             f"{type(exc).__name__}: {exc}"))
                return
        if fmt == "txt":  # stdin, or a sniffed file: one article
            limit = None if max_chars is None else max_chars * BYTES_PER_CHAR + 4
            record_id = "stdin" if name == "-" else strip_suffixes(label)
            try:
                data = stream.read() if limit is None else stream.read(limit + 1)
                if limit is None or len(data) <= limit:
                    confirm_end(stream)
            except STREAM_ERRORS as exc:
                yield InputRecord(record_id, None, {"source": source},
                                  (IO_ERROR, f"{type(exc).__name__}: {exc}"))
                return
            if limit is not None and len(data) > limit:
                yield InputRecord(record_id, None, {"source": source},
                                  ("too_large", f"over {limit} bytes, more than the limit of "
                                                f"{max_chars} characters"))
            else:
                yield _text_record(data, record_id, source)
            return
        try:
            text, encoding = text_stream(stream, newline="", source=source)
        except InputError as exc:
            yield InputRecord(f"{label}:1", None, {"source": source}, (DECODE, str(exc)))
            return
        except STREAM_ERRORS as exc:  # damaged compressed data from its first bytes on
            yield InputRecord(f"{label}:1", None, {"source": source},
                              (IO_ERROR, f"reading stopped at the start: "
                                         f"{type(exc).__name__}: {exc}"))
            return
        if fmt == "jsonl":
            yield from read_jsonl_stream(text, label, source, fields, encoding)
        elif fmt == "json":
            yield from read_json_stream(text, label, source, fields, encoding)
        elif fmt in ("csv", "tsv"):
            yield from read_csv_stream(text, label, source, fields,
                                       delimiter="\t" if fmt == "tsv" else None, encoding=encoding,
                                       quoting=quoting)
        else:
            raise InputError(f"unknown input format {fmt!r}")
    finally:
        if name != "-":
            stream.close()


def _guarded(records: Iterator[InputRecord], name: str) -> Iterator[InputRecord]:
    """``records``, then, should reading fail past them, one ``io`` error record saying where."""
    count = 0
    try:
        for record in records:
            count += 1
            yield record
    except InputError:
        raise
    except Exception as exc:  # noqa: BLE001 - whatever one input does, the run goes on
        label = "stdin" if name == "-" else Path(name).name
        yield InputRecord(f"{label}:{count + 1}", None,
                          {"source": "<stdin>" if name == "-" else name},
                          (IO_ERROR, f"reading stopped after record {count}: "
                                     f"{type(exc).__name__}: {exc}"))


def read_inputs(paths: Iterable[str], fields: Fields = Fields(), fmt: str = "auto",
                max_chars: Optional[int] = None,
                quoting: Optional[bool] = None, prepared: bool = True) -> Iterator[InputRecord]:
    """Records of every input in order: folders, files of any supported format, ``-``.

    ``fmt`` forces one format on every file input (folders are always ``*.txt``);
    ``quoting`` whether CSV/TSV fields may be quoted (default: CSV yes, TSV no).
    ``prepared=False`` leaves plain-text articles as bytes for :func:`prepare`
    (the batch runs it in its workers, under the time limit).
    Raises :class:`InputError` only for an input that cannot be opened at all.
    """
    records = _read_all(paths, fields, fmt, max_chars, quoting)
    return (prepare(r) for r in records) if prepared else records


def _read_all(paths: Iterable[str], fields: Fields, fmt: str, max_chars: Optional[int],
              quoting: Optional[bool]) -> Iterator[InputRecord]:
    for name in paths:
        path = Path(name)
        if name != "-" and path.is_dir():
            yield from _guarded(read_text_dir(path, max_chars=max_chars), name)
        else:
            yield from _guarded(read_stream(name, fmt, fields, max_chars=max_chars,
                                            quoting=quoting), name)
