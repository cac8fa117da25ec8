"""Sector-count families of the third session of issue 11, through the real pipeline
(``rufacts.load()``): partitive "из них" anywhere in the clause, the activity hung
elsewhere by the parser, elided items after a dash, the verb's object as the sector,
counts with a scale noun ("два десятка"), sector adjectives of the counted noun, and
the ОКВЭД codes they get. The sentences are not in the gold files; the negatives are
phrasings that must give nothing.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

GOLD = Path(__file__).resolve().parent / "gold"


def found(nlp, text: str) -> list[tuple]:
    doc = nlp(text)
    return [(v.count, v.object, v.sector, v.total, [c.code for c in v.okved])
            for v in (s._.rufacts_sector_count for s in doc.spans["sector_counts"])]


POSITIVES = [
    # "из них" under the activity, not under the verb or its subject
    ("В бизнес-инкубаторе зарегистрированы 46 стартапов, разработкой мобильных приложений "
     "из них заняты 19.", (19, "стартап", "разработка мобильных приложений", 46, ["62"])),
    ("На территории ОЭЗ работают 27 резидентов, химическим производством из них "
     "занимаются шесть.", (6, "резидент", "химическое производство", 27, ["20"])),
    # the activity first, hung by the parser on its own
    ("Рыбоводством в Карелии занято более 60 предприятий.",
     (60, "предприятие", "рыбоводство", None, ["03"])),
    ("Пчеловодством в районе занимаются около 120 хозяйств.",
     (120, "хозяйство", "пчеловодство", None, ["01"])),
    # a cycle in the parse ("хозяйств" <-> "района"): the marker root is the verb
    ("Растениеводством заняты около 300 хозяйств района.",
     (300, "хозяйство", "растениеводство", None, ["01"])),
    ("Из 15 резидентов бизнес-инкубатора пятеро занимаются разработкой игр.",
     (5, "резидент", "разработка игр", 15, ["62"])),
    # the elided item after a dash, with an instrumental activity or its adjective
    ("Выпуском кабеля заняты 9 заводов, а ещё 4 — производством трансформаторов.",
     (4, "завод", "производство трансформаторов", None, ["27"])),
    ("Ремонтом автомобилей занимаются 80 компаний, ещё 25 — продажей запчастей.",
     (25, "компания", "продажа запчастей", None, ["G"])),
    # ... or a "в <field>" phrase after the counted noun's own field phrase
    ("В конкурсе победили 11 проектов в области экологии и 9 — в сфере образования.",
     (9, "проект", "образование", None, ["85"])),
    # "ещё N" with a verb of its own counts the noun counted before it
    ("Мебель выпускают 15 фабрик, ещё 6 производят фурнитуру.",
     (6, "фабрика", "фурнитура", None, [])),
    # razdel cuts after "тыс." before a Latin word: the sentence is joined again
    ("В Москве работают 4 тыс. IT-компаний.", (4000, "компания", "IT", None, ["62", "63"])),
    # the verb's object is the sector: verbs of making, extracting, growing, building
    ("Кирпич в республике выпускают семь заводов.", (7, "завод", "кирпич", None, ["23"])),
    ("Торф в области добывают четыре компании.", (4, "компания", "торф", None, ["08"])),
    ("Автобусы в регионе собирают два завода.", (2, "завод", "автобусы", None, ["29"])),
    ("Мосты и путепроводы в городе строят 4 компании.",
     (4, "компания", "мосты и путепроводы", None, ["42"])),
    ("Жилые комплексы возводят 12 девелоперов региона.",
     (12, "девелопер", "жилые комплексы", None, ["41"])),
    # counts with a scale noun
    ("Полтора десятка IT-стартапов получили гранты.", (15, "стартап", "IT", None, ["62", "63"])),
    ("Около десятка нефтесервисных компаний подали заявки.",
     (10, "компания", "нефтесервис", None, ["09"])),
    ("В программу вошли десяток машиностроительных предприятий.",
     (10, "предприятие", "машиностроение", None, ["28"])),
    # sector adjectives of the counted noun
    ("Свою продукцию на ярмарке представили 14 керамических заводов.",
     (14, "завод", "керамическая промышленность", None, ["23"])),
]


@pytest.mark.parametrize("sentence,expected", POSITIVES)
def test_sector_family_positives(nlp, sentence, expected):
    assert expected in found(nlp, sentence)


NEGATIVES = [
    "Несколько десятков IT-компаний переехали в технопарк.",   # no number
    "Сотни фермерских хозяйств пострадали от засухи.",          # "hundreds", not 100
    "Десятки строительных компаний ушли с рынка.",
    "Дорогу в аэропорт строят два подрядчика.",                 # one project
    "Новый жилой комплекс возводят три застройщика.",
    "Мост через реку строят 2 компании.",
    "Стройку ведут 3 подрядные организации.",
    "12 компаний собирают заявки на участие.",                  # no industry
    "В районе 5 предприятий собирают урожай.",
    "Всего в технопарке работают 40 компаний, в 2020 году — 15.",
    "Из 30 компаний треть занимается логистикой.",
    "В районе 20 компаний занимаются торговлей, ещё 12 подали заявки на гранты.",
    "В городе открылись 12 магазинов в центре и 8 — в новых районах.",
    "На заводах отрасли работают около 5 тысяч человек.",
]


@pytest.mark.parametrize("sentence", NEGATIVES)
def test_sector_family_negatives(nlp, sentence):
    values = found(nlp, sentence)
    assert all(v[0] not in (2, 3, 5, 8, 12, 15, 100) for v in values), values


@pytest.mark.parametrize("text", [
    "Рыбоводством в Карелии занято более 60 предприятий.",      # a second root
    "Растениеводством заняты около 300 хозяйств района.",        # a cycle of heads
])
def test_a_parse_slip_does_not_cut_the_sentence(nlp, text):
    """The parser's second root and its cycles hang on the main root: one sentence."""
    assert len(list(nlp(text).sents)) == 1


