"""Normal forms of names (real pipeline), round 12 held families: a Turkish or Central Asian man's
surname in -ой declines as a noun in -й (Эрсой: Эрсоя, Эрсою, Эрсоем, Эрсое) and stands as written
in the nominative; a Russian man's adjectival surname in -овой after a man's first name in the
nominative stays -овой; a woman's oblique -овой of an adjective the dictionary knows is rather
the possessive -ова (Кустова) unless lexicons/surnames_oy.txt lists the man's -ой (Луговая)."""
import pytest

import rufacts


def persons(text):
    return [(p.name, p.first, p.last) for p in rufacts.extract(text).persons]


# a man's surname in -ой after a consonant: noun declension back to -ой, nominative as written
@pytest.mark.parametrize("text, name", [
    ("Генеральный директор Мехмет Гюнсой отчитался перед акционерами.", "Мехмет Гюнсой"),
    ("Совет директоров утвердил Кенана Аксоя в должности финансового директора.", "Кенан Аксой"),
    ("Партнёрам банка представили Бурака Эрсоя.", "Бурак Эрсой"),
    ("Министр вручил награду Озану Тонгсою за проект моста через Босфор.", "Озан Тонгсой"),
    ("Переговоры с Хаканом Эрсоем шли почти месяц.", "Хакан Эрсой"),
    ("В турецкой прессе много пишут об Онуре Гюнсое.", "Онур Гюнсой"),
    ("Три новых цеха в Измите построил Селим Карасой.", "Селим Карасой"),
    ("По словам Эрдема Уйсала, фабрика выйдет на проектную мощность весной.", "Эрдем Уйсал"),
    ("Акции металлургического холдинга продал Угур Бозсой.", "Угур Бозсой"),
])
def test_turkish_surnames_in_oy(text, name):
    assert name in [n for n, _, _ in persons(text)], persons(text)


# a Russian man's adjectival surname in -овой, nominative after a man's first name
@pytest.mark.parametrize("text, name", [
    ("Иск к застройщику подал дольщик Святослав Грибовой.", "Святослав Грибовой"),
    ("Письмо губернатору подписал Пётр Садовой.", "Пётр Садовой"),
    ("Новым тренером команды стал Глеб Лисовой.", "Глеб Лисовой"),
    ("Андрей Луговой выступил на заседании комитета.", "Андрей Луговой"),
])
def test_russian_man_oy_nominative(text, name):
    assert name in [n for n, _, _ in persons(text)], persons(text)


# a woman's oblique -овой of an unlisted adjective: the possessive -ова
@pytest.mark.parametrize("text, name", [
    ("Соглашение с Любовью Андреевной Кустовой подписали в пятницу.", "Любовь Андреевна Кустова"),
    ("Премию губернатора вручили Марии Грибовой.", "Мария Грибова"),
    ("Контракт с Еленой Пуховой продлили на год.", "Елена Пухова"),
])
def test_woman_ova_of_adjective(text, name):
    assert name in [n for n, _, _ in persons(text)], persons(text)


# near misses: a listed stressed surname keeps -ая for a woman; Russian -ова/-ина keep declining;
# a woman's name with an ambiguous first name stays a woman's
@pytest.mark.parametrize("text, name", [
    ("Интервью с Анной Лозовой вышло вчера вечером.", "Анна Лозовая"),
    ("Встреча с Ольгой Луговой прошла в Казани.", "Ольга Луговая"),
    ("Доклад Ирины Яровой обсудили в Думе.", "Ирина Яровая"),
    ("Письмо Зинаиде Угловой отправили утром.", "Зинаида Угловая"),
    ("Встреча с Анной Сидоровой прошла без журналистов.", "Анна Сидорова"),
    ("Книгу Татьяны Толстой переиздали в Петербурге.", "Татьяна Толстая"),
    ("Альфие Валеевой продлили контракт на три года.", "Альфия Валеева"),
    ("С Оксаной Бережной мы не виделись с весны.", "Оксана Бережная"),
    ("Грамоту передали Николаю Сидорову лично.", "Николай Сидоров"),
])
def test_near_misses_keep_declining(text, name):
    assert name in [n for n, _, _ in persons(text)], persons(text)


def chinese(text):
    return [(p.name, p.first, p.last) for p in rufacts.extract(text).persons]


