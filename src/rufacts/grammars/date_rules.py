"""The word lists and regular expressions of :mod:`rufacts.grammars.date_phrases`: forms of
``lexicons/date_words.tsv`` and ``months.tsv`` expanded with pymorphy3, numerals, Roman
numerals, and one compiled rule per kind of date atom."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from rufacts.grammars.dates import MONTHS
from rufacts.lexicons import load_rows

def forms(morph, lemma: str, plural_only: bool = False) -> set[str]:
    """Every form pymorphy3 gives for a lemma (with "е" for "ё" too)."""
    found = {lemma}
    for parse in morph.parse(lemma):
        if parse.normal_form.replace("ё", "е") == lemma.replace("ё", "е"):
            for f in parse.lexeme:
                if not plural_only or "plur" in f.tag:
                    found.add(f.word)
    return {f.replace("ё", "е") for f in found} | found


def adjective_forms(morph, lemma: str) -> set[str]:
    """The full adjective forms of a lemma ("майских", "субботней"; no short forms)."""
    found = set()
    for parse in morph.parse(lemma):
        if parse.normal_form == lemma and parse.tag.POS == "ADJF":
            found |= {f.word for f in parse.lexeme if f.tag.POS == "ADJF"}
    return found


@lru_cache(maxsize=1)
def words(morph) -> dict[str, dict[str, object]]:
    out: dict[str, dict[str, object]] = {}
    for cls, word, value in load_rows("date_words.tsv"):
        table = out.setdefault("season" if cls == "form" else cls, {})
        parsed: object = int(value) if value.lstrip("-").isdigit() else value
        if cls == "form":
            table[word] = parsed
        elif cls.endswith("_adj"):
            for f in adjective_forms(morph, word):
                table[f] = parsed
        else:
            for f in forms(morph, word, plural_only=cls == "decade"):
                table[f] = parsed
    out["month"] = {f: n for lemma, n in MONTHS.items() for f in forms(morph, lemma)}
    return out


def numeral_forms(morph) -> set[str]:
    from rufacts.grammars.numbers import numerals

    found = set()
    for lemma, (value, role) in numerals().items():
        if role != "scale":
            found |= forms(morph, lemma)
    return found


def alt(words, space: str | None = None) -> str:
    """One alternative of the words, longest first, compiled as a trie of their letters
    ("(?:ма(?:рт|[йяе])...)"): re tried each of hundreds of alternatives at every word start.
    The words that match at one place of a text are prefixes of one another, and both forms
    try the longest first, so the matches are the same. ``space`` stands for " " inside a
    word ("в прошлом году": a run of spaces)."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return "(?:" + _trie_pattern(trie, space) + ")"


def _trie_pattern(node: dict, space: str | None) -> str:
    end = "" in node
    branches = [(space if ch == " " and space is not None else re.escape(ch))
                + _trie_pattern(child, space) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    if not end and len(branches) == 1:
        return branches[0]
    return "(?:" + "|".join(branches) + ("|" if end else "") + ")"


_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50}


def roman(text: str) -> Optional[int]:
    text = text.upper().replace("Х", "X").replace("І", "I")
    total, last = 0, 0
    for ch in reversed(text):
        v = _ROMAN.get(ch)
        if v is None:
            return None
        total += -v if v < last else v
        last = max(last, v)
    return total if 1 <= total <= 21 else None


