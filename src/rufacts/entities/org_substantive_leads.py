"""An organization's own lower-case adjective the tagger read as a noun (orgextent43).

The tagger reads some adjectives as substantivized nouns ("главное" as a noun, "the main thing"),
and the adjectives before a body's head are then not taken in: "начальником главного управления
общего среднего образования" gives "управление общего среднего образования", the level of the
directorate lost (docs/gold-conventions.md: a body named by its type keeps the type's adjectives,
in the nominative, lower case as written).

:func:`substantive_leads`: an organization span opened by a lower-case head noun of a body
(:func:`rufacts.entities.org_lead_nouns.body_nouns`) or by lower-case adjectives and that noun
takes in the lower-case word right before it that the tagger read as a noun with an adjective's
lemma ("главное"; not "главой" + "администрации", the analyzer's rare "главый" aside), that no span holds,
and that the analyzer reads as an adjective in the head's case, number and gender ("главного" +
"управления", "главное" + "следственное управление"); then the lower-case adjectives the tagger
read as such before that word ("нового главного управления" stays as far as it agrees). Not a noun
with no such reading ("сотрудники управления"), nor one that does not agree ("данные управления").

Read by :mod:`rufacts.entities.span_passes` at the end of the passes (bodies and the tagger's spans alike).
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..grammars.folded import folded_lemma
from ..grammars.morph import UD_CASES, UD_GENDERS, get_morph
from ..lexicons import load_list
from .org_lead_nouns import body_nouns

MAX_LEADS = 3  # lower-case adjectives before the head noun inside the span
# the endings of a substantivized adjective's lemma ("главное", "учёный"); not "глава" ("главой" + "администрации")
ADJECTIVE_LEMMA_ENDS = ("ый", "ий", "ой", "ое", "ее", "ая", "яя", "ые", "ие")


def _head(span: Span) -> Token | None:
    """The span's lower-case head noun of a body, after at most ``MAX_LEADS`` lower-case adjectives."""
    for token in span[:MAX_LEADS + 1]:
        if not token.is_lower or not token.text.replace("-", "").isalpha():
            return None
        if token.pos_ == "NOUN":
            return token if folded_lemma(token) in body_nouns() else None
        if token.pos_ != "ADJ":
            return None
    return None


def _adjective_reading(word: Token, head: Token) -> bool:
    """``word`` has an adjective reading in the case, number and gender of the noun ``head``."""
    case = UD_CASES.get(next(iter(head.morph.get("Case")), ""))
    number = next(iter(head.morph.get("Number")), "")
    gender = UD_GENDERS.get(next(iter(head.morph.get("Gender")), ""))
    if case is None or not number:
        return False
    return any(p.tag.POS == "ADJF" and p.tag.case == case and (
        p.tag.number == "plur" if number == "Plur" else p.tag.number == "sing" and p.tag.gender == gender)
        for p in get_morph().parse(word.lower_))


def substantive_leads(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with each body span's lower-case adjective read as a noun before it taken in."""
    taken = {i for s in spans for i in range(s.start, s.end)}
    anaphora = load_list("anaphora_words.txt")
    out, changed = [], False
    for span in spans:
        k = span.start - 1
        head = _head(span) if span.label_ == "ORG" and k >= 0 else None
        word = doc[k] if head is not None else None
        if word is None or k in taken or word.pos_ != "NOUN" or not word.is_lower or not word.is_alpha \
                or not word.lemma_.lower().endswith(ADJECTIVE_LEMMA_ENDS) or folded_lemma(word) in anaphora or not _adjective_reading(word, head):
            out.append(span)
            continue
        start = k
        while start > 0 and k - start < MAX_LEADS and start - 1 not in taken and doc[start - 1].pos_ == "ADJ" \
                and doc[start - 1].is_lower and doc[start - 1].is_alpha \
                and folded_lemma(doc[start - 1]) not in anaphora and _adjective_reading(doc[start - 1], head):
            start -= 1
        out.append(Span(doc, start, span.end, label="ORG"))
        changed = True
    return sorted(out, key=lambda s: (s.start, -s.end)) if changed else spans
