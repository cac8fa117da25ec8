"""An acronym after a descriptor of a kind of organization is the organization's own name.

"в издательстве АСТ", "фракции ЛДПР", "банком МКБ": the descriptor names what kind of body the
acronym is (a company, a bank, a party or faction, a medium: its category in
``lexicons/org_categories.tsv`` is one of ``KINDS``), so the name is the acronym alone, whatever
case the parser gives it (an acronym in capitals does not decline, and the parser often reads it
as the descriptor's genitive). Not after a body of state ("правительства РФ", "посольства США":
the acronym is whose body it is), nor an acronym of a place ("банк КНР"), which the dictionary
tags Geox. Read by :func:`rufacts.entities.orgs.split_descriptor`.
"""
from __future__ import annotations

from spacy.tokens import Token

from ..grammars.morph import get_morph
from .org_abbreviations import ABBREVIATION

KINDS = frozenset({"company", "bank", "party", "media"})


def kind_acronym(descriptor: str, category: str | None, name: Token, last: bool) -> bool:
    """``name`` (the span's last token when ``last``) is an acronym naming a body of the kind
    ``descriptor`` (of ``category``) says."""
    if not last or category not in KINDS:
        return False
    text = name.text
    if not ABBREVIATION.match(text):
        return False
    morph = get_morph()
    return not any("Geox" in p.tag.grammemes for p in morph.parse(text))
