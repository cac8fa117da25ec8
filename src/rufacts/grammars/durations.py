"""Durations the amounts grammar cannot see, as amounts of kind ``duration``: one-word
adjectives ("трёхдневный", "10-летнем", "шестимесячного"), "полгода", and a unit alone
after a qualifier ("около недели", "почти месяц", "больше суток"). Forms are
``lexicons/durations.tsv``; qualifiers ``lexicons/qualifiers.tsv``.

Durations with a number ("три года", "более 5,5 лет") come from the amounts grammar
(``units.tsv``, kind ``duration``).

    >>> [(d.text, d.value, d.unit, d.qualifier) for d in find_durations("около недели и трёхдневный")]
    [('около недели', Decimal('1'), 'week', 'approx'), ('трёхдневный', Decimal('3'), 'day', None)]
"""
from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

from rufacts.grammars.amounts import AmountValue
from rufacts.lexicons import load_rows
from rufacts.grammars.regex_trie import trie

__all__ = ["find_durations"]


def _alt(words) -> str:
    """The words as one regex: a trie (:func:`~rufacts.grammars.regex_trie.trie`), which
    matches what their alternation longest first matches, in a fraction of the time; a word
    list with capitals stays that alternation (the trie's equivalence needs lower case)."""
    if all(w == w.lower() for w in words):
        return trie(words)
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _patterns():
    stems, units, words, ages, after = {}, {}, {}, set(), set()
    leads, some, plural = set(), set(), {}
    for cls, form, value in load_rows("durations.tsv"):
        if cls == "lead":
            leads.add(form)
        elif cls == "some":
            some.add(form)
        elif cls == "plural":
            plural[form] = value
        elif cls == "age":
            ages.add(form)
        elif cls == "after":
            after.add(form)
        elif cls == "stem":
            stems[form] = Decimal(value)
        elif cls == "unit":
            units[form] = value
        elif cls == "word":
            number, unit = value.split()
            words[form] = (Decimal(number), unit)
    qualifiers = {" ".join(q.split()): k for q, k in load_rows("qualifiers.tsv")}
    leads = {lead: None for lead in leads}
    adjective = re.compile(rf"(?<![\w-])(?:(\d+)-|({_alt(stems)}))({_alt(units)})[а-яё]{{1,4}}(?!\w)",
                           re.IGNORECASE)
    alone = re.compile(rf"(?<![\w-])(?:({_alt(qualifiers | leads)})\s+)?({_alt(words)})(?!\w)",
                       re.IGNORECASE)
    vague = re.compile(rf"(?<![\w-])(?:{_alt(some)})\s+(?:\w+\s+)?({_alt(plural)})(?!\w)", re.IGNORECASE)
    return (adjective, alone, stems, units, words, qualifiers, frozenset(ages), frozenset(after),
            vague, plural)


def is_age(text: str, duration: AmountValue, morph=None) -> bool:
    """A number of years that is someone's age (see :mod:`rufacts.grammars.ages`)."""
    from rufacts.grammars.ages import is_age as _is_age

    return _is_age(text, duration, morph)


def find_durations(text: str) -> list[AmountValue]:
    adjective, alone, stems, units, words, qualifiers, _, _, vague, plural = _patterns()
    found = []
    for m in adjective.finditer(text):
        value = Decimal(m.group(1)) if m.group(1) else stems[m.group(2).lower()]
        found.append(AmountValue(m.start(), m.end(), m.group(), "duration", value,
                                 units[m.group(3).lower()]))
    for m in alone.finditer(text):
        word = m.group(2).lower()
        value, unit = words[word]
        lead = " ".join(m.group(1).lower().split()) if m.group(1) else None
        qualifier = qualifiers.get(lead) if lead else None
        if lead is None and not word.startswith("пол"):
            continue  # "в год", "месяц" alone: no amount said
        found.append(AmountValue(m.start(), m.end(), m.group(), "duration", value, unit,
                                 qualifier))
    for m in vague.finditer(text):  # "несколько лет": a duration without a value
        found.append(AmountValue(m.start(), m.end(), m.group(), "duration", None,
                                 plural[m.group(1).lower()]))
    return sorted(found, key=lambda d: d.start)
