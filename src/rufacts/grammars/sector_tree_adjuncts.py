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

from .sector_phrase_tails import kept_tail
from .sector_tree_nodes import Node

_ARGUMENTS = ("obl", "obj", "nsubj", "nsubj:pass", "iobj")
# a topicalized "в X" before the verb is the noun's too ("Лимоны в закрытом грунте ...
# выращивают": the files disagreed, b8j-147 against b7f-070, b4-027, b9p-082 and dev10; the
# majority and docs/gold-conventions.md keep it, w94); "от X" says what the thing is against
# ("разрабатывающих лекарства от онкологии", w94)
_PREPOSITIONS = ("для", "в", "во", "от")


def against(noun: Node) -> bool:
    """"от X" with X what a product or service is against ("лекарства от онкологии",
    "защита от DDoS-атак"): a common noun or a hyphenated Latin-headed one, not a body or
    firm the thing comes from (``sector_objects``: "от производителей")."""
    from .sector_words import lexicon

    common = noun.pos == "NOUN" and noun.text.islower() or "-" in noun.text and \
        noun.text.split("-")[-1].islower()
    return common and noun.lemma.lower() not in lexicon().objects


def _content(nodes: Sequence[Node], noun: Node, case: Node, ends: frozenset[str]) -> bool:
    """"для X", or "в X" with X a common noun in the locative ("в закрытом грунте", not
    "в аренду") that names no place or time and has no proper name under it."""
    if case.text.lower() == "для":
        return True
    if case.text.lower() == "от":
        return against(noun)
    return case.text.lower() in ("в", "во") and noun.pos == "NOUN" and noun.text.islower() \
        and noun.case == "loct" \
        and noun.lemma.lower() not in ends and not any(
            n.head == noun.i and n.dep != "case" and (n.pos == "PROPN" or not n.text.islower())
            for n in nodes)


def adjuncts_rehung(nodes: Sequence[Node], ends: frozenset[str]) -> list[Node]:
    """``nodes`` with each "для X" or content "в X" that follows a noun argument of the
    same verb, before the verb, hung on that noun; ``ends``: the place and time lemmas."""
    out = list(nodes)
    for case in nodes:
        if case.dep != "case" or case.i == 0:
            continue
        noun, before = out[case.head], out[case.i - 1]
        verb = noun.head
        tail = kept_tail(before.lemma, case.text.lower(), noun, ends)  # "реабилитацией
        if case.text.lower() not in _PREPOSITIONS and not tail:  # после инсульта" (w108)
            continue
        if noun.i <= case.i or noun.dep != "obl" or verb == noun.i or before.pos != "NOUN" \
                or before.head != verb or before.dep not in _ARGUMENTS \
                or not (tail or _content(out, noun, case, ends)) \
                or case.text.lower() in ("в", "во") and not noun.i < verb:
            continue
        out[noun.i] = replace(noun, head=before.i, dep="nmod")
    return out


__all__ = ["adjuncts_rehung", "against"]
