"""Legal forms of organizations (``legal_forms.txt``): the abbreviation, its kind (company,
cooperative, institution...) and whether it is read only as written in capitals after another
legal form (the level of an educational institution: "ФГБОУ ВО", "МБУ ДО"; "во" and "до" are
prepositions). One reader for every module that needs them."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from . import load_rows


@dataclass(frozen=True)
class LegalForm:
    abbreviation: str  # as written in the lexicon ("ФГБОУ", "S.p.A")
    kind: str  # "company", "cooperative", "institution", "level", ...
    capitals_only: bool  # "ВО": a legal form only in capitals, after another one


@lru_cache(maxsize=1)
def legal_form_table() -> dict[str, LegalForm]:
    """Lower-case abbreviation -> its row."""
    table = {}
    for row in load_rows("legal_forms.txt"):
        cells = [c.split("#", 1)[0].strip() for c in row]
        if not cells[0]:
            continue
        table[cells[0].lower()] = LegalForm(cells[0], cells[1] if len(cells) > 1 else "",
                                            len(cells) > 2 and cells[2] == "capitals")
    return table


@lru_cache(maxsize=1)
def legal_forms() -> frozenset[str]:
    """Legal forms read in any case (lower case: "ооо", "пао", "llc")."""
    return frozenset(k for k, form in legal_form_table().items() if not form.capitals_only)


@lru_cache(maxsize=1)
def capital_levels() -> frozenset[str]:
    """Legal forms read only as written in capitals right after another one ("ВО", "ДО")."""
    return frozenset(form.abbreviation for form in legal_form_table().values() if form.capitals_only)


def legal_run(words: list[str]) -> int:
    """How many of ``words`` from the start are legal forms ("ФГБОУ", "ВО" -> 2)."""
    forms, levels = legal_forms(), capital_levels()
    k = 0
    while k < len(words) and (words[k].lower() in forms or k > 0 and words[k] in levels):
        k += 1
    return k


def legal_tail(words: list[str]) -> int:
    """How many of ``words`` at the end are legal forms, a form of several words too ("Drewpol",
    "Sp.", "z", "o.o." -> 3; "Krone", "GmbH" -> 1); a final dot left out."""
    forms = legal_forms()
    spaced = sorted((f for f in forms if " " in f), key=lambda f: -f.count(" "))
    k = 0
    while k < len(words) - 1:
        rest = words[:len(words) - k]
        if rest[-1].lower().rstrip(".") in forms:
            k += 1
            continue
        size = next((f.count(" ") + 1 for f in spaced if f.count(" ") + 1 < len(rest)
                     and " ".join(rest[-(f.count(" ") + 1):]).lower().rstrip(".") == f), 0)
        if not size:
            break
        k += size
    return k
