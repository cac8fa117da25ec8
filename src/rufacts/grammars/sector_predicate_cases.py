"""A preposition the parser hung across another noun (w91, the sector said by the
predicate): in "На Иссык-Куле разведением рыбы занимаются 35 хозяйств" slovnet hangs "На"
on "разведением", not on "Иссык-Куле" right after it, so the verb's instrumental looks
like a prepositional phrase and the sector is lost. A preposition belongs to the first noun
after it (past its adjectives and numbers): where neither noun is inside the other's
phrase, the preposition is hung on that first noun. Set right before the rules read
the tree (:func:`rufacts.grammars.sector_tree.tree_counts`)."""
from __future__ import annotations

from dataclasses import replace

from .sector_tree_nodes import Node

_PASSED = ("ADJ", "DET", "NUM")  # "в российских портах", "из 20 компаний"


def _under(nodes: list[Node], node: Node, head: int) -> bool:
    """``node`` is ``head`` or hangs (through any chain) under it."""
    for _ in range(len(nodes)):
        if node.i == head:
            return True
        if node.head == node.i:
            return False
        node = nodes[node.head]
    return False


def cases_rehung(nodes: list[Node]) -> list[Node]:
    """``nodes`` with each preposition hung on the first noun after it (see above)."""
    out = list(nodes)
    for case in nodes:
        if case.dep != "case" or case.pos != "ADP" or case.head <= case.i + 1:
            continue
        k = case.i + 1
        while k < case.head and out[k].pos in _PASSED:
            k += 1
        first = out[k]
        if k >= case.head or first.pos not in ("NOUN", "PROPN") or _under(out, first, case.head) \
                or _under(out, out[case.head], first.i):
            continue  # one phrase ("Из 200 экспонентов ярмарки"): left as it is
        out[case.i] = replace(case, head=first.i)
    return out


def _count_run_start(nodes: list[Node], noun: Node) -> int:
    """The first word of the count before ``noun`` ("около 220", "свыше 2 тыс.",
    "всего три отечественные"), or ``noun.i`` where no number is before it."""
    k, number = noun.i - 1, False
    while k >= 0 and (nodes[k].pos in ("ADJ", "NUM", "ADP", "ADV", "DET")
                      or nodes[k].text[:1].isdigit() or nodes[k].text == "."
                      or nodes[k].lemma.lower() in ("тыс", "млн", "порядок", "тысяча")):
        if nodes[k].pos in ("ADP", "ADV") and nodes[k].head != noun.i \
                and not number:
            break
        number = number or nodes[k].pos == "NUM" or nodes[k].text[:1].isdigit()
        k -= 1
    return k + 1 if number else noun.i


def subjects_rehung(nodes: list[Node]) -> list[Node]:
    """"Сельхозтехнику в стране серийно выпускают около 220 заводов, а доля ... достигла
    63%": the counted noun right after a verb (past its count) that the parser hung as an
    object on a verb further on is that verb's subject, where it has none after it."""
    out = list(nodes)
    for noun in nodes:
        if noun.pos != "NOUN" or noun.dep not in ("obj", "obl") or noun.head <= noun.i \
                or out[noun.head].pos != "VERB":
            continue
        start = _count_run_start(out, noun)
        if start == noun.i or start == 0:
            continue
        verb = out[start - 1]
        if verb.pos != "VERB" or any(n.head == verb.i and n.dep in ("nsubj", "nsubj:pass")
                                     and n.i > verb.i for n in out):
            continue
        out[noun.i] = replace(noun, head=verb.i, dep="nsubj")
    return out


def adjectives_rehung(nodes: list[Node]) -> list[Node]:
    """"Масличные культуры в области сеют ...": the parser makes the adjective the head
    and the noun right after it its ``nmod``; the noun takes the adjective's place and the
    adjective becomes its ``amod``."""
    out = list(nodes)
    for adj in nodes:
        if adj.pos != "ADJ" or adj.i + 1 >= len(nodes):
            continue
        noun = out[adj.i + 1]
        if noun.pos != "NOUN" or noun.head != adj.i or noun.dep != "nmod" \
                or noun.case == "ablt" or any(n.head == noun.i and n.dep == "case" for n in out):
            continue  # not "богатые нефтью"
        head = noun.i if adj.head == adj.i else adj.head
        out[noun.i] = replace(noun, head=head, dep=adj.dep, case=adj.case or noun.case)
        out[adj.i] = replace(adj, head=noun.i, dep="amod")
        for k, n in enumerate(out):
            if n.head == adj.i and k != noun.i and k != adj.i:
                out[k] = replace(n, head=noun.i)
    return out


def _phrase_head(nodes: list[Node], node: Node) -> Node:
    """The noun heading the phrase that ends at ``node`` ("мясо птицы" -> "мясо")."""
    while node.dep == "nmod" and node.head < node.i and nodes[node.head].pos in ("NOUN", "PROPN"):
        node = nodes[node.head]
    return node


def gaps_rehung(nodes: list[Node]) -> list[Node]:
    """"машиностроение представляют 140 предприятий, металлургию — 25, химию — 30", "Яйцо
    выпускают 36 птицефабрик, мясо птицы — ещё 18": a number after "<noun> —" with the
    verb left out counts for that noun; the parser hangs it on the conjunct before, or makes
    the noun its subject. The number is hung on the noun as its ``orphan``, the noun on the
    verb as a conjunct."""
    out = list(nodes)
    for number in nodes:
        if number.pos != "NUM" or number.dep not in ("orphan", "conj") or number.i < 2:
            continue
        k = number.i - 1
        if out[k].text.lower() in ("ещё", "еще"):
            k -= 1
        if out[k].text not in ("—", "–") or k == 0 or out[k - 1].pos not in ("NOUN", "PROPN"):
            continue
        part = _phrase_head(out, out[k - 1])
        if number.dep == "orphan" and part.dep == "conj" and number.head != part.i:
            out[number.i] = replace(number, head=part.i)
        elif number.dep == "conj" and out[number.head].pos == "VERB" \
                and out[number.head].i < part.i and part.head == number.i:
            out[part.i] = replace(part, head=number.head, dep="conj")
            out[number.i] = replace(number, head=part.i, dep="orphan")
    return out


__all__ = ["adjectives_rehung", "cases_rehung", "gaps_rehung", "subjects_rehung"]
