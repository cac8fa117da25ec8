"""A person mention after an academic degree ("доктор химических наук Л. М. Шатохина", "кандидату
исторических наук Ивановой"): the name stands in apposition to the degree's noun
(``lexicons/degree_heads.txt``), in its case, not in the genitive the plural noun "наук" right before
it weakly suggests (:func:`rufacts.entities.names_group.name_hints`)."""
from __future__ import annotations

from ..grammars.morph import UD_CASES
from ..lexicons import load_list

FIELD = "наук"
REACH = 3  # adjectives of the field between the degree and "наук": "физико-математических"


def degree_cases(doc, before) -> frozenset[str]:
    """{case of the degree noun} where ``before`` (the word before the name) closes "<degree> <adj>*
    наук"; empty else."""
    if before is None or before.lower_ != FIELD:
        return frozenset()
    for i in range(before.i - 1, max(before.i - 1 - REACH, -1), -1):
        token = doc[i]
        if token.lemma_.lower() in load_list("degree_heads.txt"):
            case = UD_CASES.get(next(iter(token.morph.get("Case")), ""))
            return frozenset({case}) if case else frozenset()
        if token.pos_ != "ADJ":
            return frozenset()
    return frozenset()
