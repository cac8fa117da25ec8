"""Wave q35 (w314): quoted names of clubs and firms read to their own nominative — Central European
and Nordic clubs named after their towns (lexicons/name_foreign_clubs.txt, also after a descriptor),
a foreign quoted name after a legal form kept as written, a dative in -е after "к" read to -а, a plural
club name before a plural verb kept as written (entities/org_quoted_letters.py), and a Latin-script
object with a firm's role in the instrumental (entities/org_latin_cues.py,
lexicons/org_latin_role_nouns.txt)."""
import pytest

import rufacts


def _orgs(text):
    return {o.name for o in rufacts.extract(text).organizations}


@pytest.mark.parametrize("text, name", [
    ("Игрок молодёжки «Санкт-Галлена» подписал первый контракт.", "Санкт-Галлен"),
    ("Чешский нападающий перешёл в «Пардубице» из «Спарты».", "Пардубице"),
    ("Защитник «Санкт-Паули» получил травму колена.", "Санкт-Паули"),
    ("Форвард забросил шайбу в ворота «Лулео».", "Лулео"),
    ("Полузащитника отдали в аренду «Люцерну».", "Люцерн"),
])
def test_a_listed_town_named_club_reads_to_its_nominative(text, name):
    assert name in _orgs(text)


def test_a_listed_club_after_a_descriptor_reads_to_its_nominative():
    assert "Санкт-Галлен" in _orgs("Выпускник школы «Санкт-Галлена» уехал в Италию.")


@pytest.mark.parametrize("text, name", [
    ("Учредитель ООО «Кахети Тревел» объявлен в розыск.", "ООО «Кахети Тревел»"),
    ("Счета ООО «Мтацминда Тревел» арестованы.", "ООО «Мтацминда Тревел»"),
])
def test_a_foreign_quoted_name_after_a_legal_form_stands_as_written(text, name):
    assert name in _orgs(text)


@pytest.mark.parametrize("text, name", [
    ("Контракт на ремонт подстанции перешёл к АО «Российским железным дорогам».", "АО «Российские железные дороги»"),
    ("Иск к АО «Мосводоканалу» отклонён судом.", "АО «Мосводоканал»"),
])
def test_a_russian_quoted_name_after_a_legal_form_still_declines(text, name):
    assert name in _orgs(text)


def test_a_dative_in_e_after_k_is_a_noun_in_a():
    assert "Экспонента" in _orgs("Права на показ сериала отошли к «Экспоненте» в прошлом году.")


@pytest.mark.parametrize("text, name", [
    ("«Оцеларжи» из Тршинеца выиграли домашний матч.", "Оцеларжи"),
    ("«Тигржи» уступили в овертайме.", "Тигржи"),
])
def test_a_plural_club_name_before_a_plural_verb_stands_as_written(text, name):
    assert name in _orgs(text)


@pytest.mark.parametrize("text, name", [
    ("Инвесторы выбрали Wild Bunch международным агентом картины.", "Wild Bunch"),
    ("Совет директоров утвердил Mazars аудитором на следующий год.", "Mazars"),
])
def test_a_latin_object_with_a_firms_role_in_the_instrumental_is_an_organization(text, name):
    assert name in _orgs(text)


@pytest.mark.parametrize("text, word", [
    ("Фанаты считают Minecraft лучшей игрой десятилетия.", "Minecraft"),
    ("Фильм «Комета» вышел в прокат в марте.", "Комета"),
])
def test_no_organization_where_a_work_is_named(text, word):
    assert not any(word in n for n in _orgs(text))
