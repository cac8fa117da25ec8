"""A person's name of a given name no dictionary or lexicon knows and a Russian-form surname, glued by
the tagger to the organization before it (persons4545): "Руководитель отдела ... [Катунского
заповедника Эжер Тадыров] провёл для школьников экскурсию". The given names of the smaller peoples
(Altai, Khakas, Shor, Evenk ...) are many and seldom in any list; the surname's form and the verb say
enough: the last word is a surname in -ов/-ев/-ин/-ын in the nominative (-ова/-ева/-ина/-ына for a
woman), the word before it a capitalized word the dictionary does not know, and a past-tense singular
verb of the surname's gender follows the span. Read by
:func:`rufacts.entities.org_person_tails._tail_start` where the known-name test fails."""
from __future__ import annotations

from spacy.tokens import Doc, Span

from ..grammars.morph import Morph
from .doc_words import morph_values

MAN_ENDS = ("ов", "ев", "ёв", "ин", "ын")
WOMAN_ENDS = ("ова", "ева", "ёва", "ина", "ына")
MIN_GIVEN = 3  # letters of the given name ("Ай" is rather an abbreviation's piece)


def _surname_gender(word: str) -> str | None:
    low = word.lower()
    if len(low) < 5 or "-" in low:
        return None
    if low.endswith(WOMAN_ENDS):
        return "Fem"
    if low.endswith(MAN_ENDS):
        return "Masc"
    return None


def unknown_given_tail(doc: Doc, span: Span, k: int, morph: Morph) -> bool:
    """``doc[k:span.end]`` (two words) is an unknown given name and a nominative Russian-form surname
    that a verb of the surname's gender right after the span agrees with."""
    if span.end - k != 2 or span.end >= len(doc):
        return False
    given, last, verb = doc[k], doc[k + 1], doc[span.end]
    gender = _surname_gender(last.text)
    if gender is None or len(given.text) < MIN_GIVEN or not given.is_alpha or morph.is_known(given.text.lower()):
        return False
    if verb.pos_ not in ("VERB", "AUX") or "Sing" not in morph_values(verb, "Number") \
            or morph_values(verb, "Gender") != [gender]:
        return False
    # the surname a form no dictionary word spells ("Тадыров"; not "Петров" of a known noun's plural genitive is fine)
    return not any(p.tag.POS in ("ADJF", "VERB", "INFN") for p in morph.parse(last.text.lower()) if p.score > 0.5)