@pytest.mark.parametrize("sector,codes", [
    ("молочное животноводство", ["01"]),          # an adjective with other codes adds none
    ("пластиковая упаковка", ["22"]),             # a modifier inside the head's codes
    ("строительство дорог", ["42"]),              # narrows them
    ("поставки медицинского оборудования", ["46"]),  # goods after a service noun
    ("строительство доступного жилья", ["41"]),   # one word between a synonym's words
    ("производство стали", ["24"]),               # a noun reading ("стали": сталь)
    ("производство медицинских масок", ["32"]),  # making keeps goods codes only (not 86)
    ("грузоперевозки", ["49"]),
    ("общепит", ["56"]),
    ("креативные индустрии", []),  # w128: an umbrella, gold gives [] (7 of 8 lines)
    ("высокие технологии", []),                   # nothing fits: no guess
])
def test_okved_matcher(morph, sector, codes):
    from rufacts.grammars.okved import okved_codes

    assert [o.code for o in okved_codes(morph, sector)] == codes


def test_sector_counts_news4_gold(nlp):
    """sectors-news-4 (written before its rules; first pass P 95.0 R 63.3 F1 76.0)."""
    from rufacts.evaluation.sectors import okved_agreement, score_sector_counts

    gold = [json.loads(line) for line in
            (GOLD / "sectors-news-4.jsonl").read_text(encoding="utf-8").splitlines()]
    predicted = {}
    for g in gold:
        doc = nlp(g["text"])
        predicted[g["id"]] = [s._.rufacts_sector_count for s in doc.spans["sector_counts"]]
    scores = score_sector_counts(gold, predicted)
    assert scores["exact"]["precision"] >= 0.95 and scores["exact"]["f1"] >= 0.93
    assert okved_agreement(gold, predicted)["share"] >= 0.93


