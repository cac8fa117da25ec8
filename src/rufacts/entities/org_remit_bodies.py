"""A body the press names in lower case by its remit: "<noun> по <remit>".

"Депутат возглавлял комитет по бюджету и налогам", "работал в департаменте по транспортировке,
подземному хранению и использованию газа", "комиссию по борьбе с коррупцией". A head noun of
``lexicons/remit_body_heads.txt`` in lower case (or opening the sentence), in the singular, that no
span covers, with "по" and a remit after it (:func:`rufacts.entities.bodies.grow_complements`:
datives, their genitives, "и" between like words, "с"/"за" and an instrumental; not the complements
of ``lexicons/body_complements.txt``: "по контракту", "по словам"), and its agreeing adjectives
before it (:func:`rufacts.entities.bodies.adjectives_before`: "бюджетный комитет по ..."), is one
organization. Not after "под" and not where the remit is one adjective standing alone. Read by
:mod:`rufacts.components.entities` with the other bodies.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from ..grammars.folded import folded_lemma
from ..lexicons import load_list
from .bodies import adjectives_before, grow_complements, longest_by_start
from .doc_words import lower_positions
from .normal import OPEN_QUOTES


def _named_after(doc: Doc, end: int) -> bool:
    """A name right after the remit: the phrase is its descriptor ("агентстве по недвижимости
    «Strutt & Parker»", "агентство по недвижимости Knight Frank"), left to the descriptor rules."""
    if end >= len(doc):
        return False
    word = doc[end]
    return word.text in OPEN_QUOTES or word.text in ("''", '"') or word.is_alpha and word.text[:1].isupper() \
        and word.text[:1].isascii()


def remit_bodies(doc: Doc, spans: list[Span]) -> list[Span]:
    """New ORG spans: a lower-case body noun with its "по" remit."""
    heads = load_list("remit_body_heads.txt")
    entities = longest_by_start(spans)
    taken = {i for s in spans for i in range(s.start, s.end)}
    out: list[Span] = []
    for i in (p - 1 for p in lower_positions(doc, ("по",)) if 0 < p < len(doc) - 1):  # the word before each "по"
        token = doc[i]
        if i in taken or token.pos_ != "NOUN" or folded_lemma(token) not in heads \
                or "Plur" in token.morph.get("Number") \
                or not (token.is_lower or token.is_sent_start and token.text[1:].islower()) \
                or i > 0 and doc[i - 1].lower_ == "под":
            continue
        end, _ = grow_complements(doc, i + 1, entities)
        if end <= i + 2 or not any(t.pos_ == "NOUN" for t in doc[i + 2:end]) or _named_after(doc, end):
            continue
        start = adjectives_before(doc, i, taken)
        out.append(Span(doc, start, end, label="ORG"))
        taken.update(range(start, end))
    return out
