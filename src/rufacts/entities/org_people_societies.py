"""Bodies of a people named by a capitalized head noun and the genitive of that people's adjective
with a noun of what they keep or gather: "Общество вепсской культуры", "Союз карельского народа",
"Обществу марийской культуры" (heads: ``lexicons/org_people_heads.txt``; nouns:
``lexicons/org_people_fields.txt``).

The tagger misses such a name where it opens a sentence in an oblique case ("Обществу вепсской
культуры выделили субсидию") or stops at its head ("Союзу" of "Союзу карельского народа"). The
adjective is a relative one (-ский, -цкий) in lower case agreeing with the noun in the genitive; the
head is capitalized. A tagger's organization or place inside the phrase gives way to it; an
organization or a person reaching over its edge leaves it alone. Read by
:mod:`rufacts.entities.span_passes` after the descriptive phrases.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from ..grammars.folded import folded_lemma
from ..grammars.morph import Morph
from ..lexicons import load_list
from .geo import lemma_positions

RELATIVE = ("ский", "цкий")


def _genitive_pair(morph: Morph, adjective: str, noun: str) -> bool:
    """A relative adjective and a noun that agree in the genitive ("карельского народа")."""
    nouns = [(p.tag.number, p.tag.gender) for p in morph.parse(noun) if p.tag.POS == "NOUN" and p.tag.case == "gent"]
    return any(p.tag.POS == "ADJF" and p.tag.case == "gent" and p.normal_form.endswith(RELATIVE)
               and "Qual" not in p.tag.grammemes
               and any(p.tag.number == number and (number == "plur" or p.tag.gender == gender) for number, gender in nouns)
               for p in morph.parse(adjective))


def people_societies(doc: Doc, spans: list[Span], morph: Morph) -> list[Span]:
    """``spans`` with an ORG span for each people's body so named that the tagger missed or cut short."""
    heads = load_list("org_people_heads.txt")
    fields = load_list("org_people_fields.txt")
    found = []
    for k in lemma_positions(doc, heads.__contains__):
        end = k + 3
        if end > len(doc) or not doc[k].is_title or doc[k].pos_ not in ("NOUN", "PROPN"):
            continue
        adjective, noun = doc[k + 1], doc[k + 2]
        if not (adjective.is_alpha and adjective.is_lower and noun.is_alpha and noun.is_lower
                and folded_lemma(noun) in fields and _genitive_pair(morph, adjective.text, noun.text)):
            continue
        if end < len(doc) and doc[end].is_alpha and doc[end].is_lower and doc[end].pos_ in ("NOUN", "ADJ") \
                and "Gen" in doc[end].morph.get("Case"):
            continue  # the chain runs on ("Общества русской культуры Эстонии" aside): other rules'
        if any(s.start == k and s.end == end and s.label_ == "ORG" for s in spans):
            continue
        if any(s.label_ in ("ORG", "PER") and s.start < end and k < s.end and (s.start < k or s.end > end or s.label_ == "PER")
               for s in spans):
            continue
        found.append(Span(doc, k, end, label="ORG"))
    if not found:
        return spans
    kept = [s for s in spans if not any(f.start <= s.start and s.end <= f.end for f in found)]
    return sorted(kept + found, key=lambda s: (s.start, -s.end))
