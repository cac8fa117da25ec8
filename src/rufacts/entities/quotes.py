"""Quotation marks as texts write them (one token each): the opening and closing ones, a straight
quote both. A leaf module, so that every entities module reads the one set: :mod:`.normal`, and
:mod:`.geo`, which normal's own imports load before normal is done."""
from __future__ import annotations

OPEN_QUOTES = "«„“\""
CLOSE_QUOTES = "»“”\""
QUOTES = set(OPEN_QUOTES + CLOSE_QUOTES)
OPENING_QUOTES = frozenset(OPEN_QUOTES)  # a token that is an opening quote: "«", "„", "“", '"'
CLOSING_QUOTES = frozenset(CLOSE_QUOTES)  # a token that is a closing quote: "»", "“", "”", '"'


def nested(texts) -> bool:
    """Whether token texts hold a quoted name inside another ("ФГУП «НПО «Техномаш»": the inner
    opening quote before any closing one); straight quotes, both ways, say nothing."""
    depth = 0
    for text in texts:
        if text in ("«", "„"):
            depth += 1
            if depth > 1:
                return True
        elif text in ("»", "”") and depth:
            depth -= 1
    return False


def without_inner_quotes(name: str) -> str:
    """An organization's name written with a quoted name inside a quoted one, the inner quotes
    left out, as names are written without quotes: "ФГУП «НПО «Техномаш»»" -> "ФГУП «НПО Техномаш»",
    "НПО «Техномаш»" (the outer pair gone with its descriptor) -> "НПО Техномаш"."""
    if name.count("«") >= 2 and name.endswith("»"):
        first = name.index("«")
        inner = name[first + 1:-1].replace("«", "").replace("»", "")
        return f"{name[:first + 1]}{inner}»"
    return name.replace("«", "").replace("»", "")
