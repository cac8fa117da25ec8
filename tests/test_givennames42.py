"""Session 42, family givennames42 (w373): given names brought to the wrong nominative or lost.

- Given names that stand as written or decline, which the lexicons lacked (lexicons/foreign_names.tsv):
  West African women's names in -у ("Аиссату"), Persian Фатеме, Romanian Иоана, Эрика
  (lexicons/first_names.tsv), Indian Аджинкья; men's names in a consonant whose genitive spells a woman's
  name (Джин, Нирмал, Нихал, Эльвин, Эльмир, Лес).
- Twins read by the dictionary's cases of the other name (entities/name_lexicon_readings.py,
  lexicons/name_first_twins.txt): "Люси", "Ани" stand in a nominative or dative slot, are Люся's, Аня's
  in a genitive one.
- A woman's noun in the nominative right before a name and a verb: the name's nominative alone
  (entities/name_woman_subject.py), not after a relation noun ("Подруга Ани Петровой").
- A short passive participle with no subject before it: the name after it is its nominative subject
  (entities/name_short_passive_subject.py).
- A woman's noun over an indeclinable noun or a body's honoree after "имени" (entities/name_female_chain.py);
  a list's nominative neighbour whose first name has a plural genitive reading ("Герман", "Артем":
  entities/name_list_nominative.py); an apposed name after a post over an animate plural accusative
  ("Лидер оппозиционных Джордже Марин": entities/name_subject_cues.py).
- Spans: a surname the tagger put at the head of a place after a lone first name ("При Булате" +
  "Юсупове сельсовет": entities/name_place_head.py); a sentence-opening first name read as a place in the
  dative (entities/name_place_first.py).
"""
import pytest

import rufacts


def _persons(text):
    return [p.name for p in rufacts.extract(text).persons]


@pytest.mark.parametrize("text, name", [
    # lexicon names
    ("Награду вручили Аиссату Диалло, руководителю фонда.", "Аиссату Диалло"),
    ("Статья о Фатеме Карими вышла в понедельник.", "Фатеме Карими"),
    ("Тренер похвалил Эрику Фогель за результат.", "Эрика Фогель"),
    ("Стадион заполнили поклонники Джина Келли.", "Джин Келли"),
    ("Книга о Лесе Уокере выйдет весной.", "Лес Уокер"),
    ("После гола Эльвина Мамедова команда вырвалась вперёд.", "Эльвин Мамедов"),
    # twins
    ("Сериал спродюсировала Люси Гордон.", "Люси Гордон"),
    ("Письмо передали Люси Гордон через адвоката.", "Люси Гордон"),
    ("Певица Люси Ферран выступит в Сочи.", "Люси Ферран"),
    ("Артистка Ани Мирзоян выступит в Ереване.", "Ани Мирзоян"),
    # cues
    ("Лидер оппозиционных Джордже Марин пообещал провести митинг.", "Джордже Марин"),
    ("Спортивным директором «Ромы» назначен Даниэле Ди Марко.", "Даниэле Ди Марко"),
    ("Команду на параде вела капитанша сборной по водному поло Ярослава Мельникова.", "Ярослава Мельникова"),
    ("В спектакле занята актриса театра имени Маяковского Станислава Быкова.", "Станислава Быкова"),
    ("Призёрами олимпиады стали Герман Лысенко — ученик лицея — и Ярослава Ефимова.", "Ярослава Ефимова"),
    ("Соавторами доклада названы Артем Зуев (аналитик) и Станислава Миронова (экономист).", "Станислава Миронова"),
    # spans
    ("При Булате Юсупове сельсовет впервые получил грант.", "Булат Юсупов"),
    ("При Марате Гарипове сельсовет впервые получил субсидию.", "Марат Гарипов"),
])
def test_given_names(text, name):
    assert name in _persons(text)


@pytest.mark.parametrize("text, name", [
    # neighbours that must not change
    ("Фотографии Люси Смирновой выставили в фойе.", "Люся Смирнова"),
    ("Гастроли Ани Ковалевой перенесли на осень.", "Аня Ковалева"),
    ("Тренер вручил Эрику Фогелю кубок.", "Эрик Фогель"),
    ("Спектакль посвятили Лесе Украинке.", "Леся Украинка"),
    ("Актриса Джина Лоллобриджида снялась в фильме.", "Джина Лоллобриджида"),
    ("Эльвина Мамедова стала чемпионкой.", "Эльвина Мамедова"),
    ("Марине Оганесян вручили грамоту.", "Марина Оганесян"),
    ("Приказ подписан Андреем Ивановым.", "Андрей Иванов"),
    ("Выговор объявлен Марии Ивановой.", "Мария Иванова"),
    ("Соперница Вероники Кудерметовой выиграла турнир.", "Вероника Кудерметова"),
    ("Сборную возглавил Эльмир Алиев.", "Эльмир Алиев"),
    ("При Фариде Юлдашеве администрация отремонтировала клуб.", "Фарид Юлдашев"),
    ("Валентине Карповой поручили подготовить доклад.", "Валентина Карпова"),
])
def test_neighbours(text, name):
    assert name in _persons(text)


def test_relation_noun_keeps_genitive():
    from rufacts.lexicons import load_list

    assert "подруга" in load_list("name_relation_nouns.txt")
    names = _persons("Подруга Ани Петровой рассказала о её увлечениях.")
    assert "Ани Петрова" not in names
