"""Where a sector phrase of the surface grammar ends (used by :mod:`.sector_context`).

The grammar takes any run of nominal words after a sector cue; two things that follow a
sector phrase are no part of it:

* a conjunct after a comma with no noun of its own, or a participle governing what follows
  it: a clause on the counted noun ("11 производств химии и нефтехимии, формирующих около
  трети выпуска" -> химия и нефтехимия); a comma and "и" open the next clause
  ("кейтерингом, и летом все они ...": w108); so does a conjunct of indeclinable nouns only
  (", сельпо": w168);
* a phrase whose first noun is not in the phrase's case, its adjectives only looking so
  ("20 комбинатов общей площадью 470 гектаров": "общей" may be genitive, "площадью" is
  instrumental: a measure of the counted noun, no sector).
"""
from __future__ import annotations

from typing import Sequence

from .sector_words import forms, in_case


def _noun(token) -> bool:
    return any("NOUN" in f.grams.values for f in forms(token)[:1])


def _adjective(token) -> bool:
    return any(f.grams.values & {"ADJF", "PRTF"} for f in forms(token)[:1])


def _fixed(token) -> bool:
    return any("Fixd" in f.grams.values for f in forms(token))


def _clause_opening(rest: Sequence) -> bool:
    """A participle that governs what follows it ("обеспечивающих половину выпуска"),
    not one that agrees with a noun after it ("обрабатывающих производств")."""
    top = forms(rest[0])[:1]
    if not top or "PRTF" not in top[0].grams.values:
        return False
    cases = top[0].grams.values & {"nomn", "gent", "datv", "accs", "ablt", "loct"}
    after = rest[1] if len(rest) > 1 else None
    return after is None or not (_noun(after) or _adjective(after)) or not any(
        in_case(after, case) for case in cases)


def without_clause(tokens: Sequence) -> list:
    """The phrase up to a comma whose words after it hold no noun ("..., формирующих") or
    open a participle clause ("..., обеспечивающих половину выпуска")."""
    tokens = list(tokens)
    for k, token in enumerate(tokens):
        if token.value != "," or k == 0 or k + 1 >= len(tokens):
            continue
        rest = tokens[k + 1:]
        if not any(_noun(t) or t.type != "RU" for t in rest) or _clause_opening(rest) \
                or _new_clause(tokens[:k], rest) or _caseless(rest):
            return tokens[:k]
    return tokens


def _caseless(rest: Sequence) -> bool:
    """", сельпо": a conjunct of indeclinable nouns only, nothing that shows its case: the
    next item of the sentence's list, not of the phrase ("три КФХ, занимающихся
    овощеводством, сельпо и отделение Сбербанка", w168)."""
    return all(t.type == "RU" and _noun(t) and _fixed(t) for t in rest)


def _new_clause(before: Sequence, rest: Sequence) -> bool:
    """", и летом ...": Russian puts no comma before the one "и" of a list of nouns, so a
    comma and "и" open the next clause (w108), unless "и" repeats ("и X, и Y")."""
    return rest[0].value.lower() == "и" and not any(t.value.lower() == "и" for t in before)


def agrees(tokens: Sequence, case: str) -> bool:
    """The phrase's first noun (after its adjectives) can be in ``case``; a phrase that
    opens with something else than adjectives and a noun is left to other tests."""
    for token in tokens:
        if token.type != "RU":
            return True
        if _noun(token):
            return in_case(token, case) or _fixed(token)
        if not _adjective(token):
            return True
    return True


def bounded(tokens: Sequence, case: str) -> list:
    """The sector phrase cut to its extent; [] where it is no phrase in ``case``."""
    tokens = without_clause(tokens)
    return tokens if agrees(tokens, case) else []


__all__ = ["agrees", "bounded", "without_clause"]
