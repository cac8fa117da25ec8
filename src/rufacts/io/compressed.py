"""Bytes in: transparent decompression of files and stdin.

Compression is recognized by its magic bytes (so a misnamed file or a
compressed stdin works too): gzip, bzip2, xz and zstandard. A damaged stream
hands out what was decompressed before the damage, and :func:`confirm_end`
raises the error that ended it. The text encoding of what comes out is
:mod:`rufacts.io.encoding`'s business.
"""
from __future__ import annotations

import bz2
import io
import json
import lzma
import sys
import zlib
from pathlib import Path
from typing import Any, BinaryIO, Iterator, Optional, TextIO

#: How many leading bytes of a file the encoding is detected from.
SAMPLE_BYTES = 64 * 1024

#: Compression formats by magic bytes, and the file suffixes that name them.
MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x1f\x8b", "gzip"), (b"BZh", "bz2"), (b"\xfd7zXZ\x00", "xz"), (b"\x28\xb5\x2f\xfd", "zstd"),
)
COMPRESSED_SUFFIXES: dict[str, str] = {
    ".gz": "gzip", ".gzip": "gzip", ".bz2": "bz2", ".xz": "xz", ".zst": "zstd", ".zstd": "zstd",
}

def _stream_errors() -> tuple[type[BaseException], ...]:
    errors: list[type[BaseException]] = [OSError, EOFError, zlib.error, lzma.LZMAError]
    try:
        import zstandard

        errors.append(zstandard.ZstdError)
    except ImportError:  # pragma: no cover
        pass
    return tuple(errors)


#: What reading a truncated or corrupt (compressed) stream raises.
STREAM_ERRORS: tuple[type[BaseException], ...] = _stream_errors()


class InputError(Exception):
    """An input cannot be opened or read at all (a failure of the run, not of a record)."""


def logical_suffix(name: str) -> str:
    """The format suffix of a file name, under any compression suffix.

    >>> logical_suffix("lenta-ru-news.csv.bz2"), logical_suffix("dump.JSONL"), logical_suffix("a")
    ('.csv', '.jsonl', '')
    """
    suffixes = [s.lower() for s in Path(name).suffixes]
    while suffixes and suffixes[-1] in COMPRESSED_SUFFIXES:
        suffixes.pop()
    return suffixes[-1] if suffixes else ""


def strip_suffixes(name: str) -> str:
    """A file name without its format and compression suffixes (``a/b.txt.gz`` -> ``a/b``)."""
    path = Path(name)
    while path.suffix.lower() in COMPRESSED_SUFFIXES:
        path = path.with_suffix("")
    return path.with_suffix("").as_posix()


def _decompressor(kind: str, raw: BinaryIO) -> BinaryIO:
    if kind == "gzip":
        factory: Any = lambda: zlib.decompressobj(wbits=31)  # noqa: E731 - gzip members
    elif kind == "bz2":
        factory = bz2.BZ2Decompressor
    elif kind == "xz":
        factory = lzma.LZMADecompressor
    else:
        try:
            import zstandard
        except ImportError as exc:  # pragma: no cover - zstandard is a dependency
            raise InputError("reading .zst input needs the zstandard package") from exc
        factory = lambda: zstandard.ZstdDecompressor().decompressobj()  # noqa: E731
    return _FrameReader(raw, factory)  # type: ignore[return-value]


class _FrameReader(io.RawIOBase):
    """Compressed streams (gzip members, bz2, xz, zstd frames) one after the other, strictly:
    a stream cut short raises EOFError and a garbage tail its decompressor's error
    (``BZ2File`` and ``LZMAFile`` ignore a garbage tail; zstandard's ``stream_reader`` a cut
    frame), and each read hands out what was decompressed before the damage."""

    def __init__(self, raw: BinaryIO, factory: Any) -> None:
        self.raw, self.factory = raw, factory
        self.obj, self.started, self.done = factory(), False, False
        self.pending, self.offset, self.deferred = b"", 0, None

    def readable(self) -> bool:
        return True

    def _feed(self, chunk: bytes) -> None:
        while chunk:
            if self.offset:
                self.pending, self.offset = self.pending[self.offset:], 0
            if not self.started and not chunk.strip(b"\0"):
                return  # stream padding (xz): NUL bytes between or after streams
            self.started = True
            try:
                self.pending += self.obj.decompress(chunk)
            except STREAM_ERRORS as exc:
                if not self.pending:
                    raise
                self.deferred, self.done = exc, True  # raised once the good part is handed out
                return
            if not self.obj.eof:
                return
            chunk = self.obj.unused_data
            self.obj, self.started = self.factory(), False

    def readinto(self, buffer: Any) -> int:
        if not self.pending and self.deferred is not None:
            raise self.deferred
        while not self.pending and not self.done:
            chunk = self.raw.read(1 << 16)
            if not chunk:
                self.done = True
                if self.started:
                    raise EOFError("compressed file ended before the end of its stream")
                break
            self._feed(chunk)
        n = min(len(buffer), len(self.pending) - self.offset)
        buffer[:n] = self.pending[self.offset:self.offset + n]
        self.offset += n
        if self.offset >= len(self.pending):
            self.pending, self.offset = b"", 0
        return n

    def close(self) -> None:
        self.raw.close()
        super().close()


