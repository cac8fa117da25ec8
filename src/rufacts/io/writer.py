"""JSONL output: one record per line, UTF-8, flushed as it goes."""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import IO, Any


def dumps(record: dict[str, Any], pretty: bool = False) -> str:
    if pretty:
        return json.dumps(record, ensure_ascii=False, indent=2)
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"))


class JsonlWriter:
    """Writes records to a file (``-`` is stdout); each line is complete when written."""

    def __init__(self, path: str) -> None:
        self.path = path
        self._own = path != "-"
        if self._own:
            Path(path).parent.mkdir(parents=True, exist_ok=True)
            self._file: IO[str] = open(path, "w", encoding="utf-8")
        else:
            self._file = sys.stdout

    def write(self, record: dict[str, Any]) -> None:
        self._file.write(dumps(record) + "\n")
        self._file.flush()

    def close(self) -> None:
        if self._own:
            self._file.close()

    def __enter__(self) -> "JsonlWriter":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
