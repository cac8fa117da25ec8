"""A second stress set of foreign person names in every case (issue 12, round 29), beside
stress_foreign_names.py: origins and endings that set lacks, first names and surnames listed by
hand below (pairs drawn at random, not real people), forms made by the same rules of Russian
declension (stress_foreign_names.decline) and put in the same frames. Romanian men's surnames in
-е/-эску/-у and first names in -а/-е (Мирча, Николае); Finnish and Estonian men's first names in
-а/-о (Пекка, Тойво) with consonant-final surnames (two in -а: Ханнула); Arabic and Persian surnames in -и; Bantu
surnames in -у/-е (never declined) and in -а (declined: Зума, Зумы); Indian surnames in -ал/-ан/-ур
and -а (Бансал, Бансала; Шарма, Шармы). Not gold and kept out of tests/gold: a measuring aid, so
that no rule is tuned to it.

usage: stress_foreign_names2.py make OUT.jsonl          (rows in the names gold format)
       stress_foreign_names2.py score OUT.jsonl [-v]    (exact accuracy per origin x case x gender)
"""
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import stress_foreign_names as sf  # noqa: E402

NAMES = {  # (origin, gender): (first names, surnames)
    ("romanian", "masc"): ("Мирча Николае Василе Георге Думитру Раду Ливиу Михай Траян Кэлин Драгош Сорин "
                           "Ионуц Флорин Петру Марчел Адриан",
                           "Попеску Ионеску Бэсеску Илиеску Петреску Константинеску Нэстасе Тудосе Добре "
                           "Элиаде Чолаку Тэрычану Кымпяну Гриндяну Кыцу Муту Киву Чобану Лупу Канду Кику "
                           "Предою Понта Дрэгня Друла Барна Чолош Орбан Симион Боложан Тоадер Столожан"),
    ("romanian", "femn"): ("Виорика Мая Симона Габриэла Корина Ралука Моника Кодрина Рамона",
                           "Дэнчилэ Санду Крецу Халеп Ласкони Макови Фиря Попеску Андронеску Гаврилицэ"),
    ("finnish2", "masc"): ("Пекка Юкка Юха Мика Илкка Эса Тойво Тимо Микко Ристо Сеппо Туомо Пааво Урхо "
                           "Эско Эйно Ханно Тармо Вейкко Ярмо",
                           "Ярвинен Хяккинен Ряйккёнен Кекконен Виртанен Лехтинен Корхонен Мякинен Салонен "
                           "Хейнонен Кескинен Лааксонен Хаккарайнен Лайтинен Певкур Клаар Лаар Ансип Ильвес "
                           "Ратас Михкельсон Ханнула Саарела"),
    ("finnish2", "femn"): ("Санна Элина Риикка Ханна Кая Керсти Марина Сари Пирьо",
                           "Марин Валтонен Пурра Каллас Кальюлайд Кальюранд Сарккинен Ранне Хейнонен"),
    ("persian", "masc"): ("Хасан Али Мохаммад Махмуд Реза Джавад Мехди Хамид Саид Мустафа Ахмад Юсеф Камаль "
                          "Хусейн Карим Амир Аббас Масуд",
                          "Роухани Хаменеи Раиси Аракчи Ширази Тахери Джафари Хатами Ларджани Хаддади "
                          "Мусави Рафсанджани Салехи Кадими Халили Хашеми Замани Багери Мирзаи Азизи "
                          "Ансари Хосейни Казми Бархуми"),
    ("persian", "femn"): ("Марьям Лейла Фатима Захра Масуме Шахла Нилуфар Зейнаб Наргес",
                          "Мирзаи Эбтекар Ансари Тахери Джафари Хосейни Мусави Хашеми Азизи"),
    ("bantu", "masc"): ("Фикиле Сирил Джейкоб Эммерсон Джулиус Гведе Мондли Сифисо Тандо Бхеки Зизи "
                        "Лунга Сибусисо Мусалия Ухуру Хакаинде Тулани Сбу Мдуду",
                        "Ндлову Мтембу Мчуну Бхенгу Шабангу Зулу Нгубану Мкхизе Мугабе Кагаме Мбете "
                        "Мотланте Манташе Магашуле Гунгубеле Машатиле Хлонгване Мабуза Мбалула Зума "
                        "Рамафоса Мнангагва Каунда Нкурунзиза Мутарика"),
    ("bantu", "femn"): ("Линдиве Номвула Наледи Тандека Нкосазана Ангелина Тули Зодва Бонгиве",
                        "Сисулу Моконьяне Пандор Мотшекга Нтули Ндлову Мтембу Мкхизе Мабуза Мчуну"),
    ("indian", "masc"): ("Нарендра Рахул Амит Раджнатх Пиюш Нитин Санджай Арвинд Манмохан Шаши Мукеш "
                         "Ратан Гаутам Сунил Вират Анураг Прадип Джитендра",
                         "Бансал Агарвал Миттал Джиндал Сибал Гоял Чаухан Ситхараман Раджан Кишан "
                         "Тхакур Капур Тхарур Шарма Гупта Мехта Кханна Кумар Сингх Пател Бхатт Джайшанкар"),
    ("indian", "femn"): ("Нирмала Смрити Сония Приянка Индира Сушма Мамата Киран Анджали",
                         "Ситхараман Бансал Агарвал Шарма Гупта Капур Миттал Чаухан Тхакур"),
}
ORIGINS = ("romanian", "finnish2", "persian", "bantu", "indian")


def make(out, per_cell=8, seed=29):
    rnd = random.Random(seed)
    rows = []
    for origin in ORIGINS:
        for gender in ("masc", "femn"):
            firsts, lasts = (s.split() for s in NAMES[(origin, gender)])
            pairs = [(rnd.choice(firsts), last) for last in lasts]
            rnd.shuffle(pairs)
            for case in sf.CASES:
                for i, (first, last) in enumerate(pairs[:per_cell]):
                    frame = sf.FRAMES[case][i % len(sf.FRAMES[case])]
                    rows.append(sf.row(first, last, case, gender, frame, f"stress29-{origin}", origin))
                # rotate so that each case sees other pairs too
                pairs = pairs[per_cell // 2:] + pairs[:per_cell // 2]
    sf.write(out, rows)


if __name__ == "__main__":
    sf.main(make, ORIGINS)
