"""The amount grammar: yargy rules from the bottom up to the root rule :data:`AMOUNT`.

Every currency, unit, scale word and qualifier comes from a lexicon file (see
:mod:`rufacts.grammars.amount_lexicons`); this module only says how they combine::

    [QUALIFIER [в|на]]  [SIGN] VALUE  CURRENCY | UNIT | [ADJ...] NOUN
    VALUE = QUANTITY | QUANTITY – QUANTITY | от QUANTITY до QUANTITY
          | с QUANTITY до QUANTITY
    QUANTITY = ((DIGITS | NUMBER WORDS) SCALE)... [DIGITS | NUMBER WORDS] | SCALE | WHOLE

The grammar over-generates on purpose (any noun after a number, digit groups
split by any whitespace): :func:`well_formed` below checks the spacing, and
:class:`rufacts.grammars.amounts.AmountParser` agreement and context, and the values.
"""
from __future__ import annotations

import re
from collections import defaultdict

from rufacts import _compat

_compat.install()  # must run before yargy imports pymorphy2

from yargy import and_, not_, or_, rule  # noqa: E402
from yargy.interpretation import attribute, fact  # noqa: E402
from yargy.pipelines import Pipeline, PipelineBNFRule, PipelineProduction  # noqa: E402
from yargy.predicates import caseless, custom, eq, gram, in_, in_caseless  # noqa: E402
from yargy.predicates import type as token_type  # noqa: E402
from yargy.predicates.constructors import Predicate  # noqa: E402
from yargy.rule.constructors import PipelineRule  # noqa: E402
from yargy.tokenizer import INT as INT_TYPE  # noqa: E402
from yargy.tokenizer import LATIN as LATIN_TYPE  # noqa: E402
from yargy.tokenizer import RUSSIAN as RUSSIAN_TYPE  # noqa: E402

from rufacts.grammars.amount_lexicons import (  # noqa: E402
    Form,
    Piece,
    currency_forms,
    fold,
    number_forms,
    qualifier_forms,
    scale_forms,
    unit_forms,
)
from rufacts.grammars.numbers import GROUP_SEPARATORS, numerals  # noqa: E402

__all__ = ["AMOUNT", "Amount", "Part", "Quantity", "lemma_in", "lexicon", "start_words",
           "well_formed"]


class lemma_in(Predicate):  # noqa: N801 - named like yargy's predicates
    """The token as written, or one of its pymorphy3 normal forms, is in ``value``
    (compared case- and ё-insensitively). Unlike yargy's ``dictionary``, the
    lexicon words are taken as lemmas and not analysed again."""

    __attributes__ = ["value"]

    def __init__(self, value):
        self.value = frozenset(fold(v) for v in value)

    def __call__(self, token) -> bool:
        if fold(token.value) in self.value:
            return True
        return any(fold(form.normalized) in self.value for form in getattr(token, "forms", ()))


# one number of a sum: "2 миллиарда", "300", "полмиллиона", "миллиона"
Part = fact("Part", ["digits", "words", "scale", "whole", "lone"])
Quantity = fact("Quantity", [attribute("parts").repeatable()])  # "2 миллиарда 300 миллионов"
Amount = fact("Amount", ["qualifier", "low", "high", "link", "unit", "noun"])

DOT = eq(".")
DASH = in_({"-", "\u2010", "\u2011", "\u2012", "\u2013", "\u2014"})
DECIMAL_POINT = in_({",", "."})


def _piece(piece: Piece) -> Predicate:
    if piece.by_lemma:
        return lemma_in({piece.text})
    return caseless(piece.text) if piece.text.isalpha() else eq(piece.text)


class _LexiconProduction(PipelineProduction):
    """One written form; ``value`` (the form's meaning) becomes the chain key
    that ``.normalized()`` interpretations return."""

    def __init__(self, value: str, terms, first: str) -> None:
        super().__init__(value, terms)
        self.first = first


class _LexiconBNFRule(PipelineBNFRule):
    """Predicts only the forms whose first token can be the next token: the
    parser stays fast with hundreds of forms (as yargy's gazetteers do)."""

    abbr = "lexicon"

    def build_index(self, productions):
        index: dict[str, list] = defaultdict(list)
        for production in productions:
            index[production.first].append(production)
        return dict(index)

    def predict(self, token):
        keys = {fold(token.value)}
        keys.update(fold(form.normalized) for form in getattr(token, "forms", ()))
        for key in keys:
            yield from self.index.get(key, ())


class _Lexicon(Pipeline):
    """The written forms of a lexicon as one rule."""

    bnf = _LexiconBNFRule

    @property
    def productions(self):
        for form in self.keys:
            terms = [_piece(p) for p in form.pieces]
            first = form.pieces[0].text
            yield _LexiconProduction(form.value, terms, first)
            if form.dot:
                yield _LexiconProduction(form.value, terms + [DOT], first)


