"""An enterprise the tagger reads as a place: a span of a capitalized adjective, lower-case
adjectives and an enterprise noun (``lexicons/org_plant_heads.txt``) is an organization ("на
Чебоксарском агрегатном заводе", "Кировского завода"); so is a span of the capitalized adjective
alone, grown over the lower-case adjectives and the enterprise noun right after it that agree with
it ("на Ядринской" + "птицефабрике", "Ядринском" + "мясокомбинате"). Read by
:func:`rufacts.entities.org_name_extent.joined_orgs`."""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span

from ..grammars.adjective_endings import adjective_endings
from ..grammars.morph import get_morph
from ..lexicons import load_list, load_rows
from .institutions import institution_heads

MAX_ADJECTIVES = 2  # lower-case adjectives between the name's and the noun: "Ядринском мясном комбинате"


# the masculine and neuter singular, the feminine nominative and accusative
ADJECTIVE_ENDINGS = adjective_endings("sing masc", "sing neut", "sing femn nomn", "sing femn accs")


@lru_cache(maxsize=1)
def _heads() -> frozenset[str]:
    """The enterprise nouns and the institutions' (a place's "Каменский сельсовет", "Уржумская
    больница" is a body, not the place)."""
    return load_list("org_plant_heads.txt") | institution_heads()


@lru_cache(maxsize=1)
def _kind_adjectives() -> dict[str, frozenset[str]]:
    """Nouns that head an enterprise only after one of their industry's adjectives
    (``lexicons/org_plant_kind_adjectives.tsv``: комплекс -> газохимический, ...)."""
    kinds: dict[str, set[str]] = {}
    for noun, adjective in load_rows("org_plant_kind_adjectives.tsv"):
        kinds.setdefault(noun, set()).add(adjective)
    return {noun: frozenset(adjectives) for noun, adjectives in kinds.items()}


def plant_as_org(span: Span) -> Span:
    if len(span) == 1 and span.label_ in ("LOC", "ORG"):
        return _grown(span)
    if span.label_ != "LOC" or len(span) < 2:
        return span
    head = span[-1]
    kinds = _kind_adjectives().get(head.lemma_.lower(), frozenset())
    industry = any(t.lemma_.lower() in kinds for t in span[1:-1])  # "Ташкентский металлургический комплекс"
    if head.pos_ not in ("NOUN", "PROPN") or not head.is_lower or head.lemma_.lower() not in _heads() and not industry:
        return span
    first = span[0]  # (a place's adjective the tagger read as a proper noun: "Каменского сельсовета")
    adjective = first.pos_ == "ADJ" or first.pos_ == "PROPN" and first.lower_.endswith(ADJECTIVE_ENDINGS)
    if not adjective or not first.text[:1].isupper() \
            or not all(t.pos_ == "ADJ" and t.is_lower for t in span[1:-1]):
        return span
    return Span(span.doc, span.start, span.end, label="ORG")


def _forms(parses) -> set[tuple]:
    """(case, number, gender) of the parses, no gender in the plural."""
    return {(p.tag.case, p.tag.number, p.tag.gender if p.tag.number == "sing" else None) for p in parses}


def _grown(span: Span) -> Span:
    """A one-word span of a capitalized adjective (the tagger's place or organization), not opening
    the sentence, with the lower-case adjectives and the enterprise noun right after it, all agreeing
    by the dictionary (the tagger's case of a word it read as a name is often wrong): an
    organization; the span else."""
    doc, first = span.doc, span[0]
    if first.pos_ != "ADJ" or not first.text[:1].isupper() or not first.is_alpha:
        return span
    end = span.end
    while end < len(doc) and end - span.end < MAX_ADJECTIVES and doc[end].is_lower and doc[end].pos_ == "ADJ":
        end += 1
    if end >= len(doc) or not doc[end].is_lower or not doc[end].is_alpha:
        return span
    morph = get_morph()
    kinds = _kind_adjectives()
    industries = {a.lemma_.lower() for a in doc[span.end:end]}
    heads = [p for p in morph.parse(doc[end].text) if p.tag.POS == "NOUN" and (
        p.normal_form in kinds and kinds[p.normal_form] & industries
        or p.normal_form in load_list("org_plant_heads.txt") and not first.is_sent_start)]
    # (a sentence's opening adjective only before an industry's adjective: "Российская компания" is none)
    forms = _forms(heads)
    for token in doc[span.start:end]:
        forms &= _forms(p for p in morph.parse(token.text) if p.tag.POS == "ADJF")
    if not forms:
        return span
    return Span(doc, span.start, end + 1, label="ORG")
