"""Person names: parts (first / middle / last) and nominative forms via pymorphy3.

A mention such as "С.Собянина" or "Анны Петровны Смирновой" becomes
:class:`NameParts`; a last name in an oblique case may stand for several
nominatives ("Собянина": masc. gen. of Собянин, or the fem. Собянина), so
``last_options`` keeps them all, most probable first, and clustering (see
:mod:`rufacts.components.entities`) picks the one the article agrees on.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional, Sequence

from ..grammars.morph import Morph, inflect, restore_case

NAME_TAGS = {"Name": "first", "Patr": "middle", "Surn": "last"}
CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct", "voct")


@dataclass(frozen=True)
class NameParts:
    first: Optional[str] = None       # "Сергей" or an initial "С."
    middle: Optional[str] = None
    last: Optional[str] = None
    last_options: tuple[str, ...] = ()  # alternative nominatives of the last name
    gender: Optional[str] = None      # "masc" | "femn" | None

    @property
    def name(self) -> str:
        return " ".join(p for p in (self.first, self.middle, self.last) if p)

    def with_last(self, last: str) -> "NameParts":
        return NameParts(self.first, self.middle, last, self.last_options, self.gender)


def is_initial(word: str) -> bool:
    return len(word) == 1 and word.isalpha() and word.isupper()


def _role_parses(morph: Morph, word: str) -> dict[str, list]:
    """Singular parses of ``word`` grouped by the name role their tags allow."""
    roles: dict[str, list] = {}
    for parse in morph.parse(word):
        if "plur" in parse.tag.grammemes:
            continue
        for gram, role in NAME_TAGS.items():
            if gram in parse.tag.grammemes:
                roles.setdefault(role, []).append(parse)
    for role, parses in roles.items():  # "Анне": the dative of Анна over an indeclinable Анне
        declined = [p for p in parses if "Fixd" not in p.tag.grammemes]
        if declined:
            roles[role] = declined
    return roles


def _nominative(parse) -> str:
    return inflect(parse, {"nomn"}) or parse.word


# usual orders of name parts by count of words; the first listed wins ties
ORDERS = {
    1: (("last",), ("first",)),
    2: (("first", "last"), ("last", "first"), ("first", "middle")),
    3: (("first", "middle", "last"), ("last", "first", "middle")),
}


def _assign(roles: list[tuple[str, dict[str, list]]]) -> dict[str, tuple[str, list]]:
    """Pick the reading of the words as name parts that their tags support best."""
    orders = ORDERS.get(len(roles))
    if orders is None:  # 4+ words: keep the first three as first/middle/last by tags or position
        return _assign(roles[:3]) if len(roles) > 3 else {}
    best, best_score = None, -1.0
    for rank, order in enumerate(orders):
        score = -0.01 * rank
        for (word, options), role in zip(roles, order):
            parses = options.get(role, ())
            score += max((p.score for p in parses), default=0.0)
        if score > best_score:
            best, best_score = order, score
    return {role: (word, options.get(role, [])) for (word, options), role in zip(roles, best)}


def analyze_name(morph: Morph, words: Sequence[str]) -> NameParts:
    """Name parts of a person mention given its words (initials without dots).

    >>> from rufacts.morph import get_morph
    >>> analyze_name(get_morph(), ["Анны", "Петровны", "Смирновой"]).name
    'Анна Петровна Смирнова'
    >>> analyze_name(get_morph(), ["С", "Собянина"]).last_options
    ('Собянин', 'Собянина')
    """
    words = [w for w in words if w]
    initials = [w for w in words if is_initial(w)]
    full = [w for w in words if not is_initial(w)]
    assigned = _assign([(w, _role_parses(morph, w)) for w in full])

    # 2. gender and case the parts agree on
    genders = {p.tag.gender for role in ("first", "middle") if role in assigned
               for p in assigned[role][1] if p.tag.gender in ("masc", "femn")}
    gender = genders.pop() if len(genders) == 1 else None
    cases = None
    for _, parses in assigned.values():
        if parses:
            options = {p.tag.case for p in parses if gender is None or p.tag.gender in (gender, None)}
            cases = options if cases is None else (cases & options or cases)
    case_order = [c for c in CASES if cases is None or c in cases]

    def normal(role: str) -> list[str]:
        if role not in assigned:
            return []
        word, parses = assigned[role]
        forms: list[str] = []
        for case in case_order:
            for p in sorted(parses, key=lambda p: -p.score):
                if p.tag.case == case and (gender is None or p.tag.gender == gender):
                    form = restore_case(word, _nominative(p))
                    if form not in forms:
                        forms.append(form)
        return forms or [word]

    first_forms, middle_forms, last_forms = normal("first"), normal("middle"), normal("last")
    if not gender and "last" in assigned and assigned["last"][1] and not first_forms:
        # the surname alone: order its readings by probability
        ranked = sorted(assigned["last"][1], key=lambda p: -p.score)
        last_forms = []
        for p in ranked:
            form = restore_case(assigned["last"][0], _nominative(p))
            if form not in last_forms:
                last_forms.append(form)
    if gender is None and last_forms and "last" in assigned and assigned["last"][1]:
        g = {p.tag.gender for p in assigned["last"][1]
             if restore_case(assigned["last"][0], _nominative(p)) == last_forms[0]}
        gender = g.pop() if len(g) == 1 and g <= {"masc", "femn"} else None
    first = first_forms[0] if first_forms else None
    middle = middle_forms[0] if middle_forms else None
    if initials:
        if first is None:
            first = initials[0] + "."
            initials = initials[1:]
        if middle is None and initials:
            middle = initials[0] + "."
    last = last_forms[0] if last_forms else None
    return NameParts(first, middle, last, tuple(last_forms), gender)
