"""A double-barrelled surname whose last part stands unchanged (-о, -ых, -их), round 18 (w175;
entities/name_readings._frozen_double): the whole stands as written in every case and the first name
before it declines as usual ("Григория Грумм-Гржимайло" -> Григорий Грумм-Гржимайло); double surnames
that decline keep doing so."""
import pytest

from names_cases import person_at


@pytest.mark.parametrize("text, mention, want", [
    ('Дневники путешественника Григория Грумм-Гржимайло передали в музей.', 'Григория Грумм-Гржимайло',
     ('Григорий Грумм-Гржимайло', 'Григорий', None, 'Грумм-Гржимайло')),
    ('Памятник Григорию Грумм-Гржимайло открыли в Туве.', 'Григорию Грумм-Гржимайло',
     ('Григорий Грумм-Гржимайло', 'Григорий', None, 'Грумм-Гржимайло')),
    ('Экспедицию возглавил Владимир Кара-Мурза.', 'Владимир Кара-Мурза',
     ('Владимир Кара-Мурза', 'Владимир', None, 'Кара-Мурза')),
    ('Премию получил Александр Шпак-Кудрых.', 'Александр Шпак-Кудрых',
     ('Александр Шпак-Кудрых', 'Александр', None, 'Шпак-Кудрых')),
    ('С Андреем Ланг-Дурново встретились студенты.', 'Андреем Ланг-Дурново',
     ('Андрей Ланг-Дурново', 'Андрей', None, 'Ланг-Дурново')),
    # declining double surnames decline as before
    ('Памятник Ивану Бонч-Бруевичу открыли вчера.', 'Ивану Бонч-Бруевичу',
     ('Иван Бонч-Бруевич', 'Иван', None, 'Бонч-Бруевич')),
    ('Письмо Анны Римской-Корсаковой нашли в архиве.', 'Анны Римской-Корсаковой',
     ('Анна Римская-Корсакова', 'Анна', None, 'Римская-Корсакова')),
    ('Награду вручили Петру Кузьмину-Караваеву.', 'Петру Кузьмину-Караваеву',
     ('Петр Кузьмин-Караваев', 'Петр', None, 'Кузьмин-Караваев')),
])
def test_frozen_double(text, mention, want):
    got = person_at(text, mention)
    assert got is not None and tuple(x.replace('ё', 'е') if x else x for x in got) == want


@pytest.mark.parametrize("text, mention, first", [
    ('Совет директоров утвердил Сергея Оболенского-Нелединского в должности.', 'Сергея Оболенского-Нелединского', 'Сергей'),
    ('Музею передали письма Петра Трубецкого-Вяземского.', 'Петра Трубецкого-Вяземского', 'Петр'),
])
def test_adjectival_double_declines(text, mention, first):
    # an adjective's genitive in -ого is no unchanged last part: the surname declines (-ский/-ской)
    got = person_at(text, mention)
    assert got is not None and got[1].replace('ё', 'е') == first and not got[3].endswith('ого')


@pytest.mark.parametrize("text, mention, want", [
    ('Мэр вручил грамоту Богдану Шевчуку-Остапенко.', 'Богдану Шевчуку-Остапенко',
     ('Богдан Шевчук-Остапенко', 'Богдан', None, 'Шевчук-Остапенко')),
    ('Коллеги поздравили Тараса Коваля-Гриценко с юбилеем.', 'Тараса Коваля-Гриценко',
     ('Тарас Коваль-Гриценко', 'Тарас', None, 'Коваль-Гриценко')),
])
def test_oblique_first_part_declines(text, mention, want):
    # the first part written in an oblique case declines ("Мельнику-Остапенко": Мельник-Остапенко)
    got = person_at(text, mention)
    assert got is not None and tuple(x.replace('ё', 'е') if x else x for x in got) == want
