"""A first name opening a sentence that the tagger left out before a surname (used by
:func:`rufacts.entities.names_spans.person_spans`): "Буяна" + "Иргита суд отправил под арест",
"Розу" + "Хабибуллину назначили ...". A first name that is also a common noun (буян, роза, лев)
is not told from one by its capital at the start of a sentence, and the tagger takes in only the
surname after it. The word joins a one-word person span right after it where it is a first name
the dictionary or a lexicon of first names knows (:func:`rufacts.entities.name_words._first_name`)
and the two read as one first name and surname (:func:`rufacts.entities.names.analyze_name`)."""
from __future__ import annotations

from spacy.tokens import Span

from ..grammars.morph import Morph
from .name_words import _capitalized, _first_name
from .names import analyze_name


def with_first_opening(span: Span, covered: set[int], morph: Morph) -> Span:
    doc = span.doc
    i = span.start - 1
    if span.label_ != "PER" or len(span) != 1 or i < 0 or i in covered or not doc[i].is_sent_start \
            or not _capitalized(doc[i]) or not _capitalized(span[0]):
        return span
    if not opening_first_name(morph, doc[i].text, span[0].text):
        return span
    return Span(doc, i, span.end, label="PER")


def opening_first_name(morph: Morph, first: str, last: str) -> bool:
    """``first`` is a first name the dictionary or a lexicon knows and ``first last`` reads as one
    first name and surname: a person noun opening the sentence is the first name then ("Буян
    Иргит", of the Tuvan name Буян; not "Гимнастка Мельникова"), also where the tagger took it in."""
    if not _first_name(morph, first):
        return False
    parts = analyze_name(morph, [first, last])
    return parts.first is not None and parts.last is not None and parts.middle is None \
        and " " not in parts.first and parts.first[:3].lower() == first[:3].lower()


def hyphenated_first_place(other: Span, span: Span, morph: Morph) -> bool:
    """A one-word place or organization span of a hyphenated first name, each part a first name
    ("Анне-Марии", read as a place), right before a person span of two words, a double surname:
    one person ("об Анне-Марии Эченике Льоренте"), where the three words read as the hyphenated first
    name and the surname (the one-word surname after it: ``names_spans._first_names_before``)."""
    word = other[0].text if len(other) == 1 else ""
    if other.label_ not in ("LOC", "ORG") or other.end != span.start or span.label_ != "PER" or len(span) != 2 \
            or "-" not in word or not all(p[:1].isupper() and _first_name(morph, p) for p in word.split("-")) \
            or not all(_capitalized(t) for t in span):
        return False
    parts = analyze_name(morph, [word] + [t.text for t in span])
    return parts.first is not None and "-" in parts.first and " " not in parts.first \
        and parts.middle is None and parts.last is not None and len(parts.last.split()) == 2
