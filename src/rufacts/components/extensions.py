"""Every custom attribute rufacts puts on spaCy objects, declared once.

All names carry the ``rufacts_`` prefix; registration is guarded so that we
never overwrite someone else's attribute (and re-imports are harmless).

The values are rufacts dataclasses; :mod:`.serialize` registers msgpack serializers for them
with srsly, so docs carrying them survive ``Doc.to_bytes``, ``DocBin(store_user_data=True)``
and ``nlp.pipe(..., n_process=2)``.
"""
from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Span

from . import serialize  # noqa: F401  (registers the msgpack serializers)

DOC_ATTRS = ("rufacts_persons", "rufacts_organizations", "rufacts_locations")
# one attribute per kind of value: span extensions are stored by (name, start, end),
# so a date and an amount over the same characters must not share a name
SPAN_ATTRS = ("rufacts_date", "rufacts_amount", "rufacts_sector_count")


def register() -> None:
    for name in DOC_ATTRS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
    for name in SPAN_ATTRS:
        if not Span.has_extension(name):
            Span.set_extension(name, default=None)


def set_span_value(span: Span, attr: str, value: Any) -> None:
    setattr(span._, attr, value)


register()
