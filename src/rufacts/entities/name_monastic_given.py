"""A monk's name in the church calendar's form (used by
:func:`rufacts.entities.names_group.group_persons`): after a man's monastic rank
(``lexicons/name_monastic_ranks.txt``: "архимандрите Ионе (Мартынове)") a given name that declines
both as a name in a consonant and as a man's name in -а ("Ионе": Ион or Иона) is the one in -а, the
form of the calendar monastic names are taken from (Иона, not the Romanian Ион)."""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span

from ..grammars.morph import Morph
from ..lexicons import load_list
from .names import NameParts


def _man_rank(span: Span, morph: Morph) -> bool:
    """A man's monastic rank right before ``span``."""
    if span.start == 0:
        return False
    ranks = load_list("name_monastic_ranks.txt")
    return any(p.normal_form in ranks and p.tag.gender == "masc" and p.tag.POS == "NOUN"
               for p in morph.parse(span.doc[span.start - 1].text.lower()))


def monastic_given(span: Span, parts: NameParts, morph: Morph) -> NameParts:
    """``parts`` with the first name in -а where a man's monastic rank stands before the mention and
    the written word reads as that name too."""
    first = parts.first
    if not first or first.endswith((".", "а", "я")) or not _man_rank(span, morph):
        return parts
    calendar = first.lower() + "а"
    if not any(p.normal_form == calendar and p.tag.gender == "masc" and "Name" in p.tag.grammemes
               for p in morph.parse(span[0].text)):
        return parts
    form = first + "а"
    candidates = tuple((c[0], form, *c[2:]) if len(c) > 1 and c[1] == first else c for c in parts.candidates)
    return replace(parts, first=form, candidates=candidates)
