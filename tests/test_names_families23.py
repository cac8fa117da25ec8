"""Name families of round 23 (real pipeline, own sentences, not in the gold files):
a first name that is a common noun too, opening the sentence before a surname
(entities/name_first_opening.py); more Chinese family names and the Korean Со as the first of
three words (lexicons/east_asian_surnames*.txt); adjectival surnames the dictionary lacks in
-ому/-ого/-ую (entities/name_readings.py); a man's first name beside a Georgian surname that stands
for either gender (entities/name_female_surnames.py); no inverted subject after a participle
(entities/name_subject_cues.py); "с" after a word of meeting governs the instrumental
(lexicons/name_partner_words.txt); a hyphenated first name the tagger read as a place before a
Spanish double surname in -е (entities/name_first_opening.py, lexicons/name_foreign_surnames.txt);
enterprises named by their place (lexicons/org_plant_heads.txt, entities/org_plant_spans.py);
quoted names after a farm noun (lexicons/org_quoted_heads.txt); no vocative of an organization's
name (entities/normal.py); a quoted name after a legal form that reads in no case of its slot
(entities/org_quoted_slot.py); a play staged in a theatre (entities/org_staged_title.py)."""
import pytest

import rufacts
from names_cases import org_name, person_at

OPENING = [
    ("Орлана Монгуша задержали в аэропорту Кызыла.", "Орлана Монгуша", ("Орлан", "Монгуш")),
    ("Абакан. Улана Ондара назначили главой района.", "Улана Ондара", ("Улан", "Ондар")),
]


@pytest.mark.parametrize("text, mention, parts", OPENING)
def test_a_first_name_that_is_a_common_noun_opens_the_sentence(text, mention, parts):
    got = person_at(text, mention)
    assert got is not None and (got[1], got[3]) == parts


def test_a_person_noun_opening_the_sentence_is_still_no_first_name():
    got = person_at("Гимнастка Мельникова выиграла золото.", "Мельникова")
    assert got is not None and got[1] is None and got[3] == "Мельникова"


EAST_ASIAN = [
    ("Соглашение подписал вице-премьер Китая Люй Цзиньпэн.", "Люй Цзиньпэн", ("Люй Цзиньпэн", "Цзиньпэн", "Люй")),
    ("Переговоры прошли с корейским министром Со Ён Хуном.", "Со Ён Хуном", ("Со Ён Хун", "Ён Хун", "Со")),
]


@pytest.mark.parametrize("text, mention, parts", EAST_ASIAN)
def test_east_asian_family_names_keep_their_order(text, mention, parts):
    got = person_at(text, mention)
    assert got is not None and (got[0], got[1], got[3]) == parts


ADJECTIVAL = [  # (words the dictionary lacks; one it has declines as it says: "Олегу Краснощёкому")
    ("Премию передали Олегу Белокопытому.", "Олегу Белокопытому", ("Олег", "Белокопытый")),
    ("Суд оправдал Анну Чернокосую.", "Анну Чернокосую", ("Анна", "Чернокосая")),
    ("Депутаты поддержали Ивана Толсторогого.", "Ивана Толсторогого", ("Иван", "Толсторогий")),
    ("Премию передали Олегу Краснощёкому.", "Олегу Краснощёкому", ("Олег", "Краснощекий")),
]


@pytest.mark.parametrize("text, mention, parts", ADJECTIVAL + [
    # a noun surname in -ом the analyzer reads rather as a noun keeps its dative -у
    ("Награду вручили Питеру Хансому.", "Питеру Хансому", ("Питер", "Хансом")),
])
def test_adjectival_surnames_the_dictionary_lacks(text, mention, parts):
    got = person_at(text, mention)
    assert got is not None and (got[1], got[3].replace("ё", "е")) == parts


GEORGIAN = [
    ("Об Александре Кобахидзе, владельце сети кафе, писали все газеты.", "Александре Кобахидзе", "Александр"),
    ("О Давиде Мчедлидзе, основателе сети пекарен, заговорили в Тбилиси.", "Давиде Мчедлидзе", "Давид"),
]


@pytest.mark.parametrize("text, mention, first", GEORGIAN)
def test_a_georgian_surname_gives_no_womans_weight(text, mention, first):
    got = person_at(text, mention)
    assert got is not None and got[1] == first


def test_a_womans_surname_in_e_still_stands_unchanged():
    got = person_at("Награду вручили Маргарите Ланге.", "Маргарите Ланге")
    assert got is not None and (got[1], got[3]) == ("Маргарита", "Ланге")


def test_no_subject_after_a_participle():
    got = person_at("Партию сыра, произведённую фермой Иона Русу, изъяли.", "Иона Русу")
    assert got is not None and (got[1], got[3]) == ("Ион", "Русу")


def test_with_after_a_meeting_governs_the_instrumental():
    got = person_at("Министр провёл встречу с Вамбуи Нгуги, главой агентства.", "Вамбуи Нгуги")
    assert got is not None and (got[1], got[3]) == ("Вамбуи", "Нгуги")


def test_with_after_a_verb_of_taking_keeps_the_genitive():
    got = person_at("Суд взыскал с Петра Кирьянова штраф.", "Петра Кирьянова")
    assert got is not None and (got[1], got[3]) == ("Петр", "Кирьянов")


def test_hyphenated_first_name_read_as_a_place_before_a_double_surname():
    got = person_at("Вчера говорили об Анне-Софии Инфанте Клементе.", "Анне-Софии Инфанте Клементе")
    assert got is not None and (got[1], got[3]) == ("Анна-София", "Инфанте Клементе")


PLANTS = [
    ("Директором Нижнекамского леспромхоза назначен Олег Сафин.", "Нижнекамского леспромхоза",
     "Нижнекамский леспромхоз"),
    ("Проверка на Чебоксарской птицефабрике выявила нарушения.", "Чебоксарской птицефабрике",
     "Чебоксарская птицефабрика"),
    ("Он работал на Ядринском мясном комбинате.", "Ядринском мясном комбинате", "Ядринский мясной комбинат"),
]


@pytest.mark.parametrize("text, mention, name", PLANTS)
def test_enterprises_named_by_their_place(text, mention, name):
    assert org_name(text, mention) == name


def test_a_quoted_name_after_a_farm_noun():
    text = "Крестьянское хозяйство «Зелёная долина» получило субсидию."
    assert org_name(text, "Зелёная долина") == "Зелёная долина"


@pytest.mark.parametrize("text, mention, name", [
    ("«Шахтань» проиграла в гостях.", "Шахтань", "Шахтань"),
    ("«Маргань» оштрафована за неявку.", "Маргань", "Маргань"),
])
def test_no_vocative_of_an_organizations_name(text, mention, name):
    assert org_name(text, mention) == name


def test_a_quoted_name_reading_in_no_case_of_its_slot_stands_as_written():
    text = "Главный инженер ТОО «Алтынсу Систем» ушёл в отставку."
    assert org_name(text, "ТОО «Алтынсу Систем»") == "Алтынсу Систем"


def test_a_play_staged_in_a_theatre_is_no_organization():
    text = "Режиссёр Иван Петров поставил в Саратовском академическом театре «Грозу»."
    names = [o.name for o in rufacts.extract(text).organizations]
    assert names == ["Саратовский академический театр"]


def test_a_theatre_with_its_own_quoted_name_keeps_it():
    text = "Он работает в Челябинском камерном театре «Манекен»."
    assert org_name(text, "Манекен") == "Манекен"
