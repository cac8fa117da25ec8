"""Bodies named by a common noun and their seat, "<noun> при <owner>" (w130): "комиссия при
правительстве края по делам несовершеннолетних", "Совету при губернаторе области по развитию
малого бизнеса", "научно-технического совета при главном инженере комбината".

A body noun of ``lexicons/body_seat_heads.txt`` with the adjectives before it, then "при" and an
owner -- a position word ("губернаторе", "полпреде"), a body or institution noun
("правительстве", "министерстве", "университете") or a named organization, place or person --
is one organization with its remit after "по"/"против", before or after the seat
("комиссия по делам несовершеннолетних при администрации округа"). "Совет при поддержке
спонсоров", "при этом", "при участии" have no owner: no body.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from ..lexicons import load_list


@lru_cache(maxsize=1)
def owner_lemmas() -> frozenset[str]:
    """Lemmas of the nouns that may own a body after "при": positions, bodies, institutions."""
    from .bodies import body_heads
    from .institutions import _nouns as institution_nouns
    from .role_phrase import role_lemmas

    return frozenset(role_lemmas() | set(body_heads()) | load_list("org_descriptors.txt")
                     | load_list("body_nouns.txt") | set(institution_nouns()))


def is_owner(doc: Doc, i: int, entities: dict[int, Span]) -> bool:
    """Whether the words from ``doc[i]`` (right after "при") name an owner: past the
    adjectives, a name or a noun of :func:`owner_lemmas` in the locative."""
    while i < len(doc) and doc[i].pos_ == "ADJ" and doc[i].is_lower and i not in entities:
        i += 1
    if i >= len(doc):
        return False
    if i in entities:
        return True
    token = doc[i]
    lemma = token.lemma_.lower().replace("ё", "е")
    return token.pos_ == "NOUN" and (lemma in owner_lemmas() or token.lemma_.lower() in owner_lemmas())


def _head(token: Token) -> bool:
    return token.pos_ == "NOUN" and token.lemma_.lower() in load_list("body_seat_heads.txt") \
        and (token.is_lower or token.text[1:].islower())


def seated_bodies(doc: Doc, spans: list[Span]) -> list[Span]:
    """New ORG spans: a body noun, its adjectives and its seat "при <owner>"."""
    from .bodies import LINKED, _adjectives_before, _complement
    from .geo import lemma_positions

    heads = load_list("body_seat_heads.txt")
    entities: dict[int, Span] = {}
    for span in sorted(spans, key=lambda s: s.end - s.start):
        entities[span.start] = span
    in_org = {i for s in spans if s.label_ == "ORG" for i in range(s.start, s.end)}
    taken = {i for s in spans for i in range(s.start, s.end)}
    out: list[Span] = []
    for i in lemma_positions(doc, heads.__contains__):
        if i in in_org or i + 2 >= len(doc) or doc[i + 1].lower_ not in LINKED or not _head(doc[i]) \
                or (i > 0 and doc[i - 1].lower_ in ("под", "при")):
            continue
        end, seated = i + 1, False  # the remit may come first: "комиссия по делам ... при ..."
        while end < len(doc) and doc[end].lower_ in LINKED:
            stop = _complement(doc, end, entities)  # ("при" with no owner gives None)
            if stop is None:
                break
            seated = seated or doc[end].lower_ == "при"
            end = stop
        if not seated:
            continue
        start = _adjectives_before(doc, i, taken)
        out.append(Span(doc, start, end, label="ORG"))
        in_org.update(range(start, end))
    return out
