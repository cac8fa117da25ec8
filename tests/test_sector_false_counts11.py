"""False counts (w109, family "totals, parts and false counts";
rufacts.grammars.sector_false_counts): the start of a change "с N до M", headcounts of
people, a scrap of a number said in words, a number after "к". Sentences written for the
test (docs/gold-conventions.md: "in a change «с 30 до 11» only the figure reached counts";
"Not counts: headcounts of people and employees")."""
import pytest

import rufacts


def _counts(text):
    return {(v.count, v.object, v.sector, v.total) for v in rufacts.extract(text).sector_counts}


@pytest.mark.parametrize("text, absent", [
    # a change: the start is no count
    ("Частных клиник в Омске становится больше: за два года их число выросло с 2,1 тыс. до "
     "2,6 тыс.", 2100),
    ("Фермерских сыроварен в Подмосковье становится больше: за три года их число выросло с "
     "1,2 тыс. до 1,6 тыс.", 1200),
    ("Кофеен в Новосибирске стало меньше: за год их число сократилось с 2,4 тыс. до 2,2 тыс.",
     2400),
    # headcounts: a noun of people after the number
    ("Число получателей услуг социального такси в Перми выросло до 3,5 тыс. человек.", 3500),
    # a staff word before an animate counted noun; the parts of such a headcount
    ("В холдинге работают 1200 разработчиков, из них 200 занимаются кибербезопасностью.", 200),
    ("В компании трудятся 640 разработчиков, из которых 150 создают мобильные приложения.",
     150),
    ("В банке работают 900 разработчиков, из них 300 заняты в кибербезопасности.", 300),
    ("Кадровый голод: в лесозаготовке края требуются около 90 операторов харвестеров.", 90),
    ("В финале конкурса профмастерства боролись сорок операторов нефтедобычи из шести "
     "регионов.", 40),
    # a scrap of a number in words
    ("На рынке бытовых услуг города работают двести тридцать парикмахерских, а год назад их "
     "было двести десять.", 30),
])
def test_false_count_dropped(text, absent):
    assert absent not in {c for c, *_ in _counts(text)}


@pytest.mark.parametrize("text, expected", [
    ("Частных клиник в Омске становится больше: за два года их число выросло с 2,1 тыс. до "
     "2,6 тыс.", (2600, "клиника", "медицина", None)),
    ("Кофеен в Новосибирске стало меньше: за год их число сократилось с 2,4 тыс. до 2,2 тыс.",
     (2200, "кофейня", "общепит", None)),
    ("На рынке бытовых услуг города работают двести тридцать парикмахерских, а год назад их "
     "было двести десять.", (230, "парикмахерская", "бытовые услуги", None)),
])
def test_figure_reached_and_whole_numbers(text, expected):
    assert expected in _counts(text)


@pytest.mark.parametrize("text, expected", [
    # firms, not people, after a place of work: an inanimate counted noun
    ("В кластере работают 30 компаний, которые выпускают мебель.", (30, "компания")),
    # a number of people beside a count of firms: the firms still count
    ("В районе работают 14 клиник, которые принимают по 200 пациентов в день.",
     (14, "клиника")),
    # a whole numeral in words
    ("В Омской области триста сорок фермерских хозяйств занимаются молочным животноводством.",
     (340, "хозяйство")),
    # quoted speech: the number stays
    ("«Сейчас в регионе 30 пекарен, и все выпекают хлеб», — сказал министр.", (30, "пекарня")),
    # a change with its noun after the figure reached
    ("Число фирм, оказывающих клининговые услуги, за три года выросло с двенадцати до "
     "двадцати.", (20, "фирма")),
])
def test_near_misses_kept(text, expected):
    assert any((c, o) == expected for c, o, *_ in _counts(text)), _counts(text)


# Parts of a total and their wholes need their counted nouns, adjectives and verbs known:
# class members added beside their kin (w109): галерея and лавка (places, kin of киоск),
# дизайнерский and архитектурный (adjectives, kin of дизайн-), выпекать (kin of печь),
# выплавлять (kin of производить), вылавливать (kin of добывать).
@pytest.mark.parametrize("text, expected", [
    ("Продажей антиквариата в Петербурге занимаются 14 галерей, три из них открылись в этом "
     "году.", (3, "галерея", "продажа антиквариата", 14)),
    ("Продажей антиквариата в Петербурге занимаются 14 галерей, три из них открылись в этом "
     "году.", (14, "галерея", "продажа антиквариата", None)),
    ("В Вологде около 40 фермерских лавок торгуют молочной продукцией.",
     (40, "лавка", "молочная продукция", None)),
    ("Из 25 резидентов бизнес-инкубатора девять — дизайнерские студии.",
     (9, "студия", "дизайн", 25)),
    ("В Новосибирске работают 35 архитектурных бюро.", (35, "бюро", "архитектура", None)),
    ("В Туле восемь комбинатов выпекают бездрожжевой хлеб.",
     (8, "комбинат", "бездрожжевой хлеб", None)),
    ("В Челябинской области пять заводов выплавляют сталь.", (5, "завод", "сталь", None)),
    ("Во Владивостоке 20 компаний вылавливают краба.", (20, "компания", "краб", None)),
])
def test_class_members_counted(text, expected):
    assert expected in _counts(text)


@pytest.mark.parametrize("text", [
    "В Третьяковской галерее открылись три новые выставки.",
    "Вернисаж прошёл в двух галереях торгового центра.",
    "Пекарня выпекает 500 батонов в день.",
    "Дизайнерские решения предложили 12 архитекторов.",
])
def test_class_members_negatives(text):
    assert not _counts(text)


# A part named only by a facility or agent noun takes its whole's industry
# (rufacts.grammars.sector_parts_whole_sector).
@pytest.mark.parametrize("text, expected", [
    ("В Самаре 16 компаний выпекают хлеб и булочки, из них пять — хлебозаводы.",
     (5, "хлебозавод", "хлеб и булочки", 16)),
    ("Сыр в области делают 20 предприятий, из них шесть — сыроварни.",
     (6, "сыроварня", "сыр", 20)),
    ("В Перми 12 фирм шьют спецодежду, из них пять — небольшие ателье.",
     (5, "ателье", "спецодежда", 12)),
])
def test_part_takes_whole_sector(text, expected):
    assert expected in _counts(text)


@pytest.mark.parametrize("text, expected", [
    # a whole with no industry: the part keeps its noun's own
    ("Из 30 экспонентов выставки 10 — станкостроители.",
     (10, "станкостроитель", "станкостроение", 30)),
])
def test_part_keeps_own_sector(text, expected):
    assert expected in _counts(text)


# A facility read as its own trade, its number right after "в"/"на": a venue, no count of firms
# (rufacts.grammars.sector_false_counts._venue); a sector of its own, or the facility as the
# subject, still counts.
@pytest.mark.parametrize("text", [
    "Фестиваль пройдёт в четырёх кинотеатрах города.",
    "Автор разослал свою повесть в пять издательств.",
    "Делегацию разместили в трёх гостиницах на набережной.",
])
def test_a_venue_is_no_count(text):
    assert not _counts(text)


@pytest.mark.parametrize("text, expected", [
    ("В городе работают четыре кинотеатра.", (4, "кинотеатр", "кинопоказ", None)),
    ("В 15 хозяйствах района выращивают гречиху.", (15, "хозяйство", "гречиха", None)),
])
def test_not_a_venue(text, expected):
    assert expected in _counts(text)
