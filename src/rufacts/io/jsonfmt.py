"""JSON inputs: JSONL / NDJSON (one object per line) and JSON arrays, streamed.

Neither is ever read whole: JSONL goes line by line, a JSON array (or a file of
concatenated JSON objects) is decoded element by element from a sliding
buffer, so a dump of any size is read in bounded memory.
"""
from __future__ import annotations

import json
from typing import Iterator, TextIO

from .encoding import STREAM_ERRORS, clean_strings, has_undecodable
from .records import BAD_JSON, DECODE, IO_ERROR, Fields, InputRecord, record_from_mapping

#: Characters read at a time by the JSON array reader.
CHUNK_CHARS = 1 << 20
#: A JSON array element longer than this (in characters) is given up on as broken.
MAX_ELEMENT_CHARS = 256 << 20
_WS = " \t\r\n"


def _from_data(data: object, fallback_id: str, source: str, fields: Fields) -> InputRecord:
    record = record_from_mapping(data, fallback_id, source, fields)
    record.meta = clean_strings(record.meta)
    return record


def read_jsonl_stream(text: TextIO, name: str, source: str, fields: Fields,
                      encoding: str = "utf-8") -> Iterator[InputRecord]:
    """One record per non-blank line; a broken line becomes an error record.

    The fallback id of a line is ``NAME:LINE`` (1-based line number).
    """
    lineno = 0
    try:
        for lineno, line in enumerate(text, 1):
            if not line.strip():
                continue
            fallback_id = f"{name}:{lineno}"
            if has_undecodable(line):
                yield InputRecord(fallback_id, None, {"source": source},
                                  (DECODE, f"line {lineno}: bytes that are not valid {encoding}"))
                continue
            try:
                data = json.loads(line)
            except json.JSONDecodeError as exc:
                yield InputRecord(fallback_id, None, {"source": source},
                                  (BAD_JSON, f"line {lineno}: {exc.msg} (column {exc.colno})"))
                continue
            yield _from_data(data, fallback_id, source, fields)
    except STREAM_ERRORS as exc:  # truncated or corrupt compressed data
        yield InputRecord(f"{name}:{lineno + 1}", None, {"source": source},
                          (IO_ERROR, f"reading stopped after line {lineno}: {exc}"))


class _Buffer:
    """A sliding window over a text stream for incremental JSON decoding."""

    def __init__(self, text: TextIO, chunk_chars: int = CHUNK_CHARS) -> None:
        self.text, self.buf, self.pos, self.eof = text, "", 0, False
        self.chunk_chars = chunk_chars

    def fill(self) -> None:
        chunk = self.text.read(self.chunk_chars)
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


def read_json_stream(text: TextIO, name: str, source: str, fields: Fields,
                     encoding: str = "utf-8",
                     chunk_chars: int = CHUNK_CHARS) -> Iterator[InputRecord]:
    """Records of a JSON array of objects, or of concatenated JSON objects.

    The fallback id of an element is ``NAME:N`` (1-based element number). A
    broken element cannot be skipped reliably: it and the rest of the file
    become one ``bad_json`` error record.
    """
    decoder = json.JSONDecoder()
    reader = _Buffer(text, chunk_chars)
    index = 0

    def broken(message: str) -> InputRecord:
        return InputRecord(f"{name}:{index + 1}", None, {"source": source},
                           (BAD_JSON, f"element {index + 1} onwards: {message}"))

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
                    yield broken("the array is not closed")
                return
            try:
                data, end = decoder.raw_decode(reader.buf, reader.pos)
                if end == len(reader.buf) and not reader.eof:
                    raise ValueError("maybe cut at the buffer's end")
            except ValueError as exc:
                if not reader.eof and len(reader.buf) - reader.pos < MAX_ELEMENT_CHARS:
                    reader.fill()
                    continue
                yield broken(exc.msg if isinstance(exc, json.JSONDecodeError) else str(exc))
                return
            raw, reader.pos = reader.buf[reader.pos:end], end
            index += 1
            if has_undecodable(raw):
                yield InputRecord(f"{name}:{index}", None, {"source": source},
                                  (DECODE, f"element {index}: bytes that are not valid {encoding}"))
            else:
                yield _from_data(data, f"{name}:{index}", source, fields)
    except STREAM_ERRORS as exc:  # truncated or corrupt compressed data
        yield InputRecord(f"{name}:{index + 1}", None, {"source": source},
                          (IO_ERROR, f"reading stopped after element {index}: {exc}"))
