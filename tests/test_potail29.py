"""A "по" phrase after a body's name that belongs to the word before the name stays out of the
name: the topic of a noun ("решение суда по делу") or the remit of a post ("спецпосланник ООН по
Сирии"); a remit body, a team and a territorial branch keep theirs."""
import pytest

import rufacts


def _orgs(text):
    return {o.name for o in rufacts.extract(text).organizations}


@pytest.mark.parametrize("text, name", [
    ("Обжалование решения Хамовнического суда по делу активистов назначено на май.", "Хамовнический суд"),
    ("Аналитики обсудили прогноз Всемирного банка по ценам на медь.", "Всемирный банк"),
    ("Голосование Совета Федерации по закону о митингах отложено.", "Совет Федерации"),
    ("Жалобы на позицию Росавиации по возврату билетов копятся.", "Росавиация"),
    ("Свежие данные Росстата по зарплатам удивили экономистов.", "Росстат"),
])
def test_topic_of_the_noun_before_stays_out(text, name):
    assert name in _orgs(text)


@pytest.mark.parametrize("text, name", [
    ("В Женеве выступил специальный представитель ООН по Ирану.", "ООН"),
    ("Советник Белого дома по энергетике покинул администрацию.", "Белый дом"),
    ("Заместитель главы Минцифры по связи с регионами провёл совещание.", "Минцифры"),
    ("Старший вице-президент ВТБ по рознице дал интервью телеканалу.", "ВТБ"),
])
def test_remit_of_the_post_before_stays_out(text, name):
    assert name in _orgs(text)


@pytest.mark.parametrize("text, name", [
    ("Председатель Комиссии Мосгордумы по экологической политике ответил на вопросы.",
     "Комиссия Мосгордумы по экологической политике"),
    ("Заместитель начальника УМВД России по Калужской области ушёл в отставку.",
     "УМВД России по Калужской области"),
    ("Главный тренер сборной Бразилии по волейболу назвал состав.", "сборная Бразилии по волейболу"),
])
def test_own_remit_branch_and_sport_stay_in(text, name):
    assert name in _orgs(text)


def test_case_and_bill_are_no_remit_of_any_body():
    # "по делу", "по законопроекту" in the singular: a case, a bill
    assert "Арбитражный суд Москвы" in _orgs("Арбитражный суд Москвы по делу о банкротстве назначил управляющего.")
