"""w78 (dev9): fronted objects and the extent of the sector phrase (docs/gold-conventions.md,
"sector"). Real pipelines, general sentences."""
from __future__ import annotations

import pytest

import rufacts

from sector_helpers import counts


# --- the object first, the counted noun after the verb (sector_tree_fronted) ---------------
FRONTED = [
    # a participle clause between the object and the verb, another clause after it
    ("Промышленные роботы и манипуляторы, внесённые в реестр Минпромторга, сейчас "
     "выпускают 14 компаний, тогда как пять лет назад их не выпускал почти никто.",
     (14, "компания", "промышленные роботы и манипуляторы", None)),
    # an introductory clause with a verb of its own before the object
    ("Как отмечают эксперты, керамическую плитку в России выпускают около 40 заводов, "
     "однако половина мощностей простаивает.",
     (40, "завод", "керамическая плитка", None)),
    # a parenthetical and two verbs joined by "или" with an adverb
    ("Вакцины для животных, по данным Россельхознадзора, разрабатывают или уже производят "
     "девять предприятий.", (9, "предприятие", "вакцины для животных", None)),
    # a verb outside the marker lexicon: the object must have ОКВЭД codes
    ("Через порт Находка уголь сейчас отгружают семь компаний.",
     (7, "компания", "уголь", None)),
]


@pytest.mark.parametrize("text,expected", FRONTED)
def test_fronted_object_is_the_sector(text, expected):
    assert expected in counts(text)


def test_fronted_object_not_a_name_in_quotes():
    got = counts("На выставке «Мебель и интерьер» свою продукцию показали 150 экспонентов.")
    assert not any(c[2] in ("интерьер", "мебель и интерьер", "мебель") for c in got)


def test_fronted_object_not_after_an_intransitive_verb():
    got = counts("В кластере фармацевтики и биотехнологий на начало года значились 30 "
                 "участников.")
    assert not any(c[0] == 30 and c[2] in ("биотехнологии", "фармацевтика") for c in got)


def test_fronted_object_not_a_place():
    got = counts("В Пермском крае сейчас отгружают продукцию 12 компаний.")
    assert not any(c[0] == 12 for c in got)


def test_relative_clause_amount_is_no_sector():
    got = counts("Молоко в районе перерабатывают три завода, которые за год приняли 40 тыс. "
                 "тонн сырья.")
    assert not any(c[0] == 3 and "тонн" in c[2] for c in got)


def test_fronted_object_wins_over_an_amount_clause():
    got = counts("Сахар в крае производят пять заводов, которые за сезон переработали 3 млн "
                 "тонн свёклы.")
    assert (5, "завод", "сахар", None) in got


# --- where a surface sector phrase ends (sector_extent) --------------------------------------
def test_participle_after_the_sector_phrase_is_cut_off():
    got = counts("В регионе работают 14 предприятий металлургии и машиностроения, "
                 "обеспечивающих половину выпуска области.")
    assert (14, "предприятие", "металлургия и машиностроение", None) in got


def test_measure_after_the_noun_is_no_sector():
    got = counts("На юге края построены восемь производств общей мощностью 200 тысяч тонн.")
    assert not any("площад" in c[2] or "мощност" in c[2] for c in got)


def test_a_genitive_sector_phrase_still_counts():
    got = counts("В области действуют 12 производств строительных материалов.")
    assert (12, "производство", "строительные материалы", None) in got


# --- a pronoun for the sector --------------------------------------------------------------
def test_pronoun_object_stands_for_the_noun_before():
    got = counts("Край — крупный производитель подсолнечника: его здесь выращивают около "
                 "700 хозяйств.")
    assert (700, "хозяйство", "подсолнечник", None) in got


def test_possessive_pronoun_is_no_object():
    got = counts("Завод выпускает станки, её продукцию покупают 40 предприятий.")
    assert not any(c[0] == 40 for c in got)


# --- coordinated and modified fronted objects (sector_tree_joined, phrase adjectives) -------
def test_coordinated_fronted_objects_stay_whole():
    got = counts("Тепловые насосы и солнечные коллекторы сегодня выпускают 9 российских "
                 "заводов.")
    assert (9, "завод", "тепловые насосы и солнечные коллекторы", None) in got


def test_first_adjective_of_a_fronted_object_is_kept():
    got = counts("Малотоннажную химию в регионе представляют всего семь производств.")
    assert (7, "производство", "малотоннажная химия", None) in got


def test_content_in_phrase_after_the_activity_is_kept():
    got = counts("Выращиванием рыбы в садках в области занимаются 12 фермерских хозяйств.")
    assert (12, "хозяйство", "выращивание рыбы в садках", None) in got


def test_place_after_the_activity_is_left_out():
    got = counts("Выпуском хлеба в сёлах района занимаются девять пекарен.")
    assert (9, "пекарня", "выпуск хлеба", None) in got


