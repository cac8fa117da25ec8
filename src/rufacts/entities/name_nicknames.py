"""A nickname in quotes or brackets between a first name and the surname ("Эрвин «Мэджик» Джонсон",
"Уильям (Билл) Гейтс", "James (Buddy) McGirt"): one person mention over the whole, whose name is the
first name and the surname (docs/gold-conventions.md: PER name = first [middle] last; the nickname
is no part of it).

:func:`with_nicknames` joins the pieces the tagger left apart ("Уильям" + "Билл" + "Гейтс",
"Джеймс «Бадди»" + "Макгирт", "Голубев" after "Артём «fenrir»", which it left out); a nickname may be a
player's handle in lower-case Latin letters ("Лазара «laki» Петровича"); :func:`name_words` gives the words of a person span for its name,
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
    while j < len(doc) and j - i - 1 < MAX_NICKNAME and (_capitalized(doc[j]) or _handle(doc[j].text)):
        j += 1
    if j == i + 1 or j >= len(doc) or doc[j].text != close:
        return None
    return j + 1


def _handle(word: str) -> bool:
    """A player's handle in Latin letters, as esports writes them, lower case or with digits too
    ("Артём «fenrir» Голубев", "«s1mple»")."""
    return word.isascii() and word.isalnum() and any(c.isalpha() for c in word) and not word.isupper()


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
        if joined is None and span.label_ == "PER":
            joined = _given_before(doc, span, morph, out)
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


def _given_before(doc: Doc, span: Span, morph: Morph, out: list[Span]) -> Span | None:
    """The span from a first name the tagger left out to ``span``, its surname, over the nickname in
    Latin letters between them ("Артём «fenrir» Голубев": "Голубев" tagged alone); the first name is
    a capitalized word no other span holds that reads as a first name alone."""
    words = [t for t in span if not t.is_space]
    if len(words) != 1 or span.start < 4:
        return None
    close = doc[span.start - 1].text
    i = next((k for k in range(span.start - 2, max(span.start - 3 - MAX_NICKNAME, -1), -1)
              if OPENING.get(doc[k].text) == close), None)
    if i is None or i == 0 or _nickname_end(doc, i) != span.start \
            or not all(t.text.isascii() for t in doc[i + 1:span.start - 1]):
        return None  # (a nickname in Latin letters only: "Роман «Воскресение» Толстого" is a novel)
    first = doc[i - 1]
    if not _capitalized(first) or any(s.start <= first.i < s.end for s in out) or not _first_name(morph, first.text):
        return None
    return Span(doc, first.i, span.end, label="PER")


def name_words(span: Span) -> list[str]:
    """The words of a person span for its name: no dots, commas or spaces, and no group in brackets
    or quotes that has words of the span on both sides ("Эрвин «Мэджик» Джонсон" -> Эрвин Джонсон); a
    surname in brackets closing the span is a word of it ("Тихон (Шевкунов)" -> Тихон Шевкунов)."""
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
            if j == i + 2 == len(tokens) - 1 and tokens[i].text == "(":  # "Тихон (Шевкунов)": the secular
                out.append(tokens[i + 1].text)  # surname closing the span (entities/name_honorifics.py)
                break
        out.append(tokens[i].text)
        i += 1
    return out
