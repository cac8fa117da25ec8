"""Input readers: a folder of .txt articles, single .txt files, JSONL dumps, stdin.

Every input record becomes exactly one :class:`InputRecord`; one that cannot
be read (undecodable bytes, a broken JSON line, no text) carries an ``error``
(kind, message) instead of text, so the run goes on and the output still has a
record for it.
"""
from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator, Optional

from ..layout import parse_layout

TEXT_FIELDS = ("text", "body", "content")
ID_FIELDS = ("id", "url")


@dataclass
class InputRecord:
    id: str
    text: Optional[str]
    meta: dict[str, Any] = field(default_factory=dict)
    error: Optional[tuple[str, str]] = None  # (kind, message)


def _decode(data: bytes, source: str) -> tuple[Optional[str], Optional[tuple[str, str]]]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return None, ("decode", f"{source}: not valid UTF-8 ({exc.reason} at byte {exc.start})")
    return text.replace("\r\n", "\n"), None


def article_meta(text: str, source: str) -> dict[str, Any]:
    """meta of a plain-text article: title, published, url from its layout, and source."""
    meta = {k: v for k, v in parse_layout(text).items() if v is not None}
    meta["source"] = source
    return meta


def read_text_file(path: Path, id: Optional[str] = None) -> InputRecord:
    """One plain-text article (the whole file), meta from the article layout."""
    source = str(path)
    record_id = id if id is not None else path.stem
    try:
        data = path.read_bytes()
    except OSError as exc:
        return InputRecord(record_id, None, {"source": source}, ("io", str(exc)))
    text, error = _decode(data, source)
    if error:
        return InputRecord(record_id, None, {"source": source}, error)
    return InputRecord(record_id, text, article_meta(text, source))


def read_text_dir(root: Path) -> Iterator[InputRecord]:
    """Every ``*.txt`` below ``root`` (sorted); id = path relative to root, no suffix."""
    for path in sorted(root.rglob("*.txt")):
        if path.is_file():
            yield read_text_file(path, id=path.relative_to(root).with_suffix("").as_posix())


def _first(data: dict, names: Iterable[str]) -> Any:
    for name in names:
        if data.get(name) not in (None, ""):
            return data[name]
    return None


def record_from_json(data: Any, fallback_id: str, source: str) -> InputRecord:
    """An input record from one decoded JSON object (``id`` and ``text`` fields)."""
    if not isinstance(data, dict):
        return InputRecord(fallback_id, None, {"source": source},
                           ("bad_record", f"expected a JSON object, got {type(data).__name__}"))
    raw_id = _first(data, ID_FIELDS)
    record_id = str(raw_id) if raw_id is not None else fallback_id
    meta = {k: v for k, v in data.items() if k not in TEXT_FIELDS and k != "id"}
    meta.setdefault("source", source)
    text = _first(data, TEXT_FIELDS)
    if text is None:
        return InputRecord(record_id, None, meta, ("no_text", "the record has no text field "
                                                   f"({'|'.join(TEXT_FIELDS)}) or it is empty"))
    if not isinstance(text, str):
        return InputRecord(record_id, None, meta,
                           ("no_text", f"the text field is a {type(text).__name__}, not a string"))
    return InputRecord(record_id, text, meta)


def read_jsonl(path: Path) -> Iterator[InputRecord]:
    """One record per line; broken lines become error records, blank lines are skipped."""
    source = str(path)
    with path.open("rb") as lines:
        for lineno, raw in enumerate(lines, 1):
            fallback_id = f"{path.name}:{lineno}"
            if not raw.strip():
                continue
            line, error = _decode(raw, f"{source}:{lineno}")
            if error:
                yield InputRecord(fallback_id, None, {"source": source}, error)
                continue
            try:
                data = json.loads(line)
            except json.JSONDecodeError as exc:
                yield InputRecord(fallback_id, None, {"source": source},
                                  ("bad_json", f"line {lineno}: {exc.msg} (column {exc.colno})"))
                continue
            yield record_from_json(data, fallback_id, source)


def read_stdin() -> InputRecord:
    text, error = _decode(sys.stdin.buffer.read(), "<stdin>")
    if error:
        return InputRecord("stdin", None, {"source": "<stdin>"}, error)
    return InputRecord("stdin", text, article_meta(text, "<stdin>"))


def read_inputs(paths: Iterable[str]) -> Iterator[InputRecord]:
    """Records of every input path in order: folders, .txt files, .jsonl/.ndjson, ``-``."""
    for name in paths:
        if name == "-":
            yield read_stdin()
            continue
        path = Path(name)
        if path.is_dir():
            yield from read_text_dir(path)
        elif path.suffix.lower() in (".jsonl", ".ndjson"):
            yield from read_jsonl(path)
        else:
            yield read_text_file(path)
