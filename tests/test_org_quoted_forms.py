"""Normal forms of quoted organization names (entities/org_quoted_forms.py and the
descriptor lexicon): after a descriptor the quoted name stands in the nominative whatever
the descriptor's case; without one it declines to the nominative. Real pipeline, own
sentences (not in the gold files)."""
import pytest

from test_org_quoted import org_name

AFTER_DESCRIPTOR = [
    # an unknown feminine word the analyzer guesses as a neuter ("ушко"): no masculine stem cut
    ("Ревизоры нагрянули на ферму «Ивушка» в понедельник.", "«Ивушка»", "Ивушка"),
    ("Хозяин фермы «Ивушка» купил трактор.", "«Ивушка»", "Ивушка"),
    ("Субсидию получила птицефабрика «Ивушка».", "«Ивушка»", "Ивушка"),
    # shops, clinics and services name their kind: the quoted name is in apposition
    ("Лекарства закончились в аптеке «Агролина» на проспекте.", "«Агролина»", "Агролина"),
    ("Главврач клиники «Техноника» подал в отставку.", "«Техноника»", "Техноника"),
    ("Премьеру показали в кинотеатре «Ивушка» на окраине.", "«Ивушка»", "Ивушка"),
    ("Вчера в ТЦ «Медуница» эвакуировали посетителей.", "«Медуница»", "Медуница"),
    ("Старатели заключили договор с артелью «Золотой ручей».", "«Золотой ручей»", "Золотой ручей"),
    ("Права на сериал купила кинокомпания «Тихая заводь».", "«Тихая заводь»", "Тихая заводь"),
    # every case of a common descriptor keeps the name as written
    ("Мэрия продлила договор с компанией «Ласточка».", "«Ласточка»", "Ласточка"),
    ("Налоговая выставила компании «Ласточка» счёт.", "«Ласточка»", "Ласточка"),
    ("Волонтёры фонда «Крылья надежды» съездили в приют.", "«Крылья надежды»", "Крылья надежды"),
    ("Соглашение подписано с холдингом «Северная звезда».", "«Северная звезда»", "Северная звезда"),
    ("Мультфильм выпустила студия «Три богатыря».", "«Три богатыря»", "Три богатыря"),
]

WITHOUT_DESCRIPTOR = [
    # the feminine reading of a guessed word in an oblique case
    ("Губернатор помог «Ивушке» с кормами.", "«Ивушке»", "Ивушка"),
    # a head of plural bodies stays singular after a singular-only adjective
    ("Депутаты от «Новой силы» проголосовали против бюджета.", "«Новой силы»", "Новая сила"),
    ("Сторонники «Живой силы» провели митинг.", "«Живой силы»", "Живая сила"),
    # a numeral in an oblique case and its noun
    ("Сотрудники «Трёх богатырей» получили премии.", "«Трёх богатырей»", "Три богатыря"),
    ("Вечером в «Семи ветрах» остановились туристы.", "«Семи ветрах»", "Семь ветров"),
    # staff of a business: the name is the genitive complement
    ("Артисты «Белых ночей» уехали на гастроли.", "«Белых ночей»", "Белые ночи"),
    # as before: a masculine coined name still loses its ending, a plural body stays plural
    ("Арбитраж рассмотрел иск к «Мечелу».", "«Мечелу»", "Мечел"),
    ("Акционеры «Газпром нефти» одобрили дивиденды.", "«Газпром нефти»", "Газпром нефть"),
]


@pytest.mark.parametrize("text,mention,name", AFTER_DESCRIPTOR)
def test_quoted_name_after_descriptor_stands_nominative(text, mention, name):
    assert org_name(text, mention) == name


@pytest.mark.parametrize("text,mention,name", WITHOUT_DESCRIPTOR)
def test_quoted_name_without_descriptor_declines(text, mention, name):
    assert org_name(text, mention) == name


def test_plural_body_keeps_plural():
    from rufacts.entities.normal import normalize_words
    from rufacts.grammars.morph import get_morph

    morph = get_morph()
    assert normalize_words(morph, ["Вооружённых", "сил"]) == ["Вооружённые", "силы"]
    assert normalize_words(morph, ["Сорока", "разбойников"]) == ["Сорока", "разбойников"]
