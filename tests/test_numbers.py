"""Numbers in digits and in words, as exact Decimals."""
from __future__ import annotations

from decimal import Decimal

import pytest

from rufacts.grammars.numbers import parse_digits, parse_number_words


@pytest.mark.parametrize("text, value", [
    ("12", "12"), ("1,5", "1.5"), ("1,14", "1.14"), ("1 844 036 360,12", "1844036360.12"),
    ("175\u00a0000", "175000"), ("2\u202f500", "2500"), ("0,25", "0.25"), ("3.5", "3.5"),
])
def test_numbers_digits(text, value):
    assert parse_digits(text) == Decimal(value)


@pytest.mark.parametrize("text", ["", "12 34", "1,2,3", "абв", "1 23", "12%"])
def test_numbers_digits_rejects(text):
    assert parse_digits(text) is None


@pytest.mark.parametrize("words, value", [
    ("три", 3), ("трёх", 3), ("двенадцати", 12), ("двадцать один", 21), ("сто двадцать три", 123),
    ("двумястами", 200), ("тысяча", 1000), ("две тысячи пятьсот", 2500),
    ("тысяча девятьсот девяносто девять", 1999), ("двух миллиардов", 2_000_000_000),
    ("полтора миллиона", 1_500_000), ("полутора", "1.5"), ("три тысячи три", 3003),
    ("одна", 1), ("одну", 1), ("двадцать одной", 21),
])
def test_numbers_words(morph, words, value):
    result = parse_number_words(morph, words.split())
    assert result == Decimal(str(value))
    assert str(result) == str(value)  # exact, no trailing ".0"


@pytest.mark.parametrize("words", ["двадцать двадцать", "три два", "пять сто", "компания",
                                   "двенадцать три", ""])
def test_numbers_words_rejects(morph, words):
    assert parse_number_words(morph, words.split()) is None
