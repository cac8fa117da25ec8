"""A name in apposition to a noun for a person in an oblique case takes the noun's case, also over
the noun's genitive or instrumental dependents and for a participle used as a noun ("заведующему
отделением"); real pipeline, own sentences (no gold file has them). Without it a surname such as
"Корнилова" stays ambiguous (a woman's nominative), and a name after a passive verb ("объявлен
... Карасеву") is read as the verb's inverted subject and left unchanged."""
import pytest
from names_cases import expected_parts, person_parts

# (text, name, first, middle, last)
PERSONS = [
    ("Выговор объявлен заведующему отделением Б.Н. Карасеву.", "Б. Н. Карасев", "Б.", "Н.", "Карасев"),
    ("Благодарность объявлена инженеру цеха Д.И. Соколову.", "Д. И. Соколов", "Д.", "И.", "Соколов"),
    ("Премия вручена главе района В.П. Ершову.", "В. П. Ершов", "В.", "П.", "Ершов"),
    ("Премию дали управляющему филиалом Г.Л. Ильину.", "Г. Л. Ильин", "Г.", "Л.", "Ильин"),
    ("Следователи допросили сержанта Пахомова.", "Пахомов", None, None, "Пахомов"),
    ("Награду получила от лейтенанта Корнилова.", "Корнилов", None, None, "Корнилов"),
    ("Жалоба поступила на водителя автобуса Сорокина.", "Сорокин", None, None, "Сорокин"),
    # ... also over "в" and the place of the post: the genitive of Абрахамин, not a woman's nominative
    ("Кения отозвала своего посла в Каире Тесфайе Абрахамина.", "Тесфайе Абрахамин", "Тесфайе", None, "Абрахамин"),
    ("Эритрея отозвала своего посла в Каире Тесфайе Хайлемариамина.", "Тесфайе Хайлемариамин", "Тесфайе", None,
     "Хайлемариамин"),
    # (a noun for a person in the nominative may own a genitive: no hint)
    ("Помощник Путина заявил об этом.", "Путин", None, None, "Путин"),
]


@pytest.mark.parametrize(("text", "name", "first", "middle", "last"), PERSONS, ids=[p[1] for p in PERSONS])
def test_oblique_apposition(text, name, first, middle, last):
    assert person_parts(text) == expected_parts(name, first, middle, last)
