"""Foreign persons' names and sports organizations in oblique cases (real pipeline): South Slavic
first names and women's surnames in -ич, Spanish surnames in -ия after a first name that stands
unchanged, a demonym at the start of a sentence before a name, West African surnames in -е that
stand unchanged, quoted club names and leagues."""
import pytest

import rufacts


def persons(text):
    return [(p.name, p.first, p.last) for p in rufacts.extract(text).persons]


def person_names(text):
    return [p.name for p in rufacts.extract(text).persons]


def org_names(text):
    return [o.name.strip("«»\"") for o in rufacts.extract(text).organizations]


# South Slavic first names the dictionary lacks or knows only as a place or a common noun
@pytest.mark.parametrize("text, name", [
    ("Главный тренер доверился Домагою Видаку в решающем матче.", "Домагой Видак"),
    ("Клуб расстался с Неманьей Радоничем по обоюдному согласию.", "Неманья Радонич"),
    ("Интервью с Небойшей Ковачем вышло в субботу.", "Небойша Ковач"),
    ("Спортивный директор отметил игру Благоя Стояновского.", "Благой Стояновский"),
    ("Болельщики освистали Мирну Бабич после поражения.", "Мирна Бабич"),
    ("Гол Синиши Бошковича принёс команде победу.", "Синиша Бошкович"),
    ("Тренировку провёл помощник Звонимира Бобана.", "Звонимир Бобан"),
    ("Медаль вручили Ясмине Петрович из Белграда.", "Ясмина Петрович"),
    ("Контракт с Предрагом Мияйловичем продлён на два года.", "Предраг Мияйлович"),
    ("Эстафету выиграла команда Весны Янкович.", "Весна Янкович"),
])
def test_south_slavic_first_names(text, name):
    assert name in person_names(text)


# a woman's surname in -ич stands unchanged in every case, after her first name
@pytest.mark.parametrize("text, name", [
    ("Подготовкой Ивы Маркович руководит её отец.", "Ива Маркович"),
    ("Удар Милены Томич пришёлся в штангу.", "Милена Томич"),
    ("Судьи не засчитали попытку Анджелы Сабич.", "Анджела Сабич"),
    ("Журналисты поговорили с Драганой Милич о планах на сезон.", "Драгана Милич"),
    ("Фото Светланы Алексиевич украсило обложку.", "Светлана Алексиевич"),
])
def test_woman_surname_ich(text, name):
    assert name in person_names(text)


@pytest.mark.parametrize("text, name", [
    ("Гол Ивана Марковича принёс победу.", "Иван Маркович"),  # a man's -ич declines
    ("Мы встретились с Горданом Томичем в Загребе.", "Гордан Томич"),
    pytest.param("Защитник Милан Бабич получил травму.", "Милан Бабич", marks=pytest.mark.xfail(
        reason="a first name that is also a city (Милан) after a lower-case noun: the tagger's place")),
])
def test_man_surname_ich(text, name):
    assert name in person_names(text)


# Spanish and Latin American surnames in -ия after a first name that stands unchanged
@pytest.mark.parametrize("text, name", [
    ("Матч поручили Хосе Гарсии из Севильи.", "Хосе Гарсия"),
    ("Агенты предложили Фернандо Эррерии новый контракт.", "Фернандо Эррерия"),
    ("Интервью Пабло Сеговии вышло в газете.", "Пабло Сеговия"),
    ("Тренер доверил Рикардо Мехии место в основе.", "Рикардо Мехия"),
])
def test_spanish_surname_iya(text, name):
    assert name in person_names(text)


@pytest.mark.parametrize("text, name", [
    ("Пресс-конференция Марио Драги прошла в Риме.", "Марио Драги"),  # Italian -и stays
    ("Роль досталась Паоло Росси.", "Паоло Росси"),
])
def test_italian_surname_i_stays(text, name):
    assert name in person_names(text)


# a demonym at the start of a sentence is no part of the name
@pytest.mark.parametrize("text, name", [
    ("Сенегалец Мамаду Ндиайе забил на последней минуте.", "Мамаду Ндиайе"),
    ("Малийцу Сейду Кейте предложили новый контракт.", "Сейду Кейта"),
    ("Камерунец Жан Мбарга пропустит матч из-за травмы.", "Жан Мбарга"),
    ("Ганцу Кваме Асамоа продлили соглашение.", "Кваме Асамоа"),
    ("Черногорец Стефан Савич вернулся в состав.", "Стефан Савич"),
    ("Нигерийке Блессинг Окагбаре вручили медаль.", "Блессинг Окагбаре"),
    ("Бразилец Витор Роке дебютировал за клуб.", "Витор Роке"),
    ("Ивуариец Сейку Фофана сменил клуб.", "Сейку Фофана"),
])
def test_demonym_before_name(text, name):
    names = person_names(text)
    assert name in names
    assert not any(n.split()[0].lower().startswith(text.split()[0].lower()[:5]) for n in names)


