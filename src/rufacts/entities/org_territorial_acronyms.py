"""A federal agency's territorial unit: a place's adjective, "ТУ"/"МТУ" and the agency (orgextent45).

"Квоты утверждены Байкальским ТУ Росрыболовства": the tagger reads "ТУ" as the pronoun "ту" and
keeps only the agency ("Росрыболовства"); the unit's name is "Байкальское ТУ Росрыболовства". The
acronym (``lexicons/org_territorial_acronyms.txt``) between one or two capitalized adjectives the
analyzer can read as neuter (the unit is an управление: "Байкальским", "Северо-Восточное") and an
organization's span right after it is one organization with both. The adjectives may lie in a span
of the tagger's ending at the acronym (a place: "Байкальским"); a span reaching past them stays.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span

from ..grammars.morph import get_morph
from ..lexicons import load_list
from .spans import positions

MAX_ADJECTIVES = 2


@lru_cache(maxsize=1)
def _acronyms() -> frozenset[str]:
    return frozenset(e.upper() for e in load_list("org_territorial_acronyms.txt"))


def _neuter_adjective(token) -> bool:
    return token.text[:1].isupper() and token.text.replace("-", "").isalpha() and any(
        p.tag.POS == "ADJF" and p.tag.gender == "neut" for p in get_morph().parse(token.lower_))


def territorial_acronyms(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with the place's adjective, the unit's acronym and the agency joined (see the module)."""
    found = positions(doc, _acronyms())
    if not found:
        return spans
    out = list(spans)
    for k in found:
        agency = next((s for s in out if s.start == k + 1 and s.label_ == "ORG"), None)
        if agency is None or any(s.start <= k < s.end for s in out if s.label_ == "ORG"):
            continue
        start = k
        while start > 0 and k - start < MAX_ADJECTIVES and _neuter_adjective(doc[start - 1]):
            start -= 1
        if start == k or any(s.start < start < s.end or s.start < k < s.end and s.start < start for s in out):
            continue
        inner = [s for s in out if start <= s.start and s.end <= agency.end]
        out = [s for s in out if s not in inner] + [Span(doc, start, agency.end, label="ORG")]
    out.sort(key=lambda s: (s.start, -s.end))
    return out
