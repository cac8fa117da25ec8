"""A head of two lower-case nouns joined by a hyphen, both in the case of the name ("в
Кинешемском доме-интернате", "Тверского музея-заповедника", "в доме-музее"): each part goes to
the nominative singular ("дом-интернат"); the dictionary's guess for the whole word declines only
the last part ("доме-интернат"). Read by :func:`rufacts.entities.normal._normalize_words` and by
the lemmas of :mod:`rufacts.components.morph`."""
from __future__ import annotations

from .morph import Morph, inflect

SECOND_CASES = {"loc2": "loct", "gen2": "gent"}  # "в саду", "чаю": the case's second forms


def hyphen_pair(morph: Morph, word: str, case: str | None = None) -> str | None:
    """``word`` with both its parts in the nominative singular, where it has two lower-case parts
    that each read as a singular noun in ``case`` (without it, in a case they share); else None."""
    parts = word.split("-")
    if len(parts) != 2 or not all(p.isalpha() and p.islower() for p in parts):
        return None
    cases = [case] if case else list(dict.fromkeys(
        SECOND_CASES.get(p.tag.case, p.tag.case) for p in morph.parse(parts[0]) if p.tag.POS == "NOUN"))
    for one in cases:
        out = []
        for part in parts:  # ("в саду-институте": the first part's second locative, "саду" loc2)
            parse = next((p for p in morph.parse(part) if p.tag.POS == "NOUN"
                          and SECOND_CASES.get(p.tag.case, p.tag.case) == one
                          and "sing" in p.tag.grammemes), None)
            nominative = inflect(parse, {"nomn", "sing"}) if parse is not None else None
            if nominative is None:
                break
            out.append(nominative)
        else:
            return "-".join(out)
    return None
