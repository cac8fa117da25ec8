"""persons47 (w404): normal forms of Armenian, Turkic, adjectival and particle surnames and of a
sentence-opening surname that is the object of its verb (sentences of our own, the real pipeline)."""
import pytest

import rufacts


def _names(text):
    return [p.name for p in rufacts.extract(text).persons]


@pytest.mark.parametrize("text, name", [
    # an Armenian -ян surname alone after a preposition of persons (or "на") in its oblique case
    ("На Шахназаряне держалась вся оборона клуба.", "Шахназарян"),
])
def test_armenian_alone_after_preposition(text, name):
    assert name in _names(text)


def test_chinese_place_in_yan_no_person():
    # neighbour: -ьян, -оян stems are Chinese or Korean places, no Armenian surname
    assert _names("Делегация побывала на Пхеньяне и в Сеуле.") == []


@pytest.mark.parametrize("text, name", [
    # an Armenian or Azerbaijani surname beside a man's patronymic is no Slavic one in -а
    ("Очерк о Вазгене Левоновиче Хачатряне вышел в альманахе.", "Вазген Левонович Хачатрян"),
    ("Статья о Грачье Суреновиче Минасяне вошла в сборник.", "Грачья Суренович Минасян"),
    ("Редакция написала об Акифе Рамизовиче Исмаилзаде.", "Акиф Рамизович Исмаилзаде"),
])
def test_foreign_surname_beside_patronymic(text, name):
    assert name in _names(text)


def test_slavic_surname_in_a_kept():
    # neighbour: a Slavic surname in -а keeps its -а beside a man's patronymic
    assert "Владимир Карпович Кулибаба" in _names("Сборник рассказывает о Владимире Карповиче Кулибабе.")


@pytest.mark.parametrize("text, name", [
    # a man's Turkic name in a consonant, not the woman's name in -а, before a man's patronymic
    ("Заметка об Эльнаре Рашидовиче Гасанове вышла в районной газете.", "Эльнар Рашидович Гасанов"),
])
def test_turkic_man_name(text, name):
    assert name in _names(text)


def test_man_name_in_a_kept():
    # neighbour: a man's name in -а before his patronymic stays in -а
    assert "Бекмурза Хаджиретович Тлишев" in _names("Грамоту вручили Бекмурзе Хаджиретовичу Тлишеву.")


@pytest.mark.parametrize("text, name", [
    # a woman's soft adjectival surname whose man's form the dictionary lists as a surname
    ("Комиссия наградила Оксану Задорожнюю дипломом.", "Оксана Задорожняя"),
    ("Следователь допросил Елену Подорожнюю.", "Елена Подорожняя"),
])
def test_soft_adjectival_woman(text, name):
    assert name in _names(text)


@pytest.mark.parametrize("text, name", [
    # a foreign -ов/-ин surname after a particle in the instrumental (-ом, not a Russian -ым)
    ("Министр провёл переговоры с Дитрихом фон Бюловом в Бонне.", "Дитрих фон Бюлов"),
    ("Фильм смонтирован Жаном-Полем де Вильбуровом.", "Жан-Поль де Вильбуров"),
])
def test_particle_instrumental(text, name):
    assert name in _names(text)


def test_bint_father_as_written():
    # the father's name after "бинт" stands as written where the given name does
    persons = rufacts.extract("Посол Нура бинт Абдалла аль-Кетби прибыла в Казань.").persons
    assert [(p.first, p.middle, p.last) for p in persons] == [("Нура", "бинт Абдалла", "аль-Кетби")]


@pytest.mark.parametrize("text, name", [
    # a sentence-opening surname before a masculine or plural verb of the accusative is its object
    ("Лукоянова на заседании поддержали депутаты от трёх фракций.", "Лукоянов"),
    ("Сычугова в аэропорту лично встречал губернатор.", "Сычугов"),
    # a thing's adjective after the name is no predicative of the person
    ("Мэр наградил Прокудина почётной грамотой.", "Прокудин"),
])
def test_fronted_object(text, name):
    assert name in _names(text)


@pytest.mark.parametrize("text, name", [
    # neighbours: a feminine verb keeps the woman's nominative; a woman's predicative keeps her
    ("Лукоянова на заседании поддержала депутатов.", "Лукоянова"),
    ("Жюри признало Сычугову лучшей спортсменкой года.", "Сычугова"),
])
def test_woman_kept(text, name):
    assert name in _names(text)
