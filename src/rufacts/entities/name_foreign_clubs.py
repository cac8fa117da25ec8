"""Quoted names of foreign sports clubs (``lexicons/name_foreign_clubs.txt``) read back to the form
the club's own language gives them: each listed name is declined word by word by the class of its
ending (a word the dictionary knows as a noun by the dictionary), and a quoted name that is one of
these forms gets the listed nominative, its capitals as written ("с «Црвеной звездой»" -> Црвена
звезда, "в «Црвене Звезде»" -> Црвена Звезда; "тренер
«Ордабасы»" -> Ордабасы, a word in -ы standing unchanged, not the genitive of Ордабаса). Used by
:func:`rufacts.components.entities.group_named`."""
from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import Optional

from ..grammars.letters import CONSONANTS, HUSHING_AND_TS, VELARS_AND_HUSHING
from ..grammars.morph import Morph, get_morph
from .quotes import QUOTES

CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")
# Romance particles inside a club's name, which never decline ("в «Васко да Гаме»": Васко да Гама)
PARTICLES = frozenset({"да", "де", "дель", "дос", "ду", "ди", "дас", "душ", "даш", "ла", "лос", "лас", "эль", "и"})


def _variants(per_word: list[list[str]], words: list[str]) -> list[list[list[str]]]:
    """The ways the press declines a name of several words: every word (a Serbian adjective and its
    noun: "с «Црвеной звездой»"), the last word only, the words before it standing as written (a
    foreign attribute: "из «Ривер Плейта»", "с «Велес Сарсфилдом»", "в «Васко да Гаме»"), or the first
    only (a plural or English tail: "с «Бокой Хуниорс»"); a particle stands in each."""
    fixed = [[w] * len(CASES) if w in PARTICLES else forms for w, forms in zip(words, per_word)]
    if len(words) < 2:
        return [fixed]
    last_only = [[w] * len(CASES) for w in words[:-1]] + [fixed[-1]]
    first_only = [fixed[0]] + [[w] * len(CASES) for w in words[1:]]
    return [fixed, last_only, first_only]


def _word_forms(morph: Morph, word: str) -> list[str]:
    """The forms of one word of a club's name, one per case."""
    known = next((p for p in morph.parse(word) if morph.is_known(word) and p.tag.POS == "NOUN"
                  and p.tag.case == "nomn" and "sing" in p.tag.grammemes), None)
    if known is not None:  # "звезда": звезды, звезде, звезду, звездой
        forms = [known.inflect({c, "sing"}) for c in CASES]
        if all(forms):
            return [f.word for f in forms]
    stem, last = word[:-1], word[-1:]
    if last == "а":  # "Црвена": Црвены, Црвене, Црвену, Црвеной
        gen = stem + ("и" if stem[-1:] in VELARS_AND_HUSHING else "ы")
        ins = stem + ("ей" if stem[-1:] in HUSHING_AND_TS else "ой")
        return [word, gen, stem + "е", stem + "у", ins, stem + "е"]
    if last == "я":
        return [word, stem + "и", stem + "е", stem + "ю", stem + "ей", stem + "е"]
    if last in CONSONANTS:  # an inanimate masculine: the accusative as the nominative
        ins = "ем" if last in HUSHING_AND_TS else "ом"
        return [word, word + "а", word + "у", word, word + ins, word + "е"]
    if last in ("й", "ь"):  # a club's word in -ь is a masculine's: "с «Пеньяролем»", "«Росарио Сентраля»"
        return [word, stem + "я", stem + "ю", word, stem + "ем", stem + "е"]
    return [word] * len(CASES)  # "Ордабасы", "Актобе", "Жетысу": unchanged


@lru_cache(maxsize=1)
def _forms() -> dict[str, str]:
    """Lower-case form of a listed club's name (its words in one case) -> the listed name."""
    morph = get_morph()
    out: dict[str, str] = {}
    for written in _listed():
        name = written.lower()
        words = name.split()
        per_word = [_word_forms(morph, w) for w in words]
        nominative = written  # as listed: "Црвена звезда", "Бока Хуниорс"
        for variant in _variants(per_word, words):
            for i in range(len(CASES)):
                out.setdefault(" ".join(forms[i] for forms in variant).replace("ё", "е"), nominative)
    return out


def _listed() -> list[str]:
    """The listed names as written (the capitals kept: "Ривер Плейт")."""
    text = (resources.files("rufacts.lexicons") / "name_foreign_clubs.txt").read_text(encoding="utf-8")
    return [line.split("#", 1)[0].strip() for line in text.splitlines() if line.split("#", 1)[0].strip()]


def club_name(span) -> Optional[str]:
    """The listed nominative of a club whose quoted name the span holds (in any case), or None."""
    words = [t.text for t in span if not (t.is_space or t.text in QUOTES)]
    if not words or not any(t.text in QUOTES for t in span[:1]) and not any(
            t.text in QUOTES for t in span.doc[max(span.start - 1, 0):span.start]):
        return None
    listed = _forms().get(" ".join(words).lower().replace("ё", "е"))
    if listed is None or len(listed.split()) != len(words):
        return listed
    # capitals as written ("в «Црвене Звезде»" -> Црвена Звезда; "Црвеной звездой" -> Црвена звезда)
    return " ".join((w[:1].upper() if written[:1].isupper() else w[:1].lower()) + w[1:]
                    for w, written in zip(listed.split(), words))


@lru_cache(maxsize=1)
def _form_cases() -> dict[str, frozenset[str]]:
    """Lower-case form of a listed club's name -> the cases it is the form of."""
    morph = get_morph()
    out: dict[str, set[str]] = {}
    for written in _listed():
        words = written.lower().split()
        per_word = [_word_forms(morph, w) for w in words]
        for variant in _variants(per_word, words):
            for i, case in enumerate(CASES):
                out.setdefault(" ".join(forms[i] for forms in variant).replace("ё", "е"), set()).add(case)
    return {form: frozenset(cases) for form, cases in out.items()}


def listed_cases(words) -> frozenset[str]:
    """The cases of which the words are the form of a listed club's name ("Видаду": the dative of
    Видад, which the analyzer reads as an indeclinable first name); empty where none."""
    return _form_cases().get(" ".join(words).lower().replace("ё", "е"), frozenset())
