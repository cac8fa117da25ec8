"""Organization forms of round 25 (real pipeline, own sentences, not in the gold files): the legal
forms of ОКОПФ and of regional and municipal institutions in one lexicon with a kind
(lexicons/legal_forms.txt, read by lexicons/legal.py), the education level in capitals after a form
("ФГБОУ ВО"), foreign legal forms after a Latin name (entities/org_latin_legal.py); a one-word
quoted name in the locative or dative read as a masculine (entities/org_case.py); a post's noun
before a descriptor and its quoted name, and before a genitive name with "и" in it
(entities/org_lead_nouns.py); a capitalized head before an acronym or a republic
(entities/org_capital_heads.py); legislatures by their own names (regional_legislatures.txt)."""
import pytest

from names_cases import org_name
from rufacts.lexicons.legal import capital_levels, legal_form_table, legal_forms, legal_run, legal_tail

BARE = [
    # legal forms of ОКОПФ and of the regions' institutions, before a quoted name
    ("Собрание пайщиков СХПК «Кыталык» перенесли на апрель.", "СХПК «Кыталык»", "Кыталык"),
    ("Садоводы подали в суд на ТСН «Берёзовый ключ-2».", "ТСН «Берёзовый ключ-2»", "Берёзовый ключ-2"),
    ("Заём выдал КПК «Народная касса Прииртышья».", "КПК «Народная касса Прииртышья»",
     "Народная касса Прииртышья"),
    ("Пациентов ОГБУЗ «Шелеховская районная больница» переведут в новый корпус.",
     "ОГБУЗ «Шелеховская районная больница»", "Шелеховская районная больница"),
    ("Конкурс на должность ректора ФГБОУ ВО «Камский агроинженерный университет» объявлен.",
     "ФГБОУ ВО «Камский агроинженерный университет»", "Камский агроинженерный университет"),
    # a foreign legal form after a Latin name, a country's adjective before it
    ("Словацкая Tatranský Mlyn s.r.o. купила зерно в Курской области.", "Tatranský Mlyn s.r.o.",
     "Tatranský Mlyn"),
    ("Польская Borówka Pomorze Sp. z o.o. открыла склад под Калининградом.",
     "Borówka Pomorze Sp. z o.o.", "Borówka Pomorze"),
    # a one-word quoted name in the locative or dative: a masculine's ending
    ("В «Брентфорде» уволили спортивного директора.", "Брентфорде", "Брентфорд"),
    ("Переговоры с «Генком» о продаже вратаря затянулись.", "Генком", "Генк"),
    # a post's noun before the descriptor and its quoted name
    ("Совладельцу агрохолдинга «Степные зори» Петру Лаптеву продлили арест.", "Степные зори", "Степные зори"),
    # a post's noun before a genitive name with "и" in it
    ("Артисты Верхнекамского театра драмы и комедии уехали на гастроли.",
     "Верхнекамского театра драмы и комедии", "Верхнекамский театр драмы и комедии"),
    # a member's noun before a legal form and its quoted name
    ("Пайщики СППК «Оймяконское молоко» утвердили отчёт.", "СППК «Оймяконское молоко»", "Оймяконское молоко"),
    # a genitive complement over "и" and a noun that is no body and no person
    ("Музыканты Ангарского театра оперетты и мюзикла отказались от гастролей.",
     "Ангарского театра оперетты и мюзикла", "Ангарский театр оперетты и мюзикла"),
    # a Latinate institution name in -еум / -инум
    ("Две её картины купил венский Йоаннеум на аукционе.", "Йоаннеум", "Йоаннеум"),
    ("Выпускники Пфальцинума выступят в Самаре.", "Пфальцинума", "Пфальцинум"),
    # a capitalized head before a republic or an acronym
    ("Обращение поступило в Прокуратуру Республики Алтай ещё в мае.", "Прокуратуру Республики Алтай",
     "Прокуратура Республики Алтай"),
    ("Кабмин передал Корпорации МСП ещё 10 млрд рублей.", "Корпорации МСП", "Корпорация МСП"),
    ("Отчёт представили Агентству по развитию сельских территорий в пятницу.",
     "Агентству по развитию сельских территорий", "Агентство по развитию сельских территорий"),
    # a place's adjective the dictionary knows only as a surname, before an institution's noun
    ("Депутаты Каменского поссовета утвердили бюджет на год.", "Каменского поссовета", "Каменский поссовет"),
    # legislatures by their own names
    ("Поправки в бюджет одобрил Маджлиси Оли в четверг.", "Маджлиси Оли", "Маджлиси Оли"),
    ("Председатель Халк Маслахаты выступил с обращением.", "Халк Маслахаты", "Халк Маслахаты"),
    ("Законопроект внесли в Эл Курултай в марте.", "Эл Курултай", "Эл Курултай"),
]


@pytest.mark.parametrize("text, mention, name", BARE)
def test_the_bare_name(text, mention, name):
    assert org_name(text, mention) == name


def test_a_legal_form_has_a_kind():
    table = legal_form_table()
    assert table["схпк"].kind == "cooperative" and table["тсн"].kind == "partnership"
    assert table["огбуз"].kind == "institution" and table["фкп"].kind == "enterprise"
    assert table["s.r.o"].kind == "foreign"


def test_the_education_level_is_a_legal_form_only_in_capitals_after_another():
    assert {"ВО", "ДО"} <= capital_levels() and "во" not in legal_forms() and "до" not in legal_forms()
    assert legal_run(["ФГБОУ", "ВО", "«Камский»"]) == 2
    assert legal_run(["во", "«Камском»"]) == 0 and legal_run(["МБУ", "до"]) == 1


def test_a_legal_form_of_several_words_closes_a_name():
    assert legal_tail(["Borówka", "Pomorze", "Sp.", "z", "o.o."]) == 3
    assert legal_tail(["Krone", "GmbH"]) == 1 and legal_tail(["Krone"]) == 0


def test_a_known_feminine_keeps_its_own_nominative():
    """The masculine reading is for words the dictionary lacks: a city's club keeps the city's name."""
    assert org_name("В «Барселоне» сменили главного тренера.", "Барселоне") == "Барселона"


def test_a_second_body_after_and_is_no_part_of_the_name():
    text = "Делегаты Ангарского театра драмы и министерства культуры подписали договор."
    assert org_name(text, "Ангарского театра драмы") == "Ангарский театр драмы"
