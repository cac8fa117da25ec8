"""Spanish, Portuguese, Italian and Latin American names as the Russian press declines them
(entities/name_solutions.py, name_italian.py, name_origins.py with the italian rows of
lexicons/name_origin_declension.tsv, name_particle_surnames.py, names_spans_joins.py): real pipeline,
own sentences (names in no gold file)."""
import pytest

from names_cases import person_at

CASES = [
    # a man's second given name that is a woman's declines as hers: Хосе Мария
    ("Орден Изабеллы Католической вручили Хосе Марии Ортису.", "Хосе Марии Ортису", ("Хосе Мария", "Ортис")),
    # a Spanish surname in -нья (ñ) declines; the French -нье stands
    ("Аргентинскому защитнику Маркосу Акунье продлили контракт.", "Маркосу Акунье", ("Маркос", "Акунья")),
    ("Французскому повару Мишелю Гарнье вручили третью звезду.", "Мишелю Гарнье", ("Мишель", "Гарнье")),
    ("Бельгийскому тренеру Томасу Монье продлили контракт.", "Томасу Монье", ("Томас", "Монье")),
    # a Portuguese second given name declines, the surname in -у stands (not a pair of surnames)
    ("Португальские газеты пишут о Жоау Виторе Кардозу.", "Жоау Виторе Кардозу", ("Жоау Витор", "Кардозу")),
    # Italian men's names in -е stand as written, not of Даниэла, Габриэла
    ("Клуб подписал контракт с Даниэле Бонетти.", "Даниэле Бонетти", ("Даниэле", "Бонетти")),
    ("Болельщики освистали Габриэле Кавалли.", "Габриэле Кавалли", ("Габриэле", "Кавалли")),
    # an Italian surname in -а declines: -лле, -оле are of -лла, -ола
    ("Приз вручили Джанни Маццоле.", "Джанни Маццоле", ("Джанни", "Маццола")),
    ("Итальянской пловчихе Серене Мартинелле не хватило секунды.", "Серене Мартинелле", ("Серена", "Мартинелла")),
    # ... and one in -е stands
    ("Интервью с Фабио Пасторе вышло в пятницу.", "Фабио Пасторе", ("Фабио", "Пасторе")),
    # a Portuguese name in -ор declines as a consonant stem (not a -у surname standing)
    ("Бразильскому вингеру Матеусу Жуниору продлили контракт.", "Матеусу Жуниору", ("Матеус", "Жуниор")),
    # a Spanish given name of a particle and a name: "Мария дель Кармен"
    ("Премию вручили Марии дель Пилар Гутьеррес.", "Марии дель Пилар Гутьеррес", ("Мария дель Пилар", "Гутьеррес")),
    # the Portuguese particle душ: the tagger's pieces are one name
    ("Суд арестовал имущество Нуну Мигела душ Рейша.", "Нуну Мигела душ Рейша", ("Нуну Мигел", "душ Рейш")),
    # two given names and two unchanged surnames of a woman: one name
    ("Журналисты взяли интервью у Марии Габриэлы Ортис Мендес.", "Марии Габриэлы Ортис Мендес",
     ("Мария Габриэла", "Ортис Мендес")),
]


@pytest.mark.parametrize("text, mention, parts", CASES)
def test_romance_name_parts(text, mention, parts):
    got = person_at(text, mention)
    assert got is not None and (got[1], got[3]) == parts, got


def test_a_pair_of_surnames_alone_joins_the_full_name():
    import rufacts

    text = ("Кандидат в президенты Колумбии Хуан Мануэль Гальван Ортис выступил в Боготе. "
            "Гальван Ортис пообещал снизить налоги.")
    people = rufacts.extract(text).persons
    assert [(p.first, p.last, len(p.mentions)) for p in people] == [("Хуан Мануэль", "Гальван Ортис", 2)]
