"""Second look at names-blind-33 (persons): South Asian, Arab and Sinhalese names in oblique cases
(lexicons/name_foreign_first_names.tsv, lexicons/name_endings.tsv: -улла, -тунга, -иста), a surname after
ван/фон (entities/name_surname_e.py), double-barrelled surnames with a frozen first part
(entities/name_readings.py), two given names kept in text order (entities/name_solutions.py), the father's
name after бин (entities/name_particles.py), Khmer names (entities/names_asian.py), a lone surname after
"на" (entities/name_lone_oblique.py), a first name that is a common noun before an adjectival surname
(entities/names_missed.py), a foreign given name that is also a title, and a name after an honoree
(entities/names_spans.py, entities/name_honoree.py). Sentences of their own, not the gold's."""
import pytest

import rufacts


def _persons(text):
    return {(p.name, p.first, p.last) for p in rufacts.extract(text).persons}


@pytest.mark.parametrize("text, person", [
    ("Оппозиция потребовала отставки Сураджа Тхапы после провала переговоров.", ("Сурадж Тхапа", "Сурадж", "Тхапа")),
    ("Следователи расспрашивали о Хидаятулле Салехи его соседей.", ("Хидаятулла Салехи", "Хидаятулла", "Салехи")),
    ("В заявлении партии говорится о Чаминде Ранатунге как о будущем спикере.", ("Чаминда Ранатунга", "Чаминда", "Ранатунга")),
    ("Премию за репортаж вручили Анне Эванхелисте из Манилы.", ("Анна Эванхелиста", "Анна", "Эванхелиста")),
])
def test_a_final_e_or_a_goes_to_the_right_nominative(text, person):
    assert person in _persons(text)


@pytest.mark.parametrize("text, person", [
    ("В отчёте аудиторов о Рулофе ван Вейке нет ни слова о долгах.", ("Рулоф ван Вейк", "Рулоф", "ван Вейк")),
    ("Историки спорят о Михаиле Бонч-Бруевиче до сих пор.", ("Михаил Бонч-Бруевич", "Михаил", "Бонч-Бруевич")),
])
def test_a_man_s_surname_in_e_is_a_consonant_stem(text, person):
    assert person in _persons(text)


def test_two_given_names_keep_their_order():
    assert ("Уэллингтон Пьер-Луи", "Уэллингтон", "Пьер-Луи") in _persons(
        "Фильм об Уэллингтоне Пьер-Луи покажут на фестивале в Каннах.")


def test_the_father_s_name_after_bin_goes_to_the_nominative():
    assert ("Мохд Хафиз бин Омар", "Мохд Хафиз", "бин Омар") in _persons(
        "Суд оправдал Мохд Хафиз бин Омара по всем пунктам обвинения.")


def test_a_khmer_given_name_after_the_family_name_declines():
    assert ("Кхьеу Вибот", "Вибот", "Кхьеу") in _persons(
        "Министр встретился с Кхьеу Виботом в Пномпене.")


def test_a_lone_surname_after_na_in_the_prepositional():
    assert ("Шипуновский", None, "Шипуновский") not in _persons("Все надежды возлагали на Шипуновского.")
    assert ("Кочубаев", None, "Кочубаев") in _persons("На Кочубаеве держалась вся работа отдела.")


def test_a_place_after_na_stays_a_place():
    assert not _persons("Туристы отдыхали на Сахалине всё лето.")


@pytest.mark.parametrize("text, person", [
    ("Мэр наградил Олимпиаду Рязанскую почётной грамотой.", ("Олимпиада Рязанская", "Олимпиада", "Рязанская")),
])
def test_a_first_name_that_is_a_common_noun_before_an_adjectival_surname(text, person):
    assert person in _persons(text)


def test_a_given_name_spelt_as_a_title_stays_in_the_name():
    assert ("Папе Бабакар Сарр", "Папе Бабакар", "Сарр") in _persons("Гол забил полузащитник Папе Бабакар Сарр.")
    assert ("Франциск", "Франциск", None) in _persons("Письмо направили Папе Франциску.")


def test_a_name_after_an_honoree_is_a_person_of_its_own():
    assert ("Мизанур Рахман", "Мизанур", "Рахман") in _persons(
        "Президент аэропорта имени Шахджалаля Мизанур Рахман ушёл в отставку.")
