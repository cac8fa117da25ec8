"""Numbers of a parsed sentence, a mixin of :class:`.sector_tree_words.TreeWords`: the value of
a count in digits or words with its scale ("1,5 тыс.", "две с лишним тысячи", "1 100", "Десяток
компаний"), the nodes that belong to one number, and the ones that are no count ("корпус № 5").
The mixin reads ``nodes``, ``text``, ``morph``, ``lex`` and ``object_of`` of the tree."""
from __future__ import annotations

import re
from typing import Optional

from .numbers import parse_digits
from .sector_context import count_value, number_words
from .sector_number_tokens import LONE_SCALE, scale_words
from .sector_number_words import counted_one
from .sector_numbers import ABOVE, is_scale_genitive
from .sector_split_verbs import lone_one
from .sector_tree_nodes import _SCALE_WORDS, Node, qualifier_words
from .sector_words import tokenize

# digits with an ordinal ending ("200-ю", "5-й", "12-го"); not the cardinal "3-х", "5-ти"
_ORDINAL = re.compile(r"\d+-(?:й|я|ю|е|го|му|ой|ый|ий|ая|ое|ую|ые|ых|ым|ыми)")


class TreeNumbers:
    def count(self, node: Node) -> Optional[int]:
        if self.glued(node):
            return None  # "по данным 2ГИС": a name
        if _ORDINAL.fullmatch(node.text.lower()):
            return None  # "свою 200-ю АЗС": an ordinal, no count (w200)
        if not self.is_number(node) and not self.lone_scale(node) \
                and node.text.lower() not in number_words() and not (
                node.lemma.lower() == "один" and any(  # "электроснабжением — одна"
                    0 <= k < len(self.nodes) and self.nodes[k].text in ("—", "–")
                    for k in (node.i - 1, node.i + 1))) \
                and not counted_one(self.nodes, node) \
                and not lone_one(self.nodes, node):  # "фабрик ... осталась одна, а было семь"
            return None
        first = node
        while first.i and self.is_number(self.nodes[first.i - 1]) \
                and not first.text[:1].isdigit():
            first = self.nodes[first.i - 1]  # "Тридцать две": the whole number
        if self.scale_before(first):  # "десятка два": read from the scale
            first = self.nodes[first.i - 1]
        if first.i and self.nodes[first.i - 1].text in ("№", "#"):
            return None  # "корпус № 5" ("по данным 2ГИС": glued, above)
        group = self.nodes[node.i + 1] if node.i + 1 < len(self.nodes) else None
        if group is not None and self.digit_group(group) and (
                self.scale_end(node) is group or self.above_alone(group.i + 1)):
            return int(parse_digits(self.text[node.start:group.stop]))  # "1 100 с лишним"
        last = self.scale_end(node)
        return count_value(self.morph, tokenize(self.morph, self.text, first.start, last.stop))

    def name_digits(self, node: Node) -> bool:
        """"2" of "2ГИС": digits written close before a capitalized word are part of a
        name, no number."""
        after = self.nodes[node.i + 1] if node.i + 1 < len(self.nodes) else None
        return node.text.isdigit() and after is not None and after.start == node.stop \
            and after.text[:1].isupper() and after.text.isalpha()

    def is_scale_noun(self, node: Node) -> bool:
        return node.pos == "NOUN" and (node.lemma.lower() in scale_words()
                                       or node.lemma.lower() in _SCALE_WORDS
                                       or node.text.lower() in LONE_SCALE)  # "Десяток":
        # lemmatized "десятка" (a ten-rouble note)

    def lone_scale(self, node: Node) -> bool:
        """"Свыше тысячи компаний", "около сотни предприятий": a scale noun with no number
        before it, before a counted noun."""
        if not self.is_scale_noun(node) or (node.i and self.is_number(self.nodes[node.i - 1])):
            return False
        if node.i + 1 < len(self.nodes) and self.scale_before(self.nodes[node.i + 1]):
            return False  # "десятка два": the number after it reads the scale
        if all(p.tag.number == "plur" for p in self.morph.parse(node.text.lower())
               if p.tag.POS == "NOUN"):
            return False  # "Несколько десятков компаний": tens, no number
        if node.i and self.nodes[node.i - 1].text.lower() in qualifier_words() \
                and node.i + 1 < len(self.nodes) and self.nodes[node.i + 1].pos == "PUNCT":
            return True  # "Лесопромышленников в районе около дюжины.": the count last
        if node.i and self._spoken_last(node):
            return True  # "Пекарен в городе — десяток", "— тысяча с лишним", "с десяток" (w162)
        if node.i and self.nodes[node.i - 1].text.lower() in ("за", "под") \
                and node.case == "accs" and node.i + 1 < len(self.nodes) \
                and self.nodes[node.i + 1].pos == "PUNCT":
            return True  # "Турфирм в городе за сотню»": more than a hundred, said last (w137)
        return any(self.object_of(n)[0] for n in self.nodes[node.i + 1:node.i + 3])

    def _spoken_last(self, node: Node) -> bool:
        """A scale noun in the singular said last, after a dash or "с" ("— десяток", "с
        десяток", "— тысяча с лишним"), before punctuation or "с лишним": the count of a
        topic said first ("Пекарен в городе — десяток»")."""
        before = self.nodes[node.i - 1].text.lower()
        said = node.text.lower() in LONE_SCALE  # "десяток" (tagged a genitive of "десятка")
        if before not in ("—", "–", "с") or not said and node.case not in ("nomn", "accs") \
                or before == "с" and not said and node.case != "accs":
            return False
        after = self.nodes[node.i + 1:node.i + 3]
        return bool(after) and (after[0].pos == "PUNCT" or len(after) == 2 and (
            after[0].text.lower() == "с" and after[1].text.lower() in ABOVE))

    def head_number(self, number: Node) -> Node:
        """The first node of a number in digit groups ("1" of "1 700"), else ``number``."""
        while number.i and self.digit_group(number):
            number = self.nodes[number.i - 1]
        return number

    def scale_end(self, node: Node) -> Node:
        """The last node of a number with its scale word: "1,5 тыс." -> ".", "два десятка"
        -> "десятка", else itself."""
        after = self.nodes[node.i + 1] if node.i + 1 < len(self.nodes) else None
        if self.above(node.i + 1):  # "две с лишним тысячи"
            return self.nodes[node.i + 3]
        if after is not None and self.digit_group(after):
            node = after  # "2 700"
            after = self.nodes[node.i + 1] if node.i + 1 < len(self.nodes) else None
        if self.above_alone(node.i + 1):  # "30 с небольшим", "1 700 с лишним"
            return self.nodes[node.i + 2]
        if after is not None and not node.text[:1].isdigit() and self.is_number(node) \
                and self.is_scale_noun(after):
            return after
        if after is None or not node.text[:1].isdigit() or not (
                after.text.lower() in self.lex.scales
                or after.text.lower() + "." in self.lex.scales
                or after.lemma.lower() in _SCALE_WORDS):
            return node
        dot = self.nodes[after.i + 1] if after.i + 1 < len(self.nodes) else None
        if dot is None or dot.text != "." or after.text.lower() != "тыс":
            return after
        noun = next((n for n in self.nodes[dot.i + 1:dot.i + 4] if n.pos != "ADJ"), None)
        return dot if noun is not None and self.object_of(noun)[0] else after

    @staticmethod
    def is_number(node: Node) -> bool:
        return node.pos == "NUM" or node.text[:1].isdigit()

    def glued(self, node: Node) -> bool:
        """Digits written together with letters after them ("2ГИС", "5G"): part of a name,
        no number (the tokenizer splits them)."""
        return node.text.isdigit() and self.text[node.stop:node.stop + 1].isalpha()

    def is_part_of_number(self, node: Node) -> bool:
        """A number word followed by another ("Тридцать" of "Тридцать две"), or the
        thousands' group after the first digits ("700" of "2 700")."""
        after = self.nodes[node.i + 1] if node.i + 1 < len(self.nodes) else None
        return (after is not None and self.is_number(node) and self.is_number(after)
                and not after.text[:1].isdigit()) or self.digit_group(node) or (
            node.i >= 3 and self.above(node.i - 2) and self.is_number(self.nodes[node.i - 3]))

    def above(self, i: int) -> bool:
        """Nodes ``i``, ``i + 1``, ``i + 2`` are "с лишним <scale>" after a number."""
        return i + 2 < len(self.nodes) and self.nodes[i].text.lower() == "с" \
            and self.nodes[i + 1].text.lower() in ABOVE and (
                self.is_number(self.nodes[i + 2]) or self.is_scale_noun(self.nodes[i + 2])
                or self.nodes[i + 2].text.lower() in ("тыс", "млн"))

    def above_alone(self, i: int) -> bool:
        """Nodes ``i``, ``i + 1`` are "с лишним" / "с небольшим" right after a number, no scale
        after them, no noun they are the adjective of ("с небольшим отрывом")."""
        if not (i + 1 < len(self.nodes) and i and self.is_number(self.nodes[i - 1])
                and self.nodes[i].text.lower() == "с"
                and self.nodes[i + 1].text.lower() in ABOVE):
            return False
        after = self.nodes[i + 2] if i + 2 < len(self.nodes) else None
        return after is None or not (self.is_number(after) or self.is_scale_noun(after) or (
            after.pos == "NOUN" and after.case == "ablt"))

    def scale_before(self, node: Node) -> bool:
        """A number word right after a scale noun in the genitive singular: "десятка два",
        "десятка полтора", "сотни три" (colloquial for "два десятка")."""
        return bool(node.i) and not node.text[:1].isdigit() and self.is_number(node) \
            and is_scale_genitive(self.morph, self.nodes[node.i - 1].text) \
            and not (node.i > 1 and self.is_number(self.nodes[node.i - 2]))

    def digit_group(self, node: Node) -> bool:
        """"700" of "2 700": three digits one space after one to three digits."""
        before = self.nodes[node.i - 1] if node.i else None
        return before is not None and node.text.isdigit() and len(node.text) == 3 \
            and before.text.isdigit() and len(before.text) <= 3 \
            and self.text[before.stop:node.start] in (" ", "\u00a0", "\u202f", "\u2009")
