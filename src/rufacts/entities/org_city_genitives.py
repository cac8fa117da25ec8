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
A descriptive name of an institution of the lexicon ("Королевской филармонии", "Музея изящных
искусств") takes a city the tagger left out or read as a lone person ("Монса", "Элдорета"): a place in
the genitive to the dictionary, or a word it does not know that it reads as a genitive.
Read by :mod:`rufacts.components.entities` after the numbered edges ("№ 2" already in the span).
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from ..grammars.folded import folded_lemma
from ..grammars.morph import get_morph
from ..lexicons import load_list
from .doc_words import case_reading

MAX_PLACE = 3
MAX_LEAD = 3  # adjectives before the head: "Королевской", "Политехническом"


def _numbered(span: Span) -> bool:
    """The span ends with "№" and a number ("№ 2", "№ 12")."""
    return len(span) > 2 and span[-2].text == "№" and span[-1].text[:1].isdigit()


def _chamber(span: Span) -> bool:
    """The span's last word is a listed head ("палата", "биржа") with an adjective before it."""
    return len(span) > 1 and span[-1].is_alpha and span[-1].pos_ == "NOUN" \
        and folded_lemma(span[-1]) in load_list("org_city_genitive_heads.txt") and span[-2].pos_ == "ADJ"


def _institution(span: Span) -> bool:
    """A descriptive name of a listed head: capitalized, its first noun the head, an adjective before
    it or lower-case words of its field after it ("Королевской филармонии", "Музея изящных искусств";
    not a bare "Музея")."""
    if len(span) < 2 or not span[0].text[:1].isupper():
        return False
    k = next((k for k, t in enumerate(span) if t.pos_ in ("NOUN", "PROPN")), None)
    if k is None or k > MAX_LEAD or folded_lemma(span[k]) not in load_list("org_city_genitive_heads.txt"):
        return False
    return all(t.is_lower and t.is_alpha for t in span[k + 1:]) and (k > 0 or len(span) > k + 1)


def _untagged_place(doc: Doc, i: int, spans: list[Span]) -> bool:
    """``doc[i]`` a capitalized word no span holds but a lone word the tagger read as a person, and
    the dictionary's place in the genitive ("Монса", "Намюра") or a word it does not know in a
    genitive it guesses ("Элдорета"), no capitalized word after it (a person's name)."""
    token = doc[i]
    if not (token.is_alpha and token.is_title) or token.is_sent_start:
        return False
    if any(s.start <= i < s.end and not (s.label_ == "PER" and len(s) == 1) for s in spans):
        return False
    if i + 1 < len(doc) and doc[i + 1].text[:1].isupper():
        return False
    morph = get_morph()
    parses = morph.parse(token.lower_)
    if any(p.tag.case == "gent" and "Geox" in p.tag for p in parses):
        return True
    return not morph.is_known(token.lower_) and any(p.tag.case == "gent" and "Fixd" not in p.tag for p in parses)


def _genitive(token) -> bool:
    """A genitive to the tagger or the dictionary, or a place unknown to both in -ы/-и, a
    feminine genitive ("Боготы": the dictionary guesses a plural nominative of "Богот")."""
    return case_reading(token, "Gen", ("gent",)) or token.lower_[-1:] in ("ы", "и")


def city_genitives(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with each numbered institution or chamber grown over the place right after it."""
    places = {s.start: s for s in spans if s.label_ == "LOC"}
    out, changed = [], False
    for span in spans:
        place = places.get(span.end) if span.label_ == "ORG" else None
        if place is not None and len(place) <= MAX_PLACE and place[0].text[:1].isupper() \
                and (_numbered(span) or _chamber(span)) \
                and _genitive(place[-1] if place[-1].is_alpha else place[0]) \
                and not any(s.label_ in ("ORG", "PER") and s.start < place.end and s.end > place.start
                            and s is not span for s in spans):
            span, changed = Span(doc, span.start, place.end, label="ORG"), True
        elif place is None and span.label_ == "ORG" and span.end < len(doc) and _institution(span) \
                and _untagged_place(doc, span.end, spans):  # "Королевской филармонии" + "Монса"
            span, changed = Span(doc, span.start, span.end + 1, label="ORG"), True
        out.append(span)
    if not changed:
        return spans
    grown = [s for s in out if s not in spans]
    out = [s for s in out if s in grown or not (s.label_ == "PER" and any(g.start <= s.start and s.end <= g.end for g in grown))]
    return sorted(out, key=lambda s: (s.start, -s.end))
