"""Initials before two surnames: "Ф. Х. Льоренте Бустаманте", "А. Л. Гарсеса Оспины".

Where a name is written with its initials first and two full words after them, the initials stand
for the given name and the patronymic (or a second given name), so neither word is a given name: the
two words are one double surname, a Spanish or Portuguese father's and mother's surname (gold
conventions: "Spanish double surnames are one `last`"). Each part declines on its own ("Перальты
Сандоваля": Перальта Сандоваль), so each is read as the surname beside the initials, in the case and
gender the context gives; the parts are joined in the order written.

Not where either word is a patronymic or a given name the dictionary knows firmly ("А. Иван Петров"
is no press style, and "И. Ивановича Петрова" keeps its patronymic), nor for a hyphenated surname
(one word already).
"""
from __future__ import annotations

from typing import Callable, Optional, Sequence

FIRM = 1.0  # a dictionary's or a lexicon's reading


def initials_double_surname(words: Sequence[str], is_initial: Callable[[str], bool], readings: Callable,
                            analyze: Callable) -> Optional[tuple]:
    """(first, middle, last, gender) for initials followed by exactly two full words that are no given
    name or patronymic; None else. ``readings(word)`` gives a word's name readings, ``analyze(words)``
    analyzes the initials with one surname (the caller's context hints kept)."""
    count = 0
    while count < len(words) and is_initial(words[count]):
        count += 1
    rest = list(words[count:])
    if not 1 <= count <= 2 or len(rest) != 2 \
            or any(is_initial(w) or not w[:1].isupper() or "-" in w for w in rest):
        return None
    for word in rest:
        if any(r.role in ("first", "middle") and r.weight >= FIRM for r in readings(word)):
            return None
    head = analyze(list(words[:count]) + rest[:1])
    tail = analyze(list(words[:count]) + rest[1:])
    if head.last is None or tail.last is None:
        return None
    gender = tail.gender or head.gender
    return tail.first, tail.middle, f"{head.last} {tail.last}", gender