def lexicon(forms: tuple[Form, ...]) -> PipelineRule:
    """A rule matching any of ``forms``; interpreted with ``.normalized()`` it
    gives the matched form's value (``"money:USD"``, ``"1000000"``, ``"approx"``)."""
    return PipelineRule(_Lexicon(forms))


# --- numbers ---------------------------------------------------------------

INT = token_type(INT_TYPE)
LEADING_GROUP = custom(lambda value: len(value) <= 3, types=INT_TYPE)
GROUP = custom(lambda value: len(value) == 3, types=INT_TYPE)
INTEGER = or_(  # "1 844 036 360": groups are checked for single spaces by the parser
    rule(INT),
    rule(LEADING_GROUP, GROUP.repeatable(max=6)),
)
DIGITS = rule(INTEGER, rule(DECIMAL_POINT, INT).optional()).interpretation(Part.digits)

# два, трёх, полтора (scale words are SCALE only, so "пять тысяч" has one parse)
NUMBER_WORD = lemma_in({lemma for lemma, (_, role) in numerals().items() if role != "scale"})
NUMBER_WORDS = NUMBER_WORD.repeatable(max=8).interpretation(Part.words)
NUMBER = or_(DIGITS, NUMBER_WORDS)

SCALE = lexicon(scale_forms()).interpretation(Part.scale.normalized())  # тыс., млн, миллиарда
WHOLE = lexicon(number_forms()).interpretation(Part.whole.normalized())  # полмиллиона

SCALED_PART = rule(NUMBER, SCALE).interpretation(Part).interpretation(Quantity.parts)
PLAIN_PART = rule(NUMBER).interpretation(Part).interpretation(Quantity.parts)
# a scale word alone, in the singular: "более миллиона рублей" (not "тысячи компаний")
LONE_SCALE = and_(
    lemma_in({lemma for lemma, (_, role) in numerals().items() if role == "scale"}),
    not_(gram("plur")),
).interpretation(Part.lone.normalized())
LONE_PART = or_(  # "миллиона рублей", "полмиллиона рублей"
    rule(LONE_SCALE),
    rule(WHOLE),
).interpretation(Part).interpretation(Quantity.parts)

QUANTITY = or_(
    # 1,5 млн; 2 млрд 300 млн; 5 тысяч 200
    rule(SCALED_PART.repeatable(max=4), PLAIN_PART.optional()),
    rule(PLAIN_PART),  # 12, двадцать пять
    rule(LONE_PART),
).interpretation(Quantity)
LOW = QUANTITY.interpretation(Amount.low)
HIGH = QUANTITY.interpretation(Amount.high)
# a dot after a contracted scale word, taken only when more of the amount follows:
# "500 млн. долл." (the parser rejects it after a bare number)
INNER_DOT = DOT.optional()

# --- what is measured --------------------------------------------------------

SIGNS = tuple(f for f in currency_forms() if f.match == "sign")
# (every rule gets its own lexicon object: yargy loses the form's value on a shared one)
CURRENCY = lexicon(currency_forms()).interpretation(Amount.unit.normalized())  # рублей, руб.
SIGN = lexicon(SIGNS).interpretation(Amount.unit.normalized())  # $, USD before the number
UNIT = lexicon(unit_forms()).interpretation(Amount.unit.normalized())  # кв. м, га, %, тонн
# the unit repeated after the first number of a range: "от 5% до 7%"
REPEATED_UNIT = or_(lexicon(currency_forms()), lexicon(unit_forms()))

MODIFIER = and_(  # высокотехнологичных, новых; not "т" in "2 млн т удобрений"
    or_(gram("ADJF"), gram("PRTF")),
    not_(gram("Abbr")),
)
WORD = or_(token_type(RUSSIAN_TYPE), token_type(LATIN_TYPE))
NOUN = or_(  # checked for agreement by the parser
    rule(gram("NOUN")),  # компаний
    rule(WORD, eq("-"), gram("NOUN")),  # сим-карт, IT-компаний, компаний-резидентов
).interpretation(Amount.noun)

# --- values, ranges, qualifiers ----------------------------------------------

RANGE_DASH = DASH.interpretation(Amount.link.const("range"))  # 5–7 млрд
RANGE_FROM = caseless("от").interpretation(Amount.link.const("range"))  # от 5 до 7 млн
CHANGE_FROM = caseless("с").interpretation(Amount.link.const("change"))  # с 5 до 7%
TO = caseless("до")

