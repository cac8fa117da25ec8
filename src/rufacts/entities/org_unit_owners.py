"""A named body right after the noun of a body that belongs to it, in the genitive: "комитета
ООН против пыток", "антимонопольной комиссии Евросоюза", "комитет Госдумы по бюджету",
"оргкомитет «Единой России»". The unit is one organization (``rufacts.entities.orgs``,
``.bodies``) and the owner a mention of its own, as factRuEval marks them and as
``docs/gold-conventions.md`` reads the names inside a body ("Палаты общин парламента
Великобритании": "парламента Великобритании" too).

- :func:`owner_after_body`: whether the tagger's organization at a token is such an owner
  (the body nouns are ``lexicons/body_heads.txt``, read through :func:`rufacts.entities.bodies.body_heads`),
  or a university named in full by its adjective after a unit of it (``lexicons/org_school_units.txt``:
  "Аграрно-технологического института" + "Марийского госуниверситета", orgextent42);
- :func:`nested_orgs`: the tokens of organizations nested inside another one, which
  :func:`rufacts.entities.place_remits.nested_places` leaves alone ("Евросоюза" is a body there,
  not a place).
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from ..lexicons import load_list
from .bodies import body_heads
from .quotes import OPENING_QUOTES


def owner_after_body(doc: Doc, start: int) -> bool:
    """A capitalized name at ``start`` right after a body noun, its opening quote between."""
    k = start - 1
    if k >= 0 and doc[k].text in OPENING_QUOTES:
        k -= 1
    if k < 0 or doc[k].pos_ != "NOUN" or not (doc[k].is_lower or doc[k].is_sent_start):
        return False
    if doc[k].lemma_.lower() not in body_heads():
        return k == start - 1 and doc[k].lemma_.lower() in load_list("org_school_units.txt") and doc[start].text[:1].isupper() \
            and not doc[start].is_upper and doc[start].pos_ == "ADJ"  # "Аграрно-технологического
        # института" + "Марийского госуниверситета": the university named in full is a body too (not its
        # acronym: "Восточный институт ДВФУ" is one name)
    return doc[start].text[:1].isupper() or doc[start].text in OPENING_QUOTES


def nested_orgs(spans: list[Span]) -> set[int]:
    """Tokens of organization spans that stand inside a longer organization span."""
    orgs = [s for s in spans if s.label_ == "ORG"]
    return {i for s in orgs if any(o.start <= s.start and s.end <= o.end and len(o) > len(s) for o in orgs)
            for i in range(s.start, s.end)}
