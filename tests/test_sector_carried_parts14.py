"""Counts carried over (w151, issue 11): parts of a whole whose clause names no industry
(a prepositional phrase with a genitive is no trade of the part), parts of a whole bound by
a word of business earlier in its clause ("в реестр МСП вошли N субъектов"), "один …,
другой — …", an elided noun after "одна <adjective>", a fused chemistry prefix, an
apposition between dashes, an adjective market against the noun's own adjective, and a
gapped count with only a place. Sentences written for these tests."""
import pytest

from sector_helpers import counts

CASES = [
    # a part's verb with a prepositional phrase and its genitive: no trade of its own
    ("Из 30 мебельных фабрик региона восемь закрыты, ещё пять работают в режиме сокращённой "
     "смены.", {(5, "фабрика", "мебельная промышленность", 30)}),
    ("Из 22 сахарных заводов страны шесть остановлены, ещё три работают в режиме "
     "неполной загрузки.", {(3, "завод", "сахарная промышленность", 22)}),
    ("В Тамбовской области 64 стоматологические клиники, 20 из них работают в режиме "
     "круглосуточного приёма.", {(20, "клиника", "стоматология", 64)}),
    # the word of business earlier in the whole's clause
    ("В реестр малого бизнеса за полгода включены 600 субъектов, из них 120 занимаются "
     "грузоперевозками.", {(120, "субъект", "грузоперевозки", 600)}),
    ("За год в реестр МСП Бурятии вошли 870 субъектов, из которых 210 занимаются "
     "туризмом.", {(210, "субъект", "туризм", 870)}),
    # один …, другой / второй / третий …
    ("В Липецке открылись два завода: один выпускает кабель, другой — металлоконструкции.",
     {(1, "завод", "кабель", 2), (1, "завод", "металлоконструкции", 2)}),
    ("В Липецке открылись два завода: один выпускает кабель, другой производит "
     "металлоконструкции.", {(1, "завод", "металлоконструкции", 2)}),
    ("В Твери запустили три завода: один выпускает кабель, второй — металлоконструкции, "
     "третий — лакокрасочные материалы.", {(1, "завод", "металлоконструкции", 3),
                                           (1, "завод", "лакокрасочные материалы", 3)}),
    # "одна <adjective>" with the noun left out; "тепловой"
    ("В регионе работают 14 тепловых электростанций, а также одна атомная.",
     {(14, "электростанция", "тепловая энергетика", None),
      (1, "электростанция", "атомная энергетика", None)}),
    # a fused chemistry prefix, the only word of the industry
    ("В Тольятти три химкомбината.", {(3, "комбинат", "химическая промышленность", None)}),
    ("В Ставропольском крае четыре химзавода, и все они загружены заказами.",
     {(4, "завод", "химическая промышленность", None)}),
    # an apposition between dashes: the verb after it gives the sector
    ("В области 15 компаний — участниц программы «Экспорт» — производят мебель.",
     {(15, "компания", "мебель", None)}),
    ("В Калуге девять заводов — резидентов особой экономической зоны — выпускают "
     "автокомпоненты.", {(9, "завод", "автокомпоненты", None)}),
    # an adjective market: where they sell; the noun's own adjective: what they do
    ("На оптовом рынке сейчас работают 45 генерирующих компаний.",
     {(45, "компания", "генерация", None)}),
    # a gapped count with only a place, said like the count's own place
    ("Биотехнологии разрабатывают семь стартапов из Томска и четыре — из Новосибирска.",
     {(7, "стартап", "биотехнологии", None), (4, "стартап", "биотехнологии", None)}),
    ("Сыр варят 12 ферм в Подмосковье и пять — в Тверской области.",
     {(12, "ферма", "сыр", None), (5, "ферма", "сыр", None)}),
]

NEGATIVES = [
    # the part names its own trade with a verb's complement: not the whole's
    ("Из 40 хлебозаводов области шесть простаивают, ещё четыре занимаются выпуском "
     "кондитерских изделий.", (4, "хлебозавод", "хлебопечение", 40)),
    # regions, not firms: no count
    ("Поддержку МСП получили 40 субъектов РФ, из них 12 занимаются туризмом.",
     (12, "субъект", "туризм", 40)),
    # "другой" with a place or no trade: no second part
    ("В Липецке открылись два завода: один выпускает кабель, другой — в Ельце.",
     (1, "завод", "кабель", 2)),
    # an apposition is no sector
    ("В области 15 компаний — участниц программы «Экспорт» — производят мебель.",
     (15, "компания", "участницы программы", None)),
    ("На оптовом рынке сейчас работают 45 генерирующих компаний.",
     (45, "компания", "оптовая торговля", None)),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_carried_counts(text, expected):
    assert expected <= counts(text)


@pytest.mark.parametrize("text,absent", NEGATIVES)
def test_not_carried(text, absent):
    found = counts(text)
    if absent == (1, "завод", "кабель", 2):  # only the first part
        assert sum(1 for c in found if c[0] == 1) == 1
    else:
        assert absent not in found


def test_other_part_without_trade():
    found = counts("В Липецке открылись два завода: один выпускает кабель, другой пока "
                   "простаивает.")
    assert found == {(1, "завод", "кабель", 2)}
