"""Adjuncts at the edge of a parsed sector phrase (w67, sector phrase boundaries).

* :func:`purpose_rehung`: "химикатами для водоочистки в стране торгуют": the parser hangs
  the "для X" right after a verb's noun argument on the verb; it says what the thing is for
  and belongs to the noun ("для X" after what the firms make stays with it,
  docs/gold-conventions.md), so it is hung on the noun as its ``nmod``. A "для X" with no
  noun argument right before it ("работают для X") is left on the verb.

Places and times that end a sector phrase ("в сёлах района", "по Белому морю", "в этом
году") are the ``around`` and ``site`` cues of ``sector_cues.tsv`` read by
:meth:`rufacts.grammars.sector_tree_words.TreeWords.route` and ``within``.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Sequence

from .sector_tree_nodes import Node

_ARGUMENTS = ("obl", "obj", "nsubj", "nsubj:pass", "iobj")


def purpose_rehung(nodes: Sequence[Node]) -> list[Node]:
    """``nodes`` with each "для X" that follows a noun argument of the same verb hung on
    that noun."""
    out = list(nodes)
    for case in nodes:
        if case.text.lower() != "для" or case.dep != "case" or case.i == 0:
            continue
        noun, before = out[case.head], out[case.i - 1]
        verb = noun.head
        if noun.i <= case.i or noun.dep != "obl" or verb == noun.i \
                or before.pos != "NOUN" or before.head != verb or before.dep not in _ARGUMENTS:
            continue
        out[noun.i] = replace(noun, head=before.i, dep="nmod")
    return out


__all__ = ["purpose_rehung"]
