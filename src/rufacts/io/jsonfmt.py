"""JSON inputs: JSONL / NDJSON (one object per line) and JSON arrays, streamed.

Neither is ever read whole: JSONL goes line by line (records end at ``\\n``
only, as the format says), a JSON array (or a file of concatenated JSON
objects) is decoded element by element from a sliding buffer, so a dump of any
size is read in bounded memory. A broken array element is one error record: the
reader resynchronizes on the next element that decodes.
"""
from __future__ import annotations

import json
import re
from typing import Any, Iterator, Optional, TextIO

from .compressed import STREAM_ERRORS, confirm_end
from .encoding import TooDeep, clean_scalar, clean_strings, has_undecodable
from .records import (
    BAD_JSON, BAD_RECORD, DECODE, IO_ERROR, Fields, InputRecord, record_from_mapping,
)

#: Characters read at a time by the JSON readers.
CHUNK_CHARS = 1 << 20
#: A JSON array element or JSONL line longer than this (in characters) is given up on as broken.
MAX_ELEMENT_CHARS = 256 << 20
_WS = " \t\r\n"
#: Where a broken array element may end: a comma, then the next object's ``{``.
_NEXT_OBJECT = re.compile(r",[ \t\r\n]*(?=\{)")
#: Candidate resynchronization points tried per broken element.
MAX_RESYNC_TRIES = 1000
_DECODER = json.JSONDecoder(parse_constant=lambda name: None)  # NaN, Infinity: null


def loads(text: str) -> tuple[Any, Optional[str]]:
    """(value, None) of a JSON text, or (None, why it is not one); never raises.

    >>> loads('{"a": NaN}'), loads('[1, 2')[1]
    (({'a': None}, None), "Expecting ',' delimiter (column 6)")
    """
    try:
        return _DECODER.decode(text), None
    except json.JSONDecodeError as exc:
        return None, f"{exc.msg} (column {exc.colno})"
    except RecursionError:
        return None, "nested too deeply to parse"
    except ValueError as exc:  # e.g. an integer of more than 4,300 digits
        return None, str(exc)


def _from_data(data: object, fallback_id: str, source: str, fields: Fields) -> InputRecord:
    try:
        record = record_from_mapping(data, fallback_id, source, fields)
        record.id = clean_scalar(record.id)
        record.meta = clean_strings(record.meta)
        return record
    except (TooDeep, RecursionError, ValueError) as exc:
        record_id = fallback_id
        if isinstance(data, dict):  # keep the id the record names, where it can be read
            record_id = _readable_id(data, fields) or fallback_id
        return InputRecord(record_id, None, {"source": source},
                           (BAD_RECORD, f"{type(exc).__name__}: {exc}"))


def _readable_id(data: dict, fields: Fields) -> Optional[str]:
    for name in fields.id:
        value = data.get(name)
        if isinstance(value, str) and value:
            return clean_scalar(value)
        if isinstance(value, (int, float, bool)):
            return json.dumps(clean_scalar(value))
    return None


def _id_pattern(name: str) -> re.Pattern:
    return re.compile(r'"' + re.escape(name) + r'"[ \t]*:[ \t]*'
                      r'("(?:[^"\\\n]|\\.){1,2000}"|-?[0-9]{1,100}(?:\.[0-9]{1,100})?(?![0-9])'
                      r'|true|false)')


def broken_line_id(line: str, fields: Fields, fallback_id: str) -> str:
    """The id a broken JSON line still names (its first id field), else ``fallback_id``.

    >>> broken_line_id('{"id": "a-1", "text": "cut', Fields(), "f:1")
    'a-1'
    >>> broken_line_id('{"id": 17, "text": ', Fields(), "f:1")
    '17'
    >>> broken_line_id('{"x', Fields(), "f:1")
    'f:1'
    """
    for name in fields.id:
        match = _id_pattern(name).search(line, 0, 1 << 16)
        if match:
            value, error = loads(match[1])
            if error is None and value != "":
                return clean_scalar(value) if isinstance(value, str) else json.dumps(value)
    return fallback_id


