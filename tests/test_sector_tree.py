"""Sector counts read from the dependency parse (rufacts_syntax + grammars/sector_tree.py)
and their ОКВЭД 2 codes (grammars/okved.py), through the real pipeline.

Each family of the tree rules gets sentences the surface grammar does not read (``via``
names the rule that found the count); the negatives are phrasings that must give nothing.
The sentences are not in the gold files.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

GOLD = Path(__file__).resolve().parent / "gold"


def found(nlp, text: str) -> list[tuple]:
    doc = nlp(text)
    return [(v.count, v.object, v.sector, v.total, v.via)
            for v in (s._.rufacts_sector_count for s in doc.spans["sector_counts"])]


def values(nlp, text: str) -> list:
    doc = nlp(text)
    return [s._.rufacts_sector_count for s in doc.spans["sector_counts"]]


TREE = {
    # the sector said by the predicate (the counted noun, or a bare number, its subject)
    "predicate": [
        ("Производством мебели в районе занимаются 12 фирм.",
         (12, "фирма", "производство мебели", None)),
        ("Электронику в регионе выпускают 14 предприятий.",
         (14, "предприятие", "электроника", None)),
        ("Из 40 резидентов парка 15 относятся к сфере информационных технологий.",
         (15, "резидент", "информационные технологии", 40)),
        ("Три компании-резидента нового технопарка в Томске производят медицинское оборудование.",
         (3, "компания", "медицинское оборудование", None)),
    ],
    # "<adjective> профиля"
    "profile": [
        ("В бизнес-инкубаторе работают 11 компаний IT-профиля.", (11, "компания", "IT", None)),
    ],
    # a genitive after a counted noun beyond firms (shops)
    "genitive": [
        ("В районе открылись 4 магазина строительных материалов.",
         (4, "магазин", "строительные материалы", None)),
    ],
    # a participle whose object is an activity noun: the field after it is the sector
    "clause": [
        ("Льготы получат 5 стартапов, которые уже несколько лет занимаются исследованиями "
         "в сфере биотехнологий.",
         (5, "стартап", "биотехнологии", None)),
    ],
    # a sector phrase holding the counted noun ("объединяет", "включает")
    "subject": [
        ("Нефтехимический комплекс республики объединяет 45 предприятий.",
         (45, "предприятие", "нефтехимический комплекс", None)),
    ],
    # (a fused prefix, "сельхозпредприятий", is read by the grammar now: see
    # test_sector_lists_wholes_and_fused_prefixes)
}


@pytest.mark.parametrize("family,sentence,expected",
                         [(f, s, e) for f, rows in TREE.items() for s, e in rows])
def test_sector_tree_families(nlp, family, sentence, expected):
    assert found(nlp, sentence) == [expected + (family,)]


@pytest.mark.parametrize("sentence,expected", [
    # participle and relative clauses, partitive "из которых", "среди N участников"
    ("В регионе работают 9 заводов, которые выпускают удобрения.",
     (9, "завод", "удобрения", None)),
    ("Льготы получат 6 компаний, разрабатывающих навигационное оборудование.",
     (6, "компания", "навигационное оборудование", None)),
    ("В парке 30 резидентов, из которых 12 производят электронику.",
     (12, "резидент", "электроника", 30)),
    ("Среди 20 участников акселератора 7 работают в сфере робототехники.",
     (7, "участник", "робототехника", 20)),
    # what the product is for stays in the sector ("для ...")
    ("Пять компаний выпускают корма для животных, а три — удобрения.",
     (5, "компания", "корма для животных", None)),
    # a region closing the phrase is no part of the sector
    ("Продукцию на экспорт отправляют 11 предприятий лесной отрасли области.",
     (11, "предприятие", "лесная отрасль", None)),
    # counted objects beyond firms: suppliers, projects
    ("Минпромторг включил в реестр 8 поставщиков медицинских изделий.",
     (8, "поставщик", "медицинские изделия", None)),
    ("Заявки подали 16 проектов по переработке отходов.",
     (16, "проект", "переработка отходов", None)),
])
def test_sector_counts_clauses_wholes_and_objects(nlp, sentence, expected):
    assert [f[:4] for f in found(nlp, sentence)][:1] == [expected]


@pytest.mark.parametrize("sentence,expected", [
    # a number in two words is one count
    ("Сорок семь компаний области занимаются производством удобрений.",
     (47, "компания", "производство удобрений", None)),
    # the parser takes a qualifier ("более", "около") for the subject
    ("В Бурятии туризмом занимаются более 300 фирм.", (300, "фирма", "туризм", None)),
    # an instrumental sector first, parsed as a second subject
    ("Деревообработкой в районе занимаются девять предприятий.",
     (9, "предприятие", "деревообработка", None)),
    # an adjectival predicate ("заняты")
    ("Выращиванием овощей в районе заняты 14 хозяйств.",
     (14, "хозяйство", "выращивание овощей", None)),
    # a lowercase word the parser calls a name
    ("Около 30 стартапов региона занимаются медтехом.", (30, "стартап", "медтех", None)),
])
def test_sector_tree_predicate_misparses(nlp, sentence, expected):
    assert [f[:4] for f in found(nlp, sentence)] == [expected]


@pytest.mark.parametrize("sentence,expected", [
    # a region with its adjective closing the sector phrase
    ("Субсидии получили 15 предприятий пищевой промышленности Тверской области.",
     (15, "предприятие", "пищевая промышленность", None)),
    # the region's noun is a stopword: its adjective must not stay behind
    ("В Сочи работают 40 предприятий гостиничного бизнеса Краснодарского края.",
     (40, "предприятие", "гостиничный бизнес", None)),
    # an owner among the counted nouns ("местных производителей")
    ("В районе открылись 6 магазинов молочной продукции местных фермеров и производителей.",
     (6, "магазин", "молочная продукция", None)),
])
def test_sector_phrase_leaves_out_place_and_owner(nlp, sentence, expected):
    assert [f[:4] for f in found(nlp, sentence)] == [expected]


@pytest.mark.parametrize("sentence,expected", [
    # "<sector adjective> <field noun>": the phrase is the sector, except after сфера/область
    ("В нефтегазовом секторе работают 30 компаний.",
     (30, "компания", "нефтегазовый сектор", None)),
    ("Девять фирм, работающих в гостиничном сегменте, получили льготы.",
     (9, "фирма", "гостиничный сегмент", None)),
    ("В строительной сфере заняты 120 организаций.", (120, "организация", "строительство", None)),
    # the counted noun's own adjective wins over the clause that says what they make
    ("В области действуют 8 молочных заводов, выпускающих сыры и масло.",
     (8, "завод", "молочная промышленность", None)),
    # adjectives and nouns by their ending ("*обрабатывающий", "*строение", "...обработка")
    ("В Туле работают 11 металлообрабатывающих предприятий.",
     (11, "предприятие", "металлообработка", None)),
    ("В Твери действуют три вагоностроительных завода.", (3, "завод", "вагоностроение", None)),
    ("Шесть компаний работают в деревообработке.", (6, "компания", "деревообработка", None)),
    ("В Сургуте работают 15 нефтедобывающих компаний.", (15, "компания", "нефтедобыча", None)),
])
def test_sector_fields_adjectives_and_endings(nlp, sentence, expected):
    assert [f[:4] for f in found(nlp, sentence)] == [expected]


@pytest.mark.parametrize("sentence,expected", [
    # elided nouns in a list after "N <noun>:", each "<count> в <sector>"
    ("В ОЭЗ 30 резидентов: 12 в машиностроении, 10 в логистике и 8 в химической промышленности.",
     [(12, "резидент", "машиностроение", 30), (10, "резидент", "логистика", 30),
      (8, "резидент", "химическая промышленность", 30)]),
    # "N из M <noun> <owner> — <adjective> <noun>"
    ("Три из девяти участников кластера — строительные компании.",
     [(3, "компания", "строительство", 9)]),
    ("Четыре из десяти резидентов парка — производители мебели.",
     [(4, "производитель", "мебель", 10)]),
    # a sector prefix fused with the counted noun
    ("В Крыму работают 150 турфирм.", [(150, "фирма", "туризм", None)]),
    ("Лицензии получили 9 стройкомпаний.", [(9, "компания", "строительство", None)]),
    # counted nouns beyond firms: contractors, carriers, clinics
    ("Грузоперевозками в области занимаются 40 перевозчиков.",
     [(40, "перевозчик", "грузоперевозки", None)]),
    ("В городе работают 5 клиник, которые специализируются на офтальмологии.",
     [(5, "клиника", "офтальмология", None)]),
])
def test_sector_lists_wholes_and_fused_prefixes(nlp, sentence, expected):
    assert [f[:4] for f in found(nlp, sentence)] == expected


@pytest.mark.parametrize("sentence", [
    "Министерство сообщило о 12 новых инвестиционных проектах.",  # a kind of project
    "Контракты получили 7 подрядчиков.",                          # no sector
    "В Белгородской области работают 8 холдингов.",               # the noun is a kind
    # (w87: "8 агрохолдингов" alone splits to холдинг, сельское хозяйство by
    # docs/gold-conventions.md "object", one-word compounds; held9 gold b9l-038)
])
def test_kinds_are_no_sectors(nlp, sentence):
    assert found(nlp, sentence) == []


@pytest.mark.parametrize("sentence,expected", [
    # "<count> — <noun> <sector genitive>" after a whole
    ("Из 50 резидентов парка 12 — предприятия пищевой промышленности.",
     [(12, "предприятие", "пищевая промышленность", 50)]),
    # "из них" after a count of exporters
    ("Поддержку получили 40 экспортёров, из них 9 — производители мебели.",
     [(9, "производитель", "мебель", 40)]),
    # adjectives of industries, and "*водческий" -> "*водство"
    ("В районе работают 16 птицеводческих хозяйств.",
     [(16, "хозяйство", "птицеводство", None)]),
    ("В области действуют три цементных завода.",
     [(3, "завод", "цементная промышленность", None)]),
])
def test_named_counts_and_industry_adjectives(nlp, sentence, expected):
    assert [f[:4] for f in found(nlp, sentence)] == expected


@pytest.mark.parametrize("sentence,expected", [
    # the count last, after the counted noun and its sector
    ("Предприятий лёгкой промышленности в области — 25.",
     [(25, "предприятие", "лёгкая промышленность", None)]),
    ("Производителей сыра в регионе — около 30.", [(30, "производитель", "сыр", None)]),
    ("Стартапов, работающих в сфере биотехнологий, в технопарке уже 18.",
     [(18, "стартап", "биотехнологии", None)]),
    ("Компаний в сфере туризма в городе — 300.", [(300, "компания", "туризм", None)]),
    ("Фабрик по производству обуви в области — 9.",
     [(9, "фабрика", "производство обуви", None)]),
])
def test_count_last(nlp, sentence, expected):
    assert [f[:4] for f in found(nlp, sentence)] == expected


@pytest.mark.parametrize("sentence,expected", [
    # "строить": what is built is the sector only where it is a sector noun ("жильё"); a
    # project ("мост", "школы") or a facility ("заводы", "склады") is none
    ("В области жильё строят 45 компаний.", [(45, "компания", "жильё", None)]),
    ("Мост через реку строят 2 компании.", []),
    ("Три резидента строят склады по хранению зерна.", []),
    # a part with its own noun after a dash needs no sibling before it
    ("Треть резидентов работает в IT, ещё 6 компаний — в логистике.",
     [(6, "компания", "логистика", None)]),
])
def test_built_things_and_dashed_parts(nlp, sentence, expected):
    assert [f[:4] for f in found(nlp, sentence)] == expected


@pytest.mark.parametrize("sentence,expected", [
    # "в числе N" is a whole like "среди N"
    ("В числе 40 участников выставки 15 компаний работают в сфере робототехники.",
     [(15, "компания", "робототехника", 40)]),
    # "чья деятельность связана с", "деятельность которых связана с"
    ("Льготы получат 7 компаний, чья деятельность связана с туризмом.",
     [(7, "компания", "туризм", None)]),
    ("В парке 11 резидентов, деятельность которых связана с логистикой.",
     [(11, "резидент", "логистика", None)]),
])
def test_in_number_of_and_related_activity(nlp, sentence, expected):
    assert [f[:4] for f in found(nlp, sentence)] == expected


def test_count_last_needs_a_sector(nlp):
    assert found(nlp, "Компаний в регионе — 500.") == []


def test_an_adjective_alone_is_no_sector(nlp):
    # "перерабатывающие" names no sector without its noun
    facts = found(nlp, "В районе 30 предприятий АПК, 12 из них — перерабатывающие.")
    assert all(f[2] != "перерабатывающие" for f in facts)


def test_a_place_alone_is_no_sector(nlp):
    assert found(nlp, "Губернатор наградил руководителей пяти заводов области.") == []


@pytest.mark.parametrize("sentence", [
    "На заводе работают 300 сотрудников.",             # a headcount
    "Половина компаний работает в сфере IT.",          # a share, no number
    "В городе прошли 15 выставок.",                    # events
    "В корпусе № 5 работают компании IT-профиля.",     # a number that is a name
    "Губернатор посетил 3 предприятия в Воронежской области.",  # a place is no sector
    "В парке 4 компании занимаются разработками.",     # an activity noun alone
    "На 3 заводах холдинга внедрили роботов.",         # an owner is no sector
    "Депутаты одобрили 3 законопроекта в сфере ЖКХ.",  # "законопроект" is no "проект"
    "Технопарк объединяет 35 компаний.",               # a holder that is no sector
    # what the firms adopt or install is no industry of theirs (sector_cues.tsv not_verb)
    "На пяти предприятиях установили новые станки.",
    "Промышленных роботов применяют уже 7 заводов области.",
])
def test_sector_tree_negatives(nlp, sentence):
    assert found(nlp, sentence) == []


def test_syntax_parses_only_candidate_sentences(nlp):
    doc = nlp("Погода была хорошей. В парке работают 12 компаний, которые выпускают мебель.")
    first, second = list(doc.sents)
    assert all(t.dep_ == "" for t in first)
    assert all(t.dep_ for t in second)
    companies = next(t for t in second if t.text == "компаний")
    assert companies.head.text == "работают" and companies.dep_ == "nsubj"


@pytest.mark.parametrize("sentence,codes", [
    ("В Калуге работают 5 фармацевтических заводов.", ["21"]),
    ("В регионе действуют 12 предприятий по производству строительных материалов.", ["23"]),
    ("В технопарке 7 IT-компаний.", ["62", "63"]),
    ("В парке работают 4 предприятия лёгкой промышленности.", ["13", "14", "15"]),
    ("Соглашение подписали 3 строительные компании.", ["F"]),             # a section
    ("В городе работают 6 высокотехнологичных компаний.", []),            # nothing fits
    # words joined by "и" share their dependent: "заготовка древесины", "переработка древесины"
    ("В районе 8 предприятий занимаются заготовкой и переработкой древесины.", ["02", "16"]),
    # trade: the goods traded add no production codes
    ("В городе 20 компаний занимаются оптовой торговлей мебелью.", ["46"]),
    # the head noun leads: an adjective with other codes adds none, a modifier inside the
    # head's codes narrows them, goods after a service noun add none
    ("В регионе 14 хозяйств занимаются молочным животноводством.", ["01"]),
    ("В технопарке 6 компаний выпускают пластиковую упаковку.", ["22"]),
    ("Поставками медицинского оборудования занимаются 9 компаний.", ["46"]),
    # a word between the synonym's words ("строительство жилья")
    ("Строительством доступного жилья занимаются 12 компаний.", ["41"]),
    # making keeps goods codes only: "медицинский" (86) is no making; masks are 32
    ("В области 7 предприятий занимаются производством медицинских масок.", ["32"]),
    # short forms
    ("Из 30 резидентов 4 работают в сфере ЖКХ.", []),  # w128: umbrella, gold []
    ("В районе 11 предприятий оборонно-промышленного комплекса.", ["25", "26", "30"]),
])
def test_sector_counts_okved_codes(nlp, sentence, codes):
    doc = nlp(sentence)
    (span,) = doc.spans["sector_counts"]
    okved = span._.rufacts_sector_count.okved
    assert [o.code for o in okved] == codes
    assert all(o.name and o.section for o in okved)


def test_okved_lexicon_has_every_section_and_division():
    from rufacts.grammars.okved import classifier

    table = classifier()
    sections = [c for c in table if c.isalpha()]
    divisions = [c for c in table if c.isdigit()]
    assert sections == list("ABCDEFGHIJKLMNOPQRSTU")
    assert len(divisions) == 88 and divisions[0] == "01" and divisions[-1] == "99"
    assert table["26"].name == "Производство компьютеров, электронных и оптических изделий"
    assert all(table[d].section in sections for d in divisions)


def test_sector_okved_on_gold(nlp):
    """ОКВЭД codes right for >= 0.90 of the counts matched on the news gold."""
    from rufacts.evaluation.sectors import okved_agreement

    gold = [json.loads(line) for line in
            (GOLD / "sectors-news.jsonl").read_text(encoding="utf-8").splitlines()]
    predicted = {g["id"]: values(nlp, g["text"]) for g in gold}
    agreement = okved_agreement(gold, predicted)
    assert agreement["matched"] >= 60 and agreement["share"] >= 0.9


def test_sector_counts_news_gold_f1(nlp):
    """The news gold (written before the tree rules): exact F1 measured 0.91 after them
    (0.77 with the surface grammar alone); the margin lets one or two facts change."""
    from rufacts.evaluation.sectors import score_sector_counts

    gold = [json.loads(line) for line in
            (GOLD / "sectors-news.jsonl").read_text(encoding="utf-8").splitlines()]
    predicted = {g["id"]: values(nlp, g["text"]) for g in gold}
    exact = score_sector_counts(gold, predicted)["exact"]
    assert exact["f1"] >= 0.87 and exact["precision"] >= 0.88


def test_sector_counts_news2_gold(nlp):
    """The second news file (varied syntax, written before the rules it drove): first pass
    F1 0.687, measured 0.974 (P 1.0) after them, ОКВЭД codes right for all matched counts;
    the margin lets a few facts change."""
    from rufacts.evaluation.sectors import score_sector_counts

    gold = [json.loads(line) for line in
            (GOLD / "sectors-news-2.jsonl").read_text(encoding="utf-8").splitlines()]
    predicted = {g["id"]: values(nlp, g["text"]) for g in gold}
    scores = score_sector_counts(gold, predicted)
    assert scores["exact"]["f1"] >= 0.93 and scores["exact"]["precision"] >= 0.95
    assert scores["okved"]["share"] >= 0.9


@pytest.mark.parametrize("sentence,expected", [
    # the activity first, in the instrumental: an adjective or a genitive makes it a sector
    ("Медицинской деятельностью в Чувашии занимаются около 300 организаций.",
     [(300, "организация", "медицинская деятельность", None)]),
    ("Разработкой компьютерных игр в Казани заняты свыше 40 компаний.",
     [(40, "компания", "разработка компьютерных игр", None)]),
    # thousands: "3,2 тыс." (the parser takes "тыс" for the subject)
    ("Оптовой торговлей в области занимаются 3,2 тыс. предприятий.",
     [(3200, "предприятие", "оптовая торговля", None)]),
    # the elided noun after a total, and the item after a dash
    ("Всего в ОЭЗ 40 резидентов: фармацевтикой занимаются 12, логистикой — 7.",
     [(12, "резидент", "фармацевтика", 40), (7, "резидент", "логистика", 40)]),
    ("В пищевой промышленности заняты 60 предприятий, в лёгкой промышленности — 15.",
     [(60, "предприятие", "пищевая промышленность", None),
      (15, "предприятие", "лёгкая промышленность", None)]),
    ("В сфере туризма — 80 компаний, в гостиничном бизнесе — 35.",
     [(80, "компания", "туризм", None), (35, "компания", "гостиничный бизнес", None)]),
    # "на долю X приходится N <noun> из M"; a whole after the noun
    ("На долю химической промышленности приходится 14 резидентов из 52.",
     [(14, "резидент", "химическая промышленность", 52)]),
    # a genitive sector head of everyday speech; collective numerals
    ("В Самаре действуют 900 организаций общепита.", [(900, "организация", "общепит", None)]),
    ("В городе действуют 340 предприятий торговли и общепита.",
     [(340, "предприятие", "торговля и общепит", None)]),
    ("Двое из семи участников проекта работают в IT-отрасли.",
     [(2, "участник", "IT", 7)]),
    # the parser's oblique genitive after a scale is the subject; an adjective as object
    ("Около 1,2 тыс. компаний Петербурга занимаются IT-аутсорсингом.",
     [(1200, "компания", "IT-аутсорсинг", None)]),
    ("Из 14 фермерских хозяйств района пять выращивают зерновые.",
     [(5, "хозяйство", "зерновые", 14)]),
    ("В сфере торговли — 450 предприятий, в сфере услуг — 300.",
     [(450, "предприятие", "торговля", None), (300, "предприятие", "услуги", None)]),
    # the parser hangs the bare part on the verb as a nummod; "тыс." before adjectives
    ("12 из 40 резидентов ОЭЗ «Алабуга» производят автокомпоненты.",
     [(12, "резидент", "автокомпоненты", 40)]),
    ("Растениеводством в области занимаются свыше 1,3 тыс. фермерских хозяйств.",
     [(1300, "хозяйство", "растениеводство", None)]),
    # an adjective after the comma takes the head noun of the verb's sector
    ("В пищевой промышленности работают 40 компаний, в лёгкой — 12.",
     [(40, "компания", "пищевая промышленность", None),
      (12, "компания", "лёгкая промышленность", None)]),
    # "из них" names the counted noun of the sentence before
    ("В районе 40 предприятий. Из них сельским хозяйством занимаются 12, торговлей — 8.",
     [(12, "предприятие", "сельское хозяйство", 40), (8, "предприятие", "торговля", 40)]),
    # normal form: "промыслом" is промысел (pymorphy also reads промысл)
    ("Рыбным промыслом на Сахалине занимаются 9 колхозов.",
     [(9, "колхоз", "рыбный промысел", None)]),
])
def test_activity_first_elided_lists_and_shares(nlp, sentence, expected):
    assert [f[:4] for f in found(nlp, sentence)] == expected


@pytest.mark.parametrize("sentence", [
    "На долю малого бизнеса приходится 40 предприятий.",     # a size, no sector head
    "Всего в классе 30 учеников; спортом занимаются 12, музыкой — 8.",  # people
    "Трое рабочих заняты в строительстве.",                  # a headcount
    "Организацией праздника занимались 15 волонтёров.",      # no counted object
    "В секции занимаются спортом 200 человек.",
    "12 компаний работают в Москве, в Казани — 5.",          # places, no sector
    "Пять компаний выпускают новые.",                        # an adjective, no industry
    "Из 40 заявок 12 одобрили.",                             # no counted object
    # "из них" reaches only the sentence right before
    "В районе 40 предприятий. Мы поговорили с ними. Из них сельским хозяйством занимаются 12.",
])
def test_activity_first_and_lists_negatives(nlp, sentence):
    assert found(nlp, sentence) == []


def test_a_bare_number_takes_no_sector_of_another_item(nlp):
    # "ремонтом дворов — 2" (misparsed as an apposition) is no "ремонт дорог"
    facts = found(nlp, "Ремонтом дорог в городе занимаются 4 компании, ремонтом дворов — 2.")
    assert (2, "компания", "ремонт дорог", None) not in [f[:4] for f in facts]


def test_an_elided_head_needs_an_industry_adjective(nlp):
    facts = found(nlp, "Пищевой промышленностью заняты 86 предприятий, новых — 14.")
    assert all(f[0] != 14 for f in facts)


@pytest.mark.parametrize("sentence,expected", [
    # what is built, when it heads a sector, is the sector (over the noun's adjective)
    ("Жильё в области строят 40 строительных организаций.",
     [(40, "организация", "жильё", None, "built")]),
    ("40 строительных компаний строят жильё в области.",
     [(40, "компания", "жильё", None, "built")]),
    # the predicate over a fused prefix ("сельхоз-"), when the verb says the activity;
    # the compound then stays whole (docs/gold-conventions.md); the content "в X" after the
    # activity's genitive stays in the sector (sectors-news-blind-4 b4-027, w78)
    ("Выращиванием овощей в закрытом грунте занимаются 7 сельхозпредприятий области.",
     [(7, "сельхозпредприятие", "выращивание овощей в закрытом грунте", None, "predicate")]),
    ("Господдержку получили 9 сельхозпредприятий района.",
     [(9, "предприятие", "сельское хозяйство", None, "grammar")]),
    ("Производством мяса птицы в области занимаются пять птицефабрик.",
     [(5, "птицефабрика", "производство мяса птицы", None, "predicate")]),
    # a bridge is no sector: the adjective stays
    ("Мост через реку строят две строительные компании.",
     [(2, "компания", "строительство", None, "grammar")]),
])
def test_built_sector_over_adjective(nlp, sentence, expected):
    assert found(nlp, sentence) == expected


def test_sector_counts_news3_gold(nlp):
    """The third news file (the families a blind set missed, written before the rules it
    drove): first pass F1 0.600, measured 0.970 (P 0.97) after them; the margin lets a
    few facts change."""
    from rufacts.evaluation.sectors import score_sector_counts

    gold = [json.loads(line) for line in
            (GOLD / "sectors-news-3.jsonl").read_text(encoding="utf-8").splitlines()]
    predicted = {g["id"]: values(nlp, g["text"]) for g in gold}
    scores = score_sector_counts(gold, predicted)
    assert scores["exact"]["f1"] >= 0.93 and scores["exact"]["precision"] >= 0.95
    assert scores["okved"]["share"] >= 0.9



def test_sector_counts_second_blind_gold(nlp):
    """tests/gold/sectors-news-blind-2.jsonl (92 sentences written by someone who never saw the
    rules): first (blind) score F1 0.844, P 0.964; 0.950 after the families it showed."""
    from rufacts.evaluation.sectors import score_sector_counts

    gold = [json.loads(line) for line in
            (GOLD / "sectors-news-blind-2.jsonl").read_text(encoding="utf-8").splitlines()]
    predicted = {g["id"]: values(nlp, g["text"]) for g in gold}
    scores = score_sector_counts(gold, predicted)
    assert scores["exact"]["f1"] >= 0.9 and scores["exact"]["precision"] >= 0.95

@pytest.mark.parametrize("sentence,count,qualifier", [
    ("В Новосибирске работают около 400 IT-компаний.", 400, "approx"),
    ("Свыше двадцати предприятий работают в сфере логистики.", 20, "more_than"),
    ("В парке 5 фармацевтических компаний.", 5, None),
])
def test_sector_counts_keep_their_qualifier(pipeline, validate_record, sentence, count,
                                            qualifier):
    article = pipeline.extract(sentence)
    (fact,) = article.sector_counts
    assert (fact.count, fact.qualifier) == (count, qualifier)
    validate_record(article.as_json())
