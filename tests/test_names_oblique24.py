"""Foreign and rare person names in oblique cases: one case for every part of the name, by the
governing word and by what each part can carry (the real pipeline, sentences of this test's own).

- a woman's first name in consonant + -ой is the instrumental (genitive, dative) of one in -а, not
  a name standing unchanged (lexicons/name_endings.tsv, fem-indecl): "с Ратной" -> Ратна; a surname
  so may stand ("о Марине Цой");
- a person noun after a preposition gives the name in apposition that preposition's case ("у посла
  Нигерии X": the genitive, where "посла" also spells an accusative), as firmly as a preposition
  right before the name, also over a quoted body's name ("директору «...» X") or from an active
  participle used as a noun right before it ("у атакующего X"), and the name is then
  no object of the verb before the phrase (entities/name_apposition.py, name_ru_objects.py);
- in a Polish-type double-barrelled surname declined in the dative or prepositional (-ской-...е) the
  last part's -е is the case ending of a part in -а (entities/name_female_surnames.py);
- a name after a masculine post noun before a feminine verb is that verb's subject, as firmly as
  any subject before its verb ("Председатель парламента Ганы X провела": entities/name_subject_cues.py);
- a person noun in the nominative opening an item of a list of people gives the name in apposition the
  nominative ("врач X, педагог Y и ...": entities/name_coordinated.py);
- a woman's compound first name in vowels whose later parts stand as written stands unchanged
  ("с Анне-Софи X"; entities/name_readings.py); a man's declines its first part ("Жаном-Мари");
- a word declined as one in -а between a first name and a surname that stands unchanged in -у/-о is
  the first of two Portuguese surnames ("Карлы Бессы Ребелу": Бесса Ребелу; entities/name_solutions.py).
"""
import pytest

import rufacts


def person(text, mention):
    for p in rufacts.extract(text).persons:
        if any(text[m.start:m.stop] == mention for m in p.mentions):
            return p
    return None


@pytest.mark.parametrize("text, mention, first, last", [
    ("Беседа с Ратной Виджаяни, министром туризма, продлилась час.", "Ратной Виджаяни", "Ратна", "Виджаяни"),
    ("Об этом журналистам рассказали в беседе с Индрой Кусумавати.", "Индрой Кусумавати", "Индра", "Кусумавати"),
    ("Местные газеты писали о Марине Цой как о главной претендентке.", "Марине Цой", "Марина", "Цой"),
])
def test_woman_first_name_in_oy_declines(text, mention, first, last):
    p = person(text, mention)
    assert p is not None and (p.first, p.last) == (first, last)


@pytest.mark.parametrize("text, mention, first, last", [
    ("Верительные грамоты президент принял у посла Нигерии Ифечукву Оджукву.",
     "Ифечукву Оджукву", "Ифечукву", "Оджукву"),
    ("Генеральному директору «Северной верфи» Алену Дюпону вручили награду.",
     "Алену Дюпону", "Ален", "Дюпон"),
    ("Лучшая статистика подборов у атакующего Джереми Тейт-Бейкера.", "Джереми Тейт-Бейкера", "Джереми", "Тейт-Бейкер"),
])
def test_apposition_gives_case(text, mention, first, last):
    p = person(text, mention)
    assert p is not None and (p.first, p.last) == (first, last)


@pytest.mark.parametrize("text, mention, first, last", [
    ("Грамоту вручили Барбаре Ясиньской-Гуре.", "Барбаре Ясиньской-Гуре", "Барбара", "Ясиньская-Гура"),
    ("Премию вручили Нине Лесковой-Боргезе.", "Нине Лесковой-Боргезе", "Нина", "Лескова-Боргезе"),
    ("Дуэт с Агатой Мазовецкой-Сове стал номером вечера.", "Агатой Мазовецкой-Сове", "Агата", "Мазовецкая-Сове"),
])
def test_polish_double_surname(text, mention, first, last):
    p = person(text, mention)
    assert p is not None and (p.first, p.last) == (first, last)


@pytest.mark.parametrize("text, mention, first, last", [
    ("Назначение Карлы Бессы Ребелу одобрено сенатом.", "Карлы Бессы Ребелу", "Карла", "Бесса Ребелу"),
    ("Памятник Игнатию Саввичу Белому установили в Вологде.", "Игнатию Саввичу Белому", "Игнатий", "Белый"),
])
def test_portuguese_two_surnames(text, mention, first, last):
    p = person(text, mention)
    assert p is not None and (p.first, p.last) == (first, last)


@pytest.mark.parametrize("text, mention, first, last", [
    ("В попечительский совет вошли врач Баир Дондоков, педагог Должидма Цыденова и директор музея.",
     "Должидма Цыденова", "Должидма", "Цыденова"),
    ("В жюри конкурса работали хирург Олег Смирнов и скульптор Цыцыгма Бадмаева.",
     "Цыцыгма Бадмаева", "Цыцыгма", "Бадмаева"),
    ("На встречу пришли министр Иван Петров и помощник Сергея Иванова.", "Сергея Иванова", "Сергей", "Иванов"),
])
def test_list_item_in_apposition(text, mention, first, last):
    p = person(text, mention)
    assert p is not None and (p.first, p.last) == (first, last)


@pytest.mark.parametrize("text, mention, first", [
    ("Концерт с Анне-Софи Бергстрём перенесли на осень.", "Анне-Софи Бергстрём", "Анне-Софи"),
    ("Встреча с Жаном-Мари Ле Пеном прошла в Париже.", "Жаном-Мари Ле Пеном", "Жан-Мари"),
    ("Письмо Марии-Терезе Бауэр отправили вчера.", "Марии-Терезе Бауэр", "Мария-Тереза"),
])
def test_compound_first_name(text, mention, first):
    p = person(text, mention)
    assert p is not None and p.first == first


@pytest.mark.parametrize("text, mention, first, last", [
    ("Председатель парламента Ганы Абена Адоме-Нкансу провела первое заседание.",
     "Абена Адоме-Нкансу", "Абена", "Адоме-Нкансу"),
    ("Заместитель главы района Александра Мельникова провела совещание.",
     "Александра Мельникова", "Александра", "Мельникова"),
])
def test_woman_in_masculine_post_is_subject(text, mention, first, last):
    p = person(text, mention)
    assert p is not None and (p.first, p.last) == (first, last)