@pytest.mark.parametrize("name, precision, f1, okved", [
    # 130 sentences of the fourth writer's file: first pass P 85.5 F1 72.4, then P 94.2 F1 90.6
    # (the learned reader: P 92.5 -> 91.8, F1 92.1 -> 92.7)
    ("sectors-news-5.jsonl", 0.91, 0.88, 0.88),
    # the other 200, set aside: blind P 84.6 F1 73.6, then P 90.9 F1 80.6 (ОКВЭД 89.1%)
    ("sectors-news-blind-4.jsonl", 0.88, 0.78, 0.86),
    # fifth set, two writers to docs/gold-conventions.md: 158 sentences for development, first
    # pass P 93.5 F1 81.8, then P 96.1 F1 92.1 (ОКВЭД 97.6%); the other 236, set aside: blind
    # P 90.5 F1 83.1 (ОКВЭД 88.0%), then P 90.6 F1 83.9 (ОКВЭД 96.3%)
    ("sectors-news-6.jsonl", 0.93, 0.89, 0.94),
    ("sectors-news-blind-5.jsonl", 0.88, 0.81, 0.93),
    # sixth set, two new writers (business press; regional press releases): 163 sentences for
    # development, first pass P 81.9 F1 63.5, then P 94.4 F1 84.9 (ОКВЭД 97.0%); the other 244,
    # set aside: blind P 89.0 F1 75.6 (ОКВЭД 87.7%), then P 89.5 F1 77.7 (ОКВЭД 88.2%)
    ("sectors-news-7.jsonl", 0.92, 0.82, 0.94),
    ("sectors-news-blind-6.jsonl", 0.86, 0.74, 0.85),
    # seventh set, three new writers (tech and IT press; regional TV, radio and Telegram with
    # direct speech; industrial analysis and translated foreign news): 242 sentences for
    # development, first pass P 85.9 F1 53.2, then P 91.7 F1 73.3 (ОКВЭД 98.6%); the other 364,
    # set aside: P 81.4 F1 52.5 at the start, blind P 83.8 F1 61.9 (ОКВЭД 89.8%), then P 86.0
    # F1 65.3 (ОКВЭД 90.5%)
    ("sectors-news-8.jsonl", 0.89, 0.80, 0.95),
    ("sectors-news-blind-7.jsonl", 0.88, 0.75, 0.88),
    # eighth set, four new writers (business dailies; official reports; farm, food, retail and
    # district press; short-form posts, tourism, logistics, events): 240 sentences for
    # development, first pass P 91.9 F1 77.7, then P 98.1 F1 96.3 (ОКВЭД 92.8%); the other 360,
    # set aside (objects and "ИТ" set to the conventions, docs/gold-conventions.md): P 91.0 F1
    # 77.1 at the start, blind P 92.1 F1 84.3 (ОКВЭД 93.4%), then P 97.1 F1 93.6 (ОКВЭД 93.3%)
    ("sectors-news-9.jsonl", 0.95, 0.93, 0.90),
    ("sectors-news-blind-8.jsonl", 0.94, 0.90, 0.90),
    # ninth set, four new writers (regional TV and city portals of the Urals, Siberia and the Far
    # East; industrial-policy analytics; science, health and creative-economy press; regional
    # government press releases of the Caucasus, the Volga and the North-West): 240 sentences for
    # development, first pass P 89.8 F1 80.8, then P 99.1 F1 96.8 (ОКВЭД 99.6%); the other 360,
    # set aside: P 89.7 F1 79.5 at the start, blind P 90.6 F1 81.2 (ОКВЭД 90.7%), then P 95.6 F1
    # 89.2 (ОКВЭД 90.9%)
    ("sectors-news-10.jsonl", 0.97, 0.94, 0.97),
    ("sectors-news-blind-9.jsonl", 0.93, 0.86, 0.88),
    # tenth set, four new writers (federal wire agencies; Russian-language business media of
    # Central Asia, Belarus and Armenia; start-up and venture press; rural district papers): 240
    # sentences for development, first pass P 89.1 F1 78.8, then P 94.4 F1 88.6 (ОКВЭД 95.0%);
    # the other 360, set aside: P 90.1 F1 79.9 at the start, blind P 90.8 F1 81.6 (ОКВЭД 89.0%),
    # then P 95.2 F1 88.8 (ОКВЭД 93.1%)
    ("sectors-news-11.jsonl", 0.92, 0.85, 0.92),
    ("sectors-news-blind-10.jsonl", 0.93, 0.86, 0.90),
    # eleventh set, four new writers (regional press of Siberia, the Far East and the Arctic;
    # ministry releases and governors' reports; retail, franchise and city lifestyle media;
    # tourism, culture, creative industries and private health): 240 sentences for development,
    # first pass P 91.9 F1 82.9, then P 96.6 F1 92.1 (ОКВЭД 96.5%); the other 360, set aside:
    # P 89.4 F1 81.3 at the start, blind P 89.0 F1 82.1 (ОКВЭД 91.5%), then P 94.0 F1 88.7
    # (ОКВЭД 96.8%)
    ("sectors-news-12.jsonl", 0.94, 0.89, 0.93),
    ("sectors-news-blind-11.jsonl", 0.91, 0.85, 0.93),
    # twelfth set, four new writers (business wire on heavy industry, energy and mining; IT, tech
    # and venture press; agriculture and food press; municipal and local services news): 240
    # sentences for development, first pass P 91.2 F1 83.9, then P 97.7 F1 92.6 (ОКВЭД 97.6%);
    # the other 360, set aside: P 94.9 F1 86.9 at the start, blind P 94.6 F1 86.6 (ОКВЭД 92.5%),
    # then P 95.8 F1 89.7 (ОКВЭД 92.2%)
    ("sectors-news-13.jsonl", 0.96, 0.91, 0.95),
    ("sectors-news-blind-12.jsonl", 0.94, 0.88, 0.90),
    # thirteenth set, four new writers (construction, real estate and logistics trade press;
    # spoken Russian in print: interviews, press conferences, direct speech; export and foreign
    # trade; finance and support programmes): 240 sentences for development, first pass P 90.0
    # F1 80.7, then P 97.2 F1 92.6 (ОКВЭД 99.5%); the other 360, set aside: P 91.1 F1 76.7 at
    # the start, blind P 91.2 F1 79.0 (ОКВЭД 89.9%), then P 93.9 F1 83.9 (ОКВЭД 97.2%)
    ("sectors-news-14.jsonl", 0.95, 0.90, 0.97),
    ("sectors-news-blind-13.jsonl", 0.91, 0.81, 0.94),
])
def test_sector_counts_fourth_to_seventh_gold(nlp, name, precision, f1, okved):
    """The fourth to eighth sets (the README gives the figures); margins let a few change."""
    from rufacts.evaluation.sectors import okved_agreement, score_sector_counts

    gold = [json.loads(line) for line in
            (GOLD / name).read_text(encoding="utf-8").splitlines()]
    predicted = {}
    for g in gold:
        doc = nlp(g["text"])
        predicted[g["id"]] = [s._.rufacts_sector_count for s in doc.spans["sector_counts"]]
    scores = score_sector_counts(gold, predicted)
    assert scores["exact"]["precision"] >= precision and scores["exact"]["f1"] >= f1
    assert okved_agreement(gold, predicted)["share"] >= okved


