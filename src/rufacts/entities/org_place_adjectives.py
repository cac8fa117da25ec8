"""A place's adjective the dictionary does not know as one, opening an institution's name before
lower-case adjectives that agree with it ("На Сорском горно-обогатительном комбинате",
"с Комсомольским-на-Амуре авиационным заводом имени ...", "Тындинском локомотивном депо"): the
dictionary reads "Сорском" as a town's instrumental ("Сорск") and a town's adjective with "-на-"
not at all, so neither the tagger nor :mod:`rufacts.entities.institutions` takes the word in.

A capitalized word with a place adjective's oblique ending ("-ском", "-цкой") and no adjective's,
surname's or given name's reading of its own (or
a town's on a river, "-на-"/"-над-"/"-при-"/"-у-" and the river: the ending is its first part's), right before lower-case adjectives
of the same ending and a head noun of an institution (``institutions.institution_heads``), opens
that name: the organization the tagger or a rule found from the next word grows over it; where
none has the head, one is added from the word to the head. The name (:func:`place_adjective_nominative`,
read by ``normal.normalize_words``): the word in the nominative of the gender and number its
neighbour takes there ("Сорский горно-обогатительный комбинат", "Комсомольский-на-Амуре
авиационный завод"), the rest as the rest of the name is read; so is such a word the dictionary knows
only as a place's noun right before the institution's noun in an oblique case ("Сотрудники Полистовского
заповедника" -> Полистовский заповедник, not "Полистовский заповедника").

Read by :mod:`rufacts.components.entities` and :mod:`rufacts.entities.normal`.
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Span

from ..grammars.morph import Morph, get_morph
from .doc_words import word_positions

RIVER = re.compile(r"^([А-ЯЁ][а-яё]+)(-(?:на|над|при|у)-[А-ЯЁ][а-яё]+)$")  # "Комсомольским" + "-на-Амуре"
OBLIQUE = ("ого", "его", "ому", "ему", "ыми", "ими", "ым", "им", "ом", "ем", "ой", "ей", "ую", "юю", "ых", "их")
NOMINATIVE = {"masc": ("ый", "ий"), "femn": ("ая", "яя"), "neut": ("ое", "ее"), "plur": ("ые", "ие")}
HUSHING = "кгхжшчщц"


def _parts(word: str) -> tuple[str, str]:
    """The adjective's part of ``word`` and what follows it ("-на-Амуре")."""
    river = RIVER.match(word)
    return (river.group(1), river.group(2)) if river else (word, "")


def _ending(word: str) -> str | None:
    return next((e for e in OBLIQUE if word.endswith(e) and len(word) - len(e) >= 3), None)


def _class(ending: str) -> str:
    """One class for the hard and the soft form of an ending: "ым" and "им", "ой" and "ей"."""
    return ending.replace("ы", "и").replace("о", "е").replace("ю", "у")


@lru_cache(maxsize=8192)
def unknown_adjective(morph: Morph, word: str) -> str | None:
    """The oblique ending of the capitalized ``word`` read as a place's adjective the dictionary
    does not know as one; None else. Kept by the word (asked of every capitalized word of the doc,
    twice of a hit: ~20 ms less per pass over factRuEval dev)."""
    adjective, river = _parts(word)
    if not (adjective[:1].isupper() and adjective.isalpha() and adjective[1:].islower()):
        return None
    ending = _ending(adjective)
    if ending is None or not adjective[:-len(ending)].endswith(("ск", "цк")):
        return None  # a place's adjective: "Сорском", "Тындинском", not "Петровой"
    parses = morph.parse(adjective.lower())
    if any({"Surn", "Name", "Patr"} & set(p.tag.grammemes) for p in parses):
        return None
    if not river and any(p.tag.POS in ("ADJF", "PRTF") for p in parses):
        return None  # ("Комсомольским-на-Амуре": the word is unknown whatever its first part)
    return ending


def _agrees(morph: Morph, word: str, ending: str) -> bool:
    """The lower-case ``word`` is an adjective with an ending of ``ending``'s class."""
    own = _ending(word.split("-")[-1])
    return own is not None and _class(own) == _class(ending) and word.islower() and any(
        p.tag.POS in ("ADJF", "PRTF") for p in morph.parse(word))


