"""Session 44, family lone44 (w384): lone surnames in oblique cases.

- A verb that takes its person in the accusative (lexicons/name_verbs.tsv: "поместить",
  "зарегистрировать", ...) makes an -ову, -еву, -ину a woman's accusative, not a man's dative.
- A full passive participle after its head, before a name, takes its agent in the instrumental (or its
  recipient in the dative), not the accusative its verb takes (entities/name_participle_agent.py:
  "приглашённые Шимановским").
- A verb of a threat, a lack or luck in a form of no person takes a dative experiencer
  (lexicons/name_dative_experiencer_verbs.txt, entities/name_dative_cues.py).
- A person noun's genitive dependent the tagger leaves without a case is read by the dictionary
  (entities/name_apposition.py), and a surname with a fleeting vowel stands in apposition to the post
  (entities/name_post_surname.py).
"""
import pytest

import rufacts


def _persons(text):
    return {p.name for p in rufacts.extract(text).persons}


@pytest.mark.parametrize("text, name", [
    # an accusative verb: her -ову, not his dative
    ("Рябинину поместили в изолятор временного содержания.", "Рябинина"),
    ("Сомову зарегистрировали кандидатом в депутаты.", "Сомова"),
    ("Горизбирком отказался регистрировать Л. П. Ставрову кандидатом в мэры.", "Л. П. Ставрова"),
    # a full passive participle: its agent, not the accusative of its verb
    ("Депутаты, приглашённые Шимковским, покинули зал.", "Шимковский"),
    ("Кандидаты, поддержанные Вержбицким на праймериз, прошли в думу.", "Вержбицкий"),
    # an experiencer's dative before a verb of a threat or a lack
    ("Озкану грозит депортация из страны.", "Озкан"),
    ("Эрдемиру грозит до пяти лет тюрьмы.", "Эрдемир"),
    ("Байрактару светит пожизненный срок.", "Байрактар"),
    # a surname with a fleeting vowel after a post; a genitive dependent the tagger left with no case
    ("Благодарность объявили командиру экипажа Гуманцу.", "Гуманец"),
    ("Благодарность объявили командиру воздушного судна Коломийцеву.", "Коломийцев"),
])
def test_lone_oblique(text, name):
    assert name in _persons(text)


@pytest.mark.parametrize("text, name", [
    # his accusative -а, his dative before the thing given
    ("Конвой поместил Рябинина в изолятор временного содержания.", "Рябинин"),
    ("Администрация выделила Рябинину квартиру в новом доме.", "Рябинин"),
    # a finite verb's object; a participle with no head before it agrees with the name
    ("Губернатор пригласил Полонскую на приём.", "Полонская"),
    ("Задержанного Бекмурзаева А. Х. доставили в отдел полиции.", "А. Х. Бекмурзаев"),
    # a subject before a verb of a threat in a form of a person
    ("Ведерникова грозила подать в суд на управляющую компанию.", "Ведерникова"),
    ("Йылдырыму не хватило трёх секунд до рекорда.", "Йылдырым"),
    # no fleeting vowel in a German surname in -рц
    ("Грамоту вручили директору завода Шварцу.", "Шварц"),
])
def test_neighbours(text, name):
    assert name in _persons(text)
