"""Number words the tagger misreads in sector counts (issue 11, numbers family): "сто" of
"сто двенадцать предприятий" is tagged a noun, so the tree read only "двенадцать" (12).

:func:`numeral_pos` gives a word that is a cardinal numeral (``numerals.tsv``, any case form)
and is attached as a number ("nummod") or stands before another number word the part of
speech ``NUM``, so the tree reads the whole number ("сто двенадцать" 112)."""
from __future__ import annotations

from typing import Optional

from .numbers import numeral
from .sector_number_compounds import scale_opens_number

# the roles of numerals.tsv that are whole numbers of their own ("тысяча" is a scale noun)
_CARDINAL = frozenset({"unit", "teen", "ten", "hundred"})


def _role(morph, word: str) -> Optional[str]:
    """The role of a number word in ``numerals.tsv`` ("unit", "ten", ...), else None."""
    if not word.isalpha():
        return None
    found = numeral(morph, word)
    return found[1] if found is not None else None


def is_cardinal(morph, word: str) -> bool:
    """"сто", "ста", "трёхсот", "двенадцать": a cardinal numeral below a thousand."""
    return _role(morph, word) in _CARDINAL


def numeral_pos(morph, token, pos: str, after: Optional[str],
                before: Optional[str] = None) -> str:
    """``NUM`` for a cardinal numeral tagged otherwise that counts something: attached as a
    number ("nummod", "nummod:gov") or followed by another cardinal ("сто | сорок");
    else ``pos`` unchanged. ``after``/``before``: the next and the previous word of the
    sentence (None at its ends). "одна компания" keeps its tag (an adjective of "один"),
    "тридцати одного" does not (the units of a compound number)."""
    if pos == "NUM" or pos not in ("NOUN", "ADJ", "PROPN", "X", "ADV"):
        return pos
    lower = token.text.lower()
    if lower.startswith("од"):  # "один/одна": adjectives, read by their own rules
        return "NUM" if before is not None and _role(morph, before) == "ten" \
            and _role(morph, token.text) == "unit" else pos
    if not is_cardinal(morph, token.text):
        # "тысячи" of "около тысячи девятисот": the first part of one number
        return "NUM" if scale_opens_number(morph, token.text, after, before) else pos
    if token.dep_.startswith("nummod"):
        return "NUM"
    if after is not None and is_cardinal(morph, after):
        return "NUM"
    return pos


def change_verb(nodes, number, verbs: frozenset[str], qualifiers) -> Optional[object]:
    """"сократилось с сорока восьми до тридцати одного", "выросло с 12 до 20": the verb of
    amount (``verbs``) of a change whose figure reached ends with node ``number``; the parser
    hangs such a figure on the figure before it, so the words are read in order: the verb,
    "с <number>" (optional), "до <number>". None elsewhere."""
    k = number.i
    while k > 0 and _is_number(nodes[k - 1]):
        k -= 1  # the first word of the figure reached
    k -= 1
    while k >= 0 and nodes[k].text.lower() in qualifiers and nodes[k].text.lower() != "до":
        k -= 1
    if k < 0 or nodes[k].text.lower() != "до":
        return None
    k -= 1
    if k >= 0 and _is_number(nodes[k]):
        while k >= 0 and _is_number(nodes[k]):
            k -= 1  # "с сорока восьми"
        if k < 0 or nodes[k].text.lower() not in ("с", "со"):
            return None
        k -= 1
    k = _past_manner(nodes, k)  # "выросло почти вдвое — до 216", "выросло за год вдвое, до 48"
    if k >= 0 and nodes[k].pos == "VERB" and nodes[k].lemma.lower() in verbs:
        return nodes[k]
    return None


_MANNER_MARKS = frozenset({"—", "–", ","})


def _past_manner(nodes, k: int, most: int = 5) -> int:
    """The node before the words of manner and time a change verb may take ahead of its
    figures: adverbs ("почти вдвое", "резко", "заметно"), a dash or comma, "за <noun>" ("за
    год"), at most ``most`` words; ``k`` itself where none are there."""
    j, seen = k, 0
    while j >= 0 and seen < most:
        node = nodes[j]
        if node.pos == "ADV" or node.text in _MANNER_MARKS:
            j -= 1
        elif node.pos == "NOUN" and j > 0 and nodes[j - 1].text.lower() == "за":
            j -= 2
        else:
            break
        seen += 1
    return j if j >= 0 and nodes[j].pos == "VERB" else k