VALUE = or_(
    rule(HIGH),
    rule(LOW, INNER_DOT, REPEATED_UNIT.optional(), RANGE_DASH, HIGH),
    rule(RANGE_FROM, LOW, INNER_DOT, REPEATED_UNIT.optional(), TO, HIGH),
    rule(CHANGE_FROM, LOW, INNER_DOT, REPEATED_UNIT.optional(), TO, HIGH),
)

QUALIFIER = rule(  # около, не менее, более чем на
    lexicon(qualifier_forms()).interpretation(Amount.qualifier.normalized()),
    in_caseless({"в", "на"}).optional(),
)

MONEY = or_(
    rule(VALUE, INNER_DOT, CURRENCY),  # 500 млн. долл., два миллиарда рублей
    rule(SIGN, VALUE),  # $1,5 млн, USD 5 млн
)
MEASURE = rule(VALUE, INNER_DOT, UNIT)  # 175 тыс. кв. м, 12%, 60 тонн
COUNT = rule(VALUE, INNER_DOT, MODIFIER.repeatable(max=3).optional(), NOUN)  # 10 новых компаний

AMOUNT = rule(QUALIFIER.optional(), or_(MONEY, MEASURE, COUNT)).interpretation(Amount)


def start_words() -> frozenset[str]:
    """Folded words (besides numbers and number words) an AMOUNT can start with:
    the first words of qualifiers and currency signs, "от" and "с"."""
    words = {fold(f.pieces[0].text) for f in qualifier_forms() + SIGNS + number_forms()}
    return frozenset(words | {"от", "с"})


# --- what the grammar cannot say ---------------------------------------------

_HYPHENS = "-\u2010\u2011\u2012\u2013\u2014"
_JOINERS = ".,:/" + _HYPHENS
_GLUED_BEFORE = "/\\_#@%"  # a number glued after these is part of a path, code, URL
_NEXT_GROUP = re.compile(f"[{GROUP_SEPARATORS}]\\d{{3}}(?!\\d)")


def well_formed(text: str, tokens, spans) -> bool:
    """Digit groups split by one space, decimal points glued ("1 844 036,12"),
    compound nouns glued ("сим-карт"); the amount not part of a longer number,
    date, code, URL or ordinal. ``spans`` are the tokens' offsets in ``text``.
    These are the spacing rules the grammar cannot say (yargy drops whitespace)."""
    return _glued_inside(text, tokens, spans) and _bounded(text, tokens, spans)


def _glued_inside(text: str, tokens, spans) -> bool:
    words = (RUSSIAN_TYPE, LATIN_TYPE)
    for i in range(1, len(tokens)):
        a, b = tokens[i - 1], tokens[i]
        gap = text[spans[i - 1][1]:spans[i][0]]
        if a.type == INT_TYPE and b.type == INT_TYPE \
                and (len(gap) != 1 or gap not in GROUP_SEPARATORS):
            return False  # "1 844": one space between digit groups
        if a.type == INT_TYPE and b.value in ",.":  # only a decimal point: "5. рублей" is not
            decimal = i + 1 < len(tokens) and tokens[i + 1].type == INT_TYPE
            if not decimal or gap or spans[i][1] != spans[i + 1][0]:
                return False
        if b.value == "-" and a.type in words and i + 1 < len(tokens) \
                and tokens[i + 1].type in words:  # a compound noun: "сим-карт", not "3D-..."
            glued_before = i > 1 and spans[i - 2][1] == spans[i - 1][0]
            if gap or spans[i][1] != spans[i + 1][0] or glued_before:
                return False
    return True


def _bounded(text: str, tokens, spans) -> bool:
    start, stop = spans[0][0], spans[-1][1]
    before = text[start - 1] if start > 0 else " "
    before2 = text[start - 2] if start > 1 else " "
    after = text[stop] if stop < len(text) else " "
    after2 = text[stop + 1] if stop + 1 < len(text) else " "
    if tokens[0].type == INT_TYPE:
        if before.isalnum() or before in _GLUED_BEFORE:
            return False  # "А5", "detail/2369221"
        if before in _JOINERS and (before2.isdigit() or (before in _HYPHENS and before2.isalpha())):
            return False  # "12" of "11.12.2015", "154" of "Ту-154"
        if before in GROUP_SEPARATORS and before2.isdigit() and len(tokens[0].value) == 3:
            return False  # "844" of "1 844 036"
    if tokens[-1].type == INT_TYPE:
        if after.isalnum() or (after in _JOINERS and after2.isalnum()):
            return False  # "3D", "11.12.2015", "14:05", "10-й"
        if _NEXT_GROUP.match(text, stop):
            return False  # "1 844" of "1 844 036"
    elif tokens[-1].type == RUSSIAN_TYPE:
        if after in "./" and after2.isalpha():
            return False  # "т.е.", and "км/ч" were it not a unit of the lexicon
    elif after.isalnum():
        return False  # "82%D0%BE" in a URL
    return True
