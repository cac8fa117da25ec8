"""Token-level helpers for entity spans shared by the entity rules: quotes."""
from __future__ import annotations

from bisect import bisect_left

import numpy
from spacy.attrs import IS_ALPHA, IS_LOWER, IS_UPPER, LENGTH
from spacy.tokens import Doc, Span

from .doc_words import in_hand, per_doc, word_index
from .normal import CLOSE_QUOTES, QUOTES

SPANS_KEY = "entities"  # doc.spans key of all entity spans, nested ones included ("ФТС России" and "России")


def unique_spans(spans: list[Span]) -> list[Span]:
    """``spans`` in document order (longer first at one start), each start, end and label once."""
    seen, kept = set(), []
    for s in sorted(spans, key=lambda s: (s.start, -s.end)):
        if (s.start, s.end, s.label_) not in seen:
            seen.add((s.start, s.end, s.label_))
            kept.append(s)
    return kept


def opens(doc: Doc, i: int) -> bool:
    """Whether the quote token ``doc[i]`` opens: «„ always; a straight or “ quote
    when it follows a space, a bracket or another opening quote."""
    text = doc[i].text
    if text in "«„":
        return True
    if text not in "\"“":
        return False
    return i == 0 or bool(doc[i - 1].whitespace_) or doc[i - 1].is_space \
        or doc[i - 1].text in "(«„" or (doc[i - 1].text in "\"“" and opens(doc, i - 1))


def closing_quote(doc: Doc, i: int, inner: int, first_may_start: bool = False) -> int | None:
    """Index of the quote closing the one opened at ``i``, with at most ``inner`` tokens
    between, in the same sentence (``first_may_start``: a sentence start razdel puts right
    after the opening quote does not end it); None where another quote opens first."""
    for j in range(i + 1, min(len(doc), i + inner + 2)):
        token = doc[j]
        text = token.text
        if token.is_sent_start and (j > i + 1 or not first_may_start) or "\n" in text:
            return None
        if text in "»\"“”" and not opens(doc, j):
            return j
        if text in "«„":
            return None
    return None


def word_before(doc: Doc, i: int):
    """The token before ``i`` past spaces and quotes (None at the start): "директор
    «Звёзды»" -> директор."""
    for j in range(i - 1, -1, -1):
        token = doc[j]  # (one Token a step, not two)
        if not (token.is_space or token.text in QUOTES):
            return token
    return None


def after_dot(doc: Doc, i: int) -> int:
    """``i`` past a dot standing there (a name's initials end: "Ломакину Р. В. наказание")."""
    return i + 1 if i < len(doc) and doc[i].text == "." else i


def previous_word(doc: Doc, i: int) -> int:
    """Index of the token before ``i`` that is not a space (-1 at the start)."""
    i -= 1
    while i >= 0 and doc[i].is_space:
        i -= 1
    return i


def open_quotes(doc: Doc, start: int, end: int) -> int:
    depth = 0
    if in_hand(doc):  # the doc's quotes, found once: no Token made for each word between
        quotes = per_doc(doc, "quotes", _quotes)
        found = quotes[bisect_left(quotes, start):bisect_left(quotes, end)]
    else:
        found = [i for i in range(start, end) if doc[i].text in QUOTES]
    for i in found:
        depth = depth + 1 if opens(doc, i) else max(depth - 1, 0)
    return depth


def _quotes(doc: Doc) -> list[int]:
    return positions(doc, QUOTES)


EXCLAIMS = frozenset("!?…")


def take_closing_quotes(doc: Doc, start: int, end: int) -> int:
    """``end`` moved over the closing quotes of the quotes ``doc[start:end]`` opens."""
    depth = open_quotes(doc, start, end)
    mark = end  # "«Россия, вперёд!»", "«Что? Где?»": the name's own "!" or "?" before its closing quote
    while depth > 0 and mark < len(doc) and doc[mark].text and set(doc[mark].text) <= EXCLAIMS:
        mark += 1
    if mark > end and mark < len(doc) and doc[mark].text in CLOSE_QUOTES and not opens(doc, mark):
        end = mark
    while depth > 0 and end < len(doc) and doc[end].text in CLOSE_QUOTES and not opens(doc, end):
        depth -= 1
        end += 1
    return end


def positions(doc: Doc, texts) -> list[int]:
    """Indices (ascending) of the tokens whose text is one of ``texts`` (from the doc's word
    index, no Python loop over the tokens)."""
    index = word_index(doc)
    return sorted(i for text in set(texts) for i in index.get(text, ()))


def capitalized_words(doc: Doc) -> set[int]:
    """Indices of the words of letters neither all lower- nor all upper-case: every word
    ``name_words._capitalized`` accepts, and a few more ("dEUTSCHE")."""
    array = per_doc(doc, "letters", _letters)
    return set(numpy.flatnonzero((array[:, 0] == 1) & (array[:, 1] == 0) & (array[:, 2] == 0)).tolist())


def long_words(doc: Doc, length: int, upper: bool = False) -> list[int]:
    """Indices of words of letters, not all lower-case, longer than ``length``
    ("Уралвагонзавод", "Совкомбанком"); with ``upper``, all in capitals (``is_upper``: "МОК")."""
    array = per_doc(doc, "letters", _letters)
    found = (array[:, 0] == 1) & (array[:, 1] == 0) & (array[:, 3] > length)
    return numpy.flatnonzero(found & (array[:, 2] == 1) if upper else found).tolist()


def _letters(doc: Doc):
    """The IS_ALPHA, IS_LOWER, IS_UPPER and LENGTH columns of the doc's tokens."""
    return doc.to_array([IS_ALPHA, IS_LOWER, IS_UPPER, LENGTH])


def with_found(spans: list[Span], found: list[Span]) -> list[Span]:
    """``spans`` with the ``found`` spans in, and the spans inside any of them out, in document
    order (the longer first at one start)."""
    if not found:
        return spans
    kept = [s for s in spans if not any(f.start <= s.start and s.end <= f.end for f in found)]
    return sorted(kept + found, key=lambda s: (s.start, -s.end))


def over_found(doc: Doc, spans: list[Span], found, same_stays: bool = False,
               stays=lambda span, start: False) -> list[Span]:
    """``spans`` with an ORG over each found ``(lead, start, end)``: the spans it overlaps go out,
    unless one of them reaches outside ``lead``..``end`` (a longer name around it: the new one gives
    way). With ``same_stays`` an ORG already over ``start``..``end`` is left as it is; ``stays(span,
    start)`` keeps an overlapped span in (a region's place inside a body's name)."""
    out = list(spans)
    for lead, start, end in found:
        around = [s for s in out if s.start < end and s.end > start]
        if any(s.start < lead or s.end > end for s in around):
            continue
        if same_stays and any(s.label_ == "ORG" and (s.start, s.end) == (start, end) for s in around):
            continue
        out = [s for s in out if s not in around or stays(s, start)]
        out.append(Span(doc, start, end, label="ORG"))
    return sorted(out, key=lambda s: (s.start, -s.end))
