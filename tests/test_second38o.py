"""Session 38, family second38o (w344): extents of descriptive body names left wrong by older blind
gold files.

- A remit's frame "в" + a noun of lexicons/remit_frame_nouns.tsv goes on from the remit: a noun
  with its adjective ("в гражданской авиации"), a noun alone ("в строительстве"); after a name
  ending in its field's genitive chain a noun with its adjective too ("в агропромышленном
  комплексе") (entities/org_remit_frames.py).
- A remit's "за" object takes adjectives the tagger read in another case (org_remit_objects).
- A name the tagger closed on "по" goes on over the remit, or loses the preposition
  (entities/org_remit_extents.py: dangling_remits).
- A name ending in "истории"/"культуры" takes the people and their land (people_scopes).
- A body's noun opening the sentence in the dative of an impersonal predicate names the body with
  every word up to the predicate (dative_openers).
- A span closed on "X и Y" of its field goes on over Y's genitive (org_genitive_and).
- One-word state bodies "Госагентство", "Госкомитет" take their "по" remit
  (lexicons/remit_capital_heads.txt)."""
import pytest

import rufacts


def _orgs(text):
    return {o.name for o in rufacts.extract(text).organizations}


@pytest.mark.parametrize("text, name", [
    ("Материалы проверки переданы Комиссии по расследованию аварий в гражданской авиации.",
     "Комиссия по расследованию аварий в гражданской авиации"),
    ("Иск подала Ассоциация по защите прав дольщиков в строительстве.",
     "Ассоциация по защите прав дольщиков в строительстве"),
    ("Нарушения выявлены Управлением ветеринарного надзора в агропромышленном комплексе.",
     "Управление ветеринарного надзора в агропромышленном комплексе"),
    ("Проверку провела Служба по надзору за техническим состоянием аттракционов.",
     "Служба по надзору за техническим состоянием аттракционов"),
    ("Руководство Международного совета по сквошу рассмотрит заявку.", "Международный совет по сквошу"),
    ("Экспонаты передали в Музей истории поляков в Сибири.", "Музей истории поляков в Сибири"),
    ("Федерации парусного спорта Калининградской области исполнилось 25 лет.",
     "Федерация парусного спорта Калининградской области"),
    ("Комитету по физической культуре в Казахстане придётся сократить расходы.",
     "Комитет по физической культуре в Казахстане"),
    ("Гости осмотрели фонды Центра истории и культуры казачества накануне праздника.",
     "Центр истории и культуры казачества"),
    ("Председатель Госкомитета по делам религий выступил с докладом.",
     "Госкомитет по делам религий"),
])
def test_extent(text, name):
    assert name in _orgs(text)


@pytest.mark.parametrize("text, name", [
    ("Компании Xiaomi удалось нарастить продажи.", "Xiaomi"),   # a descriptor before a name
    ("Выставка открылась в Музее истории в Самаре.", "Музей истории"),  # no people: the seat
])
def test_stops(text, name):
    assert name in _orgs(text)
