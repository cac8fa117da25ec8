"""Given names the normaliser read as another name's case, and German particles (family givennames35):

- German women's names in -е whose -е also spells a case of a name in -а (Ульрике, Фридерике: of
  Ульрика, Фридерика; lexicons/name_first_twins.txt) stand as written in a slot that is no dative or
  prepositional, while a dative slot reads the other name (the gold's convention: "о Ренате Ланге" is
  of Рената; entities/name_lexicon_readings.TWIN); Armenian and Georgian women's names in -е, -и, -о
  (Ерануи, Тамрико) are listed in lexicons/foreign_names.tsv and stand in every case; the Armenian men's
  Вахе, Ваче stand beside an Armenian surname, elsewhere "Вахе" is the Chechen Ваха's dative
  (entities/name_armenian_given.py);
- after a German or Dutch particle a surname keeps its stem: no fleeting vowel (фон Бельц, not Белец:
  entities/name_surname_e.after_germanic_particle);
- a full passive participle before a name governs the agent's instrumental or the recipient's dative
  ("штраф, назначенный Гиви Карапетяну": Карапетян, not a Карапетяну as written;
  entities/names_group.name_hints).
"""
import pytest

import rufacts


def _persons(text):
    return {p.name for p in rufacts.extract(text).persons}


@pytest.mark.parametrize("text, name", [
    ("Депутат ландтага Ульрике Хаберланд выступила против реформы.", "Ульрике Хаберланд"),
    ("Суд оправдал Доротее Карстенс по делу о мошенничестве.", "Доротее Карстенс"),
    ("Армянская певица Ерануи Мкртумян дала концерт в Москве.", "Ерануи Мкртумян"),
    ("Канцлер поблагодарил Фридерике Зоммер за работу в комиссии.", "Фридерике Зоммер"),
    ("Художница Тамрико Гоциридзе открыла выставку в Батуми.", "Тамрико Гоциридзе"),
    ("Тренер Ваче Степанян объявил состав сборной.", "Ваче Степанян"),
    ("Прокуратура предъявила обвинение Вахе Оганесяну.", "Вахе Оганесян"),
])
def test_listed_names_stand(text, name):
    assert name in _persons(text)


@pytest.mark.parametrize("text, name", [
    ("Премию вручили Ренате Кёниг из Гамбурга.", "Рената Кёниг"),
    ("Министр направил письмо Ульрике Бах.", "Ульрика Бах"),
])
def test_dative_slot_reads_the_other_name(text, name):
    # a dative slot: the -е is the dative of Рената, Ульрика (the gold's convention)
    assert name in _persons(text)


@pytest.mark.parametrize("text, name", [
    ("Архив Гюнтера фон Бельца передан городскому музею.", "Гюнтер фон Бельц"),
    ("Наследники Клауса фон дер Гольца продали поместье.", "Клаус фон дер Гольц"),
])
def test_germanic_surname_keeps_its_stem(text, name):
    assert name in _persons(text)


def test_vakhe_beside_another_surname_is_vakha():
    assert "Ваха Хаджиев" in _persons("Награду вручили Вахе Хаджиеву из Грозного.")


def test_passive_participle_governs_the_dative_too():
    assert "Гиви Карапетян" in _persons("Штраф, назначенный Гиви Карапетяну, суд отменил.")
