"""The tagger's entity spans repaired before they are grouped (read by
:mod:`rufacts.components.entities`): ``repair`` splits spans at line breaks, colons and
sentence starts, trims punctuation at the edges and takes in a closing quote the tagger left
out; ``propagate`` tags a one-word name the tagger found once at its other, untagged
occurrences in the article; ``bracketed_abbreviations`` makes an abbreviation in brackets after
an organization's name that organization's."""
from __future__ import annotations

from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ..lexicons import load_list
from .geo import lemma_positions
from .normal import OPEN_QUOTES, QUOTES
from .spans import open_quotes, take_closing_quotes

BREAKS = {":", ";", "|", "(", ")"}
NAME_POS = {"PROPN", "NOUN", "X", "ADJ"}


def _edge_junk(token) -> bool:
    """Spaces and punctuation ("•", "—", "(") at the edge of a span; an opening
    quote is kept for the name it opens."""
    return token.is_space or (not any(c.isalnum() for c in token.text)
                              and token.text not in OPEN_QUOTES)


def _is_break(token) -> bool:
    """A colon, bracket or bar, or whitespace holding a line break, a tab or a run of four
    spaces or more (a table's cell ends there: "ПАО «Газпром" + tab + "Мэр Москвы" are two
    cells; two or three spaces between words the doc reads as one: doc_text.read_spaces)."""
    return token.text in BREAKS or (token.is_space and (
        "\n" in token.text or "\t" in token.text or len(token.text) >= 3))


def repair(doc: Doc, spans: list[Span]) -> tuple[list[Span], set[tuple[int, int]]]:
    """Split, trim and quote-balance NER spans; also returns the (start, end) of
    pieces cut out of a longer span, whose label is open to doubt."""
    out: list[Span] = []
    pieces: set[tuple[int, int]] = set()
    for span in spans:
        start = span.start
        parts: list[Span] = []
        for i in range(span.start, span.end + 1):
            if i == span.end or _is_break(doc[i]) or (i > start and doc[i].is_sent_start):
                parts.extend(_trim(doc, start, i, span.label_))
                start = i + 1 if i < span.end and _is_break(doc[i]) else i
        if len(parts) > 1:
            # a piece with no name-like word ("Все" cut off the next line) is no entity
            parts = [p for p in parts if any(t.pos_ in NAME_POS for t in p)]
            pieces.update((p.start, p.end) for p in parts)
        out.extend(parts)
    return filter_spans(out), pieces


def _trim(doc: Doc, start: int, end: int, label: str) -> list[Span]:
    """Trim spaces and punctuation at the edges; take in the closing quotes of
    the quotes the span opens."""
    while start < end and _edge_junk(doc[start]):
        start += 1
    while end > start and (_edge_junk(last := doc[end - 1]) or last.text in QUOTES):
        end -= 1
    if end <= start or (doc[start].text in OPEN_QUOTES and end - start == 1):
        return []
    if label == "ORG" and end < len(doc) and doc[end].text == "." and not doc[end - 1].whitespace_ \
            and doc[end - 1].lower_ in load_list("org_abbreviated_ends.txt"):
        end += 1  # "Mitsui & Co.": the abbreviation's dot is the name's
    end = take_closing_quotes(doc, start, end)
    depth = open_quotes(doc, start, end)
    if depth > 0 and doc[start].text in OPEN_QUOTES and open_quotes(doc, start + 1, end) < depth:
        start += 1  # an opening quote that nothing closes is left out
    return [Span(doc, start, end, label=label)]


def _name_word(span: Span):
    """The word that names a span's entity on its own: a person's last word, or the
    single word of a one-word organization or location."""
    words = [t for t in span if t.is_alpha]
    if not words:
        return None
    target = words[-1] if span.label_ == "PER" else (words[0] if len(words) == 1 else None)
    return target if target is not None and target.text[:1].isupper() else None


def propagate(doc: Doc, spans: list[Span], pieces: set[tuple[int, int]]) -> list[Span]:
    """Tag untagged capitalized words that are a one-word name found elsewhere, and
    relabel pieces of split spans by the names the article knows."""
    labels: dict[str, set[str]] = {}
    for span in spans:
        word = _name_word(span) if (span.start, span.end) not in pieces else None
        if word is not None:
            labels.setdefault(word.lemma_, set()).add(span.label_)
    known = {lemma: next(iter(ls)) for lemma, ls in labels.items() if len(ls) == 1}
    if not known:
        return spans
    spans = [_relabel(s, known) if (s.start, s.end) in pieces else s for s in spans]
    covered = {i for span in spans for i in range(span.start, span.end)}
    # a word's lemma is in lower case, as lemma_positions gives it
    extra = [Span(doc, t.i, t.i + 1, label=known[t.lemma_]) for t in map(doc.__getitem__, lemma_positions(
             doc, known.__contains__)) if t.i not in covered and t.is_alpha and t.text[:1].isupper()
             and len(t.text) > 1 and t.lemma_ in known]
    return sorted(spans + extra, key=lambda s: s.start) if extra else spans


def bracketed_abbreviations(doc: Doc, spans: list[Span]) -> list[Span]:
    """An abbreviation in brackets right after an organization's name is its abbreviation:
    "Национальное управление ... исследований (NOAA)" -> NOAA is ORG. (After a person
    the brackets hold a country or a party: "Уильям Макартур (США)" stays a place.)"""
    ends: dict[int, Span] = {}
    for span in spans:
        if span.end not in ends or len(span) > len(ends[span.end]):
            ends[span.end] = span
    out = []
    for span in spans:
        named = ends.get(span.start - 1)
        if (len(span) == 1 and span[0].text.isupper() and len(span[0].text) > 1
                and span.start > 0 and doc[span.start - 1].text == "("
                and span.end < len(doc) and doc[span.end].text == ")"
                and named is not None and named.label_ == "ORG" and span.label_ != "ORG"):
            span = Span(doc, span.start, span.end, label="ORG")
        out.append(span)
    return out


def _relabel(span: Span, known: dict[str, str]) -> Span:
    word = _name_word(span)
    label = known.get(word.lemma_) if word is not None and len(span) == 1 else None
    return Span(span.doc, span.start, span.end, label=label) if label else span
