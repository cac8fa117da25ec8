"""A hyphenated place adjective before an organization's head ("Ачхой-Мартановской ЦРБ",
"Ачхой-Мартановской районной больницы") in the nominative (orgunits48).

Russian declines only the last part of such an adjective: the parts before it are invariable stems of a
place's name ("Ачхой-Мартан", "Усть-Кут", "Ханты-Мансийск": "Ачхой-Мартановская ЦРБ", "Усть-Кутской
ЦРБ"). The dictionary guesses the whole word as a surname by analogy with its parts, and where it
reads the first part as a declined word of its own ("Ачхой" as an instrumental of "Ачха") it declines
that part too and gives the surname's masculine ("Ачха-Мартановский ЦРБ"). Here the parts before the
last stay as written and the last takes the nominative of the head's gender and number: by the
dictionary's adjective reading, or by its -ский / -цкий ending
(:func:`.org_stem_adjectives.stem_adjective`).

Read by :func:`.org_abbrev_heads._nominative_adjective` (an acronym's gender) and
:func:`.adjective_guesses.noun_adjective_pair` (a noun head's case, number and gender), only where the
dictionary's nominative changed a part before the last, or gave none; :func:`kept_first_parts` by
:func:`.normal._surname_adjective` (such a word read as an adjectival surname before its head).
"""
from __future__ import annotations

from ..grammars.morph import inflect, restore_case
from .org_stem_adjectives import stem_adjective

ADJ = frozenset({"ADJF", "PRTF"})


def _parts(word: str) -> list[str] | None:
    """The parts of a capitalized hyphenated word of letters ("Ачхой-Мартановской"); None for any
    other word."""
    parts = word.split("-")
    if len(parts) < 2 or not all(p.isalpha() and p[:1].isupper() for p in parts):
        return None
    return parts


def first_parts_declined(word: str, inflected: str | None) -> bool:
    """Whether ``inflected`` (a nominative the dictionary gave the hyphenated ``word``) changed a part
    before the last, or is missing."""
    parts = _parts(word)
    if parts is None:
        return False
    if inflected is None:
        return True
    done = inflected.split("-")
    return len(done) != len(parts) or any(a.lower() != b.lower() for a, b in zip(parts[:-1], done[:-1]))


def hyphen_adjective(morph, word: str, case: str | None, number: str | None, gender: str | None) -> str | None:
    """The nominative of the hyphenated place adjective ``word`` before a head of that case, number and
    gender, its first parts as written (see the module); None where its last part is no adjective."""
    parts = _parts(word)
    if parts is None or gender not in ("masc", "femn", "neut") and number != "plur":
        return None
    last = parts[-1]
    key = {"nomn", "plur"} if number == "plur" else {"nomn", "sing", gender}
    readings = [p for p in morph.parse(last.lower()) if p.tag.POS in ADJ and morph.is_known(last.lower())
                and (case is None or p.tag.case == case)
                and (p.tag.number == "plur" if number == "plur" else p.tag.gender in (gender, None))]
    form = inflect(readings[0], key) if readings else None
    form = restore_case(last, form) if form else stem_adjective(last, case or "gent", number, gender)
    if form is None:
        return None
    return "-".join(parts[:-1] + [form])


def kept_first_parts(parses: list, word: str) -> list:
    """The readings of a capitalized hyphenated ``word`` whose lemma keeps its first parts as written,
    where there are such ("Ачхой-Мартановской": the surname's "ачхой-мартановский", not the guess
    "ачха-мартановский" that read "Ачхой" as an instrumental); ``parses`` for any other word."""
    parts = _parts(word) if "-" in word else None
    if parts is None:
        return parses
    head = "-".join(parts[:-1]).lower() + "-"
    kept = [p for p in parses if p.normal_form.startswith(head)]
    return kept or parses
