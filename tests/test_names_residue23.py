"""Name families of the names files' residue, round 23 (real pipeline, own sentences, not in the gold files): the gender of a
past-tense verb right before a name that has no other subject (entities/name_verb_agreement.py);
quoted names in apposition that stand as written (entities/org_apposed.py) and descriptors of trades
(lexicons/org_descriptors.txt); Vietnamese women's names with "Тхи" and more Chinese family names
(entities/names_asian.py, lexicons/east_asian_surnames.txt)."""
import pytest

from names_cases import org_name, person_at

# -- a verb's gender decides the name's: the name is its only possible subject
SUBJECTS = [
    ("Сольный концерт дала Саяна Хомушку.", "Саяна Хомушку", ("Саяна", "Хомушку")),
    ("Вчера в филармонии выступила Саяна Монгуш.", "Саяна Монгуш", ("Саяна", "Монгуш")),
    ("Кубок области выиграла румынка Андрея Ионеску.", "Андрея Ионеску", ("Андрея", "Ионеску")),
    ("Главный приз фестиваля получила Андрея Попа.", "Андрея Попа", ("Андрея", "Попа")),
]


@pytest.mark.parametrize("text, mention, parts", SUBJECTS)
def test_a_verb_with_no_other_subject_gives_its_gender(text, mention, parts):
    got = person_at(text, mention)
    assert got is not None and (got[1], got[3]) == parts


OBJECTS = [
    # a feminine subject before the verb: the name is its object, a man's accusative
    # (Хомушку: a Tuvan surname in a vowel, unchanged; lexicons/name_foreign_surnames.txt)
    ("Полиция задержала Саяна Хомушку в аэропорту.", "Саяна Хомушку", ("Саян", "Хомушку")),
    ("Она встретила Андрея Ионеску на вокзале.", "Андрея Ионеску", ("Андрей", "Ионеску")),
    # a man's title before a feminine verb is a woman's: the subject is there
    ("Министр культуры края поздравила Андрея Ионеску с премьерой.", "Андрея Ионеску", ("Андрей", "Ионеску")),
    # a second predicate of an earlier subject
    ("Мария вернулась в Кызыл и встретила Саяна Хомушку.", "Саяна Хомушку", ("Саян", "Хомушку")),
    # an inanimate subject the tagger may read as an accusative: the name is the dative
    ("Роль в новом сериале досталась Саше Бортич.", "Саше Бортич", ("Саша", "Бортич")),
    ("Титул лучшего игрока достался Эрлингу Холанну.", "Эрлингу Холанну", ("Эрлинг", "Холанн")),
]


@pytest.mark.parametrize("text, mention, parts", OBJECTS)
def test_a_verb_with_its_own_subject_leaves_the_name_its_case(text, mention, parts):
    got = person_at(text, mention)
    assert got is not None and (got[1], got[3]) == parts


# -- quoted names in apposition, as written
APPOSED = [
    ("Грант получил фонд «Память Севера».", "Память Севера", "Память Севера"),
    ("Газета «Вести Урала» закрылась после сорока лет работы.", "Вести Урала", "Вести Урала"),
    ("Директор сети кофеен «Бодрячки» продал бизнес.", "Бодрячки", "Бодрячки"),
    ("В поисковом отряде «Беркут» сейчас тридцать человек.", "Беркут", "Беркут"),
    ("Спор между совладельцами пивоварни «Таёжная» урегулирован.", "Таёжная", "Таёжная"),
    ("Права на книгу купила кинокомпания «Тихий берег».", "Тихий берег", "Тихий берег"),
    ("Руководство артелью «Ленские россыпи» сменилось.", "Ленские россыпи", "Ленские россыпи"),
]


@pytest.mark.parametrize("text, mention, name", APPOSED)
def test_quoted_names_in_apposition_stand_as_written(text, mention, name):
    assert org_name(text, mention) == name


DECLINED = [
    # a descriptor second heads the name: the frozen first word, the second declines
    ("Клиенты «Почта Банка» жалуются на очереди.", "Почта Банка", "Почта Банк"),
    # people in the genitive after a descriptor: the name is their organization's, declined
    ("Правление «Татнефти» утвердило бюджет.", "Татнефти", "Татнефть"),
]


@pytest.mark.parametrize("text, mention, name", DECLINED)
def test_other_quoted_names_still_decline(text, mention, name):
    assert org_name(text, mention) == name


