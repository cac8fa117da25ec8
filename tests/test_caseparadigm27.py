"""Session 27's case-paradigm stress families, own sentences through the real pipeline:
- a surname before a short passive participle, alone or after "был/была/было", is its agent in the
  instrumental as well as its subject ("Ивановым был подписан приказ": Иванов; "Тарасов был
  назначен" stays; "Петрову было поручено": the dative);
- a one-word body name the dictionary lacks that ends in a dictionary noun declines as that noun
  ("в Роскачестве" -> Роскачество, "с Роснедрами" -> Роснедра), not as a coined masculine."""
import pytest

import rufacts
from rufacts.entities.org_compound_names import compound_nominative
from rufacts.grammars.morph import get_morph


def _person(text):
    persons = rufacts.extract(text).persons
    assert len(persons) == 1, persons
    p = persons[0]
    return p.name, p.first, p.middle, p.last


AGENTS = [
    ("Беловым был утверждён график отключений горячей воды.", ("Белов", None, None, "Белов")),
    ("Комаровой была подготовлена справка о состоянии дорог.",  ("Комарова", None, None, "Комарова")),
    ("Осиповым С. В. был подписан договор подряда.", ("С. В. Осипов", "С.", "В.", "Осипов")),
    ("Д. А. Фроловым была отмечена нехватка врачей.", ("Д. А. Фролов", "Д.", "А.", "Фролов")),
    ("Затем Никитиным был зачитан приговор.", ("Никитин", None, None, "Никитин")),
    # the subject of the passive keeps its nominative
    ("Яковлев был освобождён от должности в пятницу.", ("Яковлев", None, None, "Яковлев")),
    ("Ирина Волкова была избрана главой поселения.", ("Ирина Волкова", "Ирина", None, "Волкова")),
    # the recipient of a neuter passive: the dative
    ("Семёнову было поручено провести проверку.", ("Семёнов", None, None, "Семёнов")),
]


@pytest.mark.parametrize("text, parts", AGENTS, ids=[a[1][0] for a in AGENTS])
def test_agent_before_a_short_passive(text, parts):
    assert _person(text) == parts


COMPOUNDS = [
    ("Проверку продукции провели в Роскачестве.", "Роскачество"),
    ("Договор с Роснедрами продлили на десять лет.", "Роснедра"),
    ("Протокол составили в Росалкогольтабакконтроле.", "Росалкогольтабакконтроль"),
    ("Обращение направили Росрыболовству.", "Росрыболовство"),
    # a coined name whose end only looks like a short noun declines as a masculine
    ("Контракт с «Херенвеном» расторгнут.", "Херенвен"),
]


@pytest.mark.parametrize("text, name", COMPOUNDS, ids=[c[1] for c in COMPOUNDS])
def test_compound_body_name(text, name):
    names = [o.name for o in rufacts.extract(text).organizations]
    assert name in names, names


def test_compound_nominative_reads_the_longest_dictionary_noun():
    morph = get_morph()
    assert compound_nominative(morph, "Росводоканале", "loct") == "росводоканал"
    assert compound_nominative(morph, "Роскачеству", "datv") == "роскачество"
    assert compound_nominative(morph, "Херенвеном", "ablt") is None  # "веном": too short a noun
    assert compound_nominative(morph, "Роснефти", "loct") is None  # the dictionary knows the word


REGIONAL = [
    # a regional office named by its place's adjective and the abbreviation of an "управление":
    # the adjective in the neuter nominative, the place's own noun reading ("Курском": of Курск) aside
    ("Иск к застройщику поддержало Липецкое УФАС.", "Липецкое УФАС"),
    ("Проверку провели сотрудники Ярославского УМВД.", "Ярославское УМВД"),
    ("Об изменениях рассказали в Курском УФНС.", "Курское УФНС"),
    ("Орловскому УФССП передали исполнительные листы.", "Орловское УФССП"),
]


@pytest.mark.parametrize("text, name", REGIONAL, ids=[r[1] for r in REGIONAL])
def test_regional_office_abbreviation(text, name):
    names = [o.name for o in rufacts.extract(text).organizations]
    assert name in names, names


def test_sentence_opening_preposition_cut_before_an_abbreviation():
    # the tagger takes a capitalized opening preposition into the body's span; the body is the abbreviation
    names = [o.name for o in rufacts.extract("Благодаря НЛМК в Липецке построили новый ледовый дворец.").organizations]
    assert "НЛМК" in names and not any(n.startswith("Благодаря") for n in names), names