@lru_cache(maxsize=1)
def rules(morph):
    w = words(morph)
    month = alt(w["month"])
    year = r"(?<![\d.,:/-])(1[0-9]{3}|20[0-9]{2})(?![\d])"
    yword = r"(?:год(?:а|у|ом|ах|ы|ов)?|гг?\.?)(?!\w)"
    shift = alt(w["shift"])
    ordinal = alt(w["ordinal"])
    number_word = r"(?:\d+|" + alt(numeral_forms(morph)) + ")"
    B = r"(?<![\w-])"
    units = r"дн(?:я|ей)|день|сутки|суток|недел(?:ю|ь|и|ь)|месяц(?:а|ев)?|год(?:а)?|лет"
    E = r"(?!\w)"
    rules = {
        # "2016-м", "2008-м году", "2015-го года"
        "year_short": rf"{year}-(?:м|го|й|ом|ому|ый){E}(?:\s+{yword})?",
        "year_word": rf"{year}\s*{yword}",
        "year_bare": r"(?<![\d.,:/])(?<![\d]-)(1[0-9]{3}|20[0-9]{2})(?![\d])",
        "slash_date": r"(?<![\d/.])(0?[1-9]|[12][0-9]|3[01])/(0?[1-9]|1[0-2])/(1[0-9]{3}|20[0-9]{2})(?![\d/])",
        "season_years": rf"{year}\s*[/—–-]\s*([0-9]{{2}})(?!\d|[.,:/-]\d)",
        "year_range": rf"{year}\s*[-–—]\s*(1[0-9]{{3}}|20[0-9]{{2}})(?!\d)(?:\s*{yword})?",
        "day_range": rf"{B}([12]?[0-9]|3[01])\s*(?:-|–|—|по|до)\s*([12]?[0-9]|3[01])\s+({month}){E}"
                     rf"(?:\s+{year}(?:\s*{yword})?)?",
        "decade": rf"{B}((?:1[0-9]|20)?[0-9]0)\s*-?\s*(?:х|е|ые|ых){E}(?:\s+{yword})?",
        "decade_word": rf"{B}({alt(w['decade'])}){E}(?:\s+{yword})?",
        "century": rf"{B}([IVXХІ]{{1,5}})\s*(?:век(?:а|е|у|ом|ов|ах)?{E}|вв?\.)",
        "quarter": rf"{B}({ordinal}|[IV]{{1,3}})\s+({alt(w['period'])}){E}"
                   rf"(?:\s+(?:{year}\s*{yword}|({shift})\s+года{E}))?",
        "season": rf"{B}(?:({shift})\s+)?({alt(w['season'])}){E}(?:\s+{year}(?:\s*{yword})?"
                  rf"|\s+({shift})\s+года{E})?",
        "month_shift": rf"{B}({month}){E}\s+({shift})\s+года{E}",
        "month": rf"{B}({month}){E}",
        "weekday": rf"{B}({alt(w['weekday'])}){E}",
        # "майских праздников", "декабрьских выборов", "субботней акции", "прошлогоднего скандала"
        "month_adj": rf"{B}({alt(w['month_adj'])}){E}",
        "weekday_adj": rf"{B}({alt(w['weekday_adj'])}){E}",
        "year_adj": rf"{B}({alt(w['year_adj'])}){E}",
        "ago": rf"{B}(?:({number_word})\s+)?({units})\s+назад{E}",
        "after": rf"{B}через\s+(?:({number_word})\s+)?({units}){E}",
        # "за день до этого" (from the date before it), "за неделю до выборов" (no value)
        "before": rf"{B}(за\s+(?:({number_word}|несколько)\s+)?({units}))\s+до{E}(?:\s+(этого|того){E})?",
        # "год спустя", "спустя неделю", "несколько дней спустя": after the date before it
        "later": rf"{B}(?:спустя\s+(?:({number_word}|несколько)\s+)?({units})"
                 rf"|(?:({number_word}|несколько)\s+)?({units})\s+спустя){E}",
        # frequencies: "ежегодно", "каждый год", "каждые два года", "раз в месяц", "раз в 4 года"
        "every_word": rf"{B}({alt(w['every'])}){E}",
        "every_unit": rf"{B}(?:кажд(?:ый|ую|ое|ые)\s+(?:({number_word})\s+)?"
                      rf"|раз\s+в\s+(?:({number_word})\s+)?)({units}){E}",
        "part_rel": rf"{B}({alt(w['part'])})\s+(года|месяца|недели){E}",
    }
    return {name: re.compile(p, re.IGNORECASE) for name, p in rules.items()}, w


# substrings a rule cannot match without (a rule not named here has digits to start from)
NEEDS = {
    "ago": ("назад",),
    "after": ("через",),
    "before": ("за",),
    "later": ("спустя",),
    "every_word": ("еже",),
    "every_unit": ("кажд", "раз"),
    "quarter": ("квартал", "полугод", "половин"),
    "season": ("зим", "весн", "лет", "осен"),
    "month_shift": ("года",),
    "part_rel": ("года", "месяца", "недели"),
    "decade_word": ("десят", "дцат", "сорок", "нулев", "девяност"),
}
# the rules that cannot match without an ASCII digit (a year, a day, a decade in figures): not
# tried in a window without one (most windows: one around a month or a weekday word)
DIGITS = frozenset({"year_short", "year_word", "year_bare", "slash_date", "season_years",
                    "year_range", "day_range", "decade"})
UNIT = {"д": "day", "с": "day", "н": "week", "м": "month", "г": "year", "л": "year"}
