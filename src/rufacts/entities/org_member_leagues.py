"""A member's noun before its league is no descriptor of the league (orgextent45).

"ведут переговоры сразу два клуба Российской Премьер-лиги": the descriptor rules
(:func:`rufacts.entities.orgs.descriptor_orgs`) read "клуба" as the league's descriptor, as
"клуба «Спартак»", and the name kept it ("клуб Российской Премьер-лиги"). A club is a member of a
league, not its kind: a span opening with a lower-case member noun of ``lexicons/org_league_members.tsv``
and going on with a capitalized name in the genitive whose last word's head (by its lemma; a
word ending in it too: "Премьер-лиги", "экстралиги") is one of the bodies that noun is a member of, is the league's
name alone. A quoted name, a name in another case (apposition: "клуб Суперлига") or another head
stays with its descriptor.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span

from ..grammars.folded import folded_lemma
from ..lexicons import load_rows
from .doc_words import morph_values


@lru_cache(maxsize=1)
def _members() -> dict[str, frozenset[str]]:
    return {row[0]: frozenset(row[1:]) for row in load_rows("org_league_members.tsv")}


def _league(token, heads: frozenset[str]) -> bool:
    lemma = folded_lemma(token)
    return any(lemma.endswith(head) for head in heads)  # "Премьер-лиги", "экстралиги"


def member_leagues(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with a member's noun cut off the league's name after it (see the module)."""
    members = _members()
    out, changed = [], False
    for s in spans:
        if s.label_ == "ORG" and len(s) > 1 and s[0].is_lower and s[0].pos_ == "NOUN" \
                and folded_lemma(s[0]) in members and s[1].text[:1].isupper() and s[1].is_alpha \
                and _league(s[-1], members[folded_lemma(s[0])]) and "Gen" in morph_values(s[-1], "Case"):
            s, changed = Span(doc, s.start + 1, s.end, label="ORG"), True
        out.append(s)
    return out if changed else spans
