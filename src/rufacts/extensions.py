"""Every custom attribute rufacts puts on spaCy objects, declared once.

All names carry the ``rufacts_`` prefix; registration is guarded so that we
never overwrite someone else's attribute (and re-imports are harmless).
"""
from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Span

DOC_ATTRS = ("rufacts_persons", "rufacts_organizations", "rufacts_locations")
SPAN_ATTRS = ("rufacts_value",)


def register() -> None:
    for name in DOC_ATTRS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
    for name in SPAN_ATTRS:
        if not Span.has_extension(name):
            Span.set_extension(name, default=None)


def set_span_value(span: Span, value: Any) -> None:
    span._.rufacts_value = value


register()
