"""A bank's or a sports or trade body's name led by adjectives inside a sentence, which the tagger
missed: "Перед Нижневолжским кредитным банком у компании накопился долг", "подал апелляцию в
Португальскую федерацию футбола", "оштрафован Норвежским футбольным союзом".

A head noun of ``lexicons/org_adjective_led_heads.txt`` in the singular and lower case, no person's
or organization's span over it, after up to three lower-case adjectives opened by a capitalized one
("+": and a lower-case one or the genitive after the noun: not "Российской федерации", a
country) that is not the sentence's first word nor right after another capitalized word ("Банк"
and a person's name are other rules'), all agreeing with the noun (the tagger's case, or a reading
of the analyzer where the tagger misread it); the lower-case genitive of its field after the noun
joins it (:func:`rufacts.entities.org_field_genitives.genitive_end`: "федерации лёгкой атлетики"),
its first word read as a genitive by the tagger too ("у Приокского банка лицензии" keeps its object
out where the tagger reads it so). A place, or a name the tagger made of the adjectives alone, gives way. Adjective-led bodies
that open a sentence are :mod:`rufacts.entities.org_sentence_leads`'s and
:mod:`rufacts.entities.institutions`'s. Read by
:func:`rufacts.entities.org_foreign_tails.capital_adjective_bodies`.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from ..grammars.folded import folded_lemma
from ..grammars.morph import UD_CASES, get_morph
from ..lexicons import load_list
from .doc_words import morph_values
from .geo import lemma_positions
from .institutions import opens_sentence
from .org_field_genitives import genitive_end

MAX_LOWER = 3


@lru_cache(maxsize=1)
def _heads() -> dict[str, bool]:
    """Head lemma -> whether it needs a lower-case adjective or a genitive after the capital ("+")."""
    return {e.split()[0]: "+" in e.split()[1:] for e in load_list("org_adjective_led_heads.txt")}


def _agrees(adjective: Token, noun: Token) -> bool:
    if adjective.pos_ != "ADJ" or not adjective.text.replace("-", "").isalpha():
        return False
    if all(morph_values(adjective, f) == morph_values(noun, f) for f in ("Case", "Number")):
        return True
    case = UD_CASES.get(next(iter(morph_values(noun, "Case")), ""))
    return case is not None and any(p.tag.POS == "ADJF" and p.tag.case == case and p.tag.number == "sing"
                                    for p in get_morph().parse(adjective.lower_))


def adjective_banks(doc: Doc, spans: list[Span]) -> list[Span]:
    """New ORG spans for the names above (the spans inside them left for the caller to drop)."""
    heads = _heads()
    taken = {i for s in spans if s.label_ in ("ORG", "PER") for i in range(s.start, s.end)}
    out = []
    for k in lemma_positions(doc, heads.__contains__):
        noun = doc[k]
        if k in taken or not noun.is_lower or noun.pos_ != "NOUN" or "Plur" in morph_values(noun, "Number") \
                or folded_lemma(noun) not in heads:
            continue
        start = k
        while start > 0 and k - start < MAX_LOWER and doc[start - 1].is_lower and _agrees(doc[start - 1], noun):
            start -= 1
        first = start - 1
        if first < 0 or not doc[first].is_title or not _agrees(doc[first], noun) or opens_sentence(doc, first) \
                or doc[first - 1].text[:1].isupper() and not opens_sentence(doc, first - 1):
            continue
        if any(s.start < k and s.end > first and (s.start < first or s.end > k) for s in spans + out):
            continue  # a span the tagger made of the adjectives alone gives way ("Ливанским" + "коммерческим банком")
        end = k + 1
        if end < len(doc) and "Gen" in morph_values(doc[end], "Case"):
            end = genitive_end(doc, end, taken) or end
        if heads[folded_lemma(noun)] and start == k and end == k + 1:
            continue  # "Российской федерации", "Советского союза": a country
        out.append(Span(doc, first, end, label="ORG"))
        taken.update(range(first, end))
    return out
