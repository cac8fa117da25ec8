"""A lone surname the dictionary lacks opening its sentence as the subject of a past-tense verb a few
words on ("Айдарова свою вину не признала"; read by :func:`rufacts.entities.names_missed.missed_names`
beside :func:`rufacts.entities.name_lone_subject.lone_surname_subject`, which wants a known surname
and the verb right after it).

The word is capitalized, unknown to the dictionary, in a Russian surname's nominative ending of one
gender (-ова/-ева/-ина/-ына a woman's, -ов/-ев/-ин/-ын a man's) which the dictionary's guess reads as a
surname's nominative of that gender; the clause after it runs to a singular past-tense verb of that
gender over the verb's objects only (a reflexive possessive, nouns in an oblique case, "не", adverbs:
"свою вину не"), with no comma and no other nominative between."""
from __future__ import annotations

from ..grammars.morph import Morph
from .doc_words import morph_values
from .name_verb_forms import past_singular

ENDS = {"femn": ("ова", "ева", "ёва", "ина", "ына"), "masc": ("ов", "ев", "ёв", "ин", "ын")}
REACH = 5  # words between the surname and its verb
OBJECT_POS = frozenset({"NOUN", "DET", "ADJ", "PART", "ADV", "PRON"})


def _gender(word: str) -> str | None:
    low = word.lower()
    return next((g for g, ends in ENDS.items() if low.endswith(ends)), None)


def _object_word(token) -> bool:
    """A word of the verb's objects or modifiers: no nominative, no punctuation."""
    return token.pos_ in OBJECT_POS and "Nom" not in morph_values(token, "Case") and token.is_alpha \
        and not token.text[:1].isupper()


def opening_surname_subject(doc, i: int, morph: Morph) -> bool:
    """Whether ``doc[i]`` is such a surname (the caller checks no span covers it)."""
    token = doc[i]
    if not (i == 0 or token.is_sent_start) or not token.is_alpha or not token.text[:1].isupper() \
            or token.text.isupper() or len(token.text) < 5 or morph.is_known(token.text):
        return False
    gender = _gender(token.text)
    if gender is None or not any("Surn" in p.tag.grammemes and p.tag.case == "nomn" and p.tag.gender == gender
                                 for p in morph.parse(token.text)):
        return False
    for j in range(i + 1, min(i + 2 + REACH, len(doc))):
        if past_singular(doc[j], (gender,)):
            return True
        if not _object_word(doc[j]):
            return False
    return False
