"""Second look at names-blind-26: a first name before an oblique patronymic (name_first_patronymic.py),
lone surnames the tagger misses after "без", "для", "между" or as the subject of an agreeing participle
(name_lone_oblique.py, name_lone_subject.py), the gender of a name from a short participle after its
apposition (name_subject_clause.py), a participle as a predicative instrumental before the verb's
object (name_ru_objects.py). Real pipeline, own sentences (in no gold file)."""
import pytest

from names_cases import person_at
from rufacts.entities.name_first_patronymic import patronymic_word
from rufacts.grammars.morph import Morph

CASES = [  # each failed before these rules
    # an oblique patronymic ("-евне") is the middle name; the word before it is the first name
    ("Об Айыыне Гаврильевне Саввиновой писали местные газеты.", "Айыыне Гаврильевне Саввиновой",
     ("Айыына", "Гаврильевна", "Саввинова")),
    # a lone surname after "без" in a genitive in -ова
    ("Без Сагындыкова сборная выглядела слабее.", "Сагындыкова", (None, None, "Сагындыков")),
    # a lone surname opening its sentence, with a participle after the comma that agrees
    ("Зубкова, возглавлявшая больницу с 2010 года, перешла в минздрав.", "Зубкова",
     (None, None, "Зубкова")),
    # the verb after an apposition of a man's job noun tells a woman
    ("Белова Н. Г., учитель-логопед детского сада, награждена медалью.", "Белова Н. Г.",
     ("Н.", "Г.", "Белова")),
    # a participle as a predicative instrumental: the name after is the verb's object, a man's accusative
    ("Совет директоров назначил управляющим филиалом В. К. Лапшина.", "В. К. Лапшина",
     ("В.", "К.", "Лапшин")),
]

KEPT = [  # read right before, kept
    ("Спор с Туйааной Никитичной Посельской длился год.", "Туйааной Никитичной Посельской",
     ("Туйаана", "Никитична", "Посельская")),
    ("Без Ястржембского делегация решила не ехать.", "Ястржембского", (None, None, "Ястржембский")),
    ("Между Гильмутдиновым и мэрией продолжается спор.", "Гильмутдиновым", (None, None, "Гильмутдинов")),
    ("Шубин, руководивший заводом, ушёл в отставку.", "Шубин", (None, None, "Шубин")),
]


@pytest.mark.parametrize("text, mention, parts", CASES)
def test_second_look_names(text, mention, parts):
    got = person_at(text, mention)
    assert got is not None and got[1:] == parts


@pytest.mark.parametrize("text, mention, parts", KEPT)
def test_kept(text, mention, parts):
    got = person_at(text, mention)
    assert got is not None and got[1:] == parts


@pytest.mark.parametrize("text, mention", [
    # an adjective of the noun after it is no surname; a word the dictionary knows as a common noun neither
    ("С Мирошкинским районом граничит область.", "Мирошкинским"),
    ("Без Ростова турнир не обойдётся.", "Ростова"),
])
def test_no_person(text, mention):
    assert person_at(text, mention) is None


def test_oblique_patronymics():
    morph = Morph()
    for word in ("Гаврильевне", "Петровной", "Ильиничну", "Саввичны", "Петровичем"):
        assert patronymic_word(morph, word), word
    assert not patronymic_word(morph, "Деревня")