def _split_lines(text: TextIO, chunk_chars: int = CHUNK_CHARS) -> Iterator[Optional[str]]:
    """The lines of a text stream, split at ``\\n`` only (without it); ``None`` for a line
    over :data:`MAX_ELEMENT_CHARS` (skipped to its end). A read error propagates, and the
    partial line before it is not yielded."""
    pending: list[str] = []
    size, too_long = 0, False
    while True:
        chunk = text.read(chunk_chars)
        if not chunk:
            confirm_end(text)  # a damaged compressed stream raises here: its cut line is dropped
            break
        start = 0
        while (end := chunk.find("\n", start)) >= 0:
            if too_long:
                yield None
            else:
                pending.append(chunk[start:end])
                yield "".join(pending)
            pending, size, too_long, start = [], 0, False, end + 1
        if start < len(chunk) and not too_long:
            pending.append(chunk[start:])
            size += len(chunk) - start
            if size > MAX_ELEMENT_CHARS:
                pending, too_long = [], True
    if too_long:
        yield None
    elif pending:
        yield "".join(pending)


def read_jsonl_stream(text: TextIO, name: str, source: str, fields: Fields,
                      encoding: str = "utf-8") -> Iterator[InputRecord]:
    """One record per non-blank line; a broken line becomes an error record.

    The fallback id of a line is ``NAME:LINE`` (1-based line number); a broken
    line keeps the id it names where that can still be read. Records end at
    ``\\n`` only; a line of other whitespace (``\\x0b``, U+2028, ...) is no JSON:
    a ``bad_json`` record. A byte-order mark at the start of a line is dropped.
    """
    lineno = 0
    try:
        for lineno, line in enumerate(_split_lines(text), 1):
            fallback_id = f"{name}:{lineno}"
            if line is None:
                yield InputRecord(fallback_id, None, {"source": source},
                                  (BAD_JSON, f"line {lineno}: over {MAX_ELEMENT_CHARS} characters"))
                continue
            line = line.lstrip("\ufeff")
            if not line.strip(_WS):
                continue
            if has_undecodable(line):
                yield InputRecord(broken_line_id(line, fields, fallback_id), None,
                                  {"source": source},
                                  (DECODE, f"line {lineno}: bytes that are not valid {encoding}"))
                continue
            data, error = loads(line)
            if error is not None:
                yield InputRecord(broken_line_id(line, fields, fallback_id), None,
                                  {"source": source}, (BAD_JSON, f"line {lineno}: {error}"))
                continue
            yield _from_data(data, fallback_id, source, fields)
    except STREAM_ERRORS as exc:  # truncated or corrupt compressed data
        yield InputRecord(f"{name}:{lineno + 1}", None, {"source": source},
                          (IO_ERROR, f"reading stopped after line {lineno}: "
                                     f"{type(exc).__name__}: {exc}"))


class _Buffer:
    """A sliding window over a text stream for incremental JSON decoding."""

    def __init__(self, text: TextIO, chunk_chars: int = CHUNK_CHARS) -> None:
        self.text, self.buf, self.pos, self.eof = text, "", 0, False
        self.chunk_chars = chunk_chars

    def fill(self) -> None:
        chunk = self.text.read(self.chunk_chars)
        if not chunk:
            confirm_end(self.text)
        self.eof = not chunk
        self.buf = self.buf[self.pos:] + chunk
        self.pos = 0

    def skip_ws(self) -> str:
        """The next non-whitespace character ('' at the end of the stream)."""
        while True:
            while self.pos < len(self.buf) and self.buf[self.pos] in _WS:
                self.pos += 1
            if self.pos < len(self.buf):
                return self.buf[self.pos]
            if self.eof:
                return ""
            self.fill()


def _decode_at(buf: str, pos: int) -> tuple[Any, int, Optional[Exception]]:
    try:
        data, end = _DECODER.raw_decode(buf, pos)
        return data, end, None
    except (ValueError, RecursionError) as exc:
        return None, pos, exc


