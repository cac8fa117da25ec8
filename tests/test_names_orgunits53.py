"""Organizations without a quoted name (orgunits53, real pipeline): a plant's shop named by its
work, a city the tagger left out after an institution's descriptive name, a unit cut from its owner
(a "по" remit, a common owner noun), a short participle and a monastic rank kept out of a name, a
unit's kind adjective opening the sentence, a body's "по" remit, the labour inspectorate; with near
misses."""
import pytest

import rufacts


def orgs(text: str) -> list[str]:
    return [o.name for o in rufacts.extract(text).organizations]


@pytest.mark.parametrize("text, want", [
    # a plant's shop by its work's adjective or participle (org_kind_units.tsv, row цех)
    ("Зарплату в штамповочном цехе подняли на десять процентов.", "штамповочный цех"),
    ("Рабочие металлообрабатывающего цеха вышли на забастовку.", "металлообрабатывающий цех"),
    ("Литейный цех остановят на ремонт в августе.", "литейный цех"),
    # a city after an institution's descriptive name the tagger left out (org_city_genitives)
    ("Выставку открыли в Королевском музее Монса на прошлой неделе.", "Королевский музей Монса"),
    ("Гастроли Симфонического оркестра Намюра отменили.", "Симфонический оркестр Намюра"),
    # a unit's "по" remit and a common owner noun (org_unit_owner_splits)
    ("Справку выдали в отделе по работе с абитуриентами Омского аграрного университета.",
     "отдел по работе с абитуриентами"),
    ("Письмо подписал начальник отдела развития рыбоводства областного минсельхоза.", "отдел развития рыбоводства"),
    # a short participle before a unit's head (org_unit_leads)
    ("Микроскопы переданы кафедре ботаники Алтайского государственного университета.", "кафедра ботаники"),
    # a monastic rank after a body (org_rank_tails)
    ("По словам ректора Пермской духовной семинарии игумена Серафима, набор закрыт.", "Пермская духовная семинария"),
    # a unit's kind adjective opening the sentence in the nominative (org_opening_units)
    ("Следственный отдел по Заводскому району задержал подозреваемого.", "следственный отдел по Заводскому району"),
    # a "по" remit the tagger left out after a body's head (detached_remits)
    ("Глава Угандийского совета по кофе объявил о рекордном урожае.", "Угандийский совет по кофе"),
    # the labour inspectorate with the region it serves (fixed_bodies.txt)
    ("Государственная инспекция труда в Республике Коми оштрафовала подрядчика.",
     "Государственная инспекция труда в Республике Коми"),
])
def test_named(text, want):
    assert want in orgs(text)


@pytest.mark.parametrize("text, unwanted", [
    ("Проблема в том, что в новом цехе нет вентиляции.", "новый цех"),  # no kind's adjective
    ("Об этом рассказал ректор Казанского университета Ильин.", "Казанский университет Ильина"),  # a person's surname in the dictionary
    ("Иск подали в Верховный суд по делу о банкротстве.", "Верховный суд по делу о банкротстве"),  # no remit head
    ("Кандидатуру предложил настоятель Никольского монастыря архимандрит Савва.", "Никольский монастырь архимандрит"),
    ("Следственное управление по Тверской области возбудило дело.", "следственное управление по Тверской области"),
    # a constituency after a council is where its deputy was elected, no remit
    ("Он избран депутатом Тульского городского совета по избирательному округу № 12.",
     "Тульский городской совет по избирательному округу № 12"),
    ("Она избрана депутатом Орловского областного совета по одномандатному округу.",
     "Орловский областной совет по одномандатному округу"),
])
def test_not_named(text, unwanted):
    assert unwanted not in orgs(text)
