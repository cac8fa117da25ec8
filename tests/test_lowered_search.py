"""has_match (grammars/lowered_search.py): the answer of ``pattern.search(...) is not None``."""
import re

import pytest

from rufacts.grammars.lowered_search import _lowered, _plain, has_match
from rufacts.grammars.sector_elided_more import _CUE
from rufacts.grammars.sector_scan import OBJECT_HINT

WORDS = re.compile(r"\b(?:вос|два|ип)|компан|s", re.IGNORECASE)

TEXTS = [
    "Из них 12 — машиностроительные", "ИЗ НИХ", "из\u00a0них", "В ТОМ ЧИСЛЕ", "Компаний", "ИП Иванов",
    "кИП", "Восемь", "ᲀосемь",  # the old rounded в: "в" to re under the flag, not to lower()
    "İП", "XİП",  # "İ" lowers to two characters
    "Σ", "ſ", "S", "ΣΑΣ ип", "ип ѣ", "", "2 ИП",
]


@pytest.mark.parametrize("text", TEXTS)
def test_same_answer(text):
    for pattern in (WORDS, OBJECT_HINT, _CUE):
        for pos, endpos in ((0, len(text)), (1, len(text)), (0, max(0, len(text) - 1))):
            assert has_match(pattern, text, pos, endpos) == (pattern.search(text, pos, endpos) is not None)


def test_lowered_only_where_safe():
    assert _lowered("Из Них") == "из них"
    assert _lowered("XİП") is None and _lowered("ᲀ") is None and _lowered("Σ") is None


def test_plain_only_for_plain_patterns():
    assert _plain(WORDS) is not None
    assert _plain(re.compile("[А-Я]", re.IGNORECASE)) is None  # a class
    assert _plain(re.compile("(?i)ип")) is None  # an inline flag
    assert _plain(re.compile(r"\W", re.IGNORECASE)) is None  # an upper-case escape
    assert _plain(re.compile("ип")) is None  # no flag: searched as it is
