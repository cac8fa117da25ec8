"""What looks like a date but is not read as one (used by :mod:`date_phrases`): a bare year
before a counted noun or after a label, an ordinal ("на 40-е место"), a date
inside a web address, and a relative word or a month inside a short quoted name
(«Россия сегодня», «Музыка для декабря», «31 июня»; quoted speech with a verb stays a date)."""
from __future__ import annotations

import re
from typing import Optional

__all__ = ["URL", "DateContext", "in_title", "quoted_words"]

URL = re.compile(r"(?:https?://|www\.)\S+|\b[\w.-]+\.(?:ru|com|org|net|ua|su|рф)/\S*")
_OPEN, _CLOSE = "«“\"", "»”\""


def quoted_words(text: str, d):
    """The words of the short quotation around ``d`` («Россия сегодня»), else None."""
    left = text[max(0, d.start - 40):d.start]
    right = text[d.stop:d.stop + 40]
    i = max(left.rfind(q) for q in _OPEN)
    j = min((right.find(q) for q in _CLOSE if q in right), default=-1)
    if i < 0 or j < 0 or any(c in left[i + 1:] for c in "».!?\n") or any(c in right[:j] for c in "«.!?\n"):
        return None
    if left[i] == '"' and left[i + 1:].strip() and not left[i + 1:].strip()[0].isupper():
        return None
    words = re.findall(r"[^\W\d_]+", (left[i + 1:] + d.text + right[:j]).lower())
    return words if len((left[i + 1:] + d.text + right[:j]).split()) <= 4 else None


def in_title(text: str, d) -> bool:
    """A relative word, a month or a day and month without a year as the whole or part of a
    short quoted name: «Россия сегодня», «Музыка для декабря», «31 июня», газета «Сегодня»."""
    if d.interval or (d.shift is None and (d.begin is None or d.begin[0] is not None)):
        return False
    return quoted_words(text, d) is not None


_PREV_OK = frozenset("в во с со до по к от после около между и или а на за из".split())
_YEAR_NEXT = re.compile(r"\s*(?:,|и|или)\s*(?:1[0-9]{3}|20[0-9]{2})(?!\d)")
_YEAR_PREV = re.compile(r"(?<![\d.,:/-])(?:1[0-9]{3}|20[0-9]{2})\s*(?:,|и|или)\s*$")
LABEL_PREV = _LABEL_PREV = re.compile(r"(№|[^\W\d_]+\.?)\s*$")
NEXT_WORD = _NEXT_WORD = re.compile(r"\s*([^\W\d_]+|[%$€₽№])")


class DateContext:
    """Context checks of :class:`~rufacts.grammars.date_phrases.DatePhrases` (needs ``self.morph``
    and ``self.words``)."""

    def _genitive_next(self, text: str, stop: int) -> bool:
        nxt = _NEXT_WORD.match(text, stop)
        if nxt is None or not nxt.group(1)[0].isalpha():
            return False
        parses = self.morph.parse(nxt.group(1).lower())
        return bool(parses) and parses[0].tag.POS in ("NOUN", "ADJF", "NPRO") \
            and "gent" in parses[0].tag

    def _has_verb(self, text: str, d) -> bool:
        """Quoted speech, not a name: «Мы приедем 5 мая»."""
        return any(self.morph.parse(w)[0].tag.POS in ("VERB", "INFN")
                   for w in quoted_words(text, d) or ())

    def _event_before(self, word: str) -> bool:
        """A word of an event that a year names ("чемпионата мира 2018")."""
        if not word[:1].isalpha():
            return False
        return any(p.normal_form in self.words["event"] for p in self.morph.parse(word.lower())[:2])

    def _ordinal_next(self, text: str, stop: int) -> bool:
        nxt = _NEXT_WORD.match(text, stop)
        if nxt is None or not nxt.group(1)[0].isalpha() or nxt.group(1)[0].isupper():
            return False
        parse = self.morph.parse(nxt.group(1).lower())[0]
        return parse.tag.POS == "NOUN" and "sing" in parse.tag

    def _number(self, word: str) -> Optional[int]:
        if word[0].isdigit():
            return int(word) if word.isdigit() else None
        from rufacts.grammars.numbers import parse_number_words

        value = parse_number_words(self.morph, [word])
        return int(value) if value is not None and value == int(value) else None

    def _bare_year(self, text: str, start: int, stop: int) -> bool:
        """A year without "год": after a preposition or a bracket, and not before a
        counted noun, a unit or another number ("в 2009", "(1883)", "в 2004, а")."""
        if not 1700 <= int(text[start:stop]) <= 2100:
            return False
        before = text[max(0, start - 30):start]
        after = text[stop:stop + 30]
        if _YEAR_NEXT.match(after) or _YEAR_PREV.search(before):
            return True  # a list of years: "в 2011, 2013 и 2014 годах", "(2009, 2011 и 2012 годы)"
        left, right = before.rstrip()[-1:], after.lstrip()[:1]
        if (left in "(," and right == ")") or (left == "(" and right in ",—–"):
            return True  # "(1883)", "(серия «...», 2003)", "(1903 — физика"
        if start > 1 and text[start - 1] == "-" and text[start - 2].isalpha() \
                and int(text[start:stop]) >= 1900:
            return True  # "Олимпиады-2000", "«Мисс Америка-2013»"
        prev = _LABEL_PREV.search(before)
        if before.rstrip().endswith("("):
            pass
        elif prev is None or (prev.group(1).lower() not in _PREV_OK
                              and not self._event_before(prev.group(1))):
            return False  # (after an event: "на Кубке конфедераций 2017", "премии мира 2019")
        if re.match(r"\s*[-–—]?\s*\d", after) or re.match(r"[.,]\d", after):
            return False
        nxt = _NEXT_WORD.match(after)
        if nxt is not None and nxt.group(1)[0].isalpha() and nxt.group(1).islower() \
                and self.morph.parse(nxt.group(1))[0].tag.POS in ("ADJF", "PRTF") \
                and "plur" in self.morph.parse(nxt.group(1))[0].tag:
            nxt = _NEXT_WORD.match(after, nxt.end()) or nxt  # "около 1700 банковских счетов"
        if nxt is not None:
            word = nxt.group(1)
            if len(word) <= 2 and word.isalpha() and word.islower():
                return True  # "по", "и", "в"
            if not word[0].isalpha():
                return False
            if after[nxt.end():nxt.end() + 1] == "." and len(word) <= 4:
                return False  # "2000 долл.", "1600 л.с."
            for parse in self.morph.parse(word.lower()):
                if parse.tag.POS == "NOUN" and ("gent" in parse.tag or "Abbr" in parse.tag) \
                        and not {"Name", "Surn", "Geox"} & parse.tag.grammemes:
                    return False
        return True

    # --- combinations ----------------------------------------------------------