def _is_number(node) -> bool:
    return node.pos == "NUM" or node.text[:1].isdigit()


# "ни одна компания" is none; "ещё одна" is read by the list rules
_NOT_ONE = frozenset({"ни"})
_ONE_CASES = frozenset({"nomn", "accs"})


def counted_one(nodes, node) -> bool:
    """"одно предприятие", "одна компания", "одну клинику": a form of "один" the tagger
    reads as an adjective, in the nominative or accusative, right before its noun (past
    adjectives), not "ни одна", not "одна из": a count of 1 (docs/gold-conventions.md)."""
    if node.lemma.lower() != "один" or node.case not in _ONE_CASES:
        return False
    if node.i and nodes[node.i - 1].text.lower() in _NOT_ONE:
        return False
    for after in nodes[node.i + 1:node.i + 4]:
        if after.pos == "NOUN":
            return after.case in _ONE_CASES or after.case is None  # "одно" nom = acc
        if after.pos != "ADJ":
            return False
    return False


_CLOSE = frozenset({",", ".", ";", ":", "!", "?", ")", "—", "–", "»", '"'})


def inverted(nodes: list, morph) -> list:
    """The approximate order "издательств пятнадцать", "компаний двадцать", "фирм штук
    сорок", "точек общепита штук тридцать" (a counted noun in the genitive plural, with a
    genitive complement of its own, right before number words that end the clause) set back
    as "пятнадцать издательств": the number before its noun, hung on it, the noun taking the
    number's place in the clause. Offsets are kept; only the order of the nodes changes."""
    from dataclasses import replace

    from .sector_words import lexicon

    objects = lexicon().objects
    for k in range(len(nodes) - 1):
        noun = nodes[k]
        if noun.pos != "NOUN" or noun.case != "gent" or noun.lemma.lower() not in objects \
                or not any(p.tag.number == "plur" and p.tag.case == "gent"
                           for p in morph.parse(noun.text.lower())):
            continue
        if k and (_is_number(nodes[k - 1]) or nodes[k - 1].pos == "ADP"):
            continue  # "20 компаний", "из компаний"
        g = k  # the noun's block: a genitive complement may follow ("точек общепита")
        if k + 2 < len(nodes) and nodes[k + 1].pos in ("NOUN", "PROPN") \
                and nodes[k + 1].case == "gent" \
                and nodes[k + 1].head == k and nodes[k + 1].lemma.lower() not in objects:
            g = k + 1
        m = g + 1
        if m < len(nodes) and nodes[m].lemma.lower() == "штука":
            m += 1  # "фирм штук сорок": the counter word goes with the number
        first = m
        while m < len(nodes) and nodes[m].text.isalpha() and is_cardinal(morph, nodes[m].text):
            m += 1
        if m == first or (m < len(nodes) and nodes[m].text not in _CLOSE):
            continue
        return _reordered(nodes, k, g, m)
    return nodes


def _reordered(nodes: list, k: int, g: int, m: int) -> list:
    """``nodes`` with the block ``g+1 .. m-1`` (the number) moved before the noun's block
    ``k .. g``; the noun takes the number's head and role, the number hangs on the noun."""
    from dataclasses import replace

    noun, last = nodes[k], nodes[m - 1]
    number = range(g + 1, m)
    order = list(range(k)) + list(number) + list(range(k, g + 1)) + list(range(m, len(nodes)))
    where = {old: new for new, old in enumerate(order)}
    out = []
    for old in order:
        node = nodes[old]
        head, dep = node.head, node.dep
        if old == k:  # the noun takes the number's place
            if last.head not in range(k, m):
                head, dep = last.head, last.dep
            elif noun.head not in range(k, m):
                head, dep = noun.head, noun.dep
            else:
                head, dep = k, "root"
        elif old == m - 1:
            head, dep = k, "nummod:gov"
        elif head == k and node.dep not in ("amod", "det", "nmod"):
            head = m - 1  # the noun's own adjectives stay on it: "тепличных комбинатов три"
        out.append(replace(node, i=where[old], head=where.get(head, head), dep=dep))
    return out
