"""Names round 20 (w186), real pipeline, sentences of our own:
- enterprises named by a place adjective and a plant noun the tagger misses or cuts short, with a plural
  product genitive ("Лискинский маслосыродельный комбинат", "Ейский завод стеклопакетов":
  lexicons/institution_nouns.txt "*"), not an object before a negation;
- the tagger's name ending in descriptor words and a descriptor's name after them are one body
  ("Уральском отделении РАН"), the tagger's name kept as a mention of its own;
- no subject or nominative place taken into a name after an oblique head ("С Северным советом
  Финляндия ...", "с Курской епархией колледж заключил");
- the owner's name after a branch noun is a genitive ("филиал «Партии зелёных»") and a mention of
  its own;
- a number after the tagger's institution name, a fund's namesake;
- adjectives before РОВД/ОМВД/ИФНС in the nominative; "по" + a place after a police body's
  abbreviation, also after a post;
- a quoted name before an agreeing subject verb after a capitalized word.
"""
import pytest

import rufacts
from names_cases import org_name, person_at


@pytest.mark.parametrize("text, mention, want", [
    ("Фермеры сдают подсолнечник на Лискинский маслосыродельный комбинат.",
     "Лискинский маслосыродельный комбинат", "Лискинский маслосыродельный комбинат"),
    ("Инвестор выкупил Каневский сахарорафинадный завод за долги.",
     "Каневский сахарорафинадный завод", "Каневский сахарорафинадный завод"),
    ("На Ейском заводе стеклопакетов запустили вторую линию.",
     "Ейском заводе стеклопакетов", "Ейский завод стеклопакетов"),
    ("Работники Тихвинского комбината древесных плит получили премии.",
     "Тихвинского комбината древесных плит", "Тихвинский комбинат древесных плит"),
    ("Исследование провели в Уральском отделении РАН в прошлом году.",
     "Уральском отделении РАН", "Уральское отделение РАН"),
    ("С Северным советом Финляндия поддерживает тесные связи.", "Северным советом", "Северный совет"),
    ("Договор с Курской епархией колледж подписал в мае.", "Курской епархией", "Курская епархия"),
    ("Тверской филиал «Партии зелёных» возглавила учительница.", "Партии зелёных", "Партия зелёных"),
    ("Областное отделение «Партии пенсионеров» провело съезд.", "Партии пенсионеров", "Партия пенсионеров"),
    ("Выставку открыли сотрудники городского отделения Союза фотохудожников вчера.",
     "Союза фотохудожников", "Союз фотохудожников"),
    ("Помощь раздавали в Детской школе искусств № 4 до вечера.", "Детской школе искусств № 4",
     "Детская школа искусств № 4"),
    ("В Благотворительном фонде Елены Сидоровой подвели итоги года.", "Благотворительном фонде Елены Сидоровой",
     "Благотворительный фонд Елены Сидоровой"),
    ("Банк Санкт-Петербург открыл новый офис.", "Банк Санкт-Петербург", "Санкт-Петербург"),
    ("Дело передали в Ленинский РОВД для проверки.", "Ленинский РОВД", "Ленинский РОВД"),
    ("Материалы проверки направили Советскому РОСП.", "Советскому РОСП", "Советский РОСП"),
    ("В Межрайонной ИФНС № 7 по Омской области прошла проверка.",
     "Межрайонной ИФНС № 7 по Омской области", "Межрайонная ИФНС № 7 по Омской области"),
    ("Об этом сообщил начальник УМВД России по Курску генерал Олег Смирнов.",
     "УМВД России по Курску", "УМВД России по Курску"),
    ("Заявление поступило в ОМВД России по Ленинскому району вчера.",
     "ОМВД России по Ленинскому району", "ОМВД России по Ленинскому району"),
    ("С норвежцем Ларсом Хансеном «Северный промысел» договорился о поставках трески.",
     "Северный промысел", "Северный промысел"),
])
def test_org_names(text, mention, want):
    assert org_name(text, mention) == want


@pytest.mark.parametrize("text", [
    "На Калужском заводе турбин не хватает инженеров.",
])
def test_object_before_negation_is_no_part_of_the_plant(text):
    names = [o.name for o in rufacts.extract(text).organizations]
    assert names == ["Калужский завод"]


def test_tagger_name_stays_a_mention_of_its_own():
    text = "Исследование провели в Уральском отделении РАН в прошлом году."
    names = {o.name for o in rufacts.extract(text).organizations}
    assert "Уральское отделение РАН" in names


def test_book_title_before_an_inverted_subject_is_no_organization():
    text = "Книгу Ивана Петрова «Северная рыба» подписала редакция."
    assert org_name(text, "Северная рыба") is None


@pytest.mark.parametrize("text, mention, want", [
    ("Спор между Топорковым-Ладыгиным Д. М. и банком решён миром.", "Топорковым-Ладыгиным Д. М.",
     ("Д. М. Топорков-Ладыгин", "Д.", "М.", "Топорков-Ладыгин")),
    ("Губернатора Измира Мехмета Кылыча пригласили в Казань.", "Мехмета Кылыча",
     ("Мехмет Кылыч", "Мехмет", None, "Кылыч")),
    ("Министр поручил Халиду бин Саиду аль-Кубайси подготовить доклад.", "Халиду бин Саиду аль-Кубайси",
     ("Халид бин Саид аль-Кубайси", "Халид", "бин Саид", "аль-Кубайси")),
    ("С лекцией выступил Ём Чжэ Сон, профессор из Пусана.", "Ём Чжэ Сон",
     ("Ём Чжэ Сон", "Чжэ Сон", None, "Ём")),
    ("Со слов Кирсанова А. Л., сделку готовили полгода.", "Кирсанова А. Л.",
     ("А. Л. Кирсанов", "А.", "Л.", "Кирсанов")),
])
def test_person_spans(text, mention, want):
    assert person_at(text, mention) == want


def test_place_before_a_name_is_a_place():
    text = "Губернатора Измира Мехмета Кылыча пригласили в Казань."
    assert "Измир" in {loc.name for loc in rufacts.extract(text).locations}


def test_surname_the_tagger_read_as_a_place_joins_the_initials_after_it():
    from spacy.tokens import Span

    from rufacts.entities.name_initials_after import surname_before_initials
    from rufacts.pipeline import load

    doc = load()("Спор между Топорковым-Ладыгиным Д. М. и банком решён миром.")
    k = next(t.i for t in doc if t.text.startswith("Топорковым"))
    spans = [Span(doc, k, k + 1, label="LOC"), Span(doc, k + 1, k + 4, label="PER")]
    got = surname_before_initials(doc, spans)
    assert [(s.text, s.label_) for s in got] == [("Топорковым-Ладыгиным Д. М", "PER")]
    doc = load()("Письмо из Москвы Д. М. получил не сразу.")
    place = [Span(doc, 2, 3, label="LOC"), Span(doc, 3, 6, label="PER")]  # a known place, no surname
    assert surname_before_initials(doc, place) == place