# West African surnames in -е stand unchanged in every case
@pytest.mark.parametrize("text, name", [
    ("Тренер отметил игру Абдулая Траоре.", "Абдулай Траоре"),
    ("Контракт с Ибрахимом Сангаре подписан до 2028 года.", "Ибрахим Сангаре"),
    ("Мяч Усману Дембеле отдал партнёр по атаке.", "Усман Дембеле"),
    ("О Лассине Диабате рассказали в клубе.", "Лассина Диабате"),
])
def test_west_african_surnames_e(text, name):
    assert name in person_names(text)


# quoted clubs: a Serbo-Croatian adjective in -а declines with its noun; a Kazakh name in -ы stands
@pytest.mark.parametrize("text, name", [
    pytest.param("Игрок перешёл в «Црвену звезду» летом.", "Црвена звезда", marks=pytest.mark.xfail(
        reason="a quoted name after a verb of motion the tagger and the quoted-name rules do not take")),
    ("Матч с «Црвеной звездой» перенесли.", "Црвена звезда"),
    ("Болельщики «Ордабасы» заполнили трибуны.", "Ордабасы"),
    ("Главный тренер «Ордабасы» подал в отставку.", "Ордабасы"),
])
def test_quoted_clubs(text, name):
    assert name in org_names(text)


# leagues
@pytest.mark.parametrize("text, name", [
    ("О новом регламенте сообщили в Российской премьер-лиге.", "Российская премьер-лига"),
    ("Клуб вылетел из Английской премьер-лиги.", "Английская премьер-лига"),
    ("Лимит легионеров в Российской премьер-лиге сохранят.", "Российская премьер-лига"),
])
def test_leagues(text, name):
    assert name in org_names(text)


# negatives: no person from a demonym alone or a common noun
@pytest.mark.parametrize("text", [
    ("Сенегалец забил на последней минуте."),
    ("Ивуарийцу потребуется операция."),
    ("Премия досталась хорватам."),
    ("Он перешёл в «Звезду» летом."),
])
def test_negatives(text):
    assert not person_names(text)


# Turkish surnames in -оглу stand unchanged; Turkish, Iranian and Arab first names by the lexicon
@pytest.mark.parametrize("text, name", [
    ("Болельщики освистали Керема Актюркоглу.", "Керем Актюркоглу"),
    ("Контракт с Онуром Карамустафаоглу продлён.", "Онур Карамустафаоглу"),
    ("Тренер доверился Мерту Гюноку.", "Мерт Гюнок"),
    ("Гол Златана Ибрагимовича стал решающим.", "Златан Ибрагимович"),
    ("Агент Эмре Белёзоглу подтвердил переговоры.", "Эмре Белёзоглу"),
])
def test_turkish_and_more_first_names(text, name):
    assert name in person_names(text)


# quoted clubs the lexicon lists in other cases, and a Russian club that only looks alike
@pytest.mark.parametrize("text, name", [
    ("Тренер «Црвены звезды» ушёл в отставку.", "Црвена звезда"),
    ("Легионер «Жетысу» получил травму.", "Жетысу"),
    ("Болельщики «Локомотива» встретили команду.", "Локомотив"),
    ("В Казахстанской премьер-лиге сменился лидер.", "Казахстанская премьер-лига"),
    ("Матч Турецкой суперлиги перенесли.", "Турецкая суперлига"),
    ("Российская премьер-лига обновила регламент.", "Российская премьер-лига"),  # at a sentence's start
    ("Клуб заявил в Российскую премьер-лигу трёх новичков.", "Российская премьер-лига"),
])
def test_more_clubs_and_leagues(text, name):
    assert name in org_names(text)


@pytest.mark.parametrize("text", [
    "Новая суперлига стартует в августе.",  # no country's adjective at the start: no name
    "Американское агентство сообщило о сделке.",
])
def test_league_negatives(text):
    assert not org_names(text)


# a surname the dictionary knows, or one of another people, is no listed first name
@pytest.mark.parametrize("text, first, last", [
    ("Тренер Бойко заявил о готовности команды.", None, "Бойко"),
    ("Интервью с актрисой Кармен Перес Мартин вышло в субботу.", "Кармен", "Перес Мартин"),
    ("Аналитики спорят о вице-премьере Новаке.", None, "Новак"),
])
def test_surnames_stay(text, first, last):
    assert any(p[1] == first and p[2] == last for p in persons(text))


def test_the_country_written_with_a_small_f_stays_a_place():
    """"федерация" is no sports body by a country's adjective alone: "по Российской федерации" is
    the country (a sports federation is named with its sport and left to the tagger)."""
    import rufacts

    article = rufacts.extract("Инфляция по Российской федерации за год составила 7,4%, сообщил Росстат.")
    assert not any("федерац" in m.text.lower() for o in article.organizations for m in o.mentions)
    assert any("федерац" in m.text.lower() for loc in article.locations for m in loc.mentions)
