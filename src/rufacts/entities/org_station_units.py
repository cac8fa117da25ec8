"""Railway units named by their type and a station or a place: "моторвагонного депо Казань",
"эксплуатационное локомотивное депо Агрыз", "Агрызской дистанции пути", "Канашская дистанция
сигнализации, централизации и блокировки". The tagger misses them, or keeps the station alone as a
place; NEREL and factRuEval read such a unit as an organization (docs/gold-conventions.md: a unit of
an institution named by its type and field), its name in the nominative with the station as written.

Heads and how each is named come from ``lexicons/org_station_units.tsv``, found through the doc's
lemma index:

- a "station" head (депо) takes up to three lower-case adjectives before it (the kind of depot:
  "моторвагонного", "эксплуатационного локомотивного") and a capitalized station's name right after
  it: a place span there whole (a station may be a town's name: "Казань"), else one capitalized word,
  hyphenated ones too ("Москва-Сортировочная"); a station at a sentence's start, a person, a quote or
  a number after the head name nothing;
- a "field" head (дистанция) needs a capitalized adjective right before it agreeing with it (the
  place it serves: "Агрызской") and its field after it: lower-case genitive words whose first noun is
  of the lexicon's field nouns ("пути", "сигнализации"), with a list closed by "и" ("сигнализации,
  централизации и блокировки"): "Олимпийская дистанция" or "на дистанции 10 км" name no unit.

An organization span of the unit's words inside it (the tagger's "депо Казань") gives way to it, and
so does a person that is its adjective alone or common words and it (the tagger's "Электромеханики
Канашской"); a place inside stays (the station's town is a place of the article too); nothing is found where a
person or an organization of the tagger or the rules crosses the unit's edge. Read by
:mod:`rufacts.components.entities` after the institutions' passes.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from ..lexicons import load_rows
from .doc_words import morph_values
from .geo import lemma_positions

MAX_ADJECTIVES = 3  # "вагонного ремонтного", "эксплуатационного локомотивного"
OBLIQUE = frozenset({"Gen", "Dat", "Loc"})  # the tagger's case of a genitive in "-и" is a guess ("пути": Loc)
MAX_FIELD = 8  # "сигнализации, централизации и блокировки", "гражданских сооружений"


@lru_cache(maxsize=1)
def _heads() -> dict[str, tuple[str, frozenset[str]]]:
    """Head lemma -> (kind, the field's first nouns)."""
    return {row[0]: (row[1], frozenset(row[2].split()) if len(row) > 2 else frozenset())
            for row in load_rows("org_station_units.tsv")}


def _word(token: Token) -> bool:
    return token.is_alpha or "-" in token.text and token.text.replace("-", "").isalpha()


def _agrees(adjective: Token, head: Token) -> bool:
    """An adjective in the head's case (the tagger's reading; "депо" does not decline, so its
    adjectives give the case), singular, and in its gender where the head has one."""
    if adjective.pos_ != "ADJ" or "Sing" not in morph_values(adjective, "Number"):
        return False
    gender, own = set(morph_values(head, "Gender")), set(morph_values(adjective, "Gender"))
    if not {"Nom", "Acc"} & set(morph_values(adjective, "Case")):  # "моторвагонного": masculine and neuter alike
        gender, own = gender | ({"Masc", "Neut"} if gender & {"Masc", "Neut"} else set()), own | (
            {"Masc", "Neut"} if own & {"Masc", "Neut"} else set())
    return not gender or not own or bool(gender & own)


def _station_unit(doc: Doc, i: int, at: dict[int, Span]) -> tuple[int, int] | None:
    """(start, end) of "adjectives + депо + Station" at the head ``doc[i]``; None where none."""
    k = i + 1
    if k >= len(doc) or not _word(doc[k]) or not doc[k].text[:1].isupper() or doc[k].is_upper and len(doc[k]) > 1 \
            or doc[k].is_sent_start:
        return None
    place = at.get(k)
    if place is not None and place.label_ == "PER":
        return None
    end = place.end if place is not None and place.label_ == "LOC" else k + 1
    start = i
    while start > 0 and i - start < MAX_ADJECTIVES and doc[start - 1].is_lower and _word(doc[start - 1]) \
            and _agrees(doc[start - 1], doc[i]):
        start -= 1
    return start, end


def _field_end(doc: Doc, k: int, firsts: frozenset[str]) -> int | None:
    """End of the genitive field from ``doc[k]``: lower-case adjectives and nouns, the first noun of
    ``firsts``, a list closed by "и"; None where the field is not there."""
    j, end, first, listed = k, None, None, False
    while j < len(doc) and j - k < MAX_FIELD:
        token = doc[j]
        if token.text in (",", "и") and first is not None and j + 1 < len(doc) and doc[j + 1].is_lower:
            listed = listed or token.text == ","
            j += 1
            continue
        if not (token.is_lower and _word(token) and token.pos_ in ("NOUN", "ADJ") and OBLIQUE & set(morph_values(token, "Case"))):
            break
        if token.pos_ == "NOUN":
            first = first or token.lemma_.lower()
            end = j + 1
        j += 1
    if first not in firsts or end is None:
        return None
    if listed and not any(t.text == "и" for t in doc[k:end]):  # a list left open: the field's first noun only
        end = next(t.i for t in doc[k:end] if t.pos_ == "NOUN") + 1
    return end


def _field_unit(doc: Doc, i: int, firsts: frozenset[str]) -> tuple[int, int] | None:
    """(start, end) of "Place-adjective + дистанция + field" at the head ``doc[i]``; None where none."""
    if i == 0 or not doc[i].is_lower:
        return None
    adjective = doc[i - 1]
    if not adjective.is_title and not ("-" in adjective.text and adjective.text[:1].isupper()) \
            or not _word(adjective) or not _agrees(adjective, doc[i]):
        return None
    end = _field_end(doc, i + 1, firsts)
    return (i - 1, end) if end is not None else None


def _common_person(span: Span, start: int) -> bool:
    """A person of the tagger ending at the unit's place adjective ``doc[start]``, its words before it
    common nouns or adjectives: "[Электромеханики Канашской]" + "дистанции", no person at all."""
    return span.label_ == "PER" and span.end == start + 1 and span.start < start \
        and all(t.pos_ in ("NOUN", "ADJ") for t in span)


def station_units(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with the railway units of ``lexicons/org_station_units.tsv`` in; an ORG span inside
    one gives way to it, a place inside stays."""
    heads = _heads()
    positions = lemma_positions(doc, heads.__contains__)
    if not positions:
        return spans
    at = {s.start: s for s in spans}
    found = []
    for i in positions:
        kind, firsts = heads[doc[i].lemma_.lower()]
        bounds = _station_unit(doc, i, at) if kind == "station" else _field_unit(doc, i, firsts)
        if bounds is None:
            continue
        start, end = bounds
        if any(s.label_ in ("PER", "ORG") and s.start < end and start < s.end
               and not (start <= s.start and s.end <= end) and not _common_person(s, start) for s in spans):
            continue  # a name across its edge
        if any(s.label_ == "ORG" and s.start == start and s.end == end for s in spans):
            continue
        found.append(Span(doc, start, end, label="ORG"))
    if not found:
        return spans
    kept = [s for s in spans if not ((s.label_ == "ORG" or s.label_ == "PER" and all(t.pos_ == "ADJ" for t in s))
                                     and any(f.start <= s.start and s.end <= f.end for f in found)
                                     or any(_common_person(s, f.start) for f in found))]
    return sorted(kept + found, key=lambda s: (s.start, -s.end))
