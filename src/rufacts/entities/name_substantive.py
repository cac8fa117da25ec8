"""Adjectival surnames the dictionary knows only as a noun of adjectival declension (портной,
лесничий, рулевой) or guesses as one beside an adverb ("Голубничего": ADVB first, then the guessed
noun голубничий): the man's oblique forms of a word it does not know, and the woman's forms (-ая,
-ой, -ую) of a noun it knows as a man's only ("Ирины Портной" -> Портная, "Анне Лесничей" ->
Лесничая). The given name beside it settles case and gender. Read by
:mod:`rufacts.entities.name_readings` (``_readings``)."""
from __future__ import annotations

from functools import lru_cache

from ..grammars.morph import Morph, inflect
from .name_table_readings import Reading

SUBSTANTIVE = 0.6  # as the analyzer's guess of an adjectival surname (name_readings: ADJF readings)
NAME_GRAMS = {"Name", "Surn", "Patr", "Geox", "Orgn"}
# the man's oblique endings and their cases (the prepositional -ом/-ем is also a noun's instrumental)
MASC_ENDS = (("ого", ("gent", "accs")), ("его", ("gent", "accs")), ("ому", ("datv",)), ("ему", ("datv",)),
             ("ым", ("ablt",)), ("им", ("ablt",)))
# the woman's endings: the ending, its cases, the masculine nominative endings it may stand for
FEMN_ENDS = (("ая", ("nomn",), ("ой", "ый", "ий")), ("яя", ("nomn",), ("ий",)),
             ("ую", ("accs",), ("ой", "ый", "ий")), ("юю", ("accs",), ("ий",)),
             ("ой", ("gent", "datv", "ablt", "loct"), ("ой", "ый", "ий")),
             ("ей", ("gent", "datv", "ablt", "loct"), ("ий",)))
HARD_BEFORE_I = "кгхжчшщ"  # "-ий" after these letters declines hard in the feminine: Лесничая


@lru_cache(maxsize=2_000)
def _adjectival_noun(morph: Morph, lemma: str) -> bool:
    """A masculine common noun of adjectival declension the dictionary knows (портной: портного)."""
    for p in morph.parse(lemma):
        if p.tag.POS == "NOUN" and p.normal_form == lemma and p.tag.gender == "masc" and p.tag.case == "nomn" \
                and not p.tag.grammemes & NAME_GRAMS and morph.is_known(lemma):
            gent = inflect(p, {"gent", "sing"})
            if gent and gent.endswith(("ого", "его")):
                return True
    return False


def substantive_readings(morph: Morph, word: str, out) -> list[Reading]:
    """Readings as an adjectival surname of a word the analyzer reads as a noun of
    adjectival declension only; nothing where the dictionary already reads it as a surname or an
    adjective (its own readings stand)."""
    if "-" in word or len(word) < 6:
        return []
    low = word.lower().replace("ё", "е")
    if any(r.role == "last" and r.weight >= 1.0 for r in out):
        return []
    parses = morph.parse(word)
    if any(p.tag.POS in ("ADJF", "PRTF") for p in parses):
        return []  # an adjective's readings are name_readings' own
    done = {(r.case, r.gender) for r in out if r.role == "last" and r.weight >= SUBSTANTIVE}  # not the table's guess as written
    found: list[Reading] = []
    if not morph.is_known(word):  # "Голубничего": the guessed noun голубничий
        for ending, cases in MASC_ENDS:
            if not low.endswith(ending):
                continue
            for p in parses:
                if p.tag.POS == "NOUN" and p.tag.case in cases and p.normal_form.endswith(("ий", "ый", "ой")) \
                        and p.normal_form[:-2] == low[:-len(ending)] and not p.tag.grammemes & NAME_GRAMS:
                    found += [Reading("last", p.tag.case, "masc", p.normal_form, SUBSTANTIVE)]
    for ending, cases, masc_ends in FEMN_ENDS:
        if not low.endswith(ending):
            continue
        stem = low[:-len(ending)]
        for masc in masc_ends:
            if masc == "ий" and ending in ("ая", "ую", "ой") and stem[-1:] not in HARD_BEFORE_I:
                continue
            if _adjectival_noun(morph, stem + masc):
                nominative = stem + ("яя" if ending in ("яя", "юю", "ей") and stem[-1:] not in HARD_BEFORE_I else "ая")
                found += [Reading("last", case, "femn", nominative, SUBSTANTIVE) for case in cases]
                break
    return [r for r in found if (r.case, r.gender) not in done]
