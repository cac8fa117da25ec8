"""Person names of the thirty-second second look: a surname beside initials in an oblique case
(entities/name_initials_last.py), a man's first name before his patronymic (name_first_patronymic.py),
a Japanese surname in -у (names_asian.japanese_surname), a first name of two peoples and the clause's
cue (name_origins.mention_origins), a sentence-opening word nothing reads as a name
(name_lead_words._unknown_lead), nicknames in Latin letters (name_nicknames.py), a monastic name after
a church rank (name_office_surname.given_after_title), verbs of the accusative (name_verbs.tsv)."""
import pytest

import rufacts


def _persons(text):
    return {p.name for p in rufacts.extract(text).persons}


@pytest.mark.parametrize("text, name", [
    ("Налоговая инспекция вызвала на допрос М. А. Штайнера.", "М. А. Штайнер"),
    ("Проект согласован начальником управления К. Л. Бурмакиным.", "К. Л. Бурмакин"),
    ("Учёный совет избрал заведующей кафедрой Т. П. Ремизовскую.", "Т. П. Ремизовская"),
    ("Как сообщила директор школы А. Н. Скороходова, ремонт завершён.", "А. Н. Скороходова"),
])
def test_surname_beside_initials_declines(text, name):
    assert name in _persons(text)


def test_man_first_name_before_patronymic_keeps_its_gender():
    assert "Валентин Сергеевич Круглов" in _persons("О Валентине Сергеевиче Круглове вспомнили коллеги.")


def test_japanese_surname_in_u_is_an_accusative():
    assert "Кэйсукэ Хонда" in _persons("Совет директоров утвердил Кэйсукэ Хонду главой отделения.")


def test_portuguese_surname_in_u_stands_beside_a_non_japanese_given_name():
    assert "Тиаго Фигейреду" in _persons("Продажа Тиаго Фигейреду принесла клубу 8 млн евро.")


def test_cue_of_the_clause_picks_the_origin_of_a_shared_first_name():
    assert "Штефан Раду" in _persons("Клуб купил Штефана Раду у бухарестского «Динамо».")


@pytest.mark.parametrize("text, name", [
    ("Курайсы Ильдар Шакиров выступил на открытии сабантуя.", "Ильдар Шакиров"),
    ("Олонхосут Николай Аргунов исполнил сказание на празднике.", "Николай Аргунов"),
])
def test_unknown_opening_word_is_no_name_part(text, name):
    assert name in _persons(text)


def test_double_given_name_at_the_opening_stays():
    assert "Хуан Карлос Вальдес" in _persons("Хуан Карлос Вальдес подписал контракт с клубом.")


@pytest.mark.parametrize("text, name", [
    ("Капитан Дмитрий «zorro» Ермаков продлил контракт с командой.", "Дмитрий Ермаков"),
    ("Переход Милоша «dzeki» Йовича в немецкий клуб официально подтверждён.", "Милош Йович"),
])
def test_latin_handle_between_first_name_and_surname(text, name):
    assert name in _persons(text)


def test_quoted_title_before_a_writer_is_no_nickname():
    names = _persons("Роман «Воскресение» Толстого переиздали в этом году.")
    assert "Роман Толстой" not in names


@pytest.mark.parametrize("text, name", [
    ("Соболезнования семье направил митрополит Феогност.", "Феогност"),
    ("Молебен отслужил епископ Пахомий.", "Пахомий"),
])
def test_monastic_name_after_church_rank(text, name):
    people = {p.name: p for p in rufacts.extract(text).persons}
    assert name in people and people[name].first == name and people[name].last is None


def test_place_after_a_royal_title_is_no_person():
    assert not _persons("В Амман прибыл король Иордании.")


def test_accusative_verb_decides_a_lone_surname():
    assert "Цыдендамбаев" in _persons("Зал долго не отпускал Цыдендамбаева со сцены.")


@pytest.mark.parametrize("text, name", [
    ("Депутаты поддержали поправку Гайнутдиновой о языке обучения.", "Гайнутдинова"),
    ("Обращение Хабибуллиной рассмотрят на сессии.", "Хабибуллина"),
])
def test_woman_surname_in_an_oblique_slot_is_found(text, name):
    assert name in _persons(text)


def test_italian_surname_in_u_is_an_accusative():
    assert "Риккардо Каппелла" in _persons("Дирижёр пригласил в постановку Риккардо Каппеллу.")


@pytest.mark.parametrize("text, name", [
    ("Клуб предложил Марко Радовичу новый контракт.", "Марко Радович"),
    ("Медаль вручили Риккардо Де Санктису.", "Риккардо Де Санктис"),
])
def test_consonant_surname_in_u_stays_a_dative(text, name):
    assert name in _persons(text)


def test_italian_woman_name_in_e_is_her_case():
    assert "Бенедетта Ломбарди" in _persons("Статья о Бенедетте Ломбарди вышла в воскресном номере.")
