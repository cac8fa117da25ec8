"""Approximate counts said with "под" (issue 11, number expressions family, round 10): "под
сотню кабинетов", "под 40 хозяйств", "ещё под сотню — небольших подворий" mean "almost 100",
like "почти сотня". The parser reads "под" as a preposition and the number as an oblique
("заняты под сотню компаний": obl), so the clause has no subject and the count no verb.

:func:`under_approximate` gives the nodes of a sentence with such a "под" made an adverb of
the number (as "почти" is parsed) and the number, an oblique of a predicate that has no
subject, its subject. Only "под" right before a number in the accusative (digits, number words
or a scale noun: "сотню", "десяток", "полсотни", "тысячу") followed by a noun in the genitive
plural or a dash: "под 5% годовых", "под сотню человек" stay as they are for the readers
that need a counted noun anyway; "под Москвой" has no number."""
from __future__ import annotations

from dataclasses import replace
from typing import Sequence

from .sector_number_tokens import LONE_SCALE, scale_words
from .sector_tree_nodes import Node, qualifier_words

_SUBJECTS = ("nsubj", "nsubj:pass")
_UNDER = frozenset({"под"})
_NOT_QUALIFIER = frozenset({"до"})  # "с 30 до 11", "от 5 до 7": a change or a range
_TAKEN = ("dep", "obj", "obl", "nmod")  # the role the parser gave the number instead


def _number(node: Node, under: bool) -> bool:
    """A number after "под" (in the accusative) or after another qualifier (any case:
    "свыше 2 тыс.", "не больше десятка")."""
    if node.text[:1].isdigit() or node.text.lower() in LONE_SCALE:
        return True
    if not under:
        return node.pos == "NUM" or (node.pos == "NOUN" and node.lemma.lower() in scale_words())
    return (node.pos == "NUM" and node.case in (None, "accs", "nomn")) \
        or (node.pos == "NOUN" and node.lemma.lower() in scale_words() and node.case == "accs")


def _phrase(nodes: list[Node], node: Node, k: int) -> Node:
    """The head of the counted phrase of ``node``: "компаний" of "2 тыс. компаний"."""
    while node.dep.startswith("nummod") and node.i < node.head <= k + 5:
        node = nodes[node.head]
    return node


def under_approximate(nodes: Sequence[Node]) -> list[Node]:
    """``nodes`` with each approximate "под <number>" read as "почти <number>", and each
    qualifier the parser made a preposition ("свыше 2 тыс. компаний": obl) or the subject
    ("не больше десятка компаний": "больше" nsubj) an adverb of its number, the number's
    phrase taking the role (see the module's doc); the offsets and order are kept."""
    out = list(nodes)
    words = qualifier_words()
    for k, node in enumerate(out[:-2]):
        number = out[k + 1]
        lower = node.text.lower()
        if lower not in _UNDER and (lower not in words or lower in _NOT_QUALIFIER) \
                or not _number(number, lower in _UNDER):
            continue
        after = out[k + 2]
        if after.text in ("%", "-") or not (after.text in ("—", "–") or after.pos in (
                "NOUN", "ADJ", "NUM") or after.text[:1].isdigit()):
            continue
        role = node.dep if node.dep in _SUBJECTS and node.head != node.i else None
        if node.pos != "ADP" and role is None:
            continue  # "почти", "более" already an adverb of the number
        if role is not None:  # "не больше десятка компаний": "больше" the subject
            held = _phrase(out, number, k)
            if held.head not in (node.i, node.head) or held.dep not in _TAKEN:
                continue  # the parser's own reading ("более" <- "компаний" obl) is read
            out[k] = replace(node, pos="ADV", dep="advmod", head=number.i)
            out[held.i] = replace(held, dep=role, head=node.head)
            continue
        out[k] = replace(node, pos="ADV", dep="advmod", head=number.i)
        held = _phrase(out, out[node.head] if k < node.head <= k + 4 else number, k)
        if held.dep == "obl" and held.head != held.i:  # "под" on the number or the noun
            head = held.head  # the predicate; a subject in the instrumental is a misparse
            if not any(n.head == head and n.dep in _SUBJECTS and n.case != "ablt"
                       for n in out if n.i != held.i):
                out[held.i] = replace(out[held.i], dep="nsubj")
    return out
