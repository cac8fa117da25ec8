"""A surname the tagger put at the head of a place or body right after a lone first name ("При Тимуре"
+ "Юлдашеве сельсовет впервые получил ...": a place "Юлдашеве сельсовет"): the person takes it in (read
by :func:`rufacts.entities.names_missed.missed_names`, w373).

The first name is a person span of one capitalized word; the place or body starts right after it with
a capitalized word of a Russian surname's stem in a case form (-ов-/-ев-/-ин-/-ын- + a case ending, or
the nominative -ов, -ев, -ин, -ын) that the dictionary knows as no place, and goes on in lower-case
words only (the common noun the tagger glued on: "сельсовет", "район"); the two words read clearly as
a first name and a surname. The rest of the span is a common noun, no place's or body's name, and goes.
"""
from __future__ import annotations

import re

from spacy.tokens import Span

from ..grammars.morph import Morph
from .name_words import MISSED, _capitalized
from .names import analyze_name

# a Russian surname's stem and a case ending of a man's or a woman's surname
SURNAME_FORM = re.compile(r"(?:[оеё]в|[иы]н)(?:|а|у|ым|е|ой|ою|ой|ы)$")


def surname_from_place(spans: list[Span], morph: Morph) -> list[Span]:
    """``spans`` with each place or body that opens with the surname of the lone first name right
    before it given to the person."""
    out: list[Span] = []
    for span in spans:
        previous = out[-1] if out else None
        if previous is not None and previous.label_ == "PER" and span.label_ in ("LOC", "ORG") \
                and previous.end == span.start and len(previous) == 1 and _surname_head(morph, previous, span):
            out[-1] = Span(span.doc, previous.start, span.start + 1, label="PER")
            continue
        out.append(span)
    return out


def _surname_head(morph: Morph, given: Span, span: Span) -> bool:
    word = span[0]
    if not _capitalized(word) or not word.is_alpha or not SURNAME_FORM.search(word.lower_) \
            or not all(t.is_lower and t.is_alpha for t in span[1:]):
        return False
    if any({"Geox", "Orgn"} & set(p.tag.grammemes) for p in morph.parse(word.text)):
        return False  # "Иванове", "Пушкине": a place of that name
    parts = analyze_name(morph, [given[0].text, word.text])
    return parts.first is not None and parts.last is not None and bool(parts.candidates) \
        and parts.candidates[0][0] >= MISSED
