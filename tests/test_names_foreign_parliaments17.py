"""Other states' parliaments and chambers by their own names (real pipeline), round 17 (w171):
"в Бундесрате", "депутаты Эдускунты", "в Хорватском саборе", "Ландтаге Саксонии", "Олий Мажлис"
(lexicons/regional_legislatures.txt, read by entities/org_legislatures.py): any case form of the
listed words is found (the tagger's lemma of a word the dictionary lacks is often wrong:
"Эдускунты" -> "эдускунт"), the name's nominative is the listed one ("Эдускунта", "Хорватский
сабор"; entities/normal.py), the state's name in the genitive after it is the name's, and a person
the tagger ran together with it ("Эдускунты Пиа Хяркёнен") stays a person."""
import pytest

from names_cases import org_name, person_at


@pytest.mark.parametrize("text, mention, want", [
    ('В Бундесрате законопроект о налогах не набрал большинства.', 'Бундесрате', 'Бундесрат'),
    ('Решение Бундесрата Германии вступило в силу.', 'Бундесрата Германии', 'Бундесрат Германии'),
    ('Депутаты Эдускунты проголосовали против.', 'Эдускунты', 'Эдускунта'),
    ('Эдускунта приняла закон о границе.', 'Эдускунта', 'Эдускунта'),
    ('В Хорватском саборе обсудили бюджет.', 'Хорватском саборе', 'Хорватский сабор'),
    ('Депутаты Сабора Хорватии проголосовали за бюджет.', 'Сабора Хорватии', 'Сабор Хорватии'),
    ('Сабор утвердил новое правительство.', 'Сабор', 'Сабор'),
    ('В Ландтаге Саксонии прошли дебаты.', 'Ландтаге Саксонии', 'Ландтаг Саксонии'),
    ('Олий Мажлис Узбекистана одобрил закон.', 'Олий Мажлис Узбекистана', 'Олий Мажлис Узбекистана'),
    ('Законопроект поступил в Олий Мажлис.', 'Олий Мажлис', 'Олий Мажлис'),
    ('Саэйма Латвии утвердила бюджет.', 'Саэйма Латвии', 'Саэйма Латвии'),
    ('Депутат Саэймы Янис Озолс покинул фракцию.', 'Саэймы', 'Саэйма'),
    ('В Альтинге обсудили квоты на вылов трески.', 'Альтинге', 'Альтинг'),
    ('В Народном хурале Бурятии прошли слушания.', 'Народном хурале Бурятии', 'Народный хурал Бурятии'),
    ('Спикер Эдускунты Анна Хяркёнен выступила с речью.', 'Эдускунты', 'Эдускунта'),
])
def test_parliament_names(text, mention, want):
    assert org_name(text, mention) == want


@pytest.mark.parametrize("text, mention, want", [
    ('Спикер Эдускунты Пиа Хяркёнен посетовала на давление.', 'Пиа Хяркёнен',
     ('Пиа Хяркёнен', 'Пиа', None, 'Хяркёнен')),
    ('Спикер Сабора Гордан Яндрокович заявил о поддержке.', 'Гордан Яндрокович',
     ('Гордан Яндрокович', 'Гордан', None, 'Яндрокович')),
    ('Депутат Саэймы Янис Озолс покинул фракцию.', 'Янис Озолс', ('Янис Озолс', 'Янис', None, 'Озолс')),
])
def test_person_after_parliament(text, mention, want):
    assert person_at(text, mention) == want


@pytest.mark.parametrize("text, mention", [
    # a listed word in lower case opens no name
    ('Депутаты обсуждали, как устроен ландтаг в соседней земле.', 'ландтаг'),
])
def test_no_parliament(text, mention):
    assert org_name(text, mention) is None
