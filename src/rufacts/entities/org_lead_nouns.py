"""A person's, a unit's or a thing's noun before an organization's name in the genitive is no
part of the name: "[Главврачу Старолесской районной больницы]" -> the больница,
"[Пресс-служба Кедровского завода]" -> the завод, "[Пациентов Лесогорского онкодиспансера]" ->
the онкодиспансер, "камерного оркестра" + "[Заозёрной филармонии]" -> the филармония.

The lead nouns are the posts (``lexicons/role_words.txt``), the people and things of an
organization (``org_slot_nouns.txt``), the people around a person (``person_staff.txt``) and the
units of an organization (``org_unit_heads.txt``). The name left must stand on its own: its first
word a capitalized adjective or an acronym, its last an organization's lower-case head noun in the
genitive (``institution_nouns.txt``, ``org_descriptors.txt``, ``body_heads.txt``: not "района")
or an acronym ("Сотрудники МЧС"); a person's name after the noun is left to the person rules
("Пресс-служба Павла Дурова"). Read by :mod:`rufacts.components.entities` after the spans are
repaired, and by :func:`rufacts.entities.orgs.descriptor_orgs`, which does not take such a unit
noun before an organization into its name.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from ..lexicons import load_list

MAX_LEAD = 3  # words before the name: "Главному врачу", "камерного оркестра"


@lru_cache(maxsize=1)
def lead_nouns() -> frozenset[str]:
    """The lead nouns; an institution's or a branch's noun is a body of its own ("завода",
    "филиала"), unless it is a unit's ("оркестра")."""
    bodies = {e.split()[0] for e in load_list("institution_nouns.txt")} | load_list("org_branch_nouns.txt")
    people = load_list("role_words.txt") | load_list("org_slot_nouns.txt") | load_list("person_staff.txt")
    return frozenset(people - bodies) | load_list("org_unit_heads.txt")


def unit_heads() -> frozenset[str]:
    return load_list("org_unit_heads.txt")


def _acronym(token: Token) -> bool:
    return token.is_upper and token.is_alpha and len(token.text) >= 2


def own_genitive_name(span) -> bool:
    """A name that stands on its own in the genitive: "Кедровского машиностроительного завода",
    "МЧС" (not a person's name, not a quoted name)."""
    first, last = span[0], span[-1]
    if len(span) == 1:
        return _acronym(first)
    opens = _acronym(first) or (first.pos_ == "ADJ" and first.text[:1].isupper() and first.is_alpha)
    closes = _acronym(last) or (last.pos_ == "NOUN" and last.is_lower and last.is_alpha
                                and "Gen" in last.morph.get("Case") and last.lemma_.lower() in body_nouns())
    return opens and closes


@lru_cache(maxsize=1)
def body_nouns() -> frozenset[str]:
    """Head nouns of organizations: institutions, descriptors, bodies (not "района": a place)."""
    return frozenset(e.split()[0] for e in load_list("institution_nouns.txt")) | load_list("org_descriptors.txt") \
        | load_list("body_heads.txt")


def _lead_end(doc: Doc, span: Span) -> int | None:
    """Index in ``doc`` where the name starts after the lead noun; None where no lead noun opens ``span``."""
    for k in range(span.start, min(span.end - 1, span.start + MAX_LEAD)):
        token = doc[k]
        plain = token.is_lower or token.is_sent_start
        if not plain or not token.is_alpha and "-" not in token.text:
            return None
        if token.pos_ == "NOUN" and token.lemma_.lower() in lead_nouns():
            return k + 1
        if token.pos_ != "ADJ":
            return None
    return None


def without_lead_nouns(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with the lead noun cut off the organizations that open with one."""
    out, changed = [], False
    for span in spans:
        if span.label_ == "ORG" and len(span) > 1:
            start = _lead_end(doc, span)
            if start is not None and own_genitive_name(doc[start:span.end]):
                out.append(Span(doc, start, span.end, label="ORG"))
                changed = True
                continue
        out.append(span)
    return out if changed else spans
