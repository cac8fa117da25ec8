"""Quoted names whose letters the analyzer's readings would decline wrongly (used by
:mod:`rufacts.components.entities` for an organization's normal form).

A quoted name of several words after a legal form stands as written where its words share no
case the name could be declined in (used by :func:`rufacts.components.entities._legal_quoted`):
"ООО «Кахети Тревел»" is Кахети Тревел, not "Кахеть Тревел", the nominative of the genitive the
analyzer guesses for a Georgian region's name it lacks, since "Тревел" reads as no noun or adjective
at all. A name declined after a legal form has every word in one case and number ("с АО «Российскими
железными дорогами»": each an instrumental plural), in the slot's case where the word before the
legal form gives one (:func:`.org_case.slot_cases`); a name whose words have no such reading in
common is a foreign name the press leaves undeclined.

A one-word quoted name after "к" in -е that the analyzer reads only as a locative is the dative of a
noun in -а (:func:`dative_e_name`: "перешли к «Экспоненте»" -> Экспонента), and so is one the
dictionary lacks right after a verb governing the dative (``lexicons/org_dative_verbs.txt``: "уступило
«Валмиере»"). A one-word quoted name
in -и or -ы opening its sentence before a plural verb is a plural name, as written
(:func:`plural_subject_name`: "«Оцеларжи» из Тршинеца стали чемпионами")."""
from __future__ import annotations

from ..grammars.letters import CONSONANTS
from ..grammars.morph import Morph
from ..lexicons import load_list
from .org_quoted_preps import DATIVE_PREPS
from .quotes import QUOTES

NAME_POS = frozenset({"NOUN", "ADJF", "PRTF"})
OBLIQUE = frozenset({"gent", "gen2", "datv", "accs", "ablt", "loct", "loc2"})


def _readings(morph: Morph, word: str, cases) -> set[tuple[str, str]]:
    """(case, number) of the readings of ``word`` as a noun or adjective in an oblique case (in
    ``cases`` where given)."""
    return {(p.tag.case, p.tag.number or "sing") for p in morph.parse(word)
            if p.tag.POS in NAME_POS and p.tag.case in OBLIQUE and (not cases or p.tag.case in cases)}


def undeclined_foreign(morph: Morph, words: list[str], cases=()) -> bool:
    """Whether the quoted name's ``words`` (two or more, of letters) share no oblique case and number
    (within ``cases``, the slot's, where given) in which they read as nouns or adjectives."""
    words = [w for w in words if w.replace("-", "").isalpha()]
    if len(words) < 2:
        return False
    shared = None
    for word in words:
        readings = _readings(morph, word.lower(), cases)
        shared = readings if shared is None else shared & readings
        if not shared:
            return True
    return False


def foreign_as_written(morph: Morph, span, k: int) -> bool:
    """Whether the quoted name after the legal forms ``span[:k]`` is a foreign name standing as written
    (:func:`undeclined_foreign`, the slot's cases by the word before the span)."""
    from .org_case import slot_cases  # (org_case imports the quoted-name helpers this module serves)
    words = [t.text for t in span[k:] if not (t.is_space or t.is_punct)]
    return undeclined_foreign(morph, words, slot_cases(span))


def dative_e_name(morph: Morph, span) -> str | None:
    """The nominative in -а of a one-word quoted name after "к" that the analyzer reads in -е only as a
    locative ("перешли к «Экспоненте»" -> Экспонента, not a masculine "Экспонент", whose dative is
    in -у): "к" governs the dative alone, and a dative in -е is one of a noun in -а. None else."""
    words = [t for t in span if not (t.is_space or t.is_punct)]
    doc = span.doc
    if len(words) != 1 or words[0].i < 2 or doc[words[0].i - 1].text not in ("«", "\"", "“", "„"):
        return None
    governor = doc[words[0].i - 2]
    by_verb = governor.pos_ in ("VERB", "AUX") and governor.lemma_.lower() in load_list("org_dative_verbs.txt") \
        | load_list("org_latin_dative_verbs.txt")
    if governor.lower_ not in DATIVE_PREPS and not by_verb:
        return None
    word = words[0].text
    if not word.isalpha() or not word[:1].isupper() or word.isupper() or not word.endswith("е") \
            or word.endswith(("ие", "ее")) or len(word) < 4:
        return None
    if by_verb:  # "уступило «Валмиере»": no preposition, so no locative; a dative in -е is a noun's in -а
        return word[:-1] + "а" if not morph.is_known(word.lower()) and word[-2] in CONSONANTS else None
    readings = [p for p in morph.parse(word) if p.tag.POS == "NOUN"]
    if not readings or any(p.tag.case == "datv" for p in readings) \
            or not all(p.tag.case in ("loct", "loc2") for p in readings):
        return None
    return word[:-1] + "а"


def plural_subject_name(morph: Morph, span) -> str | None:
    """A one-word quoted name in -и or -ы opening its sentence as the subject of a plural verb after it,
    a phrase of its city ("из Либерца") at most between, stands as written: a plural name ("«Оцеларжи»
    из Тршинеца стали чемпионами", "«Тигржи» вышли"), not the genitive of a singular the analyzer
    guesses. None else."""
    words = [t for t in span if not (t.is_space or t.is_punct)]
    doc = span.doc
    if len(words) != 1:
        return None
    w = words[0]
    if w.i < 1 or doc[w.i - 1].text not in QUOTES or w.i + 1 >= len(doc) or doc[w.i + 1].text not in QUOTES:
        return None
    word = w.text
    if not word.isalpha() or not word[:1].isupper() or word.isupper() or not word.endswith(("и", "ы")):
        return None
    opening = w.i - 1 == 0 or doc[w.i - 2].is_sent_end or doc[w.i - 2].text in (",", "—", ":")
    if not opening or morph.is_known(word.lower()) and not any(
            p.tag.case == "nomn" and p.tag.number == "plur" for p in morph.parse(word)):
        return None
    k = w.i + 2
    if k + 1 < len(doc) and doc[k].lower_ in ("из", "с", "со") and doc[k + 1].text[:1].isupper():
        k += 2  # "из Тршинеца"
    if k >= len(doc):
        return None
    verb = doc[k]
    plural = any(p.tag.POS == "VERB" and p.tag.number == "plur" for p in morph.parse(verb.lower_))
    return word if verb.pos_ in ("VERB", "AUX") and "Plur" in verb.morph.get("Number") and plural else None
