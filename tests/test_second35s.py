"""Second look, session 35 (family second35s): a woman's name and patronymic after her surname the
tagger cut off (entities/names_spans_joins.py), two names with initials coordinated by "и"
(entities/name_initials_pairs.py), the subject of a clause-opening short passive participle
(entities/name_passive_subject.py) and people named in Latin letters (entities/name_latin_persons.py)."""
from __future__ import annotations

from names_cases import org_name, person_at


def test_woman_surname_before_given_names_joined():
    text = "Общее собрание избрало председателем совета ветеранов Карпухину Веру Степановну."
    assert person_at(text, "Веру")[:4] == ("Вера Степановна Карпухина", "Вера", "Степановна", "Карпухина")


def test_indeclinable_surname_before_given_names_joined():
    text = "Памятный знак вручили старейшей жительнице посёлка Белых Нине Аркадьевне."
    assert person_at(text, "Нине")[3] == "Белых"


def test_coordinated_initials_share_a_case():
    text = "Жюри отметило за лучший проект Голикову А. Р. и Смолина В. Д."
    assert person_at(text, "Голикову")[3] == "Голикова"
    assert person_at(text, "Смолина")[3] == "Смолин"


def test_second_coordinated_name_takes_first_case():
    text = "Суд обязал Пятакову Л. М. и Ерохину Т. С. вернуть задаток."
    assert person_at(text, "Ерохину")[3] == "Ерохина"


def test_passive_participle_subject_after_post():
    text = "Распоряжением губернатора освобождена от обязанностей главы департамента Ломова Ю. Г."
    assert person_at(text, "Ломова")[3] == "Ломова"


def test_passive_participle_agent_kept():
    text = "Акт подписан со стороны подрядчика Г. Ф. Бекетовым."
    assert person_at(text, "Бекетовым")[3] == "Бекетов"


def test_latin_name_after_noun_and_preposition():
    assert person_at("Программу для Peter Scholze составили математики Бонна.", "Peter")[:4] == \
        ("Peter Scholze", "Peter", None, "Scholze")
    assert person_at("Совет директоров уволил Sebastian Vettel без объяснений.", "Vettel")[3] == "Vettel"


def test_latin_name_beside_cyrillic():
    text = "На форуме выступили Герман Греф и Jens Weidmann."
    assert person_at(text, "Jens")[0] == "Jens Weidmann"
    assert person_at(text, "Герман")[0] == "Герман Греф"


def test_latin_founder_after_company_descriptor():
    text = "Об этом рассказал основатель компании John Hennessy на встрече со студентами."
    assert person_at(text, "John")[0] == "John Hennessy"


def test_latin_eponymous_company_stays_organization():
    text = "Акции Philip Morris подорожали на фоне отчёта."
    assert person_at(text, "Philip") is None
    assert org_name(text, "Philip Morris") == "Philip Morris"


def test_paired_titles_give_each_name_its_own():
    text = ("Поздравления пришли в адрес короля и королевы Бельгии Филиппа и Матильды. "
            "Король Филипп ответил на них лично.")
    assert person_at(text, "Филиппа")[:2] == ("Филипп", "Филипп")
    assert person_at(text, "Матильды")[:4] == ("Матильда", "Матильда", None, None)
