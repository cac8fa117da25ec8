"""Parts of a whole and their totals, second round (w86, held9; docs/gold-conventions.md,
``total``): a part that is a bare number after a leading "Из N <noun>" whole, a part of that
part ("причём три из них"), "в том числе" / "включая" totals of a whole with no sector,
a bracketed "(в том числе 35 ИП)", a whole said in words of two nodes. Real pipelines,
sentences of my own."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

import rufacts
from rufacts.grammars.sector_tree_words import TreeWords

from sector_helpers import counts


@pytest.mark.parametrize("text,expected", [
    # a leading whole with its industry in its adjective, the part a bare number later
    ("Из двадцати восьми мебельных фабрик региона к программе допущены лишь девять.",
     {(28, "фабрика", "мебельная промышленность", None),
      (9, "фабрика", "мебельная промышленность", 28)}),
    # a part of a part: "причём три из них" counts of the six, not of the fifteen
    ("Из 15 пищевых предприятий, работающих в районе, шесть находятся в областном центре, "
     "причём три из них открылись в этом году.",
     {(15, "предприятие", "пищевая промышленность", None),
      (6, "предприятие", "пищевая промышленность", 15),
      (3, "предприятие", "пищевая промышленность", 6)}),
    # a bracketed part with no industry of its own takes the whole's
    ("Более 200 предприятий пищевой промышленности области (в том числе 35 ИП) получили "
     "гранты.",
     {(200, "предприятие", "пищевая промышленность", None),
      (35, "ИП", "пищевая промышленность", 200)}),
])
def test_parts(text, expected):
    assert expected <= counts(text)


@pytest.mark.parametrize("text,part", [
    # "включая" after a whole with no industry: its number is the part's total
    ("Свою продукцию показали около семисот участников, включая сто двадцать пять "
     "станкостроителей.", (125, "станкостроитель", "станкостроение", 700)),
])
def test_including_totals(text, part):
    assert part in counts(text)


@pytest.mark.parametrize("text,bad", [
    ("Из 25 строительных компаний региона в 2023 году работали в Москве.", 2023),  # a year
    ("Из 25 строительных компаний региона три человека уволились.", 3),  # people
    ("Из 40 стекольных заводов, работающих в стране, 12 % продукции идёт на экспорт.", 12),
])
def test_no_parts(text, bad):
    assert not any(c[0] == bad for c in counts(text))


def test_word_number_read_to_its_end():
    """"семьдесят три экспонента" with both words hung on the noun: the count is read from
    the last word back (73), not from the first (70)."""
    words = ["на", "выставке", "семьдесят", "три", "экспонента"]
    nodes = [SimpleNamespace(i=k, text=w) for k, w in enumerate(words)]
    tree = SimpleNamespace(nodes=nodes, is_number=lambda n: n.text in ("семьдесят", "три"))
    assert TreeWords.word_run_end(tree, nodes[2]) is nodes[3]
    assert TreeWords.word_run_end(tree, nodes[3]) is nodes[3]
