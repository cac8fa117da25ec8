"""A surname the tagger cut off the initials after it ("между Фроловым-Багреевым" + "И. К.", the
surname read as a place): a span of initials only, with no capitalized word after it, right after
a capitalized word that the dictionary knows as no place, is one person with that word
("Фроловым-Багреевым И. К." -> И. К. Фролов-Багреев); so is an adjective's plural genitive, the
indeclinable Siberian surname ("о Широких Е. А." -> Е. А. Широких). The word's own span (a place or an
organization of that one word) gives way. Read by :mod:`rufacts.components.entities`."""
from __future__ import annotations

import numpy
from spacy.tokens import Doc, Span, Token

from ..grammars.morph import get_morph
from .doc_words import per_doc, word_index
from .spans import _letters


def _initials(span: Span) -> bool:
    """Letters with their dots only: "И. К", "И. К.", "А."."""
    words = [t for t in span if t.text != "."]
    return 0 < len(words) <= 2 and all(len(t.text) == 1 and t.text.isupper() and t.is_alpha for t in words) \
        and all(t.i + 1 < len(span.doc) and span.doc[t.i + 1].text == "." for t in words)


def _surname_word(token: Token) -> bool:
    """A capitalized word (hyphenated parts too) that is not a known place nor a common word."""
    text = token.text
    if not text[:1].isupper() or text.isupper() or not text.replace("-", "").isalpha() or token.is_sent_start:
        return False
    morph = get_morph()
    return all(not morph.is_known(part) or any("Surn" in p.tag.grammemes for p in morph.parse(part))
               for part in text.split("-")) or _frozen_adjectival(text, morph)


FROZEN_ENDS = ("ых", "их")  # the Siberian surnames of an adjective's plural genitive: Черных, Широких


def _frozen_adjectival(text: str, morph) -> bool:
    """A capitalized word spelt as an adjective's plural genitive ("Широких", "Долгих", "Черных"): before
    initials it is the indeclinable surname those adjectives gave, not the adjective."""
    return "-" not in text and len(text) >= 5 and text.lower().endswith(FROZEN_ENDS) and any(
        p.tag.POS == "ADJF" and "plur" in p.tag.grammemes for p in morph.parse(text.lower()))


def _initials_after(doc: Doc, i: int) -> int:
    """The end (after the last letter) of one or two initials written from token ``i`` ("Т. А."), or 0."""
    end, count = i, 0
    while count < 2 and end + 1 < len(doc) and len(doc[end].text) == 1 and doc[end].text.isupper() \
            and doc[end].is_alpha and doc[end + 1].text == ".":
        end, count = end + 2, count + 1
    return end - 1 if count else 0


def _initial_letters(doc: Doc) -> list[int]:
    """Indices of the one-letter capitals with a "." right after them, where
    :func:`_initials_after` can find initials (one array pass, no Token per word)."""
    if not len(doc):
        return []
    # the doc's dots and its letters' array, made once per doc for other rules too (~15 ms less per
    # pass over factRuEval dev than an array of its own)
    before = numpy.asarray(word_index(doc).get(".", ()), dtype=numpy.int64) - 1
    before = before[before >= 0]
    rows = per_doc(doc, "letters", _letters)[before]  # IS_ALPHA, IS_LOWER, IS_UPPER, LENGTH
    return before[(rows[:, 0] == 1) & (rows[:, 2] == 1) & (rows[:, 3] == 1)].tolist()


def missed_surname_initials(doc: Doc, spans: list[Span]) -> list[Span]:
    """A surname with initials after it that no span covers, in any case ("Монография Кругловой
    Е. В. вышла", "поручено Сидоренко А. П."): a capitalized word the dictionary knows as no
    common word nor place (:func:`_surname_word`) before one or two initials with no capitalized word
    after them (not the initials of the next name, "Иванов А. Петров"), one person."""
    covered = {i for s in spans for i in range(s.start, s.end)}
    found = []
    for i in (j - 1 for j in _initial_letters(doc) if 0 < j < len(doc) - 1):
        token = doc[i]
        end = _initials_after(doc, i + 1)
        if not end or any(j in covered for j in range(i, end)) or not _surname_word(token) \
                or (end + 1 < len(doc) and doc[end + 1].text[:1].isupper() and doc[end + 1].is_alpha):
            continue
        found.append(Span(doc, i, end, label="PER"))
        covered.update(range(i, end))
    return sorted(spans + found, key=lambda s: (s.start, -s.end)) if found else spans


def surname_before_initials(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with a person of initials grown over the surname right before it, and one the
    tagger missed whole (:func:`missed_surname_initials`)."""
    spans = missed_surname_initials(doc, spans)
    by_end = {s.end: s for s in spans}
    out, dropped = [], set()
    for span in spans:
        if span.label_ != "PER" or span.start == 0 or not _initials(span):
            out.append(span)
            continue
        after = span.end + (span.end < len(doc) and doc[span.end].text == ".")
        word = doc[span.start - 1]
        before = by_end.get(span.start)
        if (after < len(doc) and doc[after].text[:1].isupper() and doc[after].is_alpha) \
                or not _surname_word(word) or (before is not None and (
                    (before.label_ == "PER" and not _frozen_adjectival(word.text, get_morph()))
                    or len(before) != 1)):  # ("Долгих" + "В. П": one person)
            out.append(span)
            continue
        if before is not None:
            dropped.add((before.start, before.end))
        out.append(Span(doc, span.start - 1, span.end, label="PER"))
    return sorted((s for s in out if (s.start, s.end) not in dropped or s.label_ == "PER" and len(s) > 1),
                  key=lambda s: (s.start, -s.end))
