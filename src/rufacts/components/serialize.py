"""msgpack serializers for the values rufacts puts on ``Doc._`` and ``Span._``.

spaCy stores extension values in ``doc.user_data`` and writes them with srsly's msgpack
(``Doc.to_bytes``, ``DocBin(store_user_data=True)``, and ``nlp.pipe(n_process=2)``, which
sends each doc back from the worker as bytes). Our values are frozen dataclasses holding
``Decimal``s and tuples, which msgpack cannot write; this module registers one generic
encoder/decoder pair with srsly so that ANY dataclass defined in a ``rufacts`` module
round-trips, whatever its fields: a new field or a new value class needs no change here.

On the wire a value is ``{"__rufacts__": "module:QualName", "f": {field: value}}``; tuples,
``Decimal``s and dates inside are tagged so they come back as the same types. Decoding only
imports classes from ``rufacts.*`` modules and only builds dataclasses.
"""
from __future__ import annotations

import dataclasses
import datetime as _dt
import importlib
from decimal import Decimal
from typing import Any, Callable

import srsly

_CLASS = "__rufacts__"
_TUPLE = "__rufacts_tuple__"
_DECIMAL = "__rufacts_decimal__"
_DATE = "__rufacts_date__"
_DATETIME = "__rufacts_datetime__"


def _ours(obj: Any) -> bool:
    return (dataclasses.is_dataclass(obj) and not isinstance(obj, type)
            and type(obj).__module__.split(".")[0] == "rufacts")


def _plain(value: Any) -> Any:
    """A value with its tuples (and the dataclasses/Decimals in them) tagged; lists and
    dicts are walked so a tuple inside them keeps its type too."""
    if isinstance(value, tuple):
        return {_TUPLE: [_plain(v) for v in value]}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if _ours(value):
        return to_msgpack(value)
    if isinstance(value, Decimal):
        return {_DECIMAL: str(value)}
    if isinstance(value, _dt.datetime):
        return {_DATETIME: value.isoformat()}
    if isinstance(value, _dt.date):
        return {_DATE: value.isoformat()}
    return value


def to_msgpack(obj: Any) -> dict[str, Any]:
    """A rufacts dataclass as a msgpack-friendly dict (see the module docstring)."""
    cls = type(obj)
    return {_CLASS: f"{cls.__module__}:{cls.__qualname__}",
            "f": {f.name: _plain(getattr(obj, f.name)) for f in dataclasses.fields(obj)
                  if f.init}}


def _load_class(path: str) -> type:
    module, _, qualname = path.partition(":")
    if module.split(".")[0] != "rufacts":
        raise ValueError(f"refusing to build {path!r}: not a rufacts class")
    target: Any = importlib.import_module(module)
    for part in qualname.split("."):
        target = getattr(target, part)
    if not (isinstance(target, type) and dataclasses.is_dataclass(target)):
        raise ValueError(f"refusing to build {path!r}: not a dataclass")
    return target


def from_msgpack(obj: dict[str, Any]) -> Any:
    """The inverse of :func:`to_msgpack` for one decoded map (nested maps are already
    decoded: msgpack calls the hook bottom-up)."""
    if _CLASS in obj:
        return _load_class(obj[_CLASS])(**obj["f"])
    if _TUPLE in obj:
        return tuple(obj[_TUPLE])
    if _DECIMAL in obj:
        return Decimal(obj[_DECIMAL])
    if _DATETIME in obj:
        return _dt.datetime.fromisoformat(obj[_DATETIME])
    if _DATE in obj:
        return _dt.date.fromisoformat(obj[_DATE])
    return obj


_TAGS = (_CLASS, _TUPLE, _DECIMAL, _DATE, _DATETIME)


def encode(obj: Any, chain: Callable[[Any], Any] | None = None) -> Any:
    """srsly msgpack encoder hook: called for objects msgpack cannot write."""
    if _ours(obj):
        return to_msgpack(obj)
    if isinstance(obj, Decimal):
        return {_DECIMAL: str(obj)}
    return obj if chain is None else chain(obj)


def decode(obj: Any, chain: Callable[[Any], Any] | None = None) -> Any:
    """srsly msgpack decoder hook (object_hook): called for every decoded map."""
    if isinstance(obj, dict) and len(obj) <= 2 and any(tag in obj for tag in _TAGS):
        return from_msgpack(obj)
    return obj if chain is None else chain(obj)


def register() -> None:
    srsly.msgpack_encoders.register("rufacts", func=encode)
    srsly.msgpack_decoders.register("rufacts", func=decode)


register()
