"""Two clauses, each with its verb, its fronted object and its counted subject (w102, the
sector said by the predicate): "сахарную свёклу выращивают 48 хозяйств, а сахар из неё
производят два завода", "шелководством занимаются 12 кластеров, а сырьё готовят две
фабрики". The parser hangs words of one clause on the other's verb: the second counted
noun as the subject of the first verb, or the first verb's instrumental as the object of
the second. Each word goes back to the verb of its own clause:

* :func:`subjects_to_own_verb`: a counted noun right after a verb (past its count) hung
  on an earlier verb, across that verb, is the subject of the verb right before it;
* :func:`objects_to_own_verb`: a noun right before a verb hung on a later verb past a
  comma (or, in the instrumental, on the place before it: "В области шелководством
  занимаются") is that verb's argument (its object or, in the instrumental, its oblique);
* :func:`numbers_own_subject`: "ещё три строят маломерные суда": the noun after a verb
  whose subject is a bare number before it is its object.

Set right before the rules read the tree (:func:`rufacts.grammars.sector_tree.tree_counts`)."""
from __future__ import annotations

from dataclasses import replace

from .sector_predicate_cases import _count_run_start
from .sector_tree_nodes import Node

_SUBJECT = ("nsubj", "nsubj:pass")


def subjects_to_own_verb(nodes: list[Node]) -> list[Node]:
    """"…, а сахар производят два завода": "завода" hung on "выращивают" before it."""
    out = list(nodes)
    for noun in nodes:
        if noun.pos not in ("NOUN", "PROPN") or noun.dep not in _SUBJECT + ("obj", "obl") \
                or noun.head >= noun.i or out[noun.head].pos != "VERB":
            continue
        start = _count_run_start(out, noun)
        if start == noun.i or start == 0:
            continue
        verb = out[start - 1]
        if verb.pos != "VERB" or verb.i <= noun.head or any(
                n.head == verb.i and n.dep in _SUBJECT and n.i > verb.i for n in out):
            continue
        if not any(n.text in (",", ";") for n in out[noun.head:verb.i]):
            continue  # one clause
        out[noun.i] = replace(noun, head=verb.i, dep="nsubj")
    return out


def objects_to_own_verb(nodes: list[Node]) -> list[Node]:
    """"шелководством занимаются 12 кластеров, а сырьё готовят …": "шелководством" hung
    on "готовят" after the comma."""
    out = list(nodes)
    for noun in nodes:
        k = noun.i + 1
        if noun.pos != "NOUN" or noun.head == noun.i or k >= len(nodes) \
                or out[k].pos != "VERB" or noun.case not in ("ablt", "accs") \
                or noun.dep not in ("obj", "obl", "nmod") or noun.head in (noun.i, k) \
                or any(n.head == noun.i and n.dep == "case" for n in out):
            continue
        head = out[noun.head]
        if not any(n.text in (",", ";") for n in out[k:noun.head]) and not (
                noun.dep == "nmod" and noun.case == "ablt" and head.i < noun.i
                and head.pos in ("NOUN", "PROPN")
                and any(n.head == head.i and n.dep == "case" for n in out)):
            continue  # "В области шелководством занимаются": not on the place before it
        dep = "obl" if noun.case == "ablt" else "obj"
        out[noun.i] = replace(noun, head=k, dep=dep)
    return out


def numbers_own_subject(nodes: list[Node]) -> list[Node]:
    """"…, ещё три строят маломерные суда": a bare number before a verb is its subject;
    a noun after the verb the parser also made its subject is its object."""
    out = list(nodes)
    for noun in nodes:
        verb = out[noun.head]
        if noun.dep != "nsubj" or noun.pos != "NOUN" or verb.pos != "VERB" \
                or noun.i < verb.i:
            continue
        if any(n.head == verb.i and n.dep == "nsubj" and n.pos == "NUM" and n.i < verb.i
               for n in out):
            out[noun.i] = replace(noun, dep="obj", case="accs")
    return out


__all__ = ["numbers_own_subject", "objects_to_own_verb", "subjects_to_own_verb"]
