"""Session 37, family slotcues37 (w333): people's names whose case the sentence shows around them.

- Initials and a surname the tagger read as a place or an organization right after a noun for a person
  in an oblique case are a person (entities/name_slot_cues.initials_in_post: "главы поселка Д. С. ...").
- A lone surname after a preposition of persons read as an organization is a person
  (entities/name_slot_cues.lone_surname_typed_org), after "благодаря", "вопреки" too.
- A name right after a transitive masculine past-tense verb with no subject before it that no man's
  nominative reads is the verb's object, in the accusative (entities/name_slot_cues.transitive_object);
  verbs of taking a person somewhere take the accusative (lexicons/name_verbs.tsv: "доставить",
  "привезти"), "отправить", "отдать", "направить" the accusative or the dative.
- After a South Slavic given name no East Slav bears (lexicons/name_south_slavic_given.txt), a word in
  -ович/-ич is the surname, not a patronymic (entities/name_solutions._foreign_first_as_surname)."""
import pytest

import rufacts


def _persons(text):
    return {(p.first, p.middle, p.last) for p in rufacts.extract(text).persons}


@pytest.mark.parametrize("text, first, middle, last", [
    ("Проверку в отношении главы поселка А. П. Кузеванова завершили в пятницу.", "А.", "П.", "Кузеванов"),
    ("Жалобы на заместителя главы поселка О. В. Зарудину поступали годами.", "О.", "В.", "Зарудина"),
])
def test_initials_after_a_post_read_as_a_place_are_a_person(text, first, middle, last):
    assert (first, middle, last) in _persons(text)


def test_initials_after_a_street_stay_no_person():
    assert not _persons("Ремонт дороги на улице Н. К. Кузеванова закончат к осени.")


@pytest.mark.parametrize("text, last", [
    ("К Зарудиной обратились местные жители.", "Зарудина"),
    ("Благодаря Зарудиной проект удалось завершить.", "Зарудина"),
])
def test_a_lone_surname_after_a_preposition_read_as_a_body_is_a_person(text, last):
    assert (None, None, last) in _persons(text)


@pytest.mark.parametrize("text, last", [
    ("Конвой доставил Кузеванова в зал заседаний.", "Кузеванов"),
    ("Патруль привёз Шелухина в отдел полиции.", "Шелухин"),
    ("Клуб отдал Кузеванова в аренду до конца сезона.", "Кузеванов"),
    ("Суд отправил Шелухина в колонию общего режима.", "Шелухин"),
    ("Конвой доставил Зарудину в больницу.", "Зарудина"),
])
def test_a_name_after_a_transitive_masculine_verb_is_its_object(text, last):
    assert (None, None, last) in _persons(text)


@pytest.mark.parametrize("text, last", [
    ("Губернатор отправил Кузеванову телеграмму.", "Кузеванов"),
    ("Операцию провёл Кузеванов.", "Кузеванов"),
    ("Отчёт подписала Зарудина.", "Зарудина"),
])
def test_the_dative_and_the_subject_after_the_verb_stay(text, last):
    assert (None, None, last) in _persons(text)


@pytest.mark.parametrize("text, first, last", [
    ("Главным тренером назначен Горан Павлович.", "Горан", "Павлович"),
    ("Министр встретился с Миодрагом Николичем в Белграде.", "Миодраг", "Николич"),
    ("О Зоране Петровиче в Нови-Саде знают все.", "Зоран", "Петрович"),
    ("Премию вручили Янезу Андреевичу из Любляны.", "Янез", "Андреевич"),
])
def test_a_south_slavic_given_name_takes_a_surname_in_ich(text, first, last):
    assert (first, None, last) in _persons(text)


@pytest.mark.parametrize("text, first, middle", [
    ("Иван Петрович рассказал о планах завода.", "Иван", "Петрович"),
    ("С Дамиром Ринатовичем мы работаем давно.", "Дамир", "Ринатович"),
])
def test_an_east_slavic_or_tatar_given_name_keeps_its_patronymic(text, first, middle):
    assert (first, middle, None) in _persons(text)
