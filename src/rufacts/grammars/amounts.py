"""Amounts in Russian news: money, areas, percents, other measures and counts of
things. :class:`AmountParser` runs the yargy grammar of
:mod:`rufacts.grammars.amount_rules` and returns :class:`AmountValue` records.

What is found, and the choices made:

* ``kind`` is ``money`` (``unit`` an ISO 4217 code); ``area``, ``length``,
  ``mass``, ``volume``, ``power``, ``energy``, ``speed``, ``temperature`` or
  ``percent`` (``unit`` a code of ``units.tsv``: ``m2``, ``ha``, ``km``, ``t``,
  ``%``, ``pp``); or ``count`` (``unit`` is the lemma of the counted noun:
  "10 компаний" -> ``компания``, "2 тыс. сим-карт" -> ``сим-карта``).
* ``value`` is exact (Decimal) and includes scale words: "1,14 млн руб" -> 1140000,
  "2 миллиарда 300 миллионов рублей" -> 2300000000, "полмиллиона" -> 500000.
* Ranges ("от 5 до 7 млн рублей", "5–7 млрд руб.") give ``value_min`` and
  ``value_max`` and ``value = None``: a range has no single value. A scale word
  after the second number also scales the first ("от 5 до 7 млн" -> 5 млн..7 млн)
  unless that would put the first above the second ("от 500 до 2 млн").
* A change "с 7,5 до 7%" gives two amounts, "7,5" and "7%", both without qualifier;
  "до" after a verb of change ("выросла до 5 млн рублей", ``change_verbs.txt``) is
  the new value, not an upper bound: no qualifier, and "до" stays out of the span.
* The span takes in the qualifier, a preposition after it and a currency sign
  ("более чем на 40 %", "не менее $2 млрд") and the dot of an abbreviation cut
  short ("руб.", "тыс.", "долл."); a dot after "млн", "кв. м" or "%" only
  inside the amount ("500 млн. долл.").
* Counts need a noun that agrees with the number ("3 компании", "5 компаний",
  "с восемью компаниями"); "на 5 этаже" is not a count.
* Durations are amounts of kind ``duration`` (``unit`` year, month, week, day, hour or
  minute: "3 года", "более 5,5 лет"); a year is not ("2015 год").
* Not amounts: a number with a scale word and nothing measured ("оборот 5 млн"),
  dates ("2015 год", "15 марта 2020 года"), multipliers ("в 2 раза"),
  labels ("корпус № 5", "статья 5"), ordinals ("10-й", "две первых"), parts of
  codes, dates, times, URLs and phone numbers ("Ту-154", "11.12.2015", "14:05"),
  a lone "один" before a noun ("одна компания", "одним из").
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Context, Decimal, localcontext
from functools import lru_cache

from rufacts import _compat

_compat.install()  # must run before yargy imports pymorphy2

from yargy.parser import prepare_match  # noqa: E402
from yargy.tokenizer import INT, MorphTokenizer  # noqa: E402
from yargy.tree import Tree  # noqa: E402

from rufacts.grammars.amount_lexicons import count_exclusions, fold, number_forms  # noqa: E402
from rufacts.grammars.amount_rules import AMOUNT, start_words, well_formed  # noqa: E402
from rufacts.grammars.dates import SharedMorph  # noqa: E402
from rufacts.grammars.earley import AnchoredParser, reachable_rules  # noqa: E402
from rufacts.grammars.windows import windows  # noqa: E402
from rufacts.lexicons import load_list  # noqa: E402
from rufacts.grammars.numbers import (  # noqa: E402
    numerals,
    parse_digits,
    parse_number_words,
    tidy,
)

__all__ = ["AmountParser", "AmountValue"]


@dataclass(frozen=True, slots=True)
class AmountValue:
    """An amount mention: ``text == source[start:stop]`` and its meaning."""

    start: int
    stop: int
    text: str
    kind: str
    value: Decimal | None
    unit: str | None
    qualifier: str | None = None
    value_min: Decimal | None = None
    value_max: Decimal | None = None


@dataclass(frozen=True, slots=True)
class _Number:
    """A parsed QUANTITY: "2 миллиарда 300 миллионов" is 2300000000."""

    value: Decimal  # the whole number, scale words applied
    plain: Decimal | None  # the number itself when it has no scale word ("5" of "от 5 до 7 млн")
    scale: Decimal | None  # the scale of its first part ("млн" of "7 млн")
    last: Decimal  # the last numeral, which the counted noun agrees with
    scaled: bool  # True if the last numeral is a scale word ("5 тыс. компаний")
    one: bool  # the word "один" alone


_DIGIT = re.compile(r"\d")
_WORD = re.compile(r"[^\W\d_]+")
_MAX_DIGITS = 30  # longer digit strings are codes, not amounts
_EXACT = Context(prec=80)  # enough for _MAX_DIGITS digits times a trillion, exactly
# a window, in rough tokens, around every number: "не менее чем на $5", "млн. долл. США"
_LEFT, _RIGHT = 5, 8
_PREVIOUS_WORD = re.compile(r"(№|[^\W\d_]+\.?)\s*$")
# numbers listed before a number: "3 и ", "159, 160 и ", "2-" ("по пунктам 3 и 4")
_LISTED = re.compile(r"(?:\d+(?:\.\d+)*\s*(?:,|и|или|либо|[-–—])\s*)+$")
_NUMBER_AFTER = re.compile(r"\s*\d")
_CLAUSE_WORDS = re.compile(r"[^\W\d_]+|[^\w\s]")
_EXCLUDED_GRAMMEMES = frozenset({"Abbr", "Name", "Surn", "Patr", "Geox", "Orgn", "Init"})
_VERB_POS = frozenset({"VERB", "INFN", "PRTF", "PRTS", "GRND"})
_OBLIQUE = frozenset({"gent", "gen2", "datv", "ablt", "loct", "loc2"})


@lru_cache(maxsize=1)
def _number_word_forms(morph) -> frozenset[str]:
    """Every case form of the numerals of ``numerals.tsv`` (folded), and the
    number words of ``scales.tsv``: the words an amount without digits starts from."""
    forms = {fold(form.pieces[0].text) for form in number_forms()}  # полмиллиона
    for lemma in numerals():
        forms.add(fold(lemma))
        for parse in morph.parse(lemma):
            if fold(parse.normal_form) == fold(lemma):
                forms.update(fold(f.word) for f in parse.lexeme)
    return frozenset(forms)


def _is_year(amount: AmountValue) -> bool:
    """"2015 год" is a date, not a duration of 2015 years."""
    return (amount.kind == "duration" and amount.unit == "year" and amount.qualifier is None
            and amount.value is not None and amount.value == amount.value.to_integral_value()
            and 1000 <= amount.value <= 2100 and amount.text[:4].isdigit())


class AmountParser:
    """Finds :class:`AmountValue` spans in text with the :data:`AMOUNT` grammar.

    >>> parser = AmountParser()
    >>> for a in parser.findall("Вложено около 500 млн. долл. в 10 новых компаний."):
    ...     print(a.start, a.stop, a.text, a.kind, a.value, a.unit, a.qualifier)
    8 28 около 500 млн. долл. money 500000000 USD approx
    31 48 10 новых компаний count 10 компания None
    """

    def __init__(self, morph=None) -> None:
        if morph is None:
            from rufacts.grammars.morph import get_morph

            morph = get_morph()
        self.morph = morph
        self._number_words = _number_word_forms(morph)
        self._start_words = start_words()
        self.parser = AnchoredParser(AMOUNT, MorphTokenizer(morph=SharedMorph(morph)),
                                     self._can_start)
        self._excluded_nouns, self._labels = count_exclusions()
        self._change_verbs = load_list("change_verbs.txt")
        self._noun_rules = frozenset(key for key, rule in reachable_rules(  # COUNT's noun
            self.parser.rule).items() if rule.label == "Amount.noun")

    def __reduce__(self):  # rebuilt, not pickled (Morph pickles as get_morph())
        return (AmountParser, (self.morph,))

    def findall(self, text: str) -> list[AmountValue]:
        """Non-overlapping amounts in text order (leftmost, then longest)."""
        if not text or (_DIGIT.search(text) is None and self._number_words.isdisjoint(
                _WORD.findall(fold(text)))):
            return []
        # (start, -stop, offset, state, tokens) of every parse: a parse becomes a
        # tree and a fact only when its span is read and its spacing fits
        matches = []
        for offset, chunk in self._windows(text):
            chart = self.parser.chart(chunk)
            tokens = chart.tokens
            for state in self.parser.completed(chart):
                first, end = state.start_column.index, state.stop_column.index
                matches.append((tokens[first].span.start + offset,
                                -(tokens[end - 1].span.stop + offset), offset, state,
                                tokens[first:end]))
            self.parser.release(chart)
        matches.sort(key=lambda item: item[:2])
        result: list[AmountValue] = []
        last_stop = -1
        index = 0
        while index < len(matches):
            start, neg_stop = matches[index][:2]
            group = []  # every parse of one span: money or a unit beats a count
            while index < len(matches) and matches[index][:2] == (start, neg_stop):
                group.append(matches[index])
                index += 1
            if start < last_stop:
                continue
            best = None  # the first parse of the lowest rank (0 is the lowest: stop there)
            for _, _, offset, state, tokens in group:
                found = self._read(text, offset, state, tokens)
                if found is not None and (best is None or found[2] < best[2]):
                    best = found
                    if found[2] == 0:
                        break
            if best is not None:
                result.extend(best[3])
                last_stop = -neg_stop
        return [a for a in result if not _is_year(a)]

    def _can_start(self, token) -> bool:
        """Can an amount start at this token? (a cheap superset of the grammar)"""
        if token.type == INT:
            return True
        word = fold(token.value)
        return word in self._start_words or word in self._number_words

    # --- windows ---------------------------------------------------------------

    def _windows(self, text: str):
        """``(offset, chunk)`` pieces of text around numbers and number words,
        merged when they touch; yargy never sees the rest of the text."""
        number_words = self._number_words

        def around(index: int, tokens: list[tuple[int, int]]):
            start, stop = tokens[index]
            if text[start].isdigit():
                return index - _LEFT, index + _RIGHT + 1
            word = text[start:stop].lower()  # fold(), inline: one call per word of the text
            if word in number_words or ("ё" in word and word.replace("ё", "е") in number_words):
                return index - _LEFT, index + _RIGHT + 1
            return None

        return windows(text, around)

    # --- one match -------------------------------------------------------------

    def _read(self, text: str, offset: int, state, tokens):
        """``(start, stop, rank, values)`` of a parse (a completed state of the
        chart over ``tokens``), or None if the spacing, the context or the
        agreement rules it out."""
        spans = [(t.span.start + offset, t.span.stop + offset) for t in tokens]
        if not well_formed(text, tokens, spans):
            return None
        start, stop = spans[0][0], spans[-1][1]
        if tokens[0].type == INT and self._is_label(text, start):
            return None
        if self._uncountable(state.node, tokens):
            return None
        match = prepare_match(Tree(state.node, state.range))
        if match is None:
            return None
        tokens, amount = match.tokens, match.fact
        high = self._number(amount.high)
        low = self._number(amount.low) if amount.low is not None else None
        if high is None or (amount.low is not None and low is None):
            return None
        if low is not None:
            if low.plain is not None and high.scale is not None:  # от 5 до 7 млн: shared scale
                with localcontext(_EXACT):
                    shared = tidy(low.plain * high.scale)
                if shared < high.value:
                    low = _Number(shared, None, high.scale, shared, True, False)
            if amount.link == "range" and low.value >= high.value:
                return None
        if amount.unit is not None:
            kind, unit = amount.unit.split(":", 1)
            rank = 0
        else:
            kind, rank = "count", 1
            # "одна компания", "одним из": a lone "один" is rather "a" or "one of"
            unit = None if high.one else self._counted(high, amount.noun)
            if unit is None or (fold(unit) in self._labels and _NUMBER_AFTER.match(text, stop)):
                return None  # "4 части 1 статьи": a label of a label, no count
        qualifier = amount.qualifier
        if qualifier == "less_than" and tokens[0].value.lower() == "до" \
                and self._after_change_verb(text, start):
            qualifier, start = None, spans[1][0]  # "выросла до 5 млн": the new value
        if amount.link == "change":
            cut = next(i for i, t in enumerate(tokens) if t.value.lower() == "с")
            to = next(i for i in range(cut + 2, len(tokens)) if tokens[i].value.lower() == "до")
            first = (spans[cut + 1][0], spans[to - 1][1])
            values = (
                AmountValue(*first, text[first[0]:first[1]], kind, low.value, unit),
                AmountValue(spans[to + 1][0], stop, text[spans[to + 1][0]:stop], kind,
                            high.value, unit),
            )
        elif amount.link == "range":
            values = (AmountValue(start, stop, text[start:stop], kind, None, unit, qualifier,
                                  low.value, high.value),)
        else:
            values = (AmountValue(start, stop, text[start:stop], kind, high.value, unit,
                                  qualifier),)
        return start, stop, rank, values

    def _number(self, quantity) -> _Number | None:
        """The value of a QUANTITY fact: the sum of its parts ("2 миллиарда" +
        "300 миллионов"), each digits or number words times a scale word."""
        with localcontext(_EXACT):
            return self._sum(quantity)

    def _sum(self, quantity) -> _Number | None:
        total = Decimal(0)
        last_scale = None
        parts = quantity.parts
        for index, part in enumerate(parts):
            scale = Decimal(part.scale) if part.scale is not None else None
            if part.digits is not None:
                if sum(c.isdigit() for c in part.digits) > _MAX_DIGITS:
                    return None  # a code or garbage, not an amount
                base = parse_digits(part.digits)
            elif part.words is not None:
                base = parse_number_words(self.morph, part.words.split())
            elif part.whole is not None:  # полмиллиона
                base = Decimal(part.whole)
            else:  # a scale word alone: "более миллиона рублей"
                base, scale = Decimal(1), numerals()[fold(part.lone)][0]
            if base is None:
                return None
            if index:  # later parts: whole, below the previous scale ("5 тысяч 200")
                if base != base.to_integral_value() or base * (scale or 1) >= last_scale:
                    return None
            total += base * scale if scale is not None else base
            last_scale = scale if scale is not None else Decimal(1)
        first, end = parts[0], parts[-1]
        counted = first.digits is not None or first.words is not None
        plain = tidy(total) if len(parts) == 1 and counted and first.scale is None else None
        scale = Decimal(first.scale) if counted and first.scale is not None else None
        last = tidy(total) if len(parts) == 1 else tidy(base)
        scaled = end.scale is not None or end.whole is not None or end.lone is not None
        one = len(parts) == 1 and first.words is not None and total == 1 and not scaled
        return _Number(tidy(total), plain, scale, last, scaled, one)

    def _counted(self, number: _Number, word: str | None) -> str | None:
        """The lemma of the counted noun if it agrees with the number, else None.
        In a compound the last part agrees, and the first too when it declines:
        "сим-карт" -> "сим-карта", "компаний-резидентов" -> "компания-резидент"."""
        if not word:
            return None
        prefix, _, head = word.rpartition("-")
        lemma = self._noun_lemma(number, head)
        if lemma is None or not prefix:
            return lemma
        if prefix.isascii():  # IT-компаний
            return f"{prefix}-{lemma}"
        return f"{self._noun_lemma(number, prefix) or prefix.lower()}-{lemma}"

    def _noun_lemma(self, number: _Number, word: str) -> str | None:
        fits = [p for p in self._noun_parses(word) if _agrees(number, p.tag)]
        return max(fits, key=lambda p: p.score).normal_form if fits else None

    def _noun_parses(self, word: str) -> list:
        """The noun parses of ``word`` a number may count, whatever the number: none of an
        ordinal ("две первых", "2 последних"), an excluded noun, a name."""
        every = self.morph.parse(word) if word.isalpha() else ()
        if any("Anum" in p.tag for p in every):
            return []
        parses = [p for p in every if p.tag.POS == "NOUN"]
        if any(fold(p.normal_form) in self._excluded_nouns for p in parses):
            return []
        return [p for p in parses if not (_EXCLUDED_GRAMMEMES & p.tag.grammemes)]

    def _uncountable(self, node, tokens) -> bool:
        """A parse of COUNT (its node's last part the noun, whose last token is the head
        :meth:`_counted` reads) whose noun no number counts: :meth:`_read` would make its
        tree and fact only to drop it (224 of 767 parses of factRuEval dev; 0.06 s of 0.58)."""
        last = node.children[-1].children[-1]
        return id(getattr(last, "rule", None)) in self._noun_rules \
            and not self._noun_parses(tokens[-1].value)

    def _is_label(self, text: str, start: int) -> bool:
        """True after "№", "статья", "п." and the like: the number is a label."""
        listed = _LISTED.search(text, max(0, start - 60), start)
        if listed is not None:  # "по пунктам 3 и 4": the label before the list
            start = listed.start()
        found = _PREVIOUS_WORD.search(text, max(0, start - 40), start)
        if found is None:
            return False
        word = found.group(1).rstrip(".")
        if fold(word) in self._labels:
            return True
        return any(fold(p.normal_form) in self._labels for p in self.morph.parse(word)
                   if p.tag.POS == "NOUN")

    def _after_change_verb(self, text: str, start: int) -> bool:
        """A verb of change among the three words before ``start`` in the same
        clause ("выросла до"), or in the sentence before a comma right before
        ``start`` ("упала на 30%, до 2,1 млрд")."""
        before = _CLAUSE_WORDS.findall(text, max(0, start - 120), start)
        window, stops = before[-3:], ".,;:!?()«»\"—–-"
        if before and before[-1] == ",":
            window, stops = before[-10:-1], ".;!?"
        for word in reversed(window):
            if not word[0].isalpha():
                if word in stops:
                    return False
                continue
            if any(p.tag.POS in _VERB_POS and fold(p.normal_form) in self._change_verbs
                   for p in self.morph.parse(word)):
                return True
        return False


def _agrees(number: _Number, tag) -> bool:
    """Does a noun form fit the number: "1 компания", "3 компании", "5 компаний",
    "с 5 компаниями", "1,5 тыс. компаний"."""
    # five and more take the genitive plural ("5 компаний"), or, when the numeral
    # itself declines, the plural of its case ("с 5 компаниями"); never "7 части"
    plural_oblique = tag.number == "plur" and tag.case in _OBLIQUE
    if number.scaled:
        return plural_oblique
    value = number.last
    if value != value.to_integral_value():
        return tag.case == "gent"
    n = int(value)
    if n % 10 == 1 and n % 100 != 11:
        return tag.number == "sing"
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return (tag.number == "sing" and tag.case == "gent") or plural_oblique
    return plural_oblique
