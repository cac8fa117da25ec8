"""Figures that name, rank or address a thing are no counts of firms (w196, issue 11;
docs/gold-conventions.md, "What is a count": "numbers that are names, addresses or
ordinals ("корпус № 5")"), beside :mod:`sector_not_counts`:

* a figure after "№": "на ферме № 3 агрохолдинга", "цех № 14 химкомбината";
* an ordinal written in figures, the figure glued by a hyphen to an ordinal ending:
  "стала 15-м оператором связи", "в 2015-м заведений было шесть", "на 3-й фабрике";
  a year ("в 2015-м") is one too. "-м" is also the dative of "двум", "трём", "четырём"
  ("3-м компаниям"): it is read as an ordinal only after a figure that cannot be said so
  (not ending in 2, 3 or 4) or before a singular noun;
* a figure inside a code of letters and digits: "рейс 2G-1124", "модель A320";
* a house number after a street: "на улице Советской, 5", "проспект Мира, 12".

Reads only the text around each count's figure; no parse.
"""
from __future__ import annotations

import re

from .morph import Morph
from .sector_not_counts import _figure

_NUMBER_SIGN = re.compile(r"(?:№|(?<!\w)No\.?)\s*$")
# ordinal endings after a hyphen: "15-м", "3-й", "2015-го", "5-ая"
_ORDINAL = re.compile(r"-(?:й|я|е|го|му|ом|ой|ым|ая|ое|ий|ые|ых|ого|ому|м)(?![\w])", re.I)
# "на улице Советской, 5", "проспект Мира, 12": a street, one to three words, a comma;
# "дом 5", "д. 5"
_STREET = re.compile(
    r"(?:(?<!\w)(?:улиц[аеуыи]|ул\.|проспект[аеу]?|просп\.|пр-т[аеу]?|переул(?:ок|ке|ка|ку)|"
    r"пер\.|шоссе|бульвар[аеу]?|б-р|набережн(?:ая|ой|ую)|наб\.|площад[ьи]|пл\.|"
    r"микрорайон[аеу]?|мкр\.?)\s+(?:[\w.«»\"-]+\s+){0,2}[\w.«»\"-]+,\s*"
    r"|(?<!\w)(?:дом|доме|д\.)\s*)$", re.I)
_WORD = re.compile(r"[а-яё]+", re.I)


def _ordinal(morph: Morph, text: str, figure: tuple[int, int]) -> bool:
    m = _ORDINAL.match(text, figure[1])
    if m is None:
        return False
    if m.group().lower() != "-м":
        return True
    digits = text[figure[0]:figure[1]]
    if digits[-1] not in "234" or (len(digits) > 1 and digits[-2] == "1"):
        return True  # "15-м", "11-м": no cardinal says "-м" there
    word = _WORD.search(text, m.end(), m.end() + 40)
    if word is None:
        return False
    parses = morph.parse(word.group())
    return bool(parses) and parses[0].tag.POS == "NOUN" and "sing" in parses[0].tag


def _in_code(text: str, value, figure: tuple[int, int] | None) -> bool:
    """The count's figure, or its span's first character, stands inside a word of letters
    and digits ("2G-1124": the span read from "G-1124")."""
    if value.start > 0 and text[value.start - 1].isalnum() and text[value.start].isalnum():
        return True
    if figure is None:
        return False
    before = text[figure[0] - 1] if figure[0] > 0 else " "
    after = text[figure[1]] if figure[1] < len(text) else " "
    return (before.isalpha() and before.isascii()) or (after.isalpha() and after.isascii())


def name_numbers(morph: Morph, text: str, values: list) -> list:
    """``values`` without the counts the module's docstring describes."""
    out = []
    for v in values:
        figure = _figure(text, v)
        if _in_code(text, v, figure):
            continue  # "рейс 2G-1124 авиакомпании"
        if figure is not None:
            left = text[max(0, figure[0] - 60):figure[0]]
            if _NUMBER_SIGN.search(left) or _ordinal(morph, text, figure) \
                    or _STREET.search(left):
                continue  # "№ 3", "15-м оператором", "на улице Советской, 5"
        out.append(v)
    return out


__all__ = ["name_numbers"]
