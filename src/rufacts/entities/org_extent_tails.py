"""An organization's extent where its own words were cut off (orgextent42).

- :func:`nom_acc_alike`: a lower-case adjective read nominative before a noun read accusative (or the
  reverse) agrees where the two cases share the adjective's form: neuter, plural, or masculine
  before a thing ("в торговое представительство России": the tagger's "торговое" Nom, the noun Acc);
  read by ``orgs._agrees``.
- :func:`geo_opening`: a sentence's first word that is a country's or a big place's adjective
  (``lexicons/geo_adjectives.tsv``: "Иранское агентство ИРНА") says where the body is from, so the
  acronym after the kind is the name; another adjective there is the name's own ("Восточный
  институт ДВФУ" as "Восточного института ДВФУ"); read by ``orgs.split_descriptor``.
- :func:`level_council`: a lower-case adjective of a council's level before its capitalized noun is the
  name's own ("городская Дума Ессентуков", "районный Совет депутатов"), not a qualifier before a name
  ("оппозиционной Партии свободы"); read by ``orgs.split_descriptor``.
- :func:`kept_tails`: a body's name takes in a fixed prepositional tail of its remit that no rule
  of complements reads (``lexicons/org_kept_tails.tsv``: "на транспорте" after a police or
  prosecution body, "Линейное управление МВД России на транспорте"), if the body holds one of the
  words the tail needs (and the region in the genitive after a tail marked so: "Комитет ветеринарии
  с госветинспекцией Республики Марий Эл").
- :func:`council_seats`: a council's noun (``lexicons/municipal_bodies.tsv``, "head") closing a span
  takes in a lower-case genitive chain of what it is ("местного самоуправления") that ends in a kind
  of place (``lexicons/org_place_kind_nouns.txt``) and the place's name the tagger found after it:
  "Совет местного самоуправления городского округа Нальчик" (the place it represents is part of the
  name, docs/gold-conventions.md).
- :func:`fielded_cuts`: a ministry whose name holds its field already (``lexicons/org_fielded_heads.txt``:
  МИД, Минфин, "министерство иностранных дел") and its state gives back a "по" phrase after them
  ("консультации с МИД Республики Корея" + "по консульским вопросам": the talks' topic, no second
  remit of the ministry); a ministry named by its remit ("Министерство России по делам гражданской
  обороны") keeps it.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from ..lexicons import load_list, load_rows
from .doc_words import morph_values
from .spans import unique_spans

SHARED = frozenset({"Nom", "Acc"})


def nom_acc_alike(adj: Token, noun: Token) -> bool:
    """``adj`` and ``noun`` read one Nom and the other Acc, and the adjective's form is the same in
    both (neuter or plural; masculine before an inanimate noun)."""
    cases = set(morph_values(adj, "Case")) | set(morph_values(noun, "Case"))
    if cases != SHARED:
        return False
    return "Neut" in morph_values(adj, "Gender") or "Plur" in morph_values(adj, "Number") \
        or "Masc" in morph_values(adj, "Gender") and "Inan" in morph_values(noun, "Animacy")


def geo_opening(token: Token) -> bool:
    """``token`` opens the sentence and is a place's adjective of ``lexicons/geo_adjectives.tsv``."""
    from ..grammars.folded import folded_lemma
    from .geo import geo_adjectives

    return token.is_sent_start and folded_lemma(token) in geo_adjectives()


def level_council(span: Span) -> bool:
    """``span`` opens with a lower-case level adjective (``lexicons/org_branch_levels.tsv``, "level")
    and a council's capitalized noun (``lexicons/municipal_bodies.tsv``, "head")."""
    return len(span) > 1 and span[0].is_lower and span[0].lemma_.lower() in _levels() \
        and span[1].lemma_.lower() in _councils()


@lru_cache(maxsize=1)
def _levels() -> frozenset[str]:
    return frozenset(row[0] for row in load_rows("org_branch_levels.tsv") if len(row) > 1 and row[1] == "level")


@lru_cache(maxsize=1)
def _councils() -> frozenset[str]:
    return frozenset(row[1] for row in load_rows("municipal_bodies.tsv") if len(row) > 1 and row[0] == "head")