class _Replay(io.RawIOBase):
    """A decompressed stream whose head was read ahead (to sniff it): head, then the rest.

    A read error (a cut or corrupt stream) ends the stream, so that the buffered
    layers above hand out every byte before it; it is kept in ``error``, which
    a reader raises with :func:`confirm_end` at the end of the stream.
    """

    def __init__(self, head: bytes, rest: BinaryIO, error: Optional[BaseException]) -> None:
        self.head, self.rest, self.error = head, rest, error

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        if self.head:
            n = min(len(buffer), len(self.head))
            buffer[:n] = self.head[:n]
            self.head = self.head[n:]
            return n
        if self.error is not None:
            return 0
        try:
            return self.rest.readinto(buffer)  # type: ignore[attr-defined]
        except STREAM_ERRORS as exc:
            self.error = exc
            return 0

    def close(self) -> None:
        self.rest.close()
        super().close()


def open_binary(name: str) -> io.BufferedReader:
    """A buffered byte stream of a file (``-``: stdin), decompressed when compressed."""
    try:
        raw: io.BufferedReader = (sys.stdin.buffer if name == "-"  # type: ignore[assignment]
                                  else open(name, "rb", buffering=1 << 20))
    except OSError as exc:
        raise InputError(f"{name}: {exc.strerror or exc}") from exc
    head = raw.peek(8)[:8]
    for magic, kind in MAGIC:
        if head.startswith(magic):
            stream = _decompressor(kind, raw)
            parts: list[bytes] = []
            size, error = 0, None
            try:
                while size < SAMPLE_BYTES:
                    part = stream.read(SAMPLE_BYTES - size)  # one raw read: no data lost
                    if not part:
                        break
                    parts.append(part)
                    size += len(part)
            except STREAM_ERRORS as exc:
                error = exc
            return io.BufferedReader(_Replay(b"".join(parts), stream, error),
                                     buffer_size=SAMPLE_BYTES)
    return raw


def confirm_end(stream: Any) -> None:
    """Call at the end of a (text or byte) stream: raises the read error, if any, that
    ended a damaged compressed stream early (see :class:`_Replay`)."""
    layer = stream
    while layer is not None and not isinstance(layer, _Replay):
        layer = getattr(layer, "buffer", None) or getattr(layer, "raw", None)
    if layer is not None and layer.error is not None:
        raise layer.error


def open_text(path: "str | Path") -> TextIO:
    """A UTF-8 text file (``-``: stdin), decompressed when compressed (gzip, bzip2, xz,
    zstandard, recognized by content); newlines are not translated."""
    return io.TextIOWrapper(open_binary(str(path)), encoding="utf-8", newline="")


def read_json_objects(path: "str | Path") -> Iterator[dict[str, Any]]:
    """The JSON objects of a JSONL file (compressed too), in order; blank lines are
    skipped, a broken line is a ValueError naming the file and line."""
    with open_text(path) as lines:
        for lineno, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{lineno}: not a JSON record ({exc.msg})") from None
            if not isinstance(obj, dict):
                raise ValueError(f"{path}:{lineno}: expected a JSON object")
            yield obj


def peek(stream: io.BufferedReader, size: int = SAMPLE_BYTES) -> bytes:
    """Leading bytes of a stream (up to ``size``, one buffer's worth), without consuming them."""
    return stream.peek(size)[:size]