def test_scale_count_keeps_its_qualifier(nlp):
    doc = nlp("Около сотни сельхозпредприятий занимаются выращиванием сои.")
    (value,) = [s._.rufacts_sector_count for s in doc.spans["sector_counts"]]
    assert (value.count, value.qualifier) == (100, "approx")


def test_at_least_count_keeps_its_qualifier(nlp):
    doc = nlp("По крайней мере семь строительных компаний получили подряды в районе.")
    (value,) = [s._.rufacts_sector_count for s in doc.spans["sector_counts"]]
    assert (value.count, value.qualifier) == (7, "more_than")


def test_a_pronoun_is_no_part_of_a_sector(nlp):
    values = found(nlp, "Оборудование для них поставляют 4 компании.")
    assert all("них" not in v[2] for v in values), values


def test_okved_phrase_list(morph):
    """tests/gold/okved_phrases.tsv: 290 sector phrases with the divisions expected from
    the classifier (first passes 82.3%, 70.4%, 90.0% on its three lists)."""
    from rufacts.grammars.okved import okved_codes

    rows = [line.split("\t") for line in
            (GOLD / "okved_phrases.tsv").read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#")]
    right = sum(sorted(o.code for o in okved_codes(morph, phrase)) ==
                sorted(c for c in codes.split(",") if c) for phrase, codes in rows)
    assert len(rows) == 290 and right / len(rows) >= 0.95


# --- fourth session (blind-3 families): the counted noun's owner, new counted nouns,
# verbs of making with an ОКВЭД object -------------------------------------------------

OWNED = [
    # a genitive place or owner between the counted noun and the predicate
    ("Семь заводов Татарстана занимаются производством шин.", (7, "завод", "производство шин")),
    ("Девять резидентов ОЭЗ заняты в логистике.", (9, "резидент", "логистика")),
    ("Восемь компаний из Сколкова ведут деятельность в сфере искусственного интеллекта.",
     (8, "компания", "искусственный интеллект")),
    ("Около сотни хозяйств Алтая занимаются пчеловодством.", (100, "хозяйство", "пчеловодство")),
    ("Свыше тысячи предприятий города работают в сфере общественного питания.",
     (1000, "предприятие", "общественное питание")),
]
NEW_OBJECTS = [
    ("Кадровым консалтингом в Казани занимаются 30 агентств.", (30, "агентство", "кадровый консалтинг")),
    ("Страхованием жилья в области занимаются пять страховщиков.", (5, "страховщик", "страхование жилья")),
    ("Выпечкой хлеба заняты 14 хлебозаводов.", (14, "хлебозавод", "выпечка хлеба")),
    ("Строительством катеров занимаются три верфи.", (3, "верфь", "строительство катеров")),
]
NEW_OBJECTS += [
    ("Металлургию на форуме представляют девять инвесторов.", (9, "инвестор", "металлургия")),
    ("В городе действует 18 фирм, работающих в нефтесервисе.", (18, "фирма", "нефтесервис")),
]
MAKING = [
    # what it is made of or done with stays in the sector (the tree's "с"/"из" phrase)
    ("Три фабрики области выпускают сумки из кожи.", (3, "фабрика", "сумки из кожи")),

    ("Мебель в Пензе делают 12 фабрик.", (12, "фабрика", "мебель")),
    ("Квас в республике варят четыре завода.", (4, "завод", "квас")),
    ("Учебники издают 30 издательств.", (30, "издательство", "учебники")),
]
NOT_COUNTS = [
    "В программе участвуют 14 космических агентств.",   # state bodies, no sector
    "Пять сотрудников Газпрома занимаются логистикой.",  # people
    "Выводы делают четыре компании.",                   # no goods: no ОКВЭД codes
    "Заявки предлагают подать 20 компаниям.",
    "Семь инвесторов вложили в проект 2 млрд рублей.",
]


@pytest.mark.parametrize("text,expected", OWNED + NEW_OBJECTS + MAKING)
def test_blind3_families(nlp, text, expected):
    assert [v[:3] for v in found(nlp, text)] == [expected]


@pytest.mark.parametrize("text", NOT_COUNTS)
def test_blind3_negatives(nlp, text):
    assert found(nlp, text) == []


def test_a_place_after_s_stays_out_of_the_sector(nlp):
    values = found(nlp, "Торговлей с Китаем в крае занимаются 40 компаний.")
    assert all("Китай" not in v[2] for v in values), values
