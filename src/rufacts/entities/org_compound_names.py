"""The nominative of a one-word body name the dictionary lacks that ends in a dictionary noun
after a stem of its own ("Роскачестве": рос + качестве -> Роскачество, "Росалкогольтабакконтроле":
... + контроле -> Росалкогольтабакконтроль, "с Роснедрами" -> Роснедра, "Росрыболовству" -> Росрыболовство):
the name declines as that noun does. The analyzer's own guess for such a word often takes the
ending for a masculine's or a feminine's by its last letters, and the declension table of coined
names (``lexicons/org_name_endings.tsv``) cuts the -е of a neuter's or a soft stem's locative
("Роскачеств", "...контрол"); the noun at the end knows its paradigm. Read by
:func:`rufacts.entities.org_case.oblique_name`."""
from __future__ import annotations

from ..grammars.morph import Morph

STEM = 3  # the fewest letters before the noun: "Рос", "Мин", "Соц"
NOUN = 6  # the fewest letters of the noun: "недрами", "качестве"; a shorter end is often a coined name's ("Херенвеном": not вено)
PLURAL_NOUN = 5  # the fewest letters of a plural-only noun closing a name: "недра"
PROPER = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Trad", "Abbr", "Init"})


def compound_nominative(morph: Morph, word: str, case: str) -> str | None:
    """The nominative (lower case) of ``word`` read as ``case``, by the longest dictionary noun
    it ends in, in the singular (or a plural-only noun: "Роснедр", "Роснедрами"); None where the
    dictionary knows the word itself or no such noun ends it."""
    low = word.lower()
    if not low.isalpha() or morph.is_known(low):
        return None
    cut = _end_word(morph, low, NOUN)
    if cut is None:
        return None
    for p in morph.parse(low[cut:]):  # the longest dictionary word at the end decides
        if p.tag.POS == "NOUN" and p.tag.case == case and not PROPER & p.tag.grammemes \
                and len(p.methods_stack) == 1 and ("sing" in p.tag.grammemes or "Pltm" in p.tag.grammemes):
            return low[:cut] + p.normal_form
    return None


def _end_word(morph: Morph, low: str, shortest: int) -> int | None:
    """Where the longest dictionary word of at least ``shortest`` letters that ends ``low`` starts,
    after a stem of at least ``STEM`` letters; None where no such word ends it."""
    return next((cut for cut in range(STEM, len(low) - shortest + 1) if morph.is_known(low[cut:])), None)


def plural_tantum_nominative(morph: Morph, word: str) -> bool:
    """Whether ``word``, unknown to the dictionary, ends in its longest dictionary noun that is a
    plural-only noun in the nominative ("Хакаснедра", "Томскнедра": недра): a name already in the
    nominative, not the genitive of a masculine "Хакаснедр"."""
    low = word.lower()
    if not low.isalpha() or morph.is_known(low):
        return False
    cut = _end_word(morph, low, PLURAL_NOUN)
    return cut is not None and any(p.tag.POS == "NOUN" and "Pltm" in p.tag.grammemes and p.tag.case == "nomn"
                                   and p.word == p.normal_form for p in morph.parse(low[cut:]))


FEMININE_STEM = 4  # the fewest letters before a short feminine noun closing a coined name: "Нейро|сфере"
FEMININE_NOUN = 5  # the letters of that noun: "сфере", "волне"


def feminine_tail_nominative(morph: Morph, word: str, case: str) -> str | None:
    """The nominative (lower case) of a coined name the dictionary lacks whose longest dictionary
    word at the end is a five-letter feminine noun in ``case`` ("в «Нейросфере»": сфера ->
    Нейросфера, "«Нейроволне»"), where no longer noun closes it (:func:`compound_nominative`);
    a masculine's or a neuter's short end is no part of the name ("Херенвеном": not вено), nor is a
    form that is a masculine's too ("Примбизнесбанке": банк, not банка)."""
    low = word.lower()
    if not low.isalpha() or morph.is_known(low) or len(low) < FEMININE_STEM + FEMININE_NOUN:
        return None
    if _end_word(morph, low, FEMININE_NOUN + 1) is not None:
        return None  # a longer dictionary word at the end decides
    tail = low[-FEMININE_NOUN:]
    if any(p.tag.POS == "NOUN" and p.tag.case == case and p.tag.gender in ("masc", "neut") for p in morph.parse(tail)):
        return None  # "в Примбизнесбанке": банк's locative too, no "банка"
    for p in morph.parse(tail):
        if p.tag.POS == "NOUN" and p.tag.case == case and p.tag.gender == "femn" and "sing" in p.tag.grammemes \
                and not PROPER & p.tag.grammemes and len(p.methods_stack) == 1 and p.normal_form.endswith("а"):
            return low[:-FEMININE_NOUN] + p.normal_form
    return None
