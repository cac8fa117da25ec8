"""National and nature parks named by a place's adjective: "в Кенозерском национальном парке",
"Сочинский национальный парк". Such a park is run by a state institution of that name, an
organization as a reserve is (``lexicons/institution_nouns.txt``: "Березинский биосферный
заповедник").

"парк" in the singular, lower-case, right after an adjective of ``lexicons/org_park_kinds.txt``
("национальный", "природный") that agrees with it, with capitalized adjectives of the same case
before that (not a sentence's first word alone: "Национальный парк" opens a sentence as a kind), is
one organization from the first of them to "парк". A name after "парк" ("национальный парк «Лосиный
остров»") makes the words its descriptor, left to the descriptor rules; the tagger's place inside
the phrase gives way; an organization or a person overlapping the phrase stands.

The head's reading (``agreeing_head``, read by ``normal.normalize_words``): of a noun's readings in the
case its adjectives share, the one whose gender they share ("парке": "парк", not "парка", after
"национальном"; "Измайловском парке" is "Измайловский парк").

Read by :mod:`rufacts.components.entities`.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from ..grammars.folded import folded_lemma
from ..grammars.morph import get_morph
from ..lexicons import load_list
from .institutions import RELATIVE, _before_name, opens_sentence

SECOND_CASES = {"loc2": "loct", "gen2": "gent"}
MAX_ADJECTIVES = 3  # "Национальный парк" + "Куршская коса" is a quoted or a genitive name, not adjectives


def agreeing_head(morph, parses: list, adjectives, case: str, kinds: frozenset[str]):
    """The first of ``parses`` in ``case`` whose gender an adjective of ``adjectives`` has in that
    case, where some reading in that case has another gender; None else."""
    in_case = [p for p in parses if p.tag.case == case]
    if len({p.tag.gender for p in in_case}) < 2 or not adjectives:
        return None
    genders = None
    for word in adjectives:
        own = {p.tag.gender for p in morph.parse(word) if p.tag.POS in kinds
               and SECOND_CASES.get(p.tag.case, p.tag.case) == case and p.tag.number == "sing"}
        if own:
            genders = own if genders is None else genders & own
    return next((p for p in in_case if genders and p.tag.gender in genders), None)


def _park(token) -> bool:
    return token.is_lower and token.is_alpha and "Plur" not in token.morph.get("Number") and any(
        p.normal_form == "парк" and p.tag.number == "sing" for p in get_morph().parse(token.text))


def nature_park_orgs(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with an ORG span for each park named by its place's adjectives."""
    kinds = load_list("org_park_kinds.txt")
    found = []
    for k in range(2, len(doc)):
        kind = doc[k - 1]
        if folded_lemma(kind) not in kinds or not kind.is_lower or not _park(doc[k]):
            continue
        cases = set(kind.morph.get("Case"))
        start = k - 1
        while start > 0 and k - 1 - start < MAX_ADJECTIVES and doc[start - 1].pos_ == "ADJ" \
                and doc[start - 1].is_alpha and cases & set(doc[start - 1].morph.get("Case")):
            start -= 1
        while start < k - 1 and not doc[start].text[:1].isupper():
            start += 1
        if start == k - 1 or _before_name(doc, k + 1, spans):
            continue
        if opens_sentence(doc, start) and not folded_lemma(doc[start]).endswith(RELATIVE):
            continue  # "Старый национальный парк": a sentence's capital on a quality
        if any(s.label_ in ("ORG", "PER") and s.start <= k and start < s.end for s in spans):
            continue
        found.append(Span(doc, start, k + 1, label="ORG"))
    if not found:
        return spans
    kept = [s for s in spans if not any(f.start <= s.start and s.end <= f.end for f in found)]
    return sorted(kept + found, key=lambda s: (s.start, -s.end))
