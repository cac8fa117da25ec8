"""A person's name the tagger ran on into the lower-case noun after it, the next clause's subject
or object: "Жительнице Копейска [Наталье Глухих суд] вернул автомобиль" (an indeclinable surname
gives the tagger no case to stop at). A name never ends in a lower-case common noun; the lower-case
words of names are particles ("де", "ибн", ``names.PARTICLES``) and the patronymic words of
``lexicons/name_particles.tsv`` ("оглы", "кызы"). Such a word at the end of a person span of
capitalized words is cut off where the dictionary knows it as a common noun and not as a name.
Read by :mod:`rufacts.components.entities` right after the NER spans are repaired."""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span

from ..grammars.morph import Morph
from ..lexicons import load_list
from .names import PARTICLES


@lru_cache(maxsize=1)
def _name_lower_words() -> frozenset[str]:
    return PARTICLES | load_list("name_particles.tsv")


def _common_noun(morph: Morph, token) -> bool:
    if not (token.is_alpha and token.is_lower) or token.text in _name_lower_words() or not morph.is_known(token.text):
        return False
    parses = morph.parse(token.text)
    return parses[0].tag.POS == "NOUN" and not any({"Name", "Surn", "Patr"} & p.tag.grammemes for p in parses)


def person_noun_tails(doc: Doc, spans: list[Span], morph: Morph) -> list[Span]:
    """``spans`` with a person's closing lower-case noun cut off."""
    out, changed = [], False
    for span in spans:
        if span.label_ == "PER" and len(span) >= 3 and _common_noun(morph, span[-1]) \
                and all(t.text[:1].isupper() for t in span[:-1]):
            span = Span(doc, span.start, span.end - 1, label="PER")
            changed = True
        out.append(span)
    return out if changed else spans
