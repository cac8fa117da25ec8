"""JSONL output: one record per line, UTF-8, whole lines only, resumable.

Lines are written with one ``os.write`` per batch of complete lines on a file
opened for appending, so a run stopped at any moment (Ctrl-C, ``kill -9``)
leaves at worst one cut last line, which :func:`resume_state` cuts off.

Resuming is by position: the output holds the records of the first N input
records, in input order, so a resumed run skips the first N input records
(checking that their ids match the output's) and appends the rest.
"""
from __future__ import annotations

import json
import os
import re
import sys
from pathlib import Path
from typing import IO, Any, Iterable, Optional

from .encoding import clean_scalar, clean_strings

#: The head of every record rufacts writes: its id, then its schema version.
_ID = re.compile(rb'^\{"id":("(?:[^"\\]|\\.)*"),"schema_version":"')


def dumps(record: dict[str, Any], pretty: bool = False) -> str:
    """One record as JSON (non-ASCII as is); compact unless ``pretty``.

    Always valid JSON that UTF-8 can write: NaN and infinities become ``null``,
    lone surrogates U+FFFD.

    >>> dumps({"id": "a\\ud800", "x": float("nan")}) == '{"id":"a\\ufffd","x":null}'
    True
    """
    options: dict[str, Any] = ({"indent": 2} if pretty else {"separators": (",", ":")})
    try:
        text = json.dumps(record, ensure_ascii=False, allow_nan=False, **options)
    except ValueError:  # NaN or an infinity somewhere
        text = json.dumps(clean_strings(record), ensure_ascii=False, allow_nan=False, **options)
    return clean_scalar(text)


class OutputError(Exception):
    """The output cannot be written or resumed (a failure of the run)."""


def _line_id(line: bytes, lineno: int, path: str) -> str:
    match = _ID.match(line)
    try:
        if match:
            return json.loads(match[1])
    except ValueError:
        pass
    raise OutputError(f"{path}: line {lineno} is not a rufacts record; cannot resume from a file "
                      "that is not rufacts output")


def resume_state(path: str) -> list[str]:
    """The ids of the complete records in ``path``, in order; a cut last line is cut off.

    A missing file has none.
    """
    if not os.path.exists(path):
        return []
    ids: list[str] = []
    good_end = 0
    with open(path, "rb") as file:
        for lineno, line in enumerate(file, 1):
            if not line.endswith(b"\n"):
                break  # cut mid-record by a kill: dropped, the record is done again
            if line.strip():
                ids.append(_line_id(line, lineno, path))
            good_end += len(line)
    if good_end != os.path.getsize(path):
        with open(path, "r+b") as file:
            file.truncate(good_end)
    return ids


def _lock(fd: int, path: str) -> None:
    """An exclusive lock on the open output, or OutputError if another run holds one."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows: no lock
        return
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError as exc:
        raise OutputError(f"{path} is being written by another run (it is locked)") from exc
    except OSError:  # a file system without locks: go on unlocked
        pass


class JsonlWriter:
    """Writes records to a file (``-``: stdout); each line is complete when written.

    ``append=True`` keeps what the file holds (after :func:`resume_state`). The
    file is locked (``flock``) while it is open, before it is emptied: a second run
    writing the same output is refused with :class:`OutputError`.
    """

    def __init__(self, path: str, append: bool = False) -> None:
        self.path = path
        self._fd: Optional[int] = None
        self._stdout: Optional[IO[bytes]] = None
        if path == "-":
            self._stdout = sys.stdout.buffer
            return
        try:
            Path(path).parent.mkdir(parents=True, exist_ok=True)
            self._fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
        except OSError as exc:
            raise OutputError(f"cannot write {path}: {exc.strerror or exc}") from exc
        try:
            _lock(self._fd, path)
            if not append:
                os.ftruncate(self._fd, 0)
        except BaseException:
            self.close()
            raise

    def write(self, record: dict[str, Any]) -> None:
        """Write one record."""
        self.write_lines([dumps(record)])

    def write_lines(self, lines: Iterable[str]) -> None:
        """Write JSON lines (no newlines in them) in one go; Ctrl-C waits for the end."""
        data = "".join(line + "\n" for line in lines).encode("utf-8")
        if not data:
            return
        if self._stdout is not None:
            self._stdout.write(data)
            self._stdout.flush()
            return
        interrupted = False
        view, done = memoryview(data), 0
        while done < len(view):
            try:
                done += os.write(self._fd, view[done:])  # type: ignore[arg-type]
            except KeyboardInterrupt:
                interrupted = True  # finish the line first: never leave half a record
            except OSError as exc:
                raise OutputError(f"cannot write {self.path}: {exc.strerror or exc}") from exc
        if interrupted:
            raise KeyboardInterrupt

    def close(self) -> None:
        """Close the file (stdout stays open)."""
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None

    def __enter__(self) -> "JsonlWriter":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
