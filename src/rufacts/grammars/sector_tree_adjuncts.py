"""Adjuncts at the edge of a parsed sector phrase (w67, sector phrase boundaries).

* :func:`adjuncts_rehung`: "химикатами для водоочистки в стране торгуют", "Клубникой в
  закрытом грунте занимаются": the parser hangs the "для X" or "в X" right after a verb's
  noun argument on the verb; a "для X" says what the thing is for and belongs to the noun
  ("для X" after what the firms make stays with it, docs/gold-conventions.md), and so does
  a "в X" whose X is no place or time ("выращивание овощей в защищённом грунте"), so it is
  hung on the noun as its ``nmod``. A "для X" with no noun argument right before it
  ("работают для X") is left on the verb, and so is a place or time ("Выпечкой хлеба в
  сёлах района", "в этом году": the ``around`` and ``site`` cues of ``sector_cues.tsv``).

Places and times end a sector phrase wherever the parser hung them: ``around`` and ``site``
nouns of "в X" and "по X" ("морские круизы по Белому морю") are read by
:meth:`rufacts.grammars.sector_tree_words.TreeWords.route` and ``within``.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Sequence

from .sector_tree_nodes import Node

_ARGUMENTS = ("obl", "obj", "nsubj", "nsubj:pass", "iobj")
# "для" only: a topicalized "в X" ("Ягоды в открытом грунте в районе выращивают") is left
# where the parser hung it, a locative adjunct ending the phrase (dev8 b8j-147; blind-7
# b7f-070 keeps "клубника в закрытом грунте": the files disagree)
_PREPOSITIONS = ("для",)


def _content(nodes: Sequence[Node], noun: Node, case: Node, ends: frozenset[str]) -> bool:
    """"для X", or "в X" with X a common noun that names no place or time and has no
    proper name under it."""
    if case.text.lower() == "для":
        return True
    return case.text.lower() in ("в", "во") and noun.pos == "NOUN" and noun.text.islower() \
        and noun.lemma.lower() not in ends and not any(
            n.head == noun.i and n.dep != "case" and (n.pos == "PROPN" or not n.text.islower())
            for n in nodes)


def adjuncts_rehung(nodes: Sequence[Node], ends: frozenset[str]) -> list[Node]:
    """``nodes`` with each "для X" or content "в X" that follows a noun argument of the
    same verb, before the verb, hung on that noun; ``ends``: the place and time lemmas."""
    out = list(nodes)
    for case in nodes:
        if case.dep != "case" or case.i == 0 or case.text.lower() not in _PREPOSITIONS:
            continue
        noun, before = out[case.head], out[case.i - 1]
        verb = noun.head
        if noun.i <= case.i or noun.dep != "obl" or verb == noun.i or before.pos != "NOUN" \
                or before.head != verb or before.dep not in _ARGUMENTS \
                or not _content(out, noun, case, ends) \
                or case.text.lower() != "для" and not noun.i < verb:
            continue
        out[noun.i] = replace(noun, head=before.i, dep="nmod")
    return out


__all__ = ["adjuncts_rehung"]
