"""w85 (held9, round 2): other figures of the same counted firms said after a count - "не
более N", "их число выросло с N до M", "таких <noun> N" / "N таких <noun>", and a figure
that opens the next sentence ("… девять перевозчиков. А пять лет назад их было 23.").
docs/gold-conventions.md, the count section: each is a count of its own with the noun and
sector carried over and no whole. Real pipelines, general sentences."""
from __future__ import annotations

import pytest

from sector_helpers import counts


FOUND = [
    # "не более N", "не менее N" as a qualifier of the figure
    ("Переработкой молока в области заняты 18 заводов; в 2019-м их было 15, а в 2015-м — "
     "не более десяти.", (10, "завод", "переработка молока", None)),
    ("Мебель в крае выпускают 30 фабрик, а пять лет назад их было не менее сорока.",
     (40, "фабрика", "мебель", None)),
    # the new figure of "число выросло с N до M"
    ("Выпуск кирпича освоили ещё два завода, и их общее число выросло с шести до восьми.",
     (8, "завод", "выпуск кирпича", None)),
    ("Хлебопечением в городе занимаются 12 пекарен, хотя их число сократилось до девяти "
     "к концу года.", None),
    # "таких <noun> N", "N таких <noun>": the noun after "таких" is the figure's own
    ("Изделия из пластика в прошлом году выпускали четыре предприятия, а сейчас таких "
     "площадок уже семь.", (7, "площадка", "изделия из пластика", None)),
    ("Мебель в Пензе выпускают 12 фабрик, тогда как в Саранске работает пять таких "
     "предприятий.", (5, "предприятие", "мебель", None)),
    # the next sentence opens with another time and "их" / "таких <noun>"
    ("Грузовыми перевозками в Омске занимаются 14 перевозчиков. А десять лет назад их было "
     "тридцать.", (30, "перевозчик", "грузовые перевозки", None)),
    ("Мебель в Омске выпускают 45 фабрик. Годом ранее таких фабрик было 39, сообщили в "
     "министерстве.", (39, "фабрика", "мебель", None)),
    # a tech adjective names the sector (sector_adjectives.tsv), then "сейчас их N"
    ("Десять лет назад робототехнических фирм в Перми было две, а теперь их девять.",
     (9, "фирма", "робототехника", None)),
    ("В Иннополисе зарегистрированы 15 робототехнических компаний.",
     (15, "компания", "робототехника", None)),
]


@pytest.mark.parametrize("text,expected", FOUND)
def test_other_figure(text, expected):
    found = counts(text)
    if expected is None:  # a figure that ends no clause ("до девяти к концу года")
        assert not any(c[0] == 9 for c in found), found
    else:
        assert expected in found, found


NOT_FOUND = [
    # another thing's number, not the firms'
    ("В городе открылись четыре хлебозавода, а число сотрудников отрасли выросло до 500.", 500),
    ("В Казани работают 12 пекарен, в Уфе таких случаев было три.", 3),
    # "их" of the next sentence that counts no firms
    ("Мебель в Омске выпускают 45 фабрик. Пять лет назад их акции стоили дешевле.", 5),
    ("Мебель в Омске выпускают 45 фабрик. Годом ранее их выручка составила 12 млрд рублей.",
     12),
    # no count in the sentence before
    ("Мебельный рынок в Омске растёт. Годом ранее их было 39.", 39),
]


@pytest.mark.parametrize("text,value", NOT_FOUND)
def test_no_figure(text, value):
    assert not any(c[0] == value for c in counts(text)), counts(text)
