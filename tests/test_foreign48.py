"""Normal forms of foreign surnames (real pipeline), session 48 (w408, foreign48): a Latvian man's
surname in -е stands (lexicons/name_surname_e.tsv, kind people; name_origins.tsv, Latvian first
names), a Basque or Portuguese -арте stands after an Iberian given name (name_iberian_e_ends.tsv), an
Indian surname in -ья declines as a noun, a guessed surname without a vowel is no surname, and a
Portuguese given name in -у stands before a Portuguese surname's case (entities/name_foreign_finals.py);
with neighbours that must not change."""
import pytest

import rufacts

from names_cases import person_at as person


@pytest.mark.parametrize("text, mention, want", [
    # Latvian men's surnames in -е after a Latvian given name in the dative
    ('Орден вручили Айварсу Приеде в Риге.', 'Айварсу Приеде', ('Айварс Приеде', 'Айварс', None, 'Приеде')),
    ('Совет поручил Гунтарсу Мелдре подготовить отчёт.', 'Гунтарсу Мелдре', ('Гунтарс Мелдре', 'Гунтарс', None, 'Мелдре')),
    # Basque and Portuguese -арте after an Iberian given name
    ('Премию присудили Андресу Эчеварте за роман о море.', 'Андресу Эчеварте',
     ('Андрес Эчеварте', 'Андрес', None, 'Эчеварте')),
    ('Журнал написал о Рамоне Олабарте много лестного.', 'Рамоне Олабарте', ('Рамон Олабарте', 'Рамон', None, 'Олабарте')),
    # Indian surnames in -ья decline as nouns
    ('Доклад Нирмалы Ачарьи обсуждали два часа.', 'Нирмалы Ачарьи', ('Нирмала Ачарья', 'Нирмала', None, 'Ачарья')),
    ('Контракт достался Динешу Бхаттачарье из Калькутты.', 'Динешу Бхаттачарье',
     ('Динеш Бхаттачарья', 'Динеш', None, 'Бхаттачарья')),
    # a surname without a vowel is no surname: a Czech one in -а declines
    ('Тренер рассказал о Лубоше Крче после матча.', 'Лубоше Крче', ('Лубош Крча', 'Лубош', None, 'Крча')),
    # a Portuguese given name in -у stands before a Portuguese surname's case
    ('Выступление Мариану Алвеша сорвалось из-за забастовки.', 'Мариану Алвеша', ('Мариану Алвеш', 'Мариану', None, 'Алвеш')),
    ('Министр поручил Жулиану Эштевешу провести аудит.', 'Жулиану Эштевешу', ('Жулиану Эштевеш', 'Жулиану', None, 'Эштевеш')),
])
def test_foreign_finals(text, mention, want):
    assert person(text, mention) == want


# neighbours: a Spanish -а surname, a Russian -е case, a Hungarian -ьи, a Russian woman's accusative
@pytest.mark.parametrize("text, mention, want", [
    ('Судья вынес предупреждение Хосе Уэрте за грубость.', 'Хосе Уэрте', ('Хосе Уэрта', 'Хосе', None, 'Уэрта')),
    ('Грамоту вручили Ивану Щербе на заводе.', 'Ивану Щербе', ('Иван Щерба', 'Иван', None, 'Щерба')),
    ('Первое место занял венгерский фехтовальщик Иштван Бараньи.', 'Иштван Бараньи', ('Иштван Бараньи', 'Иштван', None, 'Бараньи')),
    ('Коллеги поздравили Мариану Кулешову с юбилеем.', 'Мариану Кулешову', ('Мариана Кулешова', 'Мариана', None, 'Кулешова')),
])
def test_neighbours(text, mention, want):
    assert person(text, mention) == want