# a Chinese given name in the prepositional -не whose last syllable exists only (or mostly) in -нь
@pytest.mark.parametrize("text, name, first, last", [
    ("Делегация университета рассказала о Гу Вэньцзюне и его лаборатории.", "Гу Вэньцзюнь", "Вэньцзюнь", "Гу"),
    ("В годовом отчёте банка говорится о Сюй Вэньцзюне.", "Сюй Вэньцзюнь", "Вэньцзюнь", "Сюй"),
    ("Инвесторы спрашивали о Ван Цзюне, новом председателе правления.", "Ван Цзюнь", "Цзюнь", "Ван"),
    ("Китайские СМИ много пишут о Чжан Сяотяне.", "Чжан Сяотянь", "Сяотянь", "Чжан"),
    ("Корреспондент расспросил коллег о Лю Вэне.", "Лю Вэнь", "Вэнь", "Лю"),
    ("В докладе аудиторов говорилось о Фу Хайюане.", "Фу Хайюань", "Хайюань", "Фу"),
    ("О Гао Шуне написали биографы из Шанхая.", "Гао Шунь", "Шунь", "Гао"),
    ("На форуме в Харбине вспоминали о Ся Чжэньтуане.", "Ся Чжэньтуань", "Чжэньтуань", "Ся"),
])
def test_chinese_given_soft_final(text, name, first, last):
    assert (name, first, last) in chinese(text), chinese(text)


# near misses: a syllable with a common -ng twin, and Korean syllables, keep the hard -н
@pytest.mark.parametrize("text, name", [
    ("О Чжоу Цзяньпине говорили на встрече в Пекине.", "Чжоу Цзяньпин"),
    ("Коллеги тепло рассказали о Ли Цяне.", "Ли Цян"),
    ("Газеты Сеула писали о Ли Сан Мине.", "Ли Сан Мин"),
    ("В статье о Чэнь Юйлуне упомянут новый завод.", "Чэнь Юйлун"),
    ("В интервью о Мун Чжэ Ине не было ни слова.", "Мун Чжэ Ин"),
])
def test_chinese_korean_hard_final(text, name):
    assert name in [n for n, _, _ in chinese(text)], chinese(text)


# an Arab's first name in a case before an article surname that stands as written declines
# back to its nominative even where no lexicon lists it
@pytest.mark.parametrize("text, name, first", [
    ("В докладе комиссии упомянули о Насере аль-Отайби.", "Насер аль-Отайби", "Насер"),
    ("Министр рассказал журналистам о Мунзере аль-Хашими.", "Мунзер аль-Хашими", "Мунзер"),
    ("В отчёте фонда говорится о Мишале аль-Мутайри.", "Мишаль аль-Мутайри", "Мишаль"),
    ("Биографию написали о Нашате аль-Джабури.", "Нашат аль-Джабури", "Нашат"),
    ("О Гассане аль-Кувари писали газеты Дохи.", "Гассан аль-Кувари", "Гассан"),
    ("Письмо о Джасеме аль-Мазруи передали послу.", "Джасем аль-Мазруи", "Джасем"),
    ("О Навафе аль-Ахмади рассказали дипломаты.", "Наваф аль-Ахмади", "Наваф"),
    ("В Эр-Рияде вспоминали о Таммаме ас-Сафади.", "Таммам ас-Сафади", "Таммам"),
])
def test_arab_first_before_article(text, name, first):
    assert (name, first) in [(n, f) for n, f, _ in persons(text)], persons(text)


# near misses: a foreign first name in -е beside an indeclinable surname without an article stays
@pytest.mark.parametrize("text, name", [
    ("В статье о Саломе Зурабишвили упомянуты выборы.", "Саломе Зурабишвили"),
    ("Рассказ о Нарендре Моди показали по телевидению.", "Нарендра Моди"),
])
def test_unchanged_beside_indeclinable(text, name):
    assert name in [n for n, _, _ in persons(text)], persons(text)


# initials and a woman's double-barrelled surname in a case: the declined first part decides
# the case (the second, a foreign surname, stands unchanged for a woman in every case)
@pytest.mark.parametrize("text, name", [
    ("Медаль за заслуги вручили Н. С. Богомоловой-Рейх в Кремле.", "Н. С. Богомолова-Рейх"),
    ("Благодарность губернатора объявлена Е. И. Смирновой-Краус.", "Е. И. Смирнова-Краус"),
    ("Грант достался О. В. Соколовой-Гросс.", "О. В. Соколова-Гросс"),
    ("Отчёт подготовлен при участии И. Н. Морозовой-Вебер.", "И. Н. Морозова-Вебер"),
    ("Слово предоставили Т. А. Ворониной-Шмидт.", "Т. А. Воронина-Шмидт"),
    ("Иск к Л. П. Кузнецовой-Майер отозван.", "Л. П. Кузнецова-Майер"),
    ("Коллеги поздравили А. Д. Поповой-Фишер с юбилеем.", "А. Д. Попова-Фишер"),
    ("Приказ о назначении М. Ю. Лебедевой-Кох подписан.", "М. Ю. Лебедева-Кох"),
])
def test_initials_double_surname_woman(text, name):
    assert name in [n for n, _, _ in persons(text)], persons(text)


# near misses: a man's double surname after initials, a woman's in the nominative
@pytest.mark.parametrize("text, name", [
    ("Картины К. С. Петрова-Водкина выставили в Самаре.", "К. С. Петров-Водкин"),
    ("Доклад сделала Анна Петрова-Водкина.", "Анна Петрова-Водкина"),
])
def test_double_surname_near_misses(text, name):
    assert name in [n for n, _, _ in persons(text)], persons(text)


