"""A place's name in apposition to its kind, glued by the tagger to the name of the person after it
(personforms40): "начальник порта Тельук-Байур Сугиярто" (one place span), "глава округа Бантул
Сухарсоно" (one person span), "мэр города Сурабая" + "Эри Кахьяди" (joined as a first name
"Сурабай Эри"). The word right after a kind of place (``lexicons/name_place_kinds.txt``: порт, город,
аэропорт, округ ...) is the place's name, no part of the person's; the person is the rest.

:func:`place_before_person` (read by :func:`rufacts.entities.names_missed.missed_names`) cuts a person
or place span of two or more words after such a noun: its first word a place, the rest a person, where
the first word is no first name (the dictionary's or a lexicon's: "порта Владимир Иванов" keeps its man)
and the rest reads as a person -- one capitalized word no dictionary reads as a place or body and of no
surname's ending (a mononym: Indonesian names often have one word; "района Залима Тхамокова" is one
man), or a first name and surname. A place span is cut only where its first word is a whole place's
name by its form (hyphenated, "Тельук-Байур", or a place the dictionary knows) and its second and last
a word the dictionary does not know, after a post ("начальник порта ...": a place of two plain words,
"города Бандар Лампунг", and a place after no post, "в город Перт Коллинз", stay whole).
:func:`apposed_place` keeps a one-word place after such a noun from being joined to the person after it.
"""
from __future__ import annotations

from spacy.tokens import Span

from ..grammars.morph import Morph
from ..lexicons import load_list
from .name_readings import _readings
from .name_words import MISSED, _capitalized, _first_name, _hyphenated_cap
from .names import analyze_name

PLACE_TAGS = frozenset({"Geox", "Orgn"})
SURNAME_FORM = 0.5  # a lone word's surname reading this strong has a surname's ending ("-ова", "-ов")


def _place_kind(token) -> bool:
    """A lower-case noun for a kind of place (any case: "порта", "город")."""
    from ..grammars.morph import get_morph

    if not token.is_lower or not token.is_alpha:
        return False
    kinds = load_list("name_place_kinds.txt")
    return token.lemma_.lower() in kinds or any(
        p.tag.POS == "NOUN" and p.normal_form in kinds for p in get_morph().parse(token.lower_))


def apposed_place(span: Span) -> bool:
    """A one-word place span right after a kind of place ("города" + "Сурабая")."""
    return len(span) == 1 and span.start > 0 and span.label_ in ("LOC", "ORG") \
        and _place_kind(span.doc[span.start - 1])


def _place_word(morph: Morph, token) -> bool:
    return _hyphenated_cap(token) and not token.is_sent_start and not _first_name(morph, token.text) \
        and not ("-" in token.text and _first_name(morph, token.text.split("-")[0]))  # "Клаус-Дитер"


def _known_as(morph: Morph, word: str, tags: frozenset[str]) -> bool:
    """The dictionary knows the word with one of ``tags`` (not the analyzer's guess of a word it lacks)."""
    return morph.is_known(word) and any(tags & p.tag.grammemes for p in morph.parse(word))


def _person_rest(morph: Morph, words: list) -> bool:
    if not all(_capitalized(t) and t.is_alpha for t in words):
        return False
    if len(words) == 1:  # no surname's form either: "района Залима Тхамокова" is a man (Тхамоков)
        return not _known_as(morph, words[0].text, PLACE_TAGS) and not any(
            r.role == "last" and r.weight >= SURNAME_FORM for r in _readings(morph, words[0].text))
    parts = analyze_name(morph, [t.text for t in words])
    return parts.last is not None and parts.first is not None and bool(parts.candidates) \
        and parts.candidates[0][0] >= MISSED


def _cut(span: Span, morph: Morph) -> bool:
    doc = span.doc
    if span.label_ not in ("PER", "LOC") or len(span) < 2 or span.start == 0 \
            or not _place_kind(doc[span.start - 1]) or not _place_word(morph, span[0]) \
            or not _person_rest(morph, list(span[1:])):
        return False
    if span.label_ == "PER":
        return True
    place = "-" in span[0].text or _known_as(morph, span[0].text, frozenset({"Geox"}))
    return place and len(span) == 2 and not morph.is_known(span[1].text) and _post_before(doc, span.start - 1, morph)


def _post_before(doc, kind: int, morph: Morph) -> bool:
    """A post noun among the three words before the kind of place ("начальник таможни порта ..."):
    a person holding a post there follows; "груз доставили в город Перт Коллинз" names one place."""
    from .name_lead_words import position_word

    return any(doc[i].is_alpha and position_word(morph, doc[i].text) for i in range(max(kind - 3, 0), kind))


def place_before_person(spans: list[Span], morph: Morph) -> list[Span]:
    """``spans`` with each such span cut into the place (its first word) and the person (the rest)."""
    out: list[Span] = []
    for span in spans:
        if _cut(span, morph):
            out.append(Span(span.doc, span.start, span.start + 1, label="LOC"))
            span = Span(span.doc, span.start + 1, span.end, label="PER")
        out.append(span)
    return out
