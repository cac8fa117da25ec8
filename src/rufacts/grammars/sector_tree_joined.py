"""Coordinated sector phrases split by the parser (w78): "Оптические компоненты и фотонные
интегральные схемы сегодня разрабатывают 12 стартапов" is parsed as two objects of the
verb, the second conjunct's first adjective hung as a conjunct of the first noun; the
phrase then ends at "компоненты". :func:`objects_joined` hangs the second noun on the
first as its ``conj`` (and the stray adjective on the second noun), so the sector phrase
is the coordinated whole ("X и Y" on one count is one item, docs/gold-conventions.md).

:func:`content_rejoined`: "Выращиванием овощей в защищённом грунте ... заняты 20 комбинатов":
a "в X" right after the genitive of a verb's instrumental argument (the activity "заниматься"
takes), before the verb, X a common noun that
names no place, time or firm, is hung on that genitive, whatever the parser did with it (on
the verb, or on the counted noun after it); the sector phrase keeps it ("выращивание овощей
в защищённом грунте"). A "в X" after the argument itself ("Ягоды в открытом грунте
выращивают") is left alone (:mod:`.sector_tree_adjuncts`).
"""
from __future__ import annotations

from dataclasses import replace
from typing import Sequence

from .sector_tree_nodes import Node

_ROLES = ("obj", "nsubj", "obl")


def objects_joined(nodes: Sequence[Node]) -> list[Node]:
    """``nodes`` with "A и [adjectives] B", A and B nouns of one verb in one role, B hung
    on A."""
    out = list(nodes)
    for cc in nodes:
        if cc.dep != "cc" or cc.text.lower() not in ("и", "или") or cc.i == 0:
            continue
        b = out[cc.head]
        k = cc.i - 1
        a = out[k]
        if b.i <= cc.i or b.pos != "NOUN" or a.pos != "NOUN" or b.dep not in _ROLES \
                or a.dep != b.dep or a.head != b.head or a.head in (a.i, b.i):
            continue
        between = out[cc.i + 1:b.i]
        if any(n.pos != "ADJ" for n in between):
            continue
        out[b.i] = replace(b, head=a.i, dep="conj")
        for n in between:  # "фотонные", hung on "компоненты" as a conjunct
            if n.head == a.i and n.dep == "conj":
                out[n.i] = replace(n, head=b.i, dep="amod")
    return out


def content_rejoined(nodes: Sequence[Node], ends: frozenset[str]) -> list[Node]:
    """``nodes`` with each content "в X" after an argument's genitive hung on the genitive;
    ``ends``: the lemmas that end a phrase (places, times, sites, counted nouns)."""
    out = list(nodes)
    for case in nodes:
        if case.dep != "case" or case.text.lower() not in ("в", "во") or case.i < 2:
            continue
        noun, gen = out[case.head], out[case.i - 1]
        if noun.i <= case.i or noun.pos != "NOUN" or not noun.text.islower() \
                or noun.lemma.lower() in ends or noun.head == gen.i \
                or gen.pos != "NOUN" or gen.case != "gent" or gen.dep != "nmod" \
                or any(n.head == noun.i and n.dep != "case" and (
                    n.pos == "PROPN" or not n.text.islower()) for n in out):
            continue
        arg = out[gen.head]
        verb = out[arg.head]
        if arg.i >= gen.i or arg.dep not in ("obl", "obj", "nsubj") or arg.case != "ablt" \
                or verb.i == arg.i or verb.i <= noun.i:
            continue  # the activity and its "в X" before the verb: "Выращиванием овощей в ..."
        out[noun.i] = replace(noun, head=gen.i, dep="nmod")
    return out


__all__ = ["content_rejoined", "objects_joined"]
