"""Surnames of adjectival shape the dictionary lacks or spells alike with another word: "-ский",
"-ный" ("Залужного" -> Залужный), hard and hushing stems ("Скоробогатому", "Осадчего"), the
stressed "-овой" (Мостовой), and the possessive "-ов/-ин" surname an adjective's oblique form
spells ("Раковой" -> Ракова). Read by :mod:`rufacts.entities.name_readings`."""
from __future__ import annotations

from ..grammars.letters import CONSONANTS, VOWELS
from .name_table_readings import Reading

# adjectival surnames the dictionary lacks ("Залужного" -> Залужный)
ADJ_SURNAMES = ("ский", "цкий", "ской", "цкой")
ADJ_SURNAMES_N = ("ного", "ному", "ный", "ным")  # in -ный, seen in these forms only
# an adjective of a hard or velar stem the dictionary lacks (Скоробогатый, Сухоречная, Широкий) in the
# forms no noun's declension spells: the masculine dative and genitive, the feminine accusative
HARD_ADJ, HARD_ADJ_CASES = ("ый", "кий", "гий", "хий"), ("ому", "ого", "ую")
# a soft adjective after a hushing consonant (Осадчий, Гулящий, Свежий): its -его/-ему/-им no noun spells
HUSHING_ADJ, HUSHING_CASES = ("чий", "щий", "жий", "ший"), ("его", "ему", "им")
# adjectival surnames on -ов-/-ев- are written with the stressed -ой (Мостовой, Лисовой, Лозовой,
# Полевой; every such surname of the gold files), never -овый: the spelling only, not the weight
STRESSED_OV = ("овый", "евый")
STRESSED_OV_CASES = ("ового", "овому", "овом", "евого", "евому", "евом")
# adjectives spelt like the oblique forms of a surname in -ов/-ев/-ин: the surname first
POSSESSIVE_ADJ = ("овый", "евый", "ёвый", "иный", "ыный")


def _adjective_likelier(parses) -> bool:
    """The analyzer's guesses for a word it lacks weigh more as an adjective or participle than as a
    noun ("Скоробогатому"; "Ньюсому" is rather of a noun Ньюсом)."""
    adjective = sum(p.score for p in parses if p.tag.POS in ("ADJF", "PRTF"))
    return adjective > sum(p.score for p in parses if p.tag.POS == "NOUN")


def _adjectival_surname(word: str, normal_form: str, parses=()) -> bool:
    """An adjective the dictionary lacks read as a surname: "-ский", and "-ный" in its
    masculine forms ("Залужного"), not the possessive "-иный" of a surname in -ин; nor where no vowel is
    left before the ending ("Константина Ного" is no Ный: an indeclinable surname in -о)."""
    low = word.lower()
    if not any(ch in VOWELS for ch in normal_form.lower()[:-2]):
        return False
    if normal_form.endswith(ADJ_SURNAMES) or (normal_form.endswith(HUSHING_ADJ) and low.endswith(HUSHING_CASES)):
        return True
    if normal_form.endswith(STRESSED_OV) and low.endswith(STRESSED_OV_CASES):
        return True  # "о Д. А. Лесовом": Лесовой (no case of a surname Лесов spells -овом, -ового)
    if normal_form.endswith(HARD_ADJ) and not normal_form.endswith(POSSESSIVE_ADJ) and low.endswith(HARD_ADJ_CASES) \
            and low[-len(next(e for e in HARD_ADJ_CASES if low.endswith(e))) - 1] in CONSONANTS \
            and _adjective_likelier(parses):
        return True  # "Дмитрию Скоробогатому", "Елену Сухоречную"; not "Гэвину Ньюсому", of Ньюсом
    # the prepositional after a consonant ("о Залужном"; not the noun's "Байденом")
    return (normal_form.endswith("ный") and not normal_form.endswith(POSSESSIVE_ADJ)
            and (low.endswith(ADJ_SURNAMES_N) or (low.endswith("ном") and low[-4:-3] in CONSONANTS)))


def _possessive_surname(word: str) -> list[Reading]:
    """"Раковой" -> Ракова, "Пуховым" -> Пухов: the surname in -ов/-ин an adjective's
    oblique form spells (the adjective reading weighs less)."""
    low = word.lower()
    stem = low[:-2]
    if not stem.endswith(("ов", "ев", "ёв", "ин", "ын")) or len(stem) < 4:
        return []
    if low.endswith("ой"):
        return [Reading("last", case, "femn", stem + "а", 0.6) for case in ("gent", "datv", "ablt", "loct")]
    if low.endswith("ым"):
        return [Reading("last", "ablt", "masc", stem, 0.6)]
    return []
