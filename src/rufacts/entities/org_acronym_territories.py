"""A local unit named by its acronym and the territory it serves (orgunits47): "Следователи [СО по
Ленинскому району Кирова]", "приставы ОСП по Центральному району Барнаула", "в СО по городу
Ангарску". The tagger reads "СО" as the preposition "со" (its span holds the acronym alone, or it has
none) and leaves the territory out; the body-complement grammar (:func:`.bodies.complemented_orgs`)
looks for a noun at the span's head and finds none. docs/gold-conventions.md: a unit keeps the
district it serves ("в следственный отдел по Ленинскому району").

An acronym of ``lexicons/org_remit_unit_acronyms.txt`` (all capitals as written), then "по" and a
territory (:func:`.org_unit_territories.territory_end`: a place's span, or an adjective and a
territory's noun in the dative, "по городу" and its name) and the town of a district in the genitive
right after it (a place's span: "по Ленинскому району" + "Кирова"), is one organization; a span of
the tagger's holding the acronym alone is replaced, a longer one stays; the places inside keep their spans. Read by :mod:`.span_passes`
among the last passes.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span

from ..lexicons import load_list
from .doc_words import morph_values, word_positions
from .org_unit_territories import territory_end

PLACE_LABELS = ("LOC", "GPE")


@lru_cache(maxsize=1)
def _acronyms() -> frozenset[str]:
    return frozenset(e.lower() for e in load_list("org_remit_unit_acronyms.txt"))


def _town_after(doc: Doc, end: int, places: dict[int, Span]) -> int:
    """``end`` grown over a place's span in the genitive right after a district ("району" + "Кирова")."""
    place = places.get(end)
    if place is not None and end > 0 and doc[end - 1].lemma_.lower() in ("район", "округ") \
            and "Gen" in morph_values(place[0], "Case"):
        return place.end
    return end


def acronym_territories(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with a local unit's acronym grown over the territory after "по" (see the module)."""
    acronyms = _acronyms()
    # (each distinct capitalized word tested once, no Token made for each: an acronym's first letter is a capital)
    hits = [i for i in word_positions(doc, lambda text: text.isupper() and text.lower() in acronyms, capital=True)
            if i + 2 < len(doc) and doc[i + 1].lower_ == "по"]
    if not hits:
        return spans
    places = {s.start: s for s in spans if s.label_ in PLACE_LABELS}
    out = list(spans)
    for i in hits:
        end = territory_end(doc, i + 1, places)
        if end is None:
            continue
        end = _town_after(doc, end, places)
        if any(s.start <= i < s.end and (s.start < i or s.end > i + 1) and s.label_ not in PLACE_LABELS
               for s in out):
            continue  # a longer name holds the acronym ("ГСУ СК России по ...")
        out = [s for s in out if not (s.label_ == "ORG" and i <= s.start and s.end <= end)]  # places stay, as in unit_territories
        out.append(Span(doc, i, end, label="ORG"))
    out.sort(key=lambda s: (s.start, -s.end))
    return out
