"""A lone surname the tagger missed after a preposition of persons, round 18 (w175;
entities/name_lone_oblique.py): an unknown capitalized word in an oblique case form of a Russian
surname after "о", "с", "к", "при" is a person in the nominative ("О Пятибратове говорят" ->
Пятибратов); not after "в"/"на" (a village), not a word the dictionary knows ("с Ростовом")."""
import pytest

from names_cases import person_at


@pytest.mark.parametrize("text, mention, want", [
    ('О Пятибратове на рынке лизинга говорят как о человеке, который не проиграл ни одного суда.', 'Пятибратове', 'Пятибратов'),
    ('Акционеры обратились к Пятибратову с письмом.', 'Пятибратову', 'Пятибратов'),
    ('Переговоры с Шахмаметьевым затянулись.', 'Шахмаметьевым', 'Шахмаметьев'),
    ('При Зарубаеве компания удвоила выручку.', 'Зарубаеве', 'Зарубаев'),
    ('Инвесторы говорили о Курмангалиеве с уважением.', 'Курмангалиеве', 'Курмангалиев'),
    ('Совет директоров обратился к Тяжелбинову за разъяснениями.', 'Тяжелбинову', 'Тяжелбинов'),
    ('С Мухаметшиным договорились о встрече.', 'Мухаметшиным', 'Мухаметшин'),
])
def test_lone_surname(text, mention, want):
    got = person_at(text, mention)
    assert got is not None and got[3] == want


@pytest.mark.parametrize("text, mention", [
    ('Жители деревни в Пятибратове остались без света.', 'Пятибратове'),
    ('Переговоры с Ростовом прошли успешно.', 'Ростовом'),
    ('Дорогу в Кузьминове отремонтируют к осени.', 'Кузьминове'),
])
def test_no_person(text, mention):
    assert person_at(text, mention) is None
