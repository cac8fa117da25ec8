"""A company's or an agency's branch named by its place, or by the territory it serves (orgextent42).

The tagger finds the owner ("Россельхозбанка", "Россельхозцентра") and leaves the branch's noun out,
or takes the place's adjective for a body of its own ("[Марийскому] филиалу [Россельхозбанка]");
the branch is a body of its own (docs/gold-conventions.md, as "Уральское отделение РАН"):

- a capitalized place adjective, a branch noun (``lexicons/org_place_branch_nouns.txt``: "филиал",
  "отделение") agreeing with it, and the owner's capitalized name right after them (a span the
  tagger found): "Марийский филиал Россельхозбанка", "Башкирское отделение Сбербанка" (a level's
  adjective between them is :mod:`.org_party_branches`' ground: "Курганское областное отделение КПРФ");
- a lower-case branch noun, the owner and "по" + the place it serves: "филиал Россельхозцентра по
  Республике Марий Эл", as "Управление Росреестра по ..." (a place in the dative the tagger found).

The owner stays a mention of its own; the tagger's piece of the branch (the adjective alone) goes.
Read by :mod:`rufacts.components.entities`.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..lexicons import load_list
from .doc_words import morph_values
from .geo import lemma_positions


def _nouns() -> frozenset[str]:
    return load_list("org_place_branch_nouns.txt")


def _place_adjective(token: Token, noun: Token) -> bool:
    """A capitalized adjective (no acronym; as the sentence's first word, a place's in -ский/-цкий:
    "Санкт-Петербургский филиал Архива РАН") agreeing with ``noun``."""
    text = token.text.replace("-", "")
    if token.pos_ != "ADJ" or not text.isalpha() or not token.text[:1].isupper() or token.is_upper \
            or token.is_sent_start and not token.lemma_.endswith(("ский", "цкий")) or text.isascii():
        return False
    cases = set(morph_values(noun, "Case"))
    if cases & {"Nom", "Acc"} and "Inan" in morph_values(noun, "Animacy"):
        cases |= {"Nom", "Acc"}  # one form of an inanimate noun ("филиал" the tagger read as an accusative)
    return bool(set(morph_values(token, "Case")) & cases) and "Plur" not in morph_values(token, "Number")


def place_branches(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with each branch named by its place, or by "по" + its territory, one ORG span."""
    positions = lemma_positions(doc, _nouns().__contains__)
    if not positions:
        return spans
    orgs = {s.start: s for s in spans if s.label_ == "ORG"}
    places = {s.start: s for s in spans if s.label_ == "LOC"}
    found = []
    for k in positions:
        noun = doc[k]
        owner = orgs.get(k + 1)
        if owner is None or "Plur" in morph_values(noun, "Number") \
                or not owner[0].text[:1].isupper() or owner[0].text in "«\"":
            continue
        if any(s.label_ == "ORG" and s.start <= k and s.end >= owner.end and (s.start, s.end) != (k, k + 1)
               and not (s.start == k - 1 and s.end == k) for s in spans):
            continue  # the branch found already ("Уральским отделением РАН")
        if k > 0 and _place_adjective(doc[k - 1], noun):
            found.append((k - 1, owner.end, k))
            continue
        if k > 0 and doc[k - 1].pos_ == "ADJ" or owner.end + 1 >= len(doc) or doc[owner.end].lower_ != "по":
            continue  # ("областного филиала ..." is the party branches' ground)
        place = places.get(owner.end + 1)
        if place is not None and {"Dat", "Loc"} & (set(morph_values(place[0], "Case")) | set(morph_values(place[-1], "Case"))):
            found.append((k, place.end, k))
    if not found:
        return spans
    out = list(spans)
    for start, end, k in found:
        out = [s for s in out if not (s.label_ == "ORG" and start <= s.start and s.end <= k + 1)]
        out.append(Span(doc, start, end, label="ORG"))
    return sorted(out, key=lambda s: (s.start, -s.end))
