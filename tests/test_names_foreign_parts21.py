"""Foreign name parts, real pipeline, own sentences: French compound first names (lexicons/foreign_names.tsv:
Жан-Поль, not Жан-Пол), Italian men's names in -е standing unchanged (Сальваторе), a German particle
before the surname (no Portuguese surname in -у: entities/name_lusophone.py) and a double-barrelled
surname whose first part, a foreign word in a vowel, stands as written (entities/name_readings.py); Estonian
men's names."""
import pytest
from names_cases import expected_parts, person_parts

# (text, name, first, middle, last)
PERSONS = [
    ("Консул навестил в больнице Жан-Поля Мореля.", "Жан-Поль Морель", "Жан-Поль", None, "Морель"),
    ("Газета написала о Жан-Поле Бертране, новом директоре музея.", "Жан-Поль Бертран", "Жан-Поль", None,
     "Бертран"),
    ("О Сальваторе Пиццуто в Неаполе знают все.", "Сальваторе Пиццуто", "Сальваторе", None, "Пиццуто"),
    ("Австрийскому дипломату Лукасу фон Эльверту вручили орден.", "Лукас фон Эльверт", "Лукас", None,
     "фон Эльверт"),
    ("Верительные грамоты Кофи Аманте-Боатенгу вручены в среду.", "Кофи Аманте-Боатенг", "Кофи", None,
     "Аманте-Боатенг"),
    ("Ноту вручили Кваку Дапенте-Менсаху, послу Ганы.", "Кваку Дапенте-Менсах", "Кваку", None, "Дапенте-Менсах"),
    # an Estonian man's name (lexicons/name_foreign_first_names.tsv): not a woman's Прийта Парта
    ("Театр покажет спектакль Прийта Парта.", "Прийт Парт", "Прийт", None, "Парт"),
    # a Russian first part the dictionary has declines with the rest
    ("В книге о Павле Щербине-Зайце собраны письма.", "Павел Щербина-Заяц", "Павел", None, "Щербина-Заяц"),
]


@pytest.mark.parametrize(("text", "name", "first", "middle", "last"), PERSONS, ids=[p[1] for p in PERSONS])
def test_foreign_parts(text, name, first, middle, last):
    assert person_parts(text) == expected_parts(name, first, middle, last)


def test_thing_noun_opening_sentence_is_no_given_name_before_a_particle():
    """A sentence-initial word the dictionary knows only as a thing's noun ("Позиция", "Заявление")
    governs the particle surname after it: the person is the surname with its particle alone."""
    import rufacts

    for text, want in (("Позиция фон Вальдштейна осталась прежней.", "фон Вальдштейн"),
                       ("Заявление ван Бергена удивило партнёров.", "ван Берген")):
        persons = rufacts.extract(text).persons
        assert [p.name for p in persons] == [want], (text, [p.name for p in persons])
        assert persons[0].first is None


def test_official_order_with_a_patronymic_particle_reads_a_surname_the_dictionary_lacks():
    """Surname, given name, father's name and "оглы"/"кызы" (the official order): the first word is
    the surname also where the dictionary does not know it ("-заде" surnames do not decline)."""
    import rufacts

    persons = rufacts.extract("Грамота вручена Кулизаде Анару Вагиф оглы, инженеру депо.").persons
    assert [(p.first, p.middle, p.last) for p in persons] == [("Анар", "Вагиф оглы", "Кулизаде")]
