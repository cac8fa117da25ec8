"""Session 39, family second39p (w350): a lone surname in apposition to a noun for a person in an
oblique case.

- the tagger missed it or read it as a place or a body (entities/name_post_surname.py, read by
  names_missed): "Бывшему мэру Демчуку суд вернул" ("Демчуку суд" an organization), "Блогера
  Мосолова оштрафовали", "поручили начальнику городской полиции Шуваеву";
- the post's oblique case beats the plural verb after the name (entities/name_case_cues.py:
  "Бывшему директору Тарабанову назначили штраф": the dative, not a fronted accusative object);
- a person noun owned by another is its genitive, no accusative (entities/name_apposition.py:
  "Заместителю министра В. С. Лапину": Лапин's dative, not a woman's accusative);
- an instrumental adjective of a masculine noun after the name tells no gender (entities/name_predicative.py:
  "назвал Скворцову лучшим инженером": the accusative, Скворцова);
- a Kazakh patronymic in -улы/-кызы between a first name and a surname is the middle name
  (lexicons/name_endings.tsv, class kz: "Жусупбеков Бахытжан Серикулы")."""
import pytest

import rufacts


def _persons(text):
    return {(p.name, p.first, p.middle, p.last) for p in rufacts.extract(text).persons}


@pytest.mark.parametrize("text, name", [
    ("Бывшему прокурору Хлыстову суд вернул арестованный дом.", "Хлыстов"),
    ("Соглашение с главным подрядчиком Пустоваловым расторгли досрочно.", "Пустовалов"),
    ("При прежнем мэре Чупахине город получил новый мост.", "Чупахин"),
])
def test_missed_surname_after_post(text, name):
    assert (name, None, None, name) in _persons(text)


@pytest.mark.parametrize("text, name", [
    ("Бывшему директору Сметанину назначили штраф в сто тысяч рублей.", "Сметанин"),
    ("Бывшему депутату Кузьмичёву назначили условный срок.", "Кузьмичёв"),
])
def test_dative_post_before_plural_verb(text, name):
    assert (name, None, None, name) in _persons(text)


def test_owner_of_genitive_post_keeps_dative():
    assert ("Р. Т. Лапин", "Р.", "Т.", "Лапин") in _persons(
        "Заместителю губернатора Р. Т. Лапину поручено возглавить штаб.")


@pytest.mark.parametrize("text, name", [
    ("Журналистку Стрижову вызвали на допрос.", "Стрижова"),
    ("Проверку поручили начальнику районного отдела Дремлюгину.", "Дремлюгин"),
    ("Тренера Ожегова уволили после поражения в кубке.", "Ожегов"),
    ("Жителю Москвы вручили медаль за спасение утопающих.", None),
])
def test_as_before(text, name):
    persons = _persons(text)
    if name is None:
        assert not persons
    else:
        assert (name, None, None, name) in persons


@pytest.mark.parametrize("text, name", [
    ("Жюри назвало Пантелееву лучшим дизайнером выставки.", "Пантелеева"),  # the masculine noun names her too
    ("Тренеры признали Фомичёву лучшей спортсменкой года.", "Фомичёва"),
    ("Клуб признал Колесникова лучшим игроком сезона.", "Колесников"),
])
def test_predicative_adjective_of_noun(text, name):
    assert (name, None, None, name) in _persons(text)


@pytest.mark.parametrize("text, parts", [
    ("Указом президента Калиакпаров Серик Нурланулы назначен послом.",
     ("Серик Нурланулы Калиакпаров", "Серик", "Нурланулы", "Калиакпаров")),
    ("Кандидатуру Оразовой Сауле Ерболкызы поддержали депутаты.",
     ("Сауле Ерболкызы Оразова", "Сауле", "Ерболкызы", "Оразова")),
    ("С Айдой Маратқызы Жумагуловой встретились волонтёры.",
     ("Айда Маратқызы Жумагулова", "Айда", "Маратқызы", "Жумагулова")),
])
def test_kazakh_patronymic_is_middle(text, parts):
    assert parts in _persons(text)


def test_kazakh_surname_alone_as_before():
    assert ("Дамир Ерланулы", "Дамир", None, "Ерланулы") in _persons("Гол забил Дамир Ерланулы на последней минуте.")


def test_kazakh_surname_tagged_apart_joins():
    assert ("Алмас Нурланулы Жаксыбеков", "Алмас", "Нурланулы", "Жаксыбеков") in _persons(
        "Послом в Турции назначен Жаксыбеков Алмас Нурланулы.")
