"""Portuguese surnames in -у: "бразильскую волейболистку Беатрис Фигейреду" -> Фигейреду.

Russian writes Portuguese final -o as -у (Фигейреду, Азеведу, Пинту, Кастру), which reads as
the accusative of a surname in -а. After a word that says the person is from a
Portuguese-speaking country (``lexicons/lusophone_words.txt``), up to a few words before the
name, the cue ``"lusophone"`` (:func:`lusophone_cue`) makes :func:`keep_u` drop those guessed
readings in -а; a surname the lexicons list in -а (Силва, Коста, Оливейра) keeps its own.
"""
from __future__ import annotations

from ..lexicons import load_list
from .name_readings import LEXICON

CUE = "lusophone"
REACH = 4
LUSOPHONE = frozenset({CUE})


def lusophone_cue(span) -> frozenset[str]:
    doc = span.doc
    words = load_list("lusophone_words.txt")
    for i in range(span.start - 1, max(span.start - 1 - REACH, -1), -1):
        token = doc[i]
        if token.is_punct and token.text not in ("-", "–"):
            return frozenset()
        if token.lemma_.lower() in words:
            return LUSOPHONE
    return frozenset()


def keep_u(full: list[str], readings: list, cases: frozenset[str]) -> list:
    """Readings without the guessed -а nominatives of surnames in -у, under the cue."""
    if CUE not in cases:
        return readings
    out = []
    for word, rs in zip(full, readings):
        low = word.lower()
        if low.endswith("у") and any(r.nominative == low for r in rs):
            rs = tuple(r for r in rs if not (r.role == "last" and r.nominative != low
                                             and r.nominative.endswith("а") and r.weight < LEXICON))
        out.append(rs)
    return out
