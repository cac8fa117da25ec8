"""Long names of international bodies (entities/org_owned_heads.py, entities/org_place_tail.py,
entities/org_list_tails.py, entities/org_remit_tails.py): a capitalized head of
``lexicons/owned_body_heads.txt`` (структура, форум, миссия, группа, центр...) with its adjectives
is one body with the owner after it and the owner's remit; a mission's remit after its owner takes
in "в" + the place it serves; a remit's list of adjectives in hard and soft endings reaches its
noun; a fund takes its lower-case "для" remit."""
import pytest

import rufacts


def _org(text, mention):
    article = rufacts.extract(text)
    start = text.index(mention)
    best = None
    for org in article.organizations:
        for m in org.mentions:
            overlap = min(m.stop, start + len(mention)) - max(m.start, start)
            if overlap > 0 and (best is None or overlap > best[0]):
                best = (overlap, org.name)
    return best and best[1].replace("ё", "е")


@pytest.mark.parametrize("text, mention, name", [
    ("Заявление о вспышке холеры сделал Региональный центр ВОЗ по борьбе с инфекциями.",
     "Региональный центр ВОЗ по борьбе с инфекциями", "Региональный центр ВОЗ по борьбе с инфекциями"),
    ("Делегаты Азиатского форума ООН по водным ресурсам собрались в Маниле.",
     "Азиатского форума ООН по водным ресурсам", "Азиатский форум ООН по водным ресурсам"),
    ("Отчёт подготовила Совместная группа ОБСЕ по наблюдению.",
     "Совместная группа ОБСЕ по наблюдению", "Совместная группа ОБСЕ по наблюдению"),
])
def test_capitalized_head_before_its_owner_is_one_body(text, mention, name):
    assert _org(text, mention) == name


def test_mission_remit_takes_the_place_it_serves():
    text = "Наблюдатели Миссии ООН по наблюдению в Сирии покинули Хомс."
    assert _org(text, "Миссии ООН по наблюдению в Сирии") == "Миссия ООН по наблюдению в Сирии"


def test_embassy_without_remit_still_takes_place():
    text = "В Посольство Франции в Монголии поступило обращение."
    assert _org(text, "Посольство Франции в Монголии") == "Посольство Франции в Монголии"


def test_remit_adjectives_hard_and_soft_reach_their_noun():
    text = "Жалобу рассмотрит Комиссия ООН по политическим, гражданским и культурным правам."
    assert _org(text, "Комиссия ООН по политическим, гражданским и культурным правам") \
        == "Комиссия ООН по политическим, гражданским и культурным правам"


def test_lower_case_head_is_no_body():
    text = "Эксперты обсудили, как региональный форум АСЕАН влияет на торговлю."
    assert _org(text, "региональный форум") is None or "форум" not in _org(text, "региональный форум").lower()


def test_fund_takes_its_lower_case_remit_after_the_owner():
    text = "Проект школы в Уганде поддержал Фонд ООН для международного партнёрства."
    assert _org(text, "Фонд ООН для международного партнёрства") == "Фонд ООН для международного партнерства"
