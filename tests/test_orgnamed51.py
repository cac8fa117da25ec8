"""Named organizations, family orgnamed51: a mine, a pit, a medical centre before a quoted name
(lexicons/org_quoted_heads.txt); a flying club, a film school, a mine, a customs post, a town's duma and
a sea or river port named by a place's adjective (lexicons/institution_nouns.txt); a people's body by a
capitalized head and its people's adjective with a field noun (entities/org_people_societies.py); a
union's one-word name of stumps with "проф" (entities/org_union_stumps.py); a quoted name a player
moves into (entities/org_quoted_moves.py) or that a naming verb calls a taxpayer
(lexicons/org_named_as_nouns.txt); the nominative of a name ending in a plural-only noun or a short
feminine noun (entities/org_compound_names.py), of an unknown plural adjective with its noun
(entities/org_frozen_names.py), of a foreign two-word name after its descriptor whose second word reads
as a being's genitive (entities/org_apposed.py). Neighbours that must not change. Sentences of this
file's own, not the gold's."""
import pytest

import rufacts


def _orgs(text):
    return {o.name for o in rufacts.extract(text).organizations}


@pytest.mark.parametrize("text, name", [
    # a mine, a pit, a medical centre before its quoted name
    ("Добычу на шахте «Осинниковская» остановили из-за метана.", "Осинниковская"),
    ("Экскаваторы разреза «Краснобродский» вывезли миллион тонн вскрыши.", "Краснобродский"),
    ("Забой рудника «Мир» затопило весной.", "Мир"),
    ("Пациенты медцентра «Вияна» получили бесплатные анализы.", "Вияна"),
    # institutions named by a place's adjective
    ("Пилоты Ульяновского аэроклуба показали фигуры высшего пилотажа.", "Ульяновский аэроклуб"),
    ("Студенты Московской киношколы сняли короткий метр.", "Московская киношкола"),
    ("На Гайском руднике заменили клеть.", "Гайский рудник"),
    ("Инспекторы Хасанского таможенного поста досмотрели автобус.", "Хасанский таможенный пост"),
    ("Депутаты Серпуховской городской думы утвердили отчёт мэра.", "Серпуховская городская дума"),
    ("Уголь отгружают через Ванинский морской порт.", "Ванинский морской порт"),
    # a people's body: its head, the people's adjective and a field noun
    ("Обществу удмуртской культуры подарили библиотеку.", "Общество удмуртской культуры"),
    ("Грамоту вручили Союзу абхазского народа.", "Союз абхазского народа"),
    # a union's name of stumps with "проф"
    ("Встреча с Роспрофавиа прошла без журналистов.", "Роспрофавиа"),
    ("Соглашение с Башпрофнефтехимом подписали вчера.", "Башпрофнефтехим"),
    # a quoted club moved into, a quoted company called a taxpayer
    ("Нападающий перешёл в «Депортиво Кали» в январе.", "Депортиво Кали"),
    ("Губернатор назвал «Боливар Энерхия» крупнейшим работодателем штата.", "Боливар Энерхия"),
    # nominatives
    ("Специалисты Бурятнедра выдали три лицензии.", "Бурятнедра"),
    ("В «Нейрогавани» назначили нового директора.", "Нейрогавань"),
    ("Очерк вышел в газете «Заозёрные вести».", "Заозёрные вести"),
    ("Руководитель энергетической компании «Скагафьорд Орка» дал интервью.", "Скагафьорд Орка"),
])
def test_named_organizations(text, name):
    assert name in _orgs(text)


@pytest.mark.parametrize("text, name", [
    # neighbours that stay as they were
    ("Кредит выдали клиенты «Тинькофф Банка».", "Тинькофф Банк"),
    ("Представители Росрыболовства приехали в порт.", "Росрыболовство"),
    ("Тренер «Херенвеена» ушёл в отставку.", "Херенвеен"),
    ("В Уралтрансбанке отказались от комментариев.", "Уралтрансбанк"),
    ("Союз писателей России выступил с заявлением.", "Союз писателей России"),
    ("Поставки через Азовский морской торговый порт выросли.", "Азовский морской торговый порт"),
])
def test_neighbours(text, name):
    assert name in _orgs(text)


@pytest.mark.parametrize("text", [
    "Мы спустились в шахту глубиной пятьсот метров.",
    "На разрезе видны слои угля.",
])
def test_no_mine_without_a_name(text):
    assert not _orgs(text)
