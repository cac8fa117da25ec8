"""The speed cuts of session 26 give what the code they replaced gave: the array scans of
``name_initials_after`` and ``spans.positions``, the first test of ``org_latin_legal``, the
trigger test of the date phrases' windows, and the worker's garbage collector thresholds."""
from __future__ import annotations

import gc
import re

import pytest

import rufacts
from rufacts.entities.name_initials_after import _initial_letters
from rufacts.entities.spans import positions
from rufacts.pipeline import shared

TEXT = ("Доклад подготовила доцент Кругловой Е. В. из Томска, а отзыв написал Бельский А. П. "
        "«Сибирская Drewpol Sp. z o.o.» и Bauer GmbH подписали договор 12 мая, в XIX веке "
        "такого не было. В пятницу, через два дня, «Восток» и \"Запад\" продолжили спор.")


@pytest.fixture(scope="module")
def doc():
    return shared().nlp(TEXT)


def test_initial_letters_are_the_token_test(doc):
    """One-letter capitals before a full stop, as the per-token test read them."""
    expected = [t.i for t in doc[:-1] if len(t.text) == 1 and t.text.isupper() and t.is_alpha
                and doc[t.i + 1].text == "."]
    assert _initial_letters(doc) == expected
    assert [doc[i].text for i in expected] == ["Е", "В", "А", "П"]


def test_surname_before_initials_found():
    persons = {p.name for p in rufacts.extract(TEXT).persons}
    assert "Е. В. Круглова" in persons
    assert "А. П. Бельский" in persons


@pytest.mark.parametrize("texts", [("«", "„", "\"", "“"), (".",), ("оглы", "кызы"), ()])
def test_positions_are_the_token_test(doc, texts):
    assert positions(doc, texts) == [t.i for t in doc if t.text in texts]


def test_latin_legal_first_test():
    """A text with any character from "A" to "z" is read for Latin names with a legal form;
    one without is not (the regular expression of the test is the old character range)."""
    orgs = {o.name for o in rufacts.extract(TEXT).organizations}
    assert any("Drewpol" in name for name in orgs)
    sample = "".join(chr(c) for c in range(0x20, 0x250))
    for ch in sample:
        assert (re.search("[A-z]", ch) is not None) == ("A" <= ch <= "z")


def test_date_triggers_roman_and_yo():
    """A Roman numeral (its letters pre-tested) and a trigger word still open a window."""
    dates = [d.text for d in rufacts.extract(TEXT).dates]
    assert any("XIX" in text for text in dates)
    assert any("через два дня" in text for text in dates)


def test_worker_gc_threshold():
    from rufacts.batch.worker import GC_THRESHOLD, RecordOptions, get_pipeline

    get_pipeline(RecordOptions())
    assert gc.get_threshold() == GC_THRESHOLD
