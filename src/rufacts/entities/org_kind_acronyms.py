"""An acronym after a descriptor of a kind of organization is the organization's own name.

"в издательстве АСТ", "фракции ЛДПР", "банком МКБ", "рабатским клубом ФАР" (not the genitive of
"фара"): the descriptor names what kind of body the acronym is (a company, a bank, a party or
faction, a medium, a sports club: its category in
``lexicons/org_categories.tsv`` is one of ``KINDS``), so the name is the acronym alone, whatever
case the parser gives it (an acronym in capitals does not decline, and the parser often reads it
as the descriptor's genitive). Not after a body of state ("правительства РФ", "посольства США":
the acronym is whose body it is), nor an acronym of a place ("банк КНР"), which the dictionary
tags Geox. After a news agency's descriptor ("агентство ИЛНА") an acronym is the agency unless the
dictionary knows it as an organization or a country's abbreviation (a place's reading of a
common word does not bar it). Read by :func:`rufacts.entities.orgs.split_descriptor`.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ..grammars.morph import get_morph
from ..lexicons import load_list, load_rows
from .org_abbreviations import ABBREVIATION

KINDS = frozenset({"company", "bank", "party", "media", "sports_club"})


def kind_acronym(descriptor: str, category: str | None, name: Token, last: bool) -> bool:
    """``name`` (the span's last token when ``last``) is an acronym naming a body of the kind
    ``descriptor`` (of ``category``) says."""
    agency = descriptor in news_agencies()
    if not last or category not in KINDS and not agency:
        return False
    text = name.text
    if not ABBREVIATION.match(text):
        return False
    morph = get_morph()
    if agency:  # "агентства ИЛНА"; not "агентство ООН", "агентства США": the owner
        return not any("Orgn" in p.tag.grammemes or {"Geox", "Abbr"} <= p.tag.grammemes for p in morph.parse(text))
    return not any("Geox" in p.tag.grammemes for p in morph.parse(text))


@lru_cache(maxsize=1)
def news_agencies() -> frozenset[str]:
    """Descriptors of a news agency (``lexicons/media_cues.tsv``, "before", that are organization
    descriptors: "агентство", "информагентство"): an acronym after one is the agency's name, unless
    the dictionary knows it as an organization or a country ("агентство ООН", "агентства США": the
    owner)."""
    descriptors = load_list("org_descriptors.txt")
    return frozenset(row[0] for row in load_rows("media_cues.tsv") if len(row) > 1 and row[1] == "before"
                     and row[0] in descriptors)
