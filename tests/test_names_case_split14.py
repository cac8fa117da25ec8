"""Person names whose words disagree in case (entities/name_case_split.py), the subject's hint
after another name (names_group._other_name) and Nordic surnames after a first name Spanish
shares (name_hispanic.NON_SPANISH). Sentences written for these tests, not from the gold."""
import pytest

from names_cases import _fold, person_at, person_parts

# two names side by side after a preposition: the governed one and the nominative subject
TWO = [
    ("Вместе с Каролиной Плишковой Барбора Крейчикова выиграла парный турнир в Риме.",
     ("Каролина Плишкова", "Барбора Крейчикова")),
    ("В дуэте с Матиасом Линдбергом Анника Ярвинен заняла второе место на чемпионате Европы.",
     ("Матиас Линдберг", "Анника Ярвинен")),
    ("Борьбу с Хорхе Лоренсо Маркес проиграл на последнем круге гонки.", ("Хорхе Лоренсо", "Маркес")),
    ("В паре с Педро Альвесом Смирнов дошёл до полуфинала.", ("Педро Альвес", "Смирнов")),
    ("Переговоры с Тимо Койвисто Андрей Рублёв провёл сам.", ("Тимо Койвисто", "Андрей Рублёв")),
    ("Спор с Эдуардо Гонсалвесом Кузнецов выиграл в арбитражном суде.", ("Эдуардо Гонсалвес", "Кузнецов")),
]


@pytest.mark.parametrize("text,names", TWO)
def test_two_names_in_two_cases(text, names):
    assert sorted(p[0] for p in person_parts(text)) == sorted(map(_fold, names))


# one name of three words in the governed case: no cut
ONE = [
    ("Вместе с Хосе Мануэлем Баррозу в Брюссель прилетел канцлер.", "Хосе Мануэль Баррозу"),
    ("Контракт с Анной Петровной Смирновой подписан на два года.", "Анна Петровна Смирнова"),
]


@pytest.mark.parametrize("text,name", ONE)
def test_one_governed_name_stays_whole(text, name):
    assert [p[0] for p in person_parts(text)] == [_fold(name)]


# a first name that is also a common noun, before a name in an oblique case: the head noun
HEAD = [
    ("Роман Евгении Ладыжиной получил премию «Большая книга».", "Евгения Ладыжина"),
    ("Роман Марины Степновой вошёл в короткий список «Нацбеста».", "Марина Степнова"),
    ("Надежда Ивана Фёдорова на медаль рухнула в финале.", "Иван Фёдоров"),
    ("Слава Максима Галкина не помогла фильму в прокате.", "Максим Галкин"),
]


@pytest.mark.parametrize("text,name", HEAD)
def test_common_noun_before_oblique_name(text, name):
    assert [p[0] for p in person_parts(text)] == [_fold(name)]


# the same words as the first name of a nominative name: kept
KEPT = [
    ("Роман Абрамович купил ещё один клуб.", "Роман Абрамович"),
    ("Вера Брежнева выступила на фестивале в Сочи.", "Вера Брежнева"),
    ("Роман Широков забил гол в ворота «Зенита».", "Роман Широков"),
    # a surname with a common noun's reading, of the case of the name after it
    ("В деле есть показания Хмельницкого Игоря Сергеевича.", "Игорь Сергеевич Хмельницкий"),
]


@pytest.mark.parametrize("text,name", KEPT)
def test_first_name_of_nominative_name_kept(text, name):
    assert [p[0] for p in person_parts(text)] == [_fold(name)]


# a sentence opened by a preposition: the name after it
OPENING = [
    ("На Олеге Кривом держалась вся линия обороны.", ("Олег", "Кривой")),
    ("На Андрее Луговом весь первый круг держалась защита.", ("Андрей", "Луговой")),
    ("С Ниной Голубь банк заключил трудовой договор.", ("Нина", "Голубь")),
    ("С Ольгой Синицей театр заключил контракт на два сезона.", ("Ольга", "Синица")),
    ("Без Гуревича оркестр отменил гастроли.", (None, "Гуревич")),
    ("Без Рабиновича совет директоров не собирался.", (None, "Рабинович")),
    ("На Игоре Акинфееве держалась вся защита сборной.", ("Игорь", "Акинфеев")),
    ("Для Елены Исинбаевой этот сезон стал последним.", ("Елена", "Исинбаева")),
]


@pytest.mark.parametrize("text,parts", OPENING)
def test_name_after_opening_preposition(text, parts):
    first, last = parts
    mention = text.split(" ", 1)[1].split(" ")[0]
    found = person_at(text, mention)
    assert found is not None and (found[1], found[3]) == (first, last)


@pytest.mark.parametrize("text", [
    "В Москве открылся новый театр кукол.",
    "На Урале выпал первый снег.",
    "С Новым годом горожан поздравил мэр.",
])
def test_no_person_after_opening_preposition(text):
    assert person_parts(text) == []


# Nordic surnames in the prepositional after a first name Spanish shares (Оскар, Томас)
NORDIC = [
    ("На Оскаре Линдквисте держалась вся программа локализации.", "Оскаре Линдквисте", "Оскар Линдквист"),
    ("Контракт об Оскаре Бергстрёме обсудили на совете директоров.", "Оскаре Бергстрёме", "Оскар Бергстрём"),
    ("Совет директоров говорил о Томасе Квистгоре весь вечер.", "Томасе Квистгоре", "Томас Квистгор"),
    ("Болельщики вспоминали о Хуане Ортеге.", "Хуане Ортеге", "Хуан Ортега"),  # Spanish: -а
]


@pytest.mark.parametrize("text,mention,name", NORDIC)
def test_nordic_surname_prepositional(text, mention, name):
    assert person_at(text, mention)[0] == name