def test_task_fronted_is_no_sector():
    got = counts("Программу модернизации в судостроении реализуют 14 предприятий.")
    assert not any(c[2].startswith("программа") for c in got)


# --- lexicon: "индустрия" names the industry, a bare "оборудование" names none ------------------
def test_industry_noun_kept_as_said():
    got = counts("Около 40 компаний региона работают в индустрии гостеприимства.")
    assert (40, "компания", "индустрия гостеприимства", None) in got


def test_bare_equipment_is_no_sector():
    got = counts("Производством станков в области заняты 20 заводов, восемь из них "
                 "поставляют оборудование за рубеж.")
    assert not any(c[2] == "оборудование" for c in got)


# --- the tree mechanisms on a fixed parse (the parser's misreadings, written out) ------------
def _nodes(text: str, rows):
    """Nodes from (word, lemma, pos, case, head, dep) rows, offsets found in ``text``."""
    from rufacts.grammars.sector_tree_nodes import Node

    out, at = [], 0
    for i, (word, lemma, pos, case, head, dep) in enumerate(rows):
        start = text.index(word, at)
        at = start + len(word)
        out.append(Node(i, start, at, word, lemma, pos, case, head, dep))
    return out


def _tree(text, rows):
    from rufacts.grammars.morph import get_morph
    from rufacts.grammars.sector_tree import tree_counts

    return {(c.count, c.object, c.sector) for c in tree_counts(_nodes(text, rows), text,
                                                               get_morph())}


def test_split_coordination_rejoined():
    text = "Лазерные датчики и фотонные микросхемы разрабатывают 11 стартапов."
    rows = [("Лазерные", "лазерный", "ADJ", "nomn", 1, "amod"),
            ("датчики", "датчик", "NOUN", "nomn", 5, "obj"),
            ("и", "и", "CCONJ", None, 4, "cc"),
            ("фотонные", "фотонный", "ADJ", "nomn", 1, "conj"),
            ("микросхемы", "микросхема", "NOUN", "gent", 5, "obj"),
            ("разрабатывают", "разрабатывать", "VERB", None, 5, "root"),
            ("11", "11", "NUM", None, 7, "nummod"),
            ("стартапов", "стартап", "NOUN", "gent", 5, "obj"),
            (".", ".", "PUNCT", None, 5, "punct")]
    assert (11, "стартап", "лазерные датчики и фотонные микросхемы") in _tree(text, rows)


def test_capitalized_first_adjective_hung_on_the_verb_kept():
    text = "Малотоннажную химию представляют семь производств."
    rows = [("Малотоннажную", "малотоннажный", "ADJ", "accs", 2, "nsubj"),
            ("химию", "химия", "NOUN", "accs", 2, "nsubj"),
            ("представляют", "представлять", "VERB", None, 2, "root"),
            ("семь", "семь", "NUM", None, 4, "nummod"),
            ("производств", "производство", "NOUN", "gent", 2, "obj"),
            (".", ".", "PUNCT", None, 2, "punct")]
    assert (7, "производство", "малотоннажная химия") in _tree(text, rows)


def test_fronted_object_past_a_participle_clause():
    text = "Станки с ЧПУ, внесённые в реестр, сегодня выпускают 12 заводов, тогда как " \
           "раньше таких было мало."
    rows = [("Станки", "станок", "NOUN", "nomn", 15, "nsubj"),
            ("с", "с", "ADP", None, 2, "case"),
            ("ЧПУ", "чпу", "PROPN", None, 0, "nmod"),
            (",", ",", "PUNCT", None, 4, "punct"),
            ("внесённые", "внести", "VERB", "nomn", 0, "acl"),
            ("в", "в", "ADP", None, 6, "case"),
            ("реестр", "реестр", "NOUN", "accs", 4, "obl"),
            (",", ",", "PUNCT", None, 4, "punct"),
            ("сегодня", "сегодня", "ADV", None, 9, "advmod"),
            ("выпускают", "выпускать", "VERB", None, 9, "root"),
            ("12", "12", "NUM", None, 11, "nummod"),
            ("заводов", "завод", "NOUN", "gent", 9, "obj"),
            (",", ",", "PUNCT", None, 15, "punct"),
            ("тогда", "тогда", "ADV", None, 15, "mark"),
            ("как", "как", "SCONJ", None, 13, "fixed"),
            ("раньше", "раньше", "ADV", None, 16, "advmod"),
            ("таких", "такой", "DET", "gent", 16, "nsubj"),
            ("было", "быть", "AUX", None, 9, "conj"),
            ("мало", "мало", "ADV", None, 16, "advmod"),
            (".", ".", "PUNCT", None, 9, "punct")]
    # the parser's own head for "Станки" (a verb further on) is wrong on purpose
    rows[0] = ("Станки", "станок", "NOUN", "nomn", 16, "nsubj")
    assert (12, "завод", "станки с ЧПУ") in _tree(text, rows)
