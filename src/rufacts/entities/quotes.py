"""Quotation marks as texts write them (one token each): the opening and closing ones, a straight
quote both. A leaf module, so that every entities module reads the one set: :mod:`.normal`, and
:mod:`.geo`, which normal's own imports load before normal is done."""
from __future__ import annotations

OPEN_QUOTES = "«„“\""
CLOSE_QUOTES = "»“”\""
QUOTES = set(OPEN_QUOTES + CLOSE_QUOTES)
OPENING_QUOTES = frozenset(OPEN_QUOTES)  # a token that is an opening quote: "«", "„", "“", '"'