# -- East Asian names
ASIAN = [
    ("Гостей встречала хозяйка ресторана Кхуат Тхи Лан.", "Кхуат Тхи Лан", ("Тхи Лан", "Кхуат")),
    ("Партию с вьетнамкой Дам Тхи Хоа признали ничейной.", "Дам Тхи Хоа", ("Тхи Хоа", "Дам")),
    ("Инженеры встретились с Фань Цзяньго, представителем покупателя.", "Фань Цзяньго", ("Цзяньго", "Фань")),
    ("Переговоры с Гоу Вэйлуном прошли в Харбине.", "Гоу Вэйлуном", ("Вэйлун", "Гоу")),
]


@pytest.mark.parametrize("text, mention, parts", ASIAN)
def test_east_asian_family_names_come_first(text, mention, parts):
    got = person_at(text, mention)
    assert got is not None and (got[1], got[3]) == parts


# -- cues before and after the name
CUES = [
    # an Indian man's given name in the nominative: his surname in -е stands so
    ("Пациентов принимает индийский офтальмолог Санджай Кулкарни-Ганде.", "Санджай Кулкарни-Ганде",
     ("Санджай", "Кулкарни-Ганде")),
    ("Лекцию прочитал профессор Раджеш Дешпанде.", "Раджеш Дешпанде", ("Раджеш", "Дешпанде")),
    # an academic degree: the name is in the degree noun's case
    ("Заведующая кафедрой, кандидат химических наук Е. В. Ломакина, выступит с докладом.",
     "Е. В. Ломакина", ("Е.", "Ломакина")),
    # a participle after a comma agrees with the name
    ("Приз вручили Фернанду Кошта Ребелу, возглавлявшему жюри.", "Фернанду Кошта Ребелу",
     ("Фернанду", "Кошта Ребелу")),
    # a determiner before a foreign name the tagger reads as neuter
    ("Такого Марио Ланцу публика ещё не слышала.", "Марио Ланцу", ("Марио", "Ланца")),
    # a hyphenated given name of known names declines before an indeclinable surname
    ("О Жане-Батисте Дюбуа писали все газеты.", "Жане-Батисте Дюбуа", ("Жан-Батист", "Дюбуа")),
]


@pytest.mark.parametrize("text, mention, parts", CUES)
def test_cues_around_the_name(text, mention, parts):
    got = person_at(text, mention)
    assert got is not None and (got[1], got[3]) == parts


def test_a_position_word_opening_the_sentence_before_initials_is_no_name_part():
    got = person_at("Профессору А. Б. Ковалёвой присвоили звание почётного гражданина.", "А. Б. Ковалёвой")
    assert got is not None and got[0] == "А. Б. Ковалёва"


# -- Greek surnames in -у stand unchanged after a Greek given name; -юле is of -юль
GREEK = [
    ("Контракт подписали с Костасом Георгиу.", "Костасом Георгиу", ("Костас", "Георгиу")),
    ("Верфь принадлежит Ставросу Николау.", "Ставросу Николау", ("Ставрос", "Николау")),
    # the dative of a surname in -ос declines
    ("Премию вручили Яннису Пападопулосу.", "Яннису Пападопулосу", ("Яннис", "Пападопулос")),
    ("Статья о Мехмете Гюргюле вышла вчера.", "Мехмете Гюргюле", ("Мехмет", "Гюргюль")),
]


@pytest.mark.parametrize("text, mention, parts", GREEK)
def test_greek_surnames_in_u_and_turkish_in_yul(text, mention, parts):
    got = person_at(text, mention)
    assert got is not None and (got[1], got[3]) == parts


# -- institutions named by their adjective (lexicons/institution_nouns.txt)
INSTITUTIONS = [
    ("Ребёнка прооперировали в Новоборском кардиоцентре.", "Новоборском кардиоцентре", "Новоборский кардиоцентр"),
    ("Сход граждан провёл Сосновский сельсовет.", "Сосновский сельсовет", "Сосновский сельсовет"),
    ("Решение приняли в Нобелевской ассамблее.", "Нобелевской ассамблее", "Нобелевская ассамблея"),
]


@pytest.mark.parametrize("text, mention, name", INSTITUTIONS)
def test_institutions_named_by_their_adjective(text, mention, name):
    assert org_name(text, mention) == name
