"""A unit of a town's or a region's executive named with the executive and its place: "в управлении
ЖКХ администрации Сургута", "департаменте образования администрации Тюмени", "отдел муниципального
контроля администрации Сыктывкара", "комитете по управлению муниципальным имуществом администрации
Невинномысска". The tagger and the body rules give the unit without its owner ("департамент
образования"), a piece of it ("комитете по управлению") or the owner alone ("администрация Сургута");
the unit's name goes on to the place, as a unit's name keeps the district it serves
(docs/gold-conventions.md: "отдел опеки Кировского района"). The executive stays a body of its own.

One rule for both passes that meet such units (this module's :func:`municipal_units`, after the
bodies and their remits are found, and :func:`rufacts.entities.org_unit_tails.unit_tails`, after a
unit's field was grown; :func:`executive_units`): an ORG span of a place's executive, lower case
(``lexicons/org_unit_executives.txt``: администрация, мэрия, акимат), in the genitive, named by a
place of the article or a kind of place ("администрации города Тамбова"; not "администрации
Трампа"), has the unit right before it: the unit's noun (``lexicons/org_municipal_units.tsv``:
отдел, управление, департамент, комитет; capitalized only as the sentence's or the name's first
word) and up to six words of its field, lower case (hyphenated too: "жилищно-коммунального"), "по"
and "и" among them, or an acronym ("ЖКХ"); the leftmost such noun opens it ("отдел муниципальной
службы и кадров": "службы" is the field's). A person, a place or a capitalized name between stops
it; a lower-case piece of the unit there is taken in and goes.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from ..grammars.folded import folded_lemma
from ..lexicons import load_list, load_rows
from .doc_words import morph_values

MAX_FIELD = 6  # "по управлению муниципальным имуществом", "по физической культуре и спорту"


@lru_cache(maxsize=1)
def _lemmas() -> dict[str, str]:
    return {row[0]: row[1] for row in load_rows("org_municipal_units.tsv")}


def _field_word(token: Token) -> bool:
    """A word of a unit's field: lower-case ("образования", "и", "жилищно-коммунального"), or an
    acronym ("ЖКХ")."""
    letters = token.text.replace("-", "")
    return letters.isalpha() and (token.is_lower or token.is_upper and len(token) > 1) \
        and not token.text.startswith("-") and not token.text.endswith("-")


def _unit_noun(token: Token, opening: bool = False) -> bool:
    return token.pos_ == "NOUN" and _lemmas().get(folded_lemma(token)) == "unit" \
        and (token.is_lower or opening and token.is_title)


def _executive(owner: Span, places: set[int]) -> bool:
    """A place's executive, lower case and named by its place (a place the tagger found, ``places``
    its tokens, or a kind of place): "администрации города Тамбова"; not "администрации Трампа"."""
    from .org_unit_tails import PLACE_KINDS

    return owner.label_ == "ORG" and len(owner) > 1 and owner[0].is_lower \
        and folded_lemma(owner[0]) in load_list("org_unit_executives.txt") and "Gen" in morph_values(owner[0], "Case") \
        and any(t.text[:1].isupper() for t in owner[1:]) \
        and any(t.i in places or t.is_lower and folded_lemma(t) in PLACE_KINDS() for t in owner[1:])


def _unit_start(doc: Doc, end: int, spans: list[Span]) -> int | None:
    """Start of the unit ending at ``end`` (the executive's start); None where none stands there."""
    blocked = {i for s in spans if s.start < end and (s.label_ != "ORG" or any(
        t.text[:1].isupper() and not (t.i == s.start and _unit_noun(t, True)) for t in s))
        for i in range(s.start, min(s.end, end))}
    start, k = None, end - 1
    while k >= 0 and end - k <= MAX_FIELD + 1 and k not in blocked:
        token = doc[k]
        if k < end - 1 and _unit_noun(token, token.is_sent_start or k == 0 or doc[k - 1].text in "«\"("):
            start = k
        if not _field_word(token):
            break
        k -= 1
    return start


def executive_units(doc: Doc, spans: list[Span]) -> tuple[dict[tuple[int, int], int], list[Span]]:
    """The units before a place's executive: the ends their spans grow to, by (start, end), and new
    spans where no span of the unit starts at its noun."""
    from .doc_words import lower_positions

    words = set(lower_positions(doc, EXECUTIVE_FORMS))
    if not words:
        return {}, []
    places = {i for s in spans if s.label_ == "LOC" for i in range(s.start, s.end)}
    owners = [s for s in spans if s.start in words and _executive(s, places)]
    grown, found = {}, []
    for owner in owners:
        start = _unit_start(doc, owner.start, spans)
        if start is None:
            continue
        own = [s for s in spans if s.label_ == "ORG" and s.start == start and s.end <= owner.start]
        for s in own:
            grown[(s.start, s.end)] = owner.end
        if not own and not any(s.label_ == "ORG" and s.start == start and s.end == owner.end for s in spans):
            found.append(Span(doc, start, owner.end, label="ORG"))
    return grown, found


EXECUTIVE_FORMS = ("администрации", "мэрии", "примэрии", "префектуры", "горисполкома", "райисполкома",
                   "акимата", "хокимията")


def municipal_units(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with each unit of a place's executive carried on to the place; the unit's pieces
    before it go, the executive's span stays."""
    grown, found = executive_units(doc, spans)
    if not grown and not found:
        return spans
    units = [Span(doc, start, end, label="ORG") for (start, _), end in grown.items()] + found
    kept = [s for s in spans if not (s.label_ == "ORG" and any(
        u.start <= s.start and s.end <= u.end and (s.start, s.end) != (u.start, u.end)
        and not (s.end == u.end and s.start > u.start and folded_lemma(s[0]) in load_list("org_unit_executives.txt"))
        for u in units))]
    kept += [u for u in units if not any((s.start, s.end, s.label_) == (u.start, u.end, "ORG") for s in kept)]
    return sorted(kept, key=lambda s: (s.start, -s.end))
