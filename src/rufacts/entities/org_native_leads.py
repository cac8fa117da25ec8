"""A body's name opened by a people's name in its own language (``lexicons/org_native_leads.txt``:
"Саха", "Удмурт", "Коми") that stands as an attribute: the lead keeps its form and the rest of
the name goes to the nominative on its own ("в Саха академическом театре" -> Саха академический
театр, "Удмурт Кенеша" -> Удмурт Кенеш). The analyzer reads the lead as the noun heading the
name and would leave the rest as written. Read by :func:`rufacts.entities.normal._normalize_words`.
"""
from __future__ import annotations

from typing import Callable, Sequence

from ..lexicons import load_list


def native_lead(words: Sequence[str], normalize: Callable[[Sequence[str]], list[str]]) -> list[str] | None:
    """``words`` with the rest after a native lead normalized; None where no lead opens them."""
    if len(words) < 2 or not words[0][:1].isupper() or words[0].lower() not in load_list("org_native_leads.txt") \
            or not words[1].isalpha():
        return None  # "Саха (Якутия)": the republic's two names
    return [words[0], *normalize(words[1:])]