# a word for a person's staff or office and a name with a hyphenated first name the tagger took
# for one organization: the person is found inside it
@pytest.mark.parametrize("text, name", [
    ("Офис Пьера-Антуана Мартена в Париже обыскали сотрудники прокуратуры.", "Пьер-Антуан Мартен"),
    ("Офис Жан-Мишеля Леруа в Брюсселе закрыли.", "Жан-Мишель Леруа"),
    ("Офис Пьера-Ива Бонне посетили налоговики.", "Пьер-Ив Бонне"),
    ("Офис Анны-Лоры Дюваль переехал в Ниццу.", "Анна-Лора Дюваль"),
    ("Штаб Луи-Филиппа Ренара объявил о сборе подписей.", "Луи-Филипп Ренар"),
])
def test_hyphenated_first_name_after_staff_noun(text, name):
    assert name in [n for n, _, _ in persons(text)], persons(text)


def orgs(text):
    return [o.name for o in rufacts.extract(text).organizations]


# an institution named after a person or a place: before an indeclinable (or declined) Cyrillic
# name the descriptor stays in the organization's name
@pytest.mark.parametrize("text, name", [
    ("Языковые курсы Института Гёте набирают слушателей.", "Институт Гёте"),
    ("Грант выделили Университету Фудань.", "Университет Фудань"),
    ("Выставка Музея Фаберже открылась в Лондоне.", "Музей Фаберже"),
    ("Студентам Университета Цинхуа вручили дипломы.", "Университет Цинхуа"),
    ("Картины из Музея Шагала показали в Витебске.", "Музей Шагала"),
    ("Сотрудники Госпиталя Бурденко получили награды.", "Госпиталь Бурденко"),
    ("Студенты Колледжа Бонди победили на конкурсе.", "Колледж Бонди"),
    ("Лекцию в Университете Кейо прочитал японский профессор.", "Университет Кейо"),
])
def test_dedicated_institution_keeps_descriptor(text, name):
    assert name in orgs(text), orgs(text)


# near misses: a company's or a bank's descriptor before its own name is left out; a nominative
# name the tagger reads as a place after a descriptor in the genitive is the name in apposition,
# not the clause's subject (the genitive hangs on the noun before it)
@pytest.mark.parametrize("text, name", [
    ("Председатель банка Сбер выступил на форуме.", "Сбер"),
    ("Студенты Академии Гнесиных выступили на фестивале.", "Академия Гнесиных"),
    ("Управляющий банка Приморье ответил на вопросы журналистов.", "Приморье"),
    ("Акционеры банка Россия одобрили выплату дивидендов.", "Россия"),
    ("Вице-президент авиакомпании Сибирь выступил с докладом.", "Сибирь"),
])
def test_company_descriptor_left_out(text, name):
    assert name in orgs(text), orgs(text)


# a possessive adjective in -ов/-ев the dictionary lacks, which it guesses as a full adjective
# in -овый: the organization's name keeps the short possessive form
@pytest.mark.parametrize("text, name", [
    ("Конференция прошла в Карловом университете.", "Карлов университет"),
    ("Лекцию прочитали в Бехтеревом институте.", "Бехтерев институт"),
    ("Экспозиция открылась в Третьяковом музее.", "Третьяков музей"),
    ("Фестиваль прошёл в Лазаревом институте.", "Лазарев институт"),
    pytest.param("Стажировку студенты прошли в Демидовом институте.", "Демидов институт",
                 marks=pytest.mark.xfail(reason="a word the dictionary knows as a surname is taken for the head noun")),
])
def test_possessive_adjective_in_org(text, name):
    assert name in orgs(text), orgs(text)


# near misses: adjectives the dictionary knows in -овый stay full
@pytest.mark.parametrize("text, name", [
    ("Лекцию в Торговом доме прочитал экономист.", "Торговый дом"),
    ("Выставка прошла в Садовом центре.", "Садовый центр"),
    ("Соглашение подписано с Ягеллонским университетом.", "Ягеллонский университет"),
])
def test_known_adjective_in_org(text, name):
    assert name in orgs(text), orgs(text)


# a film studio named by its place's adjective is an institution, also where the tagger reads a place
@pytest.mark.parametrize("text, name", [
    ("Внук режиссёра передал архив в Свердловскую киностудию.", "Свердловская киностудия"),
    ("Делегация посетила Свердловскую киностудию.", "Свердловская киностудия"),
    ("Ветераны передали фотографии в Белорусскую киностудию.", "Белорусская киностудия"),
    ("Архив передан в Горьковскую киностудию.", "Горьковская киностудия"),
    ("Фильм снят на Ялтинской киностудии.", "Ялтинская киностудия"),
    ("Режиссёр пришёл работать на Киевскую киностудию.", "Киевская киностудия"),
])
def test_film_studio_institution(text, name):
    assert name in orgs(text), orgs(text)


def test_holiday_fair_is_no_organization():
    assert orgs("На площади открылась Рождественская ярмарка.") == []
