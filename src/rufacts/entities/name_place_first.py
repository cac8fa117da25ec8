"""A first name the tagger put at the end of a place before a person it found ("в Таларе Эрнана" +
"Кастаньеды Вилькаса", "Жуана" + "Виктора Пиньейру Машаду"): the person takes it in (read by
:func:`rufacts.entities.names_missed.missed_names`).

The place's last word is capitalized, no sentence's first word, a first name (the dictionary's or a
lexicon's) no dictionary reads as a place, or one the first names' list has and no place's preposition
governs, before a surname alone ("с Уралом Хасановым": Урал Хасанов; "на Урале", "с Урала", "губернатор
Флориды Джеб Буш" stay places), and with the person's words it reads clearly as one name
whose first name opens with it ("Эрнан Кастаньеда Вилькас", "Жуан Виктор Пиньейру Машаду"); the place
keeps its other words ("Таларе") or goes.
"""
from __future__ import annotations

from spacy.tokens import Span

from ..grammars.morph import Morph
from .first_names import listed_first
from .name_readings import _readings
from .name_words import MISSED, _capitalized, _first_name
from .names import analyze_name


# prepositions of a place, before which a place's name that is also a first name stays a place ("на Урале
# Хасанов", "с Урала"; "с Уралом Хасановым" is a man)
PLACE_PREPOSITIONS = frozenset({"в", "во", "на", "из", "по", "до", "от", "под", "над", "за", "к", "ко", "у",
                                "через", "около", "возле", "вдоль", "между", "по-над"})


def _place_governed(morph: Morph, token) -> bool:
    before = token.doc[token.i - 1].lower_ if token.i > 0 else ""
    if before in ("с", "со"):
        return any(p.tag.case == "gent" and "Geox" in p.tag.grammemes for p in morph.parse(token.text))
    return before in PLACE_PREPOSITIONS


def _first_word(morph: Morph, token, words: list[str]) -> bool:
    if not _capitalized(token) or not _first_name(morph, token.text):
        return False
    if token.is_sent_start and (not listed_first(morph, token.text) or len(words) > 1 or any(
            p.tag.case == "nomn" and "Geox" in p.tag.grammemes for p in morph.parse(token.text))):
        # a sentence's first word only where it is no place's nominative, a name the first names' list has,
        # before a surname alone ("Каролине Пташек доверили": no place in the dative opens a sentence so)
        return False
    if any("Geox" in p.tag.grammemes for p in morph.parse(token.text)) and (
            not listed_first(morph, token.text) or _place_governed(morph, token)
            or len(words) > 1 or (token.i > 0 and token.doc[token.i - 1].pos_ == "ADJ"
                                  and token.doc[token.i - 1].text[:1].isupper())):  # "в Южной Каролине Купер"
        # a place's name the first names' list has (Урал) only outside a place's preposition and before a
        # surname alone ("губернатор Флориды Джеб Буш": the person has his first name)
        return False
    parts = analyze_name(morph, [token.text] + words)
    # a sentence's first word that is a place only in the prepositional or dative, which no place opens a
    # sentence in without its preposition ("Каролине Пташек доверили"), needs a weaker reading (w373)
    need = MISSED - OPENING_OBLIQUE * (token.is_sent_start and _oblique_place_only(morph, token.text))
    if parts.first is None or parts.last is None or not parts.candidates or parts.candidates[0][0] < need:
        return False
    opening = parts.first.split()[0].lower()
    return any(r.role == "first" and r.nominative == opening for r in _readings(morph, token.text))


OPENING_OBLIQUE = 0.25


def _oblique_place_only(morph: Morph, word: str) -> bool:
    places = [p for p in morph.parse(word) if "Geox" in p.tag.grammemes]
    return bool(places) and all(p.tag.case in ("datv", "loct") for p in places)


def first_name_from_place(spans: list[Span], morph: Morph) -> list[Span]:
    """``spans`` with each place ending in such a first name right before a person cut, the person
    taking the first name in."""
    out: list[Span] = []
    for span in spans:
        previous = out[-1] if out else None
        if previous is not None and previous.label_ == "LOC" and span.label_ == "PER" and previous.end == span.start \
                and _first_word(morph, previous[-1], [t.text for t in span]):
            out.pop()
            if len(previous) > 1:
                out.append(Span(span.doc, previous.start, previous.end - 1, label="LOC"))
            span = Span(span.doc, previous.end - 1, span.end, label="PER")
        out.append(span)
    return out