@lru_cache(maxsize=1)
def _kept() -> tuple[tuple[tuple[str, ...], frozenset[str], bool], ...]:
    """(the tail's words, lower case; the lemmas one of which the body must hold; whether a place in
    the genitive after the tail is the body's)."""
    return tuple((tuple(row[0].split()), frozenset(row[1].split()), len(row) > 2 and row[2] == "place")
                 for row in load_rows("org_kept_tails.tsv") if len(row) > 1)


@lru_cache(maxsize=1)
def _kept_by_first() -> tuple[dict[str, tuple], tuple]:
    """The rows of :func:`_kept` (in their order) that a tail opening with a word may match, by that
    word, and those for any other word (a row of no words: none in the lexicon today)."""
    rows = _kept()
    anywhere = tuple(row for row in rows if not row[0])
    return {first: tuple(row for row in rows if not row[0] or row[0][0] == first)
            for first in {row[0][0] for row in rows if row[0]}}, anywhere


def kept_tails(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with each organization grown over a listed tail right after it."""
    taken = {i for s in spans for i in range(s.start, s.end)}
    places = {s.start: s for s in spans if s.label_ == "LOC"}
    out, changed = [], False
    by_first, anywhere = _kept_by_first()
    for span in spans:
        if span.label_ == "ORG" and span.end < len(doc) and doc[span.end].is_lower:
            for words, needs, placed in by_first.get(doc[span.end].lower_, anywhere):  # (only rows it may open)
                end = span.end + len(words)
                if end <= len(doc) and tuple(t.lower_ for t in doc[span.end:end]) == words \
                        and not any(i in taken for i in range(span.end, end)) \
                        and any(t.lemma_.lower() in needs for t in span):
                    place = places.get(end) if placed else None
                    if place is not None and "Gen" in morph_values(place[0], "Case"):
                        end = place.end  # "с госветинспекцией" + "Республики Марий Эл"
                    span, changed = Span(doc, span.start, end, label="ORG"), True
                    break
        out.append(span)
    return sorted(out, key=lambda s: (s.start, -s.end)) if changed else spans


MAX_CHAIN = 5  # "местного самоуправления городского округа"


def council_seats(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with each council grown over its genitive chain, its kind of place and the place."""
    places = {s.start: s for s in spans if s.label_ == "LOC"}
    if not places:
        return spans
    taken = {i for s in spans for i in range(s.start, s.end)}
    kinds = load_list("org_place_kind_nouns.txt")
    out, changed = [], False
    for span in spans:
        if span.label_ == "ORG" and span[-1].lemma_.lower() in _councils():
            j, end = span.end, None
            while j < len(doc) and j - span.end < MAX_CHAIN and j not in taken and doc[j].is_alpha \
                    and doc[j].is_lower and doc[j].pos_ in ("ADJ", "NOUN") and "Gen" in morph_values(doc[j], "Case"):
                j += 1
                if doc[j - 1].pos_ == "NOUN" and doc[j - 1].lemma_.lower() in kinds and j in places:
                    end = places[j].end
                    break
            if end is not None and j > span.end + 1:  # (a kind of place alone: org_place_tail's ground)
                span, changed = Span(doc, span.start, end, label="ORG"), True
        out.append(span)
    return sorted(out, key=lambda s: (s.start, -s.end)) if changed else spans


def _fielded(span: Span, k: int) -> bool:
    """The words of ``span`` before ``k`` open with a listed ministry with its field."""
    heads = load_list("org_fielded_heads.txt")
    words = [t.lemma_.lower() for t in span if t.i < k]
    return any(" ".join(words[:n]) in heads for n in range(1, min(4, len(words)) + 1))


def fielded_cuts(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with each such ministry's span cut before the "по" after its state."""
    places = {s.end: s for s in spans if s.label_ == "LOC"}
    out, changed = [], False
    for span in spans:
        if span.label_ == "ORG" and len(span) >= 4:
            k = next((t.i for t in span if t.lower_ == "по" and t.i in places and places[t.i].start > span.start), None)
            if k is not None and _fielded(span, places[k].start):
                span, changed = Span(doc, span.start, k, label="ORG"), True
        out.append(span)
    if not changed:
        return spans
    return unique_spans(out)
