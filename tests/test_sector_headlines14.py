"""Headline and news-wire grammar of sector counts (rufacts.grammars.sector_headlines and the
``phase`` cues of sector_cues.tsv, w149). Sentences written for this test."""
import pytest

import rufacts


def _counts(text):
    return {(c.count, c.object, c.sector, c.total) for c in rufacts.extract(text).sector_counts}


POSITIVES = [
    # the count last after a place lead: "<adjectives> <noun gen. pl.> — N"
    ("Калуга: сахарных заводов — 3, молочных — 5",
     (3, "завод", "сахарная промышленность", None)),
    ("Мурманская обл.: рыбоводных хозяйств — 14, из них 9 небольшие",
     (9, "хозяйство", "рыбоводство", 14)),
    ("Мурманская обл.: рыбоводных хозяйств — 14, из них 9 небольшие",
     (14, "хозяйство", "рыбоводство", None)),
    ("Липецк: станкостроителей — 12, годом ранее — 9",
     (9, "станкостроитель", "станкостроение", None)),
    ("Липецк: станкостроителей — 12, годом ранее — 9",
     (12, "станкостроитель", "станкостроение", None)),
    ("Карелия: лесопильных предприятий — 40, пеллетных из них — 6",
     (6, "предприятие", "производство пеллет", 40)),
    # a list of places
    ("Приморье — 11 рыбоводных заводов, Камчатка — 6: лососевая программа продлена",
     (6, "завод", "рыбоводство", None)),
    # states are no sectors; a topic lead of a trade's people gives the industry
    ("Кузбасские угольщики: 5 шахт — на консервации, 3 — в простое",
     (3, "шахта", "угольная промышленность", None)),
    ("Кузбасские угольщики: 5 шахт — на консервации, 3 — в простое",
     (5, "шахта", "угольная промышленность", None)),
    # verbs of phase, switching, repairing keep the noun's adjective
    ("Курская обл.: 4 сахарных завода завершили переработку свёклы",
     (4, "завод", "сахарная промышленность", None)),
    ("5 комбикормовых заводов Черноземья перешли на российские витамины",
     (5, "завод", "комбикорма", None)),
    ("Ставрополье: 6 молочных заводов приостановили выпуск творога",
     (6, "завод", "молочная промышленность", None)),
    # adjectives of trades before facility nouns
    ("Архангельская обл.: 9 лесопилок, 3 пеллетных завода и два ЦБК",
     (3, "завод", "производство пеллет", None)),
    ("В дельте Волги — 6 икорных цехов", (6, "цех", "переработка икры", None)),
    ("В Якутии — 4 алмазодобывающих предприятия", (4, "предприятие", "добыча алмазов", None)),
    # headline abbreviations do not break the sentence
    ("Хабаровский кр.: в ТОР «Хабаровск» 40 резидентов, в т. ч. 12 логистических компаний",
     (12, "компания", "логистика", 40)),
    ("Тамбовская обл. 3 сахарных завода начали переработку свёклы.",
     (3, "завод", "сахарная промышленность", None)),
    ("Новосибирская обл. — 120 ед. техники закуплено для 30 хозяйств АПК",
     (30, "хозяйство", "АПК", None)),
    # a sibling differing by place only, after the same preposition
    ("Роботов для складов делают шесть компаний из Москвы, а две — из Томска.",
     (2, "компания", "роботы для складов", None)),
    ("Чипы для датчиков проектируют четыре стартапа из Зеленограда и два — из Томска",
     (2, "стартап", "чипы для датчиков", None)),
]


@pytest.mark.parametrize("text,expected", POSITIVES)
def test_headline_counts(text, expected):
    assert expected in _counts(text)


NEGATIVES = [
    # states of sites are never sectors
    ("Тульская обл.: 4 завода — на ремонте", "ремонт"),
    ("Курс дня: доллар — 92, евро — 99", None),
    ("Итоги сезона: побед — 12, поражений — 3", None),
    ("Москва — 15 новых ресторанов, Петербург — 8% роста", None),
    ("Тверь: жителей — 420, из них 60 пенсионеры", None),
    ("Кострома: нефтяных скважин — 30", None),
    ("Липецк: ресторанов — 12, закрыто 3", None),
    ("Шесть компаний из Москвы подписали соглашение, три — из Томска.", None),
    # a lead with a sector word is the topic: a bare noun's own trade is not read
    ("Итоги туристического лета на Алтае: гостиниц — 70, кемпингов — 12", "гостиничный бизнес"),
]


@pytest.mark.parametrize("text,bad", NEGATIVES)
def test_headline_non_counts(text, bad):
    found = _counts(text)
    if bad is None:
        assert not any(c[0] in (92, 99, 12, 3, 8, 420, 60, 30) and c[1] not in (
            "ресторан",) for c in found), found
        assert not any(c[0] == 8 for c in found), found
    else:
        assert not any(c[2] == bad for c in found), found


def test_phase_verb_keeps_no_adjective_reading():
    # no adjective on the counted noun: the verb's complement still names the sector
    assert (50, "хозяйство", "разведение яков", None) in _counts(
        "Полсотни хозяйств перейдут на разведение яков.")
