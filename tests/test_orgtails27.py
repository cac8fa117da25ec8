"""Organizations cut inside their descriptive tail or missed in lower case with their remit
(rufacts.entities.org_list_tails, org_remit_bodies; the "по" remit of a capitalized head in
org_capital_heads)."""
import pytest

import rufacts


def _orgs(text):
    return {m["text"]: o["name"] for o in rufacts.extract(text).as_json()["organizations"] for m in o["mentions"]}


@pytest.mark.parametrize("text, mention, name", [
    # a list of like words after the remit's noun, closed by "и"
    ("Поправки внёс Комитет по делам ветеранов, инвалидов и пенсионеров областной думы.",
     "Комитет по делам ветеранов, инвалидов и пенсионеров", "Комитет по делам ветеранов, инвалидов и пенсионеров"),
    # an adjective left without its noun
    ("Сотрудники Института теоретической, прикладной и вычислительной механики провели опыт.",
     "Института теоретической, прикладной и вычислительной механики",
     "Институт теоретической, прикладной и вычислительной механики"),
    # "в сфере" after a "по" remit
    ("Нарушения выявила Служба по надзору в сфере образования края.",
     "Служба по надзору в сфере образования", "Служба по надзору в сфере образования"),
    # a lower-case body named by its remit
    ("Вопрос рассмотрит комитет по аграрной политике и продовольствию на следующей неделе.",
     "комитет по аграрной политике и продовольствию", "комитет по аграрной политике и продовольствию"),
    ("Документы передали в комиссию по борьбе с допингом.",
     "комиссию по борьбе с допингом", "комиссия по борьбе с допингом"),
    # a capitalized head with "по ... за ..."
    ("Отчёт опубликовал Комитет по надзору за ядерной безопасностью.",
     "Комитет по надзору за ядерной безопасностью", "Комитет по надзору за ядерной безопасностью"),
])
def test_whole_mention(text, mention, name):
    assert _orgs(text).get(mention) == name


@pytest.mark.parametrize("text, absent", [
    ("Он окончил Омское танковое училище и военный факультет академии.", "Омское танковое училище и военный факультет"),
    ("Депутаты Московской областной думы и жители района встретились.", "Московской областной думы и жители"),
    ("Сержант проходил службу по контракту в министерстве обороны.", "службу по контракту"),
    ("Банк снизил комиссию по кредиту для малого бизнеса.", "комиссию по кредиту"),
])
def test_no_overreach(text, absent):
    assert not any(absent in m for m in _orgs(text))


def test_no_bare_head_reference_inside_a_remit_body():
    orgs = _orgs("Его избрали в комитет по жилищной политике. Позже он возглавил комитет по жилищной политике.")
    assert "комитет" not in orgs
