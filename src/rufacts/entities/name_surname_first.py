"""A surname, a first name and a patronymic in that order, as official and legal texts write them
("Гражданке Кучеренко Алле Петровне отказано", "взыскать с Гончаренко Николая Ивановича"), none of
them tagged (personforms40): a person mention the tagger missed. Read by
:func:`rufacts.entities.names_missed.missed_names` beside its first-name-first twin.

The three words are capitalized, the first no sentence's first word, the second a first name the
dictionary knows, the third a patronymic it tags so, and the three read clearly as one inverted name
(:func:`rufacts.entities.names.analyze_name`) whose surname is the first word's.
"""
from __future__ import annotations

from spacy.tokens import Doc

from ..grammars.morph import Morph
from .names import analyze_name
from .name_words import MISSED_KNOWN, _capitalized, _first_name, _hyphenated_cap, _tagged


def inverted_three(doc: Doc, i: int, covered: set[int], morph: Morph) -> bool:
    """Surname, first name and patronymic at ``i``, none covered, reading as one name."""
    if i + 2 >= len(doc) or covered & {i, i + 1, i + 2}:
        return False
    a, b, c = doc[i], doc[i + 1], doc[i + 2]
    if not (_hyphenated_cap(a) and _capitalized(b) and _capitalized(c)) or a.is_sent_start \
            or not _first_name(morph, b.text) or not _tagged(morph, c.text, "Patr"):
        return False
    if i + 3 < len(doc) and _capitalized(doc[i + 3]):
        return False  # a fourth name word: the first-name-first reading's or another's
    parts = analyze_name(morph, [a.text, b.text, c.text])
    return None not in (parts.first, parts.middle, parts.last) and parts.candidates[0][0] >= MISSED_KNOWN \
        and parts.last.lower()[:4] == a.text.lower()[:4] and parts.first.lower()[:3] == b.text.lower()[:3]
