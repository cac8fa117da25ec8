"""Quoted media titles with a cue ("пишет «Коммерсантъ»") are organizations of category
media; a piece's own title is none (rufacts.entities.media)."""
from __future__ import annotations

import pytest


def _orgs(pipeline, text):
    return {m.text: o for o in pipeline.extract(text).organizations for m in o.mentions}


@pytest.mark.parametrize("text, title", [
    ("Как сообщает «Фонтанка», мост закроют в мае.", "Фонтанка"),
    ("По данным «Ведомостей», сделка сорвалась.", "Ведомостей"),
    ("Министр рассказал в интервью «Известиям» о планах ведомства.", "Известиям"),
    ("Об этом пишет «Частный корреспондент».", "Частный корреспондент"),
    ("В эфире «Серебряного дождя» выступил депутат.", "Серебряного дождя"),
    ("«Известия» сообщают, что закон примут в июне.", "Известия"),
    ("Губернатор уйдёт в отставку, со ссылкой на «Интерфакс» передаёт радио.", "Интерфакс"),
])
def test_quoted_title_with_a_cue_is_a_medium(pipeline, text, title):
    orgs = _orgs(pipeline, text)
    assert title in orgs
    assert orgs[title].category == "media"


@pytest.mark.parametrize("text", [
    "Подробности — в статье Частного корреспондента «Зима близко».",
    "Читайте в колонке Частного корреспондента «7 причин переехать в пригород».",
    "Об этом рассказано в материале «Частного корреспондента» «Зима близко».",
])
def test_a_piece_is_titled_after_its_medium(pipeline, text):
    orgs = _orgs(pipeline, text)
    assert [o.name for o in orgs.values()].count("Частный корреспондент") == 1
    assert orgs["Частного корреспондента"].category == "media"
    # the piece's own title is no organization
    assert not any(t.startswith(("Зима", "7")) for t in orgs)


def test_a_quoted_title_after_a_piece_word_alone_is_no_organization(pipeline):
    assert _orgs(pipeline, "Он опубликовал заметку «Почему мы проиграли выборы».") == {}
