"""Nouns for people in apposition before a person's name, which give the name's case and
gender (used by :func:`rufacts.entities.names_group.name_hints`): a noun for a woman
("журналистку Савельеву"), a kinship noun whose person is named after it ("Сын Рената
Каримова") or who is named ("его жена Рената Каримова")."""
from __future__ import annotations

from ..grammars.morph import UD_CASES
from ..lexicons import load_list
from .names import HINT

GENDERS = {"Masc": "masc", "Fem": "femn"}


def _relative_of(doc, noun) -> bool:
    """A kinship noun whose person is the one named after it ("Сын Рената Каримова"); not after
    a possessive ("его жена Рената Каримова": she is named)."""
    return noun.lemma_.lower() in load_list("kin_words.txt") and not (
        noun.i > 0 and doc[noun.i - 1].pos_ in ("DET", "PRON"))


def _female_apposition(token) -> bool:
    """A noun for a woman just before a name, in apposition ("журналистку", "чемпионка";
    not a relative: "жена Петрова" may be Petrov's wife)."""
    return (token.pos_ == "NOUN" and "Anim" in token.morph.get("Animacy")
            and "Fem" in token.morph.get("Gender") and "Sing" in token.morph.get("Number")
            and token.lemma_.lower() not in load_list("kin_words.txt"))


def _female_noun_before(doc, start: int):
    """The noun for a woman in apposition before a name, over up to two genitive words
    ("чемпионка мира Александра Степанова"), or None."""
    for i in range(start - 1, max(start - 4, -1), -1):
        token = doc[i]
        if _female_apposition(token):
            return token
        if token.pos_ not in ("NOUN", "ADJ") or "Gen" not in token.morph.get("Case") \
                or "Anim" in token.morph.get("Animacy"):
            return None
    return None


def kin_apposition(doc, noun):
    """(cases, gender, weight) of a name after a kinship noun with a possessive before it, in
    apposition: the noun's case and gender ("его жена Рената Каримова открыла", "их сыну Ренату");
    None else."""
    if noun is None or noun.pos_ != "NOUN" or noun.lemma_.lower() not in load_list("kin_words.txt") \
            or noun.i == 0 or doc[noun.i - 1].pos_ not in ("DET", "PRON") \
            or "Sing" not in noun.morph.get("Number"):
        return None
    case = UD_CASES.get(next(iter(noun.morph.get("Case")), ""))
    gender = GENDERS.get(next(iter(noun.morph.get("Gender")), ""))
    if not case or not gender:
        return None
    return frozenset({case}), gender, HINT


# third-person pronouns of one gender that rather refer back to a name before them: the
# possessive and the forms after a preposition ("его" is also the neuter's; a subject "он",
# "она" or a dative "ей" is often another person: not taken)
PRONOUNS = {"её": "femn", "ее": "femn", "неё": "femn", "нее": "femn", "ней": "femn", "нею": "femn",
            "нему": "masc"}


def pronoun_gender(span) -> frozenset[str]:
    """{"gender:<g>"}: the gender of the first third-person pronoun after a name in its sentence,
    with no other name between ("об Адриане Лиме рассказано о её детстве"); empty else."""
    doc = span.doc
    for token in doc[span.end:span.sent.end]:
        if token.ent_type_ == "PER":
            return frozenset()
        gender = PRONOUNS.get(token.lower_)
        if gender:
            return frozenset({f"gender:{gender}"})
    return frozenset()
