"""A nickname in quotes or brackets between a first name and the surname ("Эрвин «Мэджик» Джонсон",
"Уильям (Билл) Гейтс", "James (Buddy) McGirt"): one person mention over the whole, whose name is the
first name and the surname (docs/gold-conventions.md: PER name = first [middle] last; the nickname
is no part of it).

:func:`with_nicknames` joins the pieces the tagger left apart ("Уильям" + "Билл" + "Гейтс",
"Джеймс «Бадди»" + "Макгирт"); :func:`name_words` gives the words of a person span for its name,
without a bracketed or quoted group that stands between two of its words.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from ..grammars.morph import Morph
from .name_words import _capitalized
from .names import analyze_name

OPENING = {"«": "»", "(": ")", "\"": "\"", "„": "“"}
MAX_NICKNAME = 2  # words inside the brackets


def _nickname_end(doc: Doc, i: int) -> int | None:
    """The index after the closing bracket of a group of one or two capitalized words opening at ``i``."""
    if i >= len(doc) or doc[i].text not in OPENING:
        return None
    close = OPENING[doc[i].text]
    j = i + 1
    while j < len(doc) and j - i - 1 < MAX_NICKNAME and _capitalized(doc[j]):
        j += 1
    if j == i + 1 or j >= len(doc) or doc[j].text != close:
        return None
    return j + 1


def _latin(word: str) -> bool:
    return word.isascii() and word.isalpha()


def _first_name(morph: Morph, word: str) -> bool:
    parts = analyze_name(morph, [word])
    return parts.first is not None and parts.last is None


def with_nicknames(doc: Doc, spans: list[Span], morph: Morph) -> list[Span]:
    """``spans`` with each first name, nickname and surname the tagger tagged apart made one span."""
    out: list[Span] = []
    skip_to = -1
    for span in spans:
        if span.start < skip_to:
            continue
        joined = _joined(doc, span, morph) if span.label_ == "PER" else None
        if joined is not None:
            while out and out[-1].end > joined.start:
                out.pop()
            out.append(joined)
            skip_to = joined.end
            continue
        out.append(span)
    return out


def _joined(doc: Doc, span: Span, morph: Morph) -> Span | None:
    """The span from ``span``'s start to the surname after the nickname that follows its first name."""
    words = [t for t in span if not t.is_space]
    for token in words:  # the first name, then the nickname in or after the span
        end = _nickname_end(doc, token.i + 1)
        if end is None or end >= len(doc) or not _capitalized(doc[end]) or end < span.end:
            continue
        if not (_first_name(morph, token.text) or len(words) == 1 or _latin(token.text) and _latin(doc[end].text)):
            return None  # a lone word before the nickname ("Марвин" + "«Чудо» Хаглер"), or a name in Latin
            # letters the dictionary does not read ("James (Buddy) McGirt")
        return Span(doc, span.start, end + 1, label="PER")  # the surname: one word
    return None


def name_words(span: Span) -> list[str]:
    """The words of a person span for its name: no dots, commas or spaces, and no group in brackets
    or quotes that has words of the span on both sides ("Эрвин «Мэджик» Джонсон" -> Эрвин Джонсон)."""
    tokens = [t for t in span if not t.is_space and t.text not in {".", ","}]
    out: list[str] = []
    i = 0
    while i < len(tokens):
        close = OPENING.get(tokens[i].text)
        if close is not None and out:
            j = next((j for j in range(i + 1, min(len(tokens), i + 2 + MAX_NICKNAME)) if tokens[j].text == close),
                     None)
            if j is not None and j + 1 < len(tokens):
                i = j + 1
                continue
        out.append(tokens[i].text)
        i += 1
    return out
