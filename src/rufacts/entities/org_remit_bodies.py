"""A body the press names in lower case by its remit: "<noun> по <remit>".

"Депутат возглавлял комитет по бюджету и налогам", "работал в департаменте по транспортировке,
подземному хранению и использованию газа", "комиссию по борьбе с коррупцией". A head noun of
``lexicons/remit_body_heads.txt`` in lower case (or opening the sentence), in the singular, that no
span covers, with "по" and a remit after it (:func:`rufacts.entities.bodies.grow_complements`:
datives, their genitives, "и" between like words, "с"/"за" and an instrumental; not the complements
of ``lexicons/body_complements.txt``: "по контракту", "по словам"), and its agreeing adjectives
before it (:func:`rufacts.entities.bodies.adjectives_before`: "бюджетный комитет по ..."), is one
organization. A head with the genitive bound to it (``lexicons/remit_genitive_heads.txt``: "центр
компетенций по искусственному интеллекту") is read so too. Not after "под" and not where the remit is
one adjective standing alone. Read by
:mod:`rufacts.components.entities` with the other bodies.
"""
from __future__ import annotations

from functools import lru_cache

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


@lru_cache(maxsize=1)
def _bound_heads() -> dict[str, frozenset[str]]:
    """Bound genitive lemma -> the head lemmas it follows ("компетенция" -> "центр")."""
    out: dict[str, set[str]] = {}
    for entry in load_list("remit_genitive_heads.txt"):
        head, bound = entry.split()
        out.setdefault(bound, set()).add(head)
    return {k: frozenset(v) for k, v in out.items()}


def _bound_head(doc: Doc, i: int) -> int:
    """Position of the head before the bound genitive at ``i`` ("центр" + "компетенций"), or ``i``."""
    heads = _bound_heads().get(folded_lemma(doc[i]))
    if heads and i > 0 and "Gen" in doc[i].morph.get("Case") and doc[i - 1].pos_ == "NOUN" \
            and folded_lemma(doc[i - 1]) in heads and "Plur" not in doc[i - 1].morph.get("Number"):
        return i - 1
    return i


def remit_bodies(doc: Doc, spans: list[Span]) -> list[Span]:
    """New ORG spans: a lower-case body noun with its "по" remit."""
    heads = load_list("remit_body_heads.txt")
    entities = longest_by_start(spans)
    taken = {i for s in spans for i in range(s.start, s.end)}
    out: list[Span] = []
    for i in (p - 1 for p in lower_positions(doc, ("по",)) if 0 < p < len(doc) - 1):  # the word before each "по"
        before = i  # the word before "по"
        i = _bound_head(doc, before)
        token = doc[i]
        if i in taken or before in taken or token.pos_ != "NOUN" or (before == i and folded_lemma(token) not in heads) \
                or "Plur" in token.morph.get("Number") \
                or not (token.is_lower or token.is_sent_start and token.text[1:].islower()) \
                or i > 0 and doc[i - 1].lower_ == "под":
            continue
        end, _ = grow_complements(doc, before + 1, entities)
        if end <= before + 2 or not any(t.pos_ == "NOUN" for t in doc[before + 2:end]) or _named_after(doc, end):
            continue
        start = adjectives_before(doc, i, taken)
        out.append(Span(doc, start, end, label="ORG"))
        taken.update(range(start, end))
    return out