def _head_after(doc: Doc, i: int, ending: str) -> int | None:
    """Index of the institution noun closing the agreeing adjectives after ``i``, or None."""
    from .institutions import institution_heads

    morph, k = get_morph(), i + 1
    while k < len(doc) and _agrees(morph, doc[k].text, ending):
        k += 1
    if k == i + 1 or k >= len(doc) or not doc[k].is_lower or doc[k].pos_ != "NOUN":
        return None
    return k if doc[k].lemma_.lower() in institution_heads() else None


def place_adjective_orgs(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with each such name's organization opened by its place's adjective."""
    morph, changed, out = get_morph(), False, list(spans)
    for i in word_positions(doc, lambda w: w[:1].isupper() and unknown_adjective(morph, w) is not None, capital=True):
        token = doc[i]  # (no Token made for every word)
        ending = unknown_adjective(morph, token.text)
        k = _head_after(doc, token.i, ending)
        if k is None or any(s.label_ == "ORG" and s.start <= token.i < s.end for s in out):
            continue
        own = [s for s in out if s.label_ == "ORG" and s.start == token.i + 1 and s.end > k]
        if any(s.start < token.i < s.end or s.start <= k < s.end and s not in own and not (
                token.i <= s.start and s.end <= k + 1) for s in out):
            continue  # a span across the name's edge stands
        inner = [s for s in out if token.i <= s.start and s.end <= k + 1 and s not in own]
        out = [s for s in out if s not in own and s not in inner]
        out += [Span(doc, token.i, s.end, label="ORG") for s in own] or [Span(doc, token.i, k + 1, label="ORG")]
        changed = True
    return sorted(out, key=lambda s: (s.start, -s.end)) if changed else spans


def place_adjective_nominative(morph: Morph, words: list[str]) -> list[str] | None:
    """``words`` of a name opened by such an adjective with the head phrase in the nominative; None
    where the name is not so opened."""
    if len(words) < 2:
        return None
    ending = unknown_adjective(morph, words[0])
    agrees = ending is not None and len(words) > 2 and _agrees(morph, words[1], ending)
    if ending is None or not agrees and not _oblique_head(morph, words[1]):
        return None
    from .normal import normalize_words

    rest = normalize_words(morph, words[1:])
    number = next((g for g, ends in NOMINATIVE.items() if rest[0].endswith(ends)), None) if agrees \
        else _head_gender(morph, rest[0])
    if number is None:
        return None
    adjective, river = _parts(words[0])
    stem = adjective[:-len(ending)]
    hard, soft = NOMINATIVE[number]
    soft_form = ending[0] in "еиюя" and stem[-1] not in HUSHING
    if number == "masc":
        nominative = stem + ("ий" if soft_form or stem[-1] in HUSHING else "ый")
    elif number == "plur":
        nominative = stem + ("ие" if soft_form or stem[-1] in HUSHING else "ые")
    else:
        nominative = stem + (soft if soft_form else hard)
    return [nominative + river, *rest]


def _oblique_head(morph: Morph, word: str) -> bool:
    """The lower-case ``word`` is an institution's noun (``institutions.institution_heads``; of a
    hyphenated one, its first part: "музея-заповедника") with no nominative reading as written:
    the head right after the place's word ("Сотрудники Полистовского заповедника")."""
    from .institutions import institution_heads

    first = word.split("-", 1)[0]
    if not first.isalpha() or not first.islower():
        return False
    parses = [p for p in morph.parse(first) if p.tag.POS == "NOUN"]
    return any(p.normal_form in institution_heads() for p in parses) and not any(
        p.tag.case == "nomn" for p in parses)


def _head_gender(morph: Morph, word: str) -> str | None:
    """The key of NOMINATIVE for the head noun ``word`` in the nominative: its gender, or "plur"."""
    parses = [p for p in morph.parse(word.split("-", 1)[0]) if p.tag.POS == "NOUN" and p.tag.case == "nomn"]
    if not parses:
        return None
    return "plur" if parses[0].tag.number == "plur" else parses[0].tag.gender if parses[0].tag.gender in NOMINATIVE else None