def _message(exc: Exception) -> str:
    if isinstance(exc, json.JSONDecodeError):
        return exc.msg
    if isinstance(exc, RecursionError):
        return "nested too deeply to parse"
    return str(exc)


def _may_need_more(exc: Exception, buf: str) -> bool:
    """True if decoding may have failed only because the buffer ends too soon."""
    if not isinstance(exc, json.JSONDecodeError):
        return False
    return exc.pos >= len(buf) - 1 or exc.msg.startswith("Unterminated string")


def _resync(buf: str, start: int, eof: bool) -> Optional[int]:
    """Where the element broken at ``start`` ends: the comma before the next object that
    decodes and is followed by ``,`` or ``]``; None if there is none in ``buf`` yet."""
    for tries, match in enumerate(_NEXT_OBJECT.finditer(buf, start + 1)):
        if tries >= MAX_RESYNC_TRIES:
            break
        _, end, error = _decode_at(buf, match.end())
        if error is not None:
            continue
        rest = buf[end:end + 64].lstrip(_WS)
        if rest[:1] in (",", "]") or (not rest and eof and end == len(buf)):
            return match.start()
    return None


def read_json_stream(text: TextIO, name: str, source: str, fields: Fields,
                     encoding: str = "utf-8",
                     chunk_chars: int = CHUNK_CHARS) -> Iterator[InputRecord]:
    """Records of a JSON array of objects, or of concatenated JSON objects.

    The fallback id of an element is ``NAME:N`` (1-based element number). A
    broken element is one ``bad_json`` error record; reading goes on at the next
    object that decodes. When none does, the rest of the file is that one record.
    """
    reader = _Buffer(text, chunk_chars)
    index = 0

    def broken(message: str, raw: str = "") -> InputRecord:
        return InputRecord(broken_line_id(raw, fields, f"{name}:{index}"), None,
                           {"source": source}, (BAD_JSON, f"element {index}: {message}"))

    try:
        reader.fill()
        in_array = reader.skip_ws() == "["
        if in_array:
            reader.pos += 1
        while True:
            char = reader.skip_ws()
            if in_array and index and char == ",":
                reader.pos += 1
                char = reader.skip_ws()
            elif in_array and char == "]":
                return
            if char == "":
                if in_array:
                    index += 1
                    yield broken("the array is not closed")
                return
            data, end, error = _decode_at(reader.buf, reader.pos)
            if error is None and end == len(reader.buf) and not reader.eof:
                error = json.JSONDecodeError("maybe cut at the buffer's end", reader.buf, end)
            if error is not None:
                if not reader.eof and _may_need_more(error, reader.buf) and \
                        len(reader.buf) - reader.pos < MAX_ELEMENT_CHARS:
                    reader.fill()
                    continue
                index += 1
                resume = _resync(reader.buf, reader.pos, reader.eof)
                while resume is None and not reader.eof and \
                        len(reader.buf) - reader.pos < MAX_ELEMENT_CHARS:
                    reader.fill()
                    resume = _resync(reader.buf, reader.pos, reader.eof)
                raw = reader.buf[reader.pos:reader.pos + (1 << 16)]
                if resume is None:
                    yield broken(_message(error) + "; the rest of the input is not read", raw)
                    return
                yield broken(_message(error), raw)
                reader.pos = resume
                continue
            raw, reader.pos = reader.buf[reader.pos:end], end
            index += 1
            if has_undecodable(raw):
                yield InputRecord(f"{name}:{index}", None, {"source": source},
                                  (DECODE, f"element {index}: bytes that are not valid {encoding}"))
            else:
                yield _from_data(data, f"{name}:{index}", source, fields)
    except STREAM_ERRORS as exc:  # truncated or corrupt compressed data
        yield InputRecord(f"{name}:{index + 1}", None, {"source": source},
                          (IO_ERROR, f"reading stopped after element {index}: "
                                     f"{type(exc).__name__}: {exc}"))
