"""An organization span the tagger ran into a verb next to it ("Тбилисский театр имени
Марджанишвили" + "привезёт"; "Возглавить" + "Свято-Димитриевское сестричество" at a sentence's
start): the verb is no part of the name. A verb at the span's edge is a word the tagger reads as a
verb and the analyzer only as a finite indicative verb or an infinitive (no noun, adjective or
imperative reading: "«Подари жизнь»" stands); at the start only before a capitalized word.
Likewise a lower-case nominative noun after the name's head in the instrumental, dative or locative
("с Омской епархией" + "больница заключила"): a name's head takes genitives after it, not the
clause's subject. So is a lower-case adverb after the name's noun ("в Кизнерской районной
больнице" + "наконец"): a word the tagger and the analyzer read as an adverb.
Read by :func:`rufacts.entities.org_name_extent.joined_orgs`."""
from __future__ import annotations

from spacy.tokens import Span, Token

from ..grammars.morph import get_morph
from .org_quoted_leads import without_quoted_lead

VERBAL = frozenset({"VERB", "INFN"})


def _verb(token: Token) -> bool:
    if token.pos_ not in ("VERB", "AUX") or not token.is_alpha:
        return False
    parses = get_morph().parse(token.text)
    return bool(parses) and all(p.tag.POS in VERBAL and "impr" not in p.tag.grammemes for p in parses)


NAME_WORDS = frozenset({"ADJF", "ADJS", "PRTF", "NUMR"})


def _adverb(token: Token) -> bool:
    """"наконец", "вчера", "уже": an adverb by the tagger and by the analyzer's first reading,
    with no reading of an adjective, a participle or a numeral, words a name ends in."""
    if token.pos_ != "ADV" or not token.is_alpha or not token.is_lower:
        return False
    parses = get_morph().parse(token.text)
    return bool(parses) and parses[0].tag.POS in ("ADVB", "PRCL") \
        and not any(p.tag.POS in NAME_WORDS for p in parses)


OBLIQUE_HEAD = frozenset({"Ins", "Dat", "Loc"})


def _subject_after(head: Token, last: Token) -> bool:
    """A lower-case nominative noun ``last`` right after a noun ``head`` in an oblique case it
    cannot share: the clause's subject, not the name's word."""
    return last.is_lower and last.is_alpha and last.pos_ == "NOUN" and last.morph.get("Case") == ["Nom"] \
        and head.pos_ == "NOUN" and head.is_lower and bool(head.morph.get("Case")) \
        and set(head.morph.get("Case")) <= OBLIQUE_HEAD


DIRECT = frozenset({"nomn", "accs"})


def _place_lead(place: Token, adj: Token, noun: Token) -> bool:
    """A city's name the analyzer reads only in the nominative or accusative ("эвакуировали в
    Свердловск" + "Машиностроительный завод имени Калинина") before a capitalized adjective that
    opens a name with its lower-case noun: the clause's place, not the name's word (a place in a
    name stands as its adjective or its genitive after the noun)."""
    if not (place.text[:1].isupper() and place.is_alpha and adj.text[:1].isupper() and adj.pos_ == "ADJ"
            and noun.is_lower and noun.pos_ == "NOUN" and adj.morph.get("Case") == noun.morph.get("Case")):
        return False
    parses = get_morph().parse(place.text)
    places = [p for p in parses if "Geox" in p.tag.grammemes]
    return bool(places) and len(places) == len(parses) and all(p.tag.case in DIRECT for p in places)


def _noun_after(doc, i: int, end: int) -> Token:
    """The word after the lower-case adjectives from ``doc[i]`` on ("исторический" + "музей")."""
    while i < end - 1 and doc[i].is_lower and doc[i].pos_ == "ADJ":
        i += 1
    return doc[i]


def without_verb_edges(span: Span) -> Span:
    """``span`` without a verb at its end or, before a capitalized word, at its start, and without
    a subject or an adverb the tagger ran the name into."""
    if span.label_ != "ORG" or len(span) < 3:
        return span
    span = without_quoted_lead(span, _verb)  # "Таможня оштрафовала «...»", "Из академии бокса «...»"
    start, end = span.start, span.end
    if end - start < 3:
        return span
    doc = span.doc
    if doc[end - 1].is_lower and _verb(doc[end - 1]):
        end -= 1
    elif _subject_after(doc[end - 2], doc[end - 1]):
        end -= 1
    elif doc[end - 2].pos_ == "NOUN" and doc[end - 2].is_alpha and _adverb(doc[end - 1]):
        end -= 1
    if doc[start].text[:1].isupper() and doc[start + 1].text[:1].isupper() and _verb(doc[start]):
        start += 1
    elif end - start >= 3 and _place_lead(doc[start], doc[start + 1], _noun_after(doc, start + 2, end)):
        start += 1
    return span if (start, end) == (span.start, span.end) else Span(doc, start, end, label="ORG")
