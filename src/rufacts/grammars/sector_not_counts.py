"""Numbers that are no count of firms, by class (w128, precision; docs/gold-conventions.md,
"What is a count"), beside :mod:`sector_false_counts`:

* "ни одного", "ни одной": a negated one, no firm at all ("в восьми сёлах нет ни одной");
* a clock time or a day and month in figures: "работать до 23:00", "с 8.30", "01.06": the
  figure is followed by ":" or "." and two digits, or follows them;
* "один" naming the one whole that others join or stand under: "входят в один холдинг",
  "объединились в одну компанию", "под одним брендом", "в составе одной группы";
* a sector phrase headed by a measure of the firms or an event they take part in
  (``sector_nonsector_heads.txt``): "численность сотрудников IT-компаний", "участие в
  семинаре" name no industry;
* a plural "одни" ("одних", "одними"): "only", no figure ("у нас одних машиностроительных
  предприятий тридцать девять", w168);
* a sector that opens with a figure standing alone ("18 тыс", read from "займет 18 тыс. кв. м
  и четыре павильона"): a measure, no industry ("3D-печать" is a word, not a figure).

Reads only the text around each count and the sector string; no parse.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..lexicons import load_list
from .sector_owned_facilities import owned
from .morph import Morph

_CLOCK_AFTER = re.compile(r"[:.]\d{2}(?!\d|[.,]\d)")
_CLOCK_BEFORE = re.compile(r"(?<![\d.,])\d{1,2}[:.]$")
# "в один", "во одну", "под одним", "в составе одного", "в состав одной"
_ONE_WHOLE = re.compile(r"(?:(?:^|[\s(])(?:в|во)\s+(?:один|одну|одно)|(?:^|[\s(])под\s+"
                        r"(?:одним|одной|одною)|состав[еа]?\s+(?:одного|одной))$", re.I)
_ONLY = re.compile(r"(?i)(?<!\w)(?:одни|одних|одними)(?!\w)")
_NONE = re.compile(r"(?:^|[\s(])ни\s+\w+$", re.I)  # "ни одного", "ни одной"
_WORD = re.compile(r"[\w-]+")
_FIGURE_FIRST = re.compile(r"\d[\d\s.,]*(?:\s|$)")


@lru_cache(maxsize=1)
def _heads() -> frozenset[str]:
    return frozenset(w.replace("ё", "е") for w in load_list("sector_nonsector_heads.txt"))


def _sector_head(morph: Morph, sector: str) -> str | None:
    """The lemma of the sector's first noun (adjectives before it skipped), or None."""
    for word in _WORD.findall(sector.lower().replace("ё", "е"))[:5]:
        if not word.isalpha() or word.isascii():
            return None
        parses = morph.parse(word)
        if parses and parses[0].tag.POS in ("ADJF", "PRTF") or word in ("и", "или") or (
                parses and "Geox" in parses[0].tag and any(p.tag.POS == "ADJF" for p in parses)):
            continue  # "Ивановская и Владимирская область", "Тверская": adjectives (w139)
        return parses[0].normal_form.replace("ё", "е") if parses else None
    return None


def _figure(text: str, value) -> tuple[int, int] | None:
    """Where the count's number stands in its span: digits equal to the count, or a
    form of "один" for a count of 1."""
    span = text[value.start:value.stop]
    for m in re.finditer(r"(?<![\d])\d+(?!\d)", span):
        if int(m.group()) == value.count:
            return value.start + m.start(), value.start + m.end()
    if value.count == 1:
        m = re.search(r"(?<!\w)(?:один|одна|одно|одну|одного|одной|одному|одним|одною)(?!\w)",
                      span, re.I)
        if m:
            return value.start + m.start(), value.start + m.end()
    return None


def _clock(text: str, figure: tuple[int, int]) -> bool:
    return bool(_CLOCK_AFTER.match(text, figure[1])) or \
        bool(_CLOCK_BEFORE.search(text[max(0, figure[0] - 4):figure[0]]))


def _one_whole(text: str, figure: tuple[int, int]) -> bool:
    return bool(_ONE_WHOLE.search(text[max(0, figure[0] - 12):figure[1]]))


def _negated(text: str, figure: tuple[int, int]) -> bool:
    return bool(_NONE.search(text[max(0, figure[0] - 4):figure[1]]))


def not_counts(morph: Morph, text: str, values: list) -> list:
    """``values`` without the counts of the module's classes."""
    out = []
    for v in values:
        if _sector_head(morph, v.sector or "") in _heads():
            continue  # "численность сотрудников IT-компаний": a measure, no industry
        if _FIGURE_FIRST.match(v.sector or ""):
            continue  # "18 тыс": a measure read as the sector
        if v.count == 1 and _ONLY.search(text, v.start, v.stop) and not re.search(
                r"(?i)(?<!\w)(?:один|одна|одно|одну|одного|одной|одному|одним|одною)(?!\w)",
                text[v.start:v.stop]):
            continue  # "одних машиностроительных предприятий": "only", no count of one
        figure = _figure(text, v)
        if figure is not None and (_clock(text, figure) or _one_whole(text, figure)
                                   or _negated(text, figure) or owned(morph, text, figure)):
            continue  # "до 23:00", "входят в один агрохолдинг", "ни одного", "управляет 14 …"
        out.append(v)
    return out


__all__ = ["not_counts"]
