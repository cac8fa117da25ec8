"""The land an international body's forces, command or administration serve, which is part of
their name: "Временные силы ООН в Ливане", "Командование ООН в Корее", "Временная администрация ООН
в Косово", "Силы ООН по поддержанию мира на Кипре" (docs/gold-conventions.md: a descriptive name keeps
its fixed tail). The heads are ``lexicons/org_served_seat_heads.txt``, the owners the international
bodies of ``lexicons/owned_body_owners.txt``; an office of such a body ("Детский фонд ООН в Йемене")
is where it stands and keeps no place (its head is not listed). A state's forces ("Вооружённые силы
Украины в Донбассе") have no international owner and stay as they are.

A state's house of its culture abroad ("Российский дом в Ханое", "Русский дом в Кишинёве",
``lexicons/org_mission_heads.txt``), which the tagger reads as a place or misses, is an organization
with the city it serves (:func:`house_seats`; :func:`rufacts.entities.org_place_tail.mission_tails`
grows a house the tagger found).

Read by :mod:`rufacts.entities.span_passes` after the missions' own tails."""
from __future__ import annotations

from spacy.tokens import Doc, Span

from ..grammars.folded import folded_lemma
from ..lexicons import load_list
from .doc_words import morph_values
from .geo import lemma_positions

SEAT_PREPOSITIONS = ("в", "во", "на")


def _seat_end(doc: Doc, i: int, places: dict[int, Span]) -> int | None:
    """End of "в/на" + a capitalized place at ``doc[i]`` in the prepositional (no accusative: "в Ливан"
    is where a thing goes); None else."""
    if i + 1 >= len(doc) or doc[i].lower_ not in SEAT_PREPOSITIONS:
        return None
    place = places.get(i + 1)
    if place is None or not place[0].text[:1].isupper():
        return None
    cases = set(morph_values(place[0], "Case")) | set(morph_values(place[-1], "Case"))
    return place.end if "Acc" not in cases else None


def _owned(span: Span) -> bool:
    """An international owner's acronym or name inside the span ("ООН", "ЕС")."""
    owners = load_list("owned_body_owners.txt")
    return any(t.is_upper and t.lower_ in owners for t in span)


def served_seats(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with an international body's forces, command or administration grown over "в/на" +
    the land they serve."""
    heads = load_list("org_served_seat_heads.txt")
    places = {s.start: s for s in spans if s.label_ == "LOC"}
    if not places:
        return spans
    out, changed = [], False
    for span in spans:
        if span.label_ == "ORG" and span.end < len(doc) and doc[span.end].lower_ in SEAT_PREPOSITIONS \
                and span[0].text[:1].isupper() and not span[0].is_upper:
            head = next((t for t in span if t.pos_ == "NOUN" and not t.is_upper), None)
            end = _seat_end(doc, span.end, places)
            if end is not None and head is not None and folded_lemma(head) in heads and _owned(span):
                span, changed = Span(doc, span.start, end, label="ORG"), True
        out.append(span)
    return sorted(out, key=lambda s: (s.start, -s.end)) if changed else spans


def _houses() -> list[tuple[str, str]]:
    """(adjective, noun) lemmas of the two-word house entries of ``lexicons/org_mission_heads.txt``
    whose first word is an adjective of a state ("русский дом", "российский дом")."""
    return [tuple(e.split()) for e in load_list("org_mission_heads.txt")
            if len(e.split()) == 2 and e.split()[0].endswith(("ский", "ий"))]


def house_seats(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with a state's house of culture and the city it serves ("Российском доме" + "в
    Ханое") one organization, over the tagger's place or nothing."""
    houses = _houses()
    nouns = {noun for _, noun in houses}
    places = {s.start: s for s in spans if s.label_ == "LOC"}
    found = []
    for k in lemma_positions(doc, nouns.__contains__):
        if k == 0 or not doc[k].is_lower or (folded_lemma(doc[k - 1]), folded_lemma(doc[k])) not in houses \
                or not doc[k - 1].text[:1].isupper():
            continue
        end = _seat_end(doc, k + 1, places)
        if end is None:
            continue
        start = k - 1
        if any(s.label_ in ("ORG", "PER") and (s.start < start < s.end or s.start < end - 1 < s.end
                                                or s.start <= start and s.end >= end) for s in spans):
            continue  # the tagger's organization holds it, or a name reaches in
        found.append(Span(doc, start, end, label="ORG"))
    if not found:
        return spans
    kept = [s for s in spans if not any(f.start <= s.start and s.end <= f.end and s.start < f.end - 1
                                        for f in found)]  # the tagger's place "Российском доме"
    return sorted(kept + found, key=lambda s: (s.start, -s.end))
