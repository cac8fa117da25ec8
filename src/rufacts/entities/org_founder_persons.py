"""A body the tagger cut to its head before its founder's name (orgextent43).

The press names a foundation by its founder alone, the founder's name in the genitive after the
head ("Фонд Владимира Потанина", "в венецианском Фонде Джорджо Чини"); the tagger often tags the
head alone as an organization and the founder as a person, and the body's name is then "Фонд".

:func:`founder_persons`: an organization span of one capitalized singular head of
``lexicons/owned_body_founder_heads.txt`` (the heads the press names by a founder alone) right
before a person span of two or three capitalized words (a given name and a surname: a surname
alone may be a second subject, "Фонд Потанин ...") whose words the tagger reads in the genitive
or in no case (a foreign name that does not decline: "Джорджо Чини"), to the analyzer (the tagger's
cases of foreign names are guesses), grows over the person; the
person span stays, nested (``doc.ents`` keeps the longer body). Not a name with a word of no genitive
reading ("Фонду Иван Петров передал": a subject).

Read by :mod:`rufacts.entities.span_passes` after the bodies named by their owner
(:mod:`.org_owned_heads`).
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span

from ..grammars.folded import folded_lemma
from ..grammars.morph import get_morph
from ..lexicons import load_list


@lru_cache(maxsize=1)
def founder_heads() -> frozenset[str]:
    """The heads the press names by a founder alone ("фонд", ...)."""
    return frozenset(load_list("owned_body_founder_heads.txt"))


def _founder(person: Span) -> bool:
    """A given name and a surname (or two given names and a surname), capitalized, each word with
    a genitive reading or none of any case (a foreign name that does not decline: "Чини")."""
    if not 2 <= len(person) <= 3 or not all(t.is_alpha and t.is_title for t in person):
        return False
    return all(_genitive_or_fixed(t.text) for t in person)


def _genitive_or_fixed(word: str) -> bool:
    parses = [p for p in get_morph().parse(word) if p.tag.POS == "NOUN"]
    return not parses or any(p.tag.case == "gent" or "Fixd" in p.tag.grammemes for p in parses)


def founder_persons(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with each founder-named head grown over its founder's person span."""
    heads = founder_heads()
    persons = {s.start: s for s in spans if s.label_ == "PER"}
    if not persons:
        return spans
    out, changed = [], False
    for span in spans:
        person = persons.get(span.end)
        if person is not None and span.label_ == "ORG" and len(span) == 1 and span[0].is_title \
                and folded_lemma(span[0]) in heads and "Plur" not in span[0].morph.get("Number") \
                and _founder(person) and not any(
                    s.label_ != "PER" and s.start < person.end and s.end > person.start for s in spans):
            span, changed = Span(doc, span.start, person.end, label="ORG"), True
        out.append(span)
    return sorted(out, key=lambda s: (s.start, -s.end)) if changed else spans
