"""Names of Mongolia, Tuva, Buryatia and Kalmykia (family innerasia36; entities/name_mongolian.py):

- a Mongolian name of the father's name in the genitive and the given name keeps the text's order:
  `last` is the father's name as written, `first` the given name in the nominative (a man's in a
  consonant declines as a second-declension noun, one in -а as an -а noun, a woman's in a consonant
  and one in a long vowel stand); lexicons/name_mongolian_genitives.tsv, name_mongolian_parts.tsv;
- a place glued before such a name is no part of it (entities/name_place_tail.without_place_tail);
- a Tuvan surname or given name in -оол goes back to -оол in every case, never to an -а noun
  (lexicons/name_man_final_parts.txt);
- a Russian surname in -ын before a first name, a Turkic first name in -ын, stay as they were.
"""
import pytest

import rufacts


def _persons(text):
    return {(p.name, p.first, p.last) for p in rufacts.extract(text).persons}


@pytest.mark.parametrize("text, name, first, last", [
    ("Министр энергетики Монголии Дэмбэрэлийн Ганхуяг посетил Иркутск.",
     "Дэмбэрэлийн Ганхуяг", "Ганхуяг", "Дэмбэрэлийн"),
    ("Контракт подписан Нямын Тумурбаатаром и представителями «Росатома».",
     "Нямын Тумурбаатар", "Тумурбаатар", "Нямын"),
    ("Суд в Улан-Баторе оправдал Мягмарын Мунх-Оргила.", "Мягмарын Мунх-Оргил", "Мунх-Оргил", "Мягмарын"),
    ("Спектакль посвящён памяти Цэрэнгийн Дагвы, основателя театра.", "Цэрэнгийн Дагва", "Дагва", "Цэрэнгийн"),
    ("В финале борец встретился с Лхагвын Бямбой.", "Лхагвын Бямба", "Бямба", "Лхагвын"),
    ("Депутат Великого хурала Сономын Энхтуяа выступила против поправок.",
     "Сономын Энхтуяа", "Энхтуяа", "Сономын"),
    ("Орден вручили певице Баярын Сувд.", "Баярын Сувд", "Сувд", "Баярын"),
    ("Глава МИД Монголии Лувсандоржийн Энхжаргал прибыла в Москву.",
     "Лувсандоржийн Энхжаргал", "Энхжаргал", "Лувсандоржийн"),
    ("Журналисты много писали о Ганболдын Тэмуулэне.", "Ганболдын Тэмуулэн", "Тэмуулэн", "Ганболдын"),
])
def test_mongolian_father_first(text, name, first, last):
    assert (name, first, last) in _persons(text)


@pytest.mark.parametrize("text, name", [
    ("Губернатор аймака Хувсгел Дэмбэрэлийн Ганхуяг провёл совещание.", "Дэмбэрэлийн Ганхуяг"),
    ("Слова губернатора аймака Дундговь Батын Эрдэнэбаатара приводит агентство.", "Батын Эрдэнэбаатар"),
    ("Глава сомона Баян-Ундэр Сүхбаатарын Батболд отчитался перед хуралом.", "Сүхбаатарын Батболд"),
])
def test_place_before_mongolian_name(text, name):
    names = {n for n, _f, _l in _persons(text)}
    assert name in names
    assert not any(n.endswith(name) and n != name for n in names)


@pytest.mark.parametrize("text, name", [
    ("О Чингисе Кара-ооле рассказали в новостях.", "Чингис Кара-оол"),
    ("Грамоту вручили Аясу Сарыг-оолу.", "Аяс Сарыг-оол"),
    ("Пресс-служба сообщила о Шолбане Тас-ооле.", "Шолбан Тас-оол"),
    ("Стихи Кан-оола Монгуша перевели на русский.", "Кан-оол Монгуш"),
    ("С Долааной Кара-оол мы встретились в Кызыле.", "Долаана Кара-оол"),
])
def test_tuvan_ool(text, name):
    assert name in {n for n, _f, _l in _persons(text)}


@pytest.mark.parametrize("text, name, first, last", [
    ("Синицын Константин назначен директором школы.", "Константин Синицын", "Константин", "Синицын"),
    ("Айдын Мамедов возглавил делегацию.", "Айдын Мамедов", "Айдын", "Мамедов"),
    ("Тренер Алдын Ооржак доволен командой.", "Алдын Ооржак", "Алдын", "Ооржак"),
])
def test_not_mongolian(text, name, first, last):
    assert (name, first, last) in _persons(text)
