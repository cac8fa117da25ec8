"""Split quantity phrases of spoken Russian (w137): a verb of being or remaining after the
number of a fronted genitive noun ("Стекольных заводов у нас в области три осталось",
"Частных пекарен в районе пять работает, а было ...") leaves the number the predicate of
that noun. The verbs are lemmas in ``lexicons/sector_split_be_verbs.txt``; this module says
whether a word after a number is one of them and where the clause then ends.
"""
from __future__ import annotations

from functools import lru_cache

from ..lexicons import load_list


@lru_cache(maxsize=1)
def be_verbs() -> frozenset[str]:
    return load_list("sector_split_be_verbs.txt")


def is_be_verb(lemma: str, pos: str) -> bool:
    """A finite verb of being or remaining ("осталось", "было", "насчитывается")."""
    return pos in ("VERB", "AUX") and lemma.lower() in be_verbs()


def past_be_verb(words: list, k: int, lemma, pos) -> int:
    """The index after a verb of being at ``k`` (``lemma(w)``, ``pos(w)`` read a word of
    ``words``), or ``k`` where there is none."""
    if k < len(words) and is_be_verb(lemma(words[k]), pos(words[k])):
        return k + 1
    return k


_ONE_ENDS = frozenset({",", ";", ":", ".", "!", "?", ")", "—", "–", "»"})
_BETWEEN = frozenset({"всего", "лишь", "только", "уже", "ещё", "еще", "так", "и"})


def lone_one(nodes: list, node) -> bool:
    """"осталась одна", "был всего один": "один" alone after a verb of being or remaining,
    ending its clause, is the number of the noun said before ("Ткацких фабрик в городе
    осталась одна, а было семь"); "осталась одна проблема" is not."""
    if node.lemma.lower() != "один":
        return False
    k = node.i + 1
    if k < len(nodes) and nodes[k].text not in _ONE_ENDS:
        return False
    k = node.i - 1
    while k >= 0 and nodes[k].text.lower() in _BETWEEN:
        k -= 1
    return k >= 0 and is_be_verb(nodes[k].lemma, nodes[k].pos)
