"""Session 38, family nerelpr38 (w340): things no person named as one, and lone Russian surnames in
lists, from NEREL train read through rufacts' records.

- A compound of common nouns written with a hyphen at a sentence's start is no person
  (entities/name_false_persons.py): "Экс-чемпион", "Генерал-лейтенант", "Смертник-подросток".
- An adjective the dictionary does not know, before a lower-case noun it agrees with, is no surname
  ("Ваххабитский проповедник", "Абелевская премия").
- A scientist's name after the head of a term named after him is no person mention
  (lexicons/name_eponym_heads.txt): "болезнью Паркинсона", "синдромом Дауна".
- A common noun capitalized by a headline's start, written in lower case elsewhere in the article,
  is no person.
- A lone surname in -ова/-ина listed with a surname in the genitive only is a man's in the
  genitive (entities/name_listed_genitive.py): "Добровольского, Волкова и Пацаева" → Пацаев."""
import pytest

import rufacts


def _persons(text):
    return {p.name for p in rufacts.extract(text).persons}


@pytest.mark.parametrize("text, word", [
    ("Экс-чемпион мира по боксу открыл школу в Самаре.", "Экс-чемпион"),
    ("Генерал-лейтенант доложил министру о ходе учений.", "Генерал-лейтенант"),
    ("Смертник-подросток подорвал себя у ворот базы.", "Смертник-подросток"),
    ("Вице-губернатор провёл совещание с главами районов.", "Вице-губернатор"),
])
def test_a_hyphenated_common_noun_is_no_person(text, word):
    assert word not in _persons(text)


@pytest.mark.parametrize("text, word", [
    ("Ваххабитский проповедник покинул страну после приговора.", "Ваххабитский"),
    ("Абелевская премия присуждается за работы в математике.", "Абелевская"),
])
def test_an_unknown_adjective_before_its_noun_is_no_surname(text, word):
    assert word not in _persons(text)


@pytest.mark.parametrize("text, word", [
    ("Его отец много лет страдает болезнью Паркинсона.", "Паркинсон"),
    ("Врачи диагностировали у пенсионерки болезнь Альцгеймера.", "Альцгеймер"),
    ("Мальчик с синдромом Дауна выступил на конкурсе.", "Даун"),
])
def test_an_eponym_of_a_term_is_no_person(text, word):
    assert word not in _persons(text)


def test_a_person_after_an_eponym_stays():
    text = "Болезнью Паркинсона страдает и Геннадий Шмелёв, сообщил его сын."
    assert "Геннадий Шмелёв" in _persons(text)


def test_a_headline_common_noun_written_lower_case_elsewhere_is_no_person():
    text = ("Таможенники нашли у пассажира два килограмма героина Героин был спрятан в подкладке "
            "чемодана, сообщили в пресс-службе.")
    assert "Героин" not in _persons(text)


def test_surnames_in_their_own_case_stay():
    assert "Буш-младший" in _persons("Буш-младший прибыл в Техас.")
    assert "Тамара Вишневская" in _persons("Певица Тамара Вишневская выступила в Казани.")


@pytest.mark.parametrize("text, name", [
    ("Улицы назовут в честь Заозёрского, Кудинова и Пестова.", "Пестов"),
    ("Улицы назовут в честь Заозёрского, Кудинова и Пестова.", "Кудинов"),
    ("Историки изучили дневники Белопольского и Сорокина.", "Сорокин"),
])
def test_a_lone_surname_listed_with_a_genitive_is_a_mans(text, name):
    assert name in _persons(text)



@pytest.mark.parametrize("text, word", [
    ("Указом президента Герою Советского Союза Степану Мохнаткину вручён орден.", "Герою Советского Союза"),
    ("Её наградили орденом Ленина, она Герой Социалистического Труда (1975).", "Герой Социалистического Труда"),
])
def test_an_honorary_title_is_no_person(text, word):
    persons = rufacts.extract(text).persons
    assert not any(m.text == word for p in persons for m in p.mentions)


def test_a_hero_keeps_his_name():
    assert "Степан Мохнаткин" in _persons("Указом президента Герою Советского Союза Степану Мохнаткину вручён орден.")


def test_a_medium_after_its_kind_is_no_person():
    assert "Насьон" not in _persons("Газета Насьон сообщила о задержании двух россиян.")
    assert "Ходорковский" in _persons("Газета Ходорковского закрылась через год.")


def test_a_nickname_of_a_title_stays():
    assert _persons("Полномочия почившего Туркмен-баши подтвердили на съезде.")


def test_an_article_before_a_name_is_no_common_compound():
    assert _persons("Аль-Маджид заявил, что переговоры продолжатся.")


def test_an_undeclined_surname_after_illness_is_the_womans():
    assert "Ким" in _persons("После болезни Ким, которая возглавляет фонд, отчёт отложили.")


def _locations(text):
    return {loc.name for loc in rufacts.extract(text).locations}


@pytest.mark.parametrize("text, word", [
    ("Писатель провёл последние годы в графстве Кент на юге Англии.", "Кент"),
])
def test_a_place_after_its_kind_is_a_place(text, word):
    assert word not in _persons(text)
    assert word in _locations(text)


def test_an_owner_after_a_place_kind_stays_a_person():
    assert "Ходорковский" in _persons("Газета Ходорковского закрылась через год.")
