"""Digits glued to Latin letters are names, not counts (w77, issue 11): "двигатели высоких
классов энергоэффективности (IE3 и выше) выпускают лишь семь из них" gave a count of 3
(the parser splits "IE3" into "IE" and "3"); so would "сети 5G", "класса Euro-5", "H2".

:func:`unglued` drops a count whose span holds its number only glued to Latin letters
("IE3", "5G") and says it neither as a standalone number nor in words."""
from __future__ import annotations

import re

_WORD_NUMBER = re.compile(r"(?<![\w-])[а-яё]+(?![\w-])", re.IGNORECASE)


def _said(value) -> bool:
    """The value's number stands alone in its span ("выпускают 3 завода") or a Cyrillic
    word may say it (count words are read elsewhere: keep the value)."""
    digits = str(value.count)
    return re.search(rf"(?<![\w.,]){digits}(?![\w])", value.text) is not None \
        or re.search(rf"(?<![\w.,])\d{{1,3}}(?:[\s\u00a0]\d{{3}})+(?![\w])", value.text) \
        is not None


def unglued(values: list) -> list:
    """``values`` without the counts the module's docstring describes."""
    out = []
    for v in values:
        digits = str(v.count)
        glued = re.search(rf"[A-Za-z]-?{digits}(?!\d)|(?<!\d){digits}[A-Za-z]", v.text)
        if glued and not _said(v) and not _has_number_word(v.text):
            continue
        out.append(v)
    return out


def _has_number_word(text: str) -> bool:
    from .morph import get_morph
    from .numbers import numeral
    from .sector_context import number_words

    morph = get_morph()
    return any(w.lower() in number_words() or numeral(morph, w) is not None
               for w in _WORD_NUMBER.findall(text))


__all__ = ["unglued"]
