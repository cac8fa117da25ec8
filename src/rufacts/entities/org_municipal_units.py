"""A unit of a town's or a region's executive named with the executive and its place: "в управлении
ЖКХ администрации Сургута", "департаменте образования администрации Тюмени", "отдел муниципального
контроля администрации Сыктывкара". The tagger and the body rules give the unit without its owner
("департамент образования") or the owner alone ("администрация Сургута"); the unit's name goes on to
the place, as a unit's name keeps the district it serves (docs/gold-conventions.md: "отдел опеки
Кировского района"). The executive stays a body of its own inside it.

An ORG span of an owner noun (``lexicons/org_municipal_units.tsv``: администрация, мэрия, акимат)
whose words after it are a place of the article (a LOC span) has the unit right before it: an ORG
span ending there that opens with a unit's noun (отдел, управление, департамент), or else, where no
span ends there, a unit's noun and up to four words of its field, lower-case or an acronym
("управлении ЖКХ", "отдела муниципального контроля"); then the unit runs from its noun to the place.
Only the noun of a unit opens it (not "сотрудники"), a person or a name between stops it. Read by
:mod:`rufacts.components.entities` after the bodies and their remits are found.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from ..lexicons import load_rows

MAX_FIELD = 4  # "муниципального контроля", "архитектуры и градостроительства"


@lru_cache(maxsize=1)
def _lemmas() -> dict[str, str]:
    return {row[0]: row[1] for row in load_rows("org_municipal_units.tsv")}


def _field_word(token: Token) -> bool:
    """A word of a unit's field: lower-case ("образования", "и"), or an acronym ("ЖКХ")."""
    return token.is_alpha and (token.is_lower or token.is_upper and len(token) > 1) or token.text == "-"


def _unit_start(doc: Doc, end: int, spans: list[Span], taken: set[int]) -> int | None:
    """Start of the unit ending at ``end``; None where none stands there."""
    lemmas = _lemmas()
    ending = [s for s in spans if s.end == end and s.label_ in ("ORG", "PER", "LOC")]
    if ending:
        unit = max(ending, key=len)
        first = unit[0]
        return unit.start if unit.label_ == "ORG" and len(unit) > 1 and lemmas.get(first.lemma_.lower()) == "unit" \
            and all(_field_word(t) for t in unit[1:]) else None
    k = end - 1
    while k >= 0 and end - k <= MAX_FIELD and k not in taken and _field_word(doc[k]):
        if lemmas.get(doc[k].lemma_.lower()) == "unit" and doc[k].pos_ == "NOUN" and k < end - 1:
            return k
        k -= 1
    if k >= 0 and k not in taken and end - k <= MAX_FIELD + 1 and k < end - 1 and doc[k].is_title \
            and lemmas.get(doc[k].lemma_.lower()) == "unit" and doc[k].pos_ == "NOUN":
        return k  # "Департамент образования администрации ...": the capital of a sentence or a name
    return None


def municipal_units(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with each unit of a place's executive carried on to the place; the unit's own
    span without it goes, the executive's stays."""
    lemmas = _lemmas()
    owners = [s for s in spans if s.label_ == "ORG" and len(s) > 1 and lemmas.get(s[0].lemma_.lower()) == "owner"
              and s[0].is_lower]
    if not owners:
        return spans
    places = {(s.start, s.end) for s in spans if s.label_ == "LOC"}
    found = []
    for owner in owners:
        if (owner.start + 1, owner.end) not in places:
            continue
        taken = {i for s in spans if s.label_ in ("PER", "LOC") or s.label_ == "ORG" and s.end != owner.start
                 for i in range(s.start, s.end) if i < owner.start}
        start = _unit_start(doc, owner.start, spans, taken)
        if start is not None:
            found.append(Span(doc, start, owner.end, label="ORG"))
    if not found:
        return spans
    drop = {(s.start, s.end) for s in spans if s.label_ == "ORG" for f in found if s.start == f.start and s.end < f.end}
    kept = [s for s in spans if (s.start, s.end) not in drop]
    return sorted(kept + found, key=lambda s: (s.start, -s.end))
