"""Person normal forms of session 29's second look: foreign first names of the open lexicon (Yiddish,
Georgian, Saudi, Portuguese, Greek spellings), a surname unchanged after a woman's name in -е, a
woman's double-barrelled surname in -ич, an apposition whose adjective the tagger reads as a noun,
a Spanish double surname declined in both parts, "Эль" of an Arabic surname, a double given name
before a woman's unchanged surname, a hyphenated surname before a first name and patronymic, lone
surnames after a preposition (adjectival, double-barrelled) and a headline's speaker before a colon."""
import pytest

import rufacts


def _parts(text):
    return {m["text"]: (p["first"], p["middle"], p["last"])
            for p in rufacts.extract(text).as_json()["persons"] for m in p["mentions"]}


@pytest.mark.parametrize("text, mention, parts", [
    ("Памятную доску в честь Лейба Кагана открыли на фасаде гимназии.", "Лейба Кагана", ("Лейб", None, "Каган")),
    ("Старожилы благодарны Шмулю Фридману за синагогу.", "Шмулю Фридману", ("Шмуль", None, "Фридман")),
    ("Сборник стихов посвящён Ламаре Джапаридзе.", "Ламаре Джапаридзе", ("Ламара", None, "Джапаридзе")),
    ("Делегацию принял принц Турки бин Салман.", "Турки бин Салман", ("Турки", None, "бин Салман")),
    ("Контракт подписали с Жорже Мендешем, агентом футболиста.", "Жорже Мендешем", ("Жорже", None, "Мендеш")),
    ("Сделку одобрил совет директоров во главе с Эвангелосом Маринакисом.", "Эвангелосом Маринакисом",
     ("Эвангелос", None, "Маринакис")),
])
def test_open_lexicon_first_names(text, mention, parts):
    assert _parts(text).get(mention) == parts


def test_surname_unchanged_after_woman_name_in_e():
    assert _parts("Выставка посвящена Нателе Кварацхелия и её ученикам.").get("Нателе Кварацхелия") == \
        ("Натела", None, "Кварацхелия")


def test_woman_double_barrelled_surname_in_ich():
    assert _parts("Доклад был подготовлен Анной Ковальской-Петрович из Белграда.").get(
        "Анной Ковальской-Петрович") == ("Анна", None, "Ковальская-Петрович")


def test_apposition_adjective_read_as_noun_gives_gender():
    assert _parts("Решение принято при участии И. П. Хабибуллина, главного технолога.").get(
        "И. П. Хабибуллина") == ("И.", "П.", "Хабибуллин")


def test_spanish_double_surname_declines_in_both_parts():
    assert _parts("Министр поручил Хуану Гонсалесу Бонилье подготовить доклад.").get(
        "Хуану Гонсалесу Бонилье") == ("Хуан", None, "Гонсалес Бонилья")


def test_el_particle_opens_the_surname():
    assert _parts("Суд оправдал Мохаммеда Эль Хадди по всем пунктам.").get(
        "Мохаммеда Эль Хадди") == ("Мохаммед", None, "Эль Хадди")


@pytest.mark.parametrize("text, mention, parts", [
    ("Переговоры с Марией Луисой Рамирес затянулись.", "Марией Луисой Рамирес",
     ("Мария Луиса", None, "Рамирес")),
    ("Переписка с Анной Софией Мартинес де Уэрта длилась годами.", "Анной Софией Мартинес де Уэрта",
     ("Анна София", None, "Мартинес де Уэрта")),
])
def test_double_given_name_before_unchanged_surname(text, mention, parts):
    assert _parts(text).get(mention) == parts


def test_hyphenated_surname_before_first_name_and_patronymic():
    assert _parts("Саакян-Оганесян Лилит Ашотовна — лауреат премии правительства.").get(
        "Саакян-Оганесян Лилит Ашотовна") == ("Лилит", "Ашотовна", "Саакян-Оганесян")


@pytest.mark.parametrize("text, mention, parts", [
    ("О Лесовом в бригаде вспоминают с теплотой.", "Лесовом", (None, None, "Лесовой")),
    ("Встреча с Сабуровым-Черкасским состоялась в архиве.", "Сабуровым-Черкасским",
     (None, None, "Сабуров-Черкасский")),
])
def test_lone_surname_after_preposition(text, mention, parts):
    assert _parts(text).get(mention) == parts


def test_adjective_of_a_noun_is_no_surname():
    assert _parts("Поздравляем с Новым годом всех читателей.") == {}


def test_headline_speaker_before_colon():
    assert _parts("Головачёв: новый завод откроется весной").get("Головачёв") == (None, None, "Головачёв")
    assert _parts("Итоги: продажи выросли на треть") == {}
