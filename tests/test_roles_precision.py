"""Roles that belong to nobody named, or to someone else, and a few that stood hidden
(rufacts.entities.roles): a role
after a comma that runs into the next name, two people joined by "и" before one name,
an indefinite position word as the subject ("представитель ведомства заявил"), a role
inside reported speech, and the verb's gender choosing between the people named before."""
from __future__ import annotations

import pytest


def _roles(article, last):
    person = next(p for p in article.persons if p.last == last)
    return [(r.title, r.of) for r in person.roles]


def test_a_role_after_a_comma_that_runs_into_a_name_is_the_next_persons(pipeline):
    article = pipeline.extract(
        "На митинге выступили журналист Ольга Романова, председатель партии «Яблоко» "
        "Николай Рыбаков и другие.")
    assert _roles(article, "Рыбаков") == [("председатель", "Яблоко")]
    assert all(of != "Яблоко" for _, of in _roles(article, "Романова"))


def test_two_roles_joined_by_and_before_one_name_are_two_peoples(pipeline):
    article = pipeline.extract("Канцлер и первая леди Эмма Браун посетили приют.")
    assert _roles(article, "Браун") == []


def test_a_genitive_after_and_still_completes_the_role(pipeline):
    article = pipeline.extract(
        "Об этом заявил член Общественной палаты и Совета по правам человека Павел Гусев.")
    assert [t for t, _ in _roles(article, "Гусев")] == ["член"]


@pytest.mark.parametrize("text", [
    "Министр финансов Алексей Кудрин провёл встречу в Токио. Позже представитель "
    "японского министерства финансов сообщил журналистам о её итогах.",
    "Глава компании Игорь Сечин выступил на форуме. Эксперт отрасли заметил, что "
    "цены на нефть будут расти.",
])
def test_an_indefinite_role_as_the_subject_brings_in_someone_new(pipeline, text):
    article = pipeline.extract(text)
    person = article.persons[0]
    assert not any(r.title.startswith(("представитель", "эксперт")) for r in person.roles)


def test_an_indefinite_role_with_a_feminine_verb_is_the_woman_named_before(pipeline):
    article = pipeline.extract(
        "Об этом рассказала директор по развитию компании Siemens Анна Соколова. "
        "О сроках представитель Siemens ничего говорить не стала.")
    assert ("представитель", "Siemens") in _roles(article, "Соколова")


def test_a_role_in_reported_speech_is_not_the_speakers(pipeline):
    article = pipeline.extract(
        "Бывший кандидат в президенты Андрей Николаев дал интервью. По его словам, "
        "председатель КГБ лично угрожал его семье.")
    assert not any(r.title.startswith("председатель") for r in article.persons[0].roles)


def test_a_described_role_goes_to_the_person_the_verb_agrees_with(pipeline):
    article = pipeline.extract(
        "Ангела Меркель встретилась с Николя Саркози в Берлине. Канцлер Германии "
        "заявила, что переговоры были трудными.")
    assert ("канцлер", "Германия") in _roles(article, "Меркель")
    assert _roles(article, "Саркози") == []


def test_a_transcription_in_brackets_does_not_hide_the_apposition(pipeline):
    article = pipeline.extract(
        "«Полёт пройдёт по плану», — сказал Скотт Келли (Scott Kelly), бывший астронавт "
        "НАСА.")
    assert any(title.endswith("астронавт") and of == "НАСА"
               for title, of in _roles(article, "Келли"))


def test_a_position_after_a_post_word_is_the_subjects(pipeline):
    article = pipeline.extract(
        "Ольга Кравцова после ухода с поста министра финансов области возглавила банк.")
    assert any(r.title.startswith("министр") for r in article.persons[0].roles)


def test_a_speaker_role_goes_to_nobody_the_verb_disagrees_with(pipeline):
    article = pipeline.extract(
        "Анна Петрова открыла выставку в Казани. «Мы ждём гостей», — сказал глава "
        "галереи «Арт-Холл».")
    assert article.persons[0].roles == ()


@pytest.mark.parametrize("text, last, head, of", [
    ("Новым мэром Казани избран Иван Петров.", "Петров", "мэр", "Казань"),
    ("После отставки Игоря Белова капитаном команды стал Павел Мамаев.", "Мамаев", "капитан",
     None),
])
def test_a_role_in_the_instrumental_before_a_copula_and_a_name_is_that_persons(
        pipeline, text, last, head, of):
    roles = _roles(pipeline.extract(text), last)
    assert any(title.endswith(head) or head in title.split() for title, o in roles
               if o == of or of is None), roles


def test_a_complement_after_na_belongs_to_the_role(pipeline):
    article = pipeline.extract("Глава российской делегации на переговорах Владимир Мединский "
                               "передал предложения.")
    assert any(title.startswith("глава") for title, _ in _roles(article, "Мединский"))


def test_a_bare_role_takes_the_of_of_the_same_persons_fuller_one(pipeline):
    article = pipeline.extract(
        "Президент Финляндии Александр Стубб прибыл в Берлин. Встреча с президентом "
        "Александром Стуббом прошла за закрытыми дверями.")
    assert {of for _, of in _roles(article, "Стубб")} == {"Финляндия"}


def test_a_bare_role_keeps_no_of_where_the_fuller_ones_disagree(pipeline):
    article = pipeline.extract(
        "Президент России Иван Петров и президент ФИДЕ Иван Петров -- разные люди. "
        "Президент Иван Петров промолчал.")
    assert {of for _, of in _roles(article, "Петров")} == {"Россия", "ФИДЕ", None}
