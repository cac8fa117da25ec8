"""The city or land a body serves, in the genitive right after a numbered institution or a chamber,
taken into its name: "Родильный дом № 2" + "Махачкалы", "Торговая палата" + "Боготы",
"Нотариальной палатой" + "Саратовской области".

The tagger ends such a name before the place and reads the place alone (a LOC span); a numbered
institution ("№ 2") or a chamber, an exchange (``lexicons/org_city_genitive_heads.txt``) names the
place it serves after it (docs/gold-conventions.md: institutions named by a type, a number or a
place keep it; the place a body represents is part of its name). The place must stand right after
the span, its first word capitalized and in the genitive (the tagger's or a dictionary reading: a
place after a dative body, "больнице № 3" + "Казани", is the same form; an unknown place in -ы/-и is read a feminine genitive, "Боготы"); the place's
span stays, nested.
Not a place of the event ("палата в Лиме": a preposition between) and not a person or another body.
Read by :mod:`rufacts.components.entities` after the numbered edges ("№ 2" already in the span).
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from ..grammars.folded import folded_lemma
from ..lexicons import load_list
from .doc_words import case_reading

MAX_PLACE = 3


def _numbered(span: Span) -> bool:
    """The span ends with "№" and a number ("№ 2", "№ 12")."""
    return len(span) > 2 and span[-2].text == "№" and span[-1].text[:1].isdigit()


def _chamber(span: Span) -> bool:
    """The span's last word is a listed head ("палата", "биржа") with an adjective before it."""
    return len(span) > 1 and span[-1].is_alpha and span[-1].pos_ == "NOUN" \
        and folded_lemma(span[-1]) in load_list("org_city_genitive_heads.txt") and span[-2].pos_ == "ADJ"


def _genitive(token) -> bool:
    """A genitive to the tagger or the dictionary, or a place unknown to both in -ы/-и, a
    feminine genitive ("Боготы": the dictionary guesses a plural nominative of "Богот")."""
    return case_reading(token, "Gen", ("gent",)) or token.lower_[-1:] in ("ы", "и")


def city_genitives(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with each numbered institution or chamber grown over the place right after it."""
    places = {s.start: s for s in spans if s.label_ == "LOC"}
    if not places:
        return spans
    out, changed = [], False
    for span in spans:
        place = places.get(span.end) if span.label_ == "ORG" else None
        if place is not None and len(place) <= MAX_PLACE and place[0].text[:1].isupper() \
                and (_numbered(span) or _chamber(span)) \
                and _genitive(place[-1] if place[-1].is_alpha else place[0]) \
                and not any(s.label_ in ("ORG", "PER") and s.start < place.end and s.end > place.start
                            and s is not span for s in spans):
            span, changed = Span(doc, span.start, place.end, label="ORG"), True
        out.append(span)
    return sorted(out, key=lambda s: (s.start, -s.end)) if changed else spans
