"""Missed counts on unseen phrasing (w188, issue 11), with the real pipeline: (1) "ещё N"
after a count whose noun phrase says the sector with "по"/"для" + noun or a participle clause
(rufacts.grammars.sector_elided_more); (2) "N из M <noun>" parts of a whole only the learned
reader found (rufacts.grammars.sector_learned_parts); (3) "а всего их в крае N" after a count
whose noun phrase says its sector (rufacts.grammars.sector_all_figures); (4) an earlier
figure with the count's preposition ("годом ранее — с восемью", rufacts.grammars.sector_earlier);
(5) "в составе холдингов" is a circumstance of a part, no trade of its own
(rufacts.grammars.sector_parts_circumstances); (6) a gapped item repeating the preposition of
the count's sector (rufacts.grammars.sector_gap_siblings); (7) "а таких в регионе N" for the
noun before (rufacts.grammars.sector_tree_last); (8) the whole of "N <noun> из M" as a count of its own
(rufacts.grammars.sector_part_wholes). Sentences written for the test."""
import pytest

import rufacts


def _counts(text):
    return {(v.count, v.object, v.sector, v.total) for v in rufacts.extract(text).sector_counts}


@pytest.mark.parametrize("text, expected", [
    # (1) "ещё N" with the noun left out
    ("Заводов по выпуску цемента в регионе пока только пять, ещё два должны заработать "
     "к 2027 году.",
     {(5, "завод", "выпуск цемента", None), (2, "завод", "выпуск цемента", None)}),
    ("В области открылись три завода по выпуску цемента, ещё один заработает до конца года.",
     {(1, "завод", "выпуск цемента", None)}),
    ("Цехов, выпускающих керамическую плитку, в крае сейчас шесть, и ещё два строятся под "
     "Тверью.",
     {(2, "цех", "керамическая плитка", None)}),
    ("В торговом центре работают пять точек быстрого питания, ещё две обещают открыть к лету.",
     {(2, "точка", "быстрое питание", None)}),
    # (2) parts of a learned whole
    ("Четыре из девяти заводов по выпуску цемента модернизируют.",
     {(4, "завод", "выпуск цемента", 9)}),
    ("Пять компаний из 30, работающих в деревообработке, получили субсидии.",
     {(5, "компания", "деревообработка", 30), (30, "компания", "деревообработка", None)}),
    # (3) all the firms of the trade
    ("За лето в области открылись 12 новых пекарен, а всего их в регионе уже 90.",
     {(12, "пекарня", "хлебопечение", None), (90, "пекарня", "хлебопечение", None)}),
    # (4) the earlier figure after the count's preposition
    ("Договоры на уборку улиц заключены с шестью предприятиями дорожного хозяйства, годом "
     "ранее — с восемью.",
     {(6, "предприятие", "дорожное хозяйство", None),
      (8, "предприятие", "дорожное хозяйство", None)}),
    # (5) owners of a part
    ("Кирпичных заводов в области восемь, и три из них входят в состав строительных холдингов.",
     {(8, "завод", "производство кирпича", None), (3, "завод", "производство кирпича", 8)}),
    # (6) the same preposition in a gapped item
    ("В порту действуют девять терминалов, специализирующихся на перевалке зерна, и ещё "
     "три — на перевалке контейнеров.",
     {(9, "терминал", "перевалка зерна", None), (3, "терминал", "перевалка контейнеров", None)}),
    # (7) "таких" for the noun
    ("Компании, выпускающие кирпич, — а таких в регионе больше 160 — пока не могут получить "
     "кредиты.",
     {(160, "компания", "кирпич", None)}),
    # (8) the whole of "N <noun> из M"
    ("Субсидии получили 12 застройщиков из 40, работающих в области.",
     {(12, "застройщик", "строительство", 40), (40, "застройщик", "строительство", None)}),
    ("Три компании из 11, работающих в деревообработке, получили гранты.",
     {(11, "компания", "деревообработка", None)}),
])
def test_recalled(text, expected):
    assert expected <= _counts(text)


@pytest.mark.parametrize("text, unexpected", [
    # a sector said by the predicate: "ещё N" may be other firms
    ("Ремонтом техники в районе занимаются 12 компаний, ещё три подали заявки на гранты.",
     (3, "компания", "ремонт техники", None)),
    # "ещё N" with a noun of people
    ("В городе 40 автосервисов по ремонту грузовиков, ещё 300 человек работают в них.",
     (300, "автосервис", "ремонт грузовиков", None)),
    # all of a park's residents are firms of any trade
    ("Кормами для животных в технопарке занимаются 14 резидентов, а всего в парке их около 300.",
     (300, "резидент", "корма для животных", None)),
    # all the firms of a park, the count picked out by its trade (no new firms)
    ("В индустриальном парке работают 12 мебельных фабрик, а всего их в парке около 80.",
     (80, "фабрика", "мебельная промышленность", None)),
    # a share of a whole is no part
    ("Половина из 40 заводов по выпуску цемента модернизирована.",
     (20, "завод", "выпуск цемента", 40)),
    # "в составе" does not make a part of another industry's firms
    ("Кирпичных заводов в области восемь, и три из них входят в состав строительных холдингов.",
     (3, "завод", "строительство", 8)),
    # the whole of "N <noun> из M" with the sector said by the predicate
    ("Семь предприятий из 20 выпускают запчасти для тракторов.",
     (20, "предприятие", "запчасти для тракторов", None)),
    # a gapped item with another preposition: no sector of the count's
    ("В районе работают три компании по ремонту техники и две — по договору с мэрией.",
     (2, "компания", "ремонт техники", None)),
    # the whole of a part whose sector is its own noun phrase's: not carried
    ("Субсидии получили 12 компаний по ремонту техники из 40 в области.",
     (40, "компания", "ремонт техники", None)),
])
def test_not_recalled(text, unexpected):
    assert unexpected not in _counts(text)
