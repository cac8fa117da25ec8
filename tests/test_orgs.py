"""Organizations built around a place: descriptor + place, organization + place."""
from __future__ import annotations

import pytest

from rufacts.lexicons import load_list


def _orgs(pipeline, text):
    article = pipeline.extract(text)
    return {m.text for o in article.organizations for m in o.mentions}, article


@pytest.mark.parametrize("text, org", [
    ("Представители правительства Китая прибыли в Пекин.", "правительства Китая"),
    ("В мэрии Москвы обсудили проект.", "мэрии Москвы"),
    ("Заявление посольства США появилось утром.", "посольства США"),
    ("Решение министерства сельского хозяйства Германии вступит в силу в мае.",
     "министерства сельского хозяйства Германии"),
    ("Федеральной таможенной службы России это не касается.",
     "Федеральной таможенной службы России"),
])
def test_orgs_descriptor_before_a_place_is_an_organization(pipeline, text, org):
    mentions, article = _orgs(pipeline, text)
    assert org in mentions
    place = org.split()[-1]
    # the place stays a location mention, nested in the organization
    assert place in {m.text for loc in article.locations for m in loc.mentions}


@pytest.mark.parametrize("text, org, dropped", [
    ("Сотрудники ФТС России задержали груз.", "ФТС России", "ФТС"),
    ("Официальный представитель МИД Грузии выступила с заявлением.", "МИД Грузии", "МИД"),
])
def test_orgs_organization_with_its_place_takes_the_place_in(pipeline, text, org, dropped):
    mentions, _ = _orgs(pipeline, text)
    assert org in mentions
    assert dropped not in mentions  # not a second organization


@pytest.mark.parametrize("text", [
    "Жители Москвы вышли на улицы.",          # not a descriptor
    "Туристы из Китая посетили Казань.",
])
def test_orgs_no_organization_without_a_descriptor(pipeline, text):
    mentions, _ = _orgs(pipeline, text)
    assert mentions == set()


def test_orgs_descriptor_lexicon_is_data():
    descriptors = load_list("org_descriptors.txt")
    assert {"правительство", "министерство", "мэрия", "компания"} <= descriptors
    assert not any(d.startswith("#") or " " in d for d in descriptors)


@pytest.mark.parametrize("text, mention, name, kind", [
    ("Лидер партии «Яблоко» выступил на митинге.", "партии «Яблоко»", "Яблоко", "партия"),
    ("Акции компании Piedmont Airlines выросли.", "компании Piedmont Airlines", "Piedmont Airlines",
     "компания"),
    ("Работники завода Visteon объявили забастовку.", "завода Visteon", "Visteon", "завод"),
    ("Редакция газеты «Труд» получила письмо.", "газеты «Труд»", "Труд", "газета"),
])
def test_orgs_descriptor_joins_the_name_and_gives_the_kind(pipeline, text, mention, name, kind):
    article = pipeline.extract(text)
    found = {o.name: (o.kind, [m.text for m in o.mentions]) for o in article.organizations}
    assert found[name] == (kind, [mention])


def test_orgs_descriptor_and_bare_name_are_one_organization(pipeline):
    text = ("Сотрудники компании Visteon вышли на работу. Руководство Visteon "
            "пообещало повысить зарплаты.")
    article = pipeline.extract(text)
    orgs = [o for o in article.organizations if o.name == "Visteon"]
    assert len(orgs) == 1
    assert [m.text for m in orgs[0].mentions] == ["компании Visteon", "Visteon"]
    # "Руководство Visteon" is a body of its own (rufacts.entities.bodies)
    assert {o.name for o in article.organizations} == {"Visteon", "Руководство Visteon"}


def test_orgs_descriptor_keeps_a_name_that_is_also_a_place(pipeline):
    text = "Резиденты технопарка «Казань» открыли цех. Власти Казани одобрили проект."
    article = pipeline.extract(text)
    assert "Технопарк «Казань»" in {o.name for o in article.organizations}
    assert "Казань" in {loc.name for loc in article.locations}


@pytest.mark.parametrize("text, not_org", [
    ("Инвесторы интересуются размещением в технопарках Москвы.", "технопарках Москвы"),
    ("Как утверждают, способен парламент Крыма принять решение.", "способен парламент Крыма"),
])
def test_orgs_no_organization_from_a_plural_descriptor_or_a_short_adjective(pipeline, text, not_org):
    mentions, _ = _orgs(pipeline, text)
    assert not_org not in mentions


def test_orgs_name_and_abbreviation_in_brackets_are_two_mentions(pipeline):
    text = "Комитет защиты журналистов (КЗЖ) осудил арест."
    mentions, _ = _orgs(pipeline, text)
    assert "КЗЖ" in mentions
    assert not any("(" in m for m in mentions)


@pytest.mark.parametrize("text, name, abbr, kind", [
    ("Федеральная таможенная служба (ФТС) ужесточила контроль. Представители ФТС пояснили "
     "решение.", "Федеральная таможенная служба", "ФТС", "служба"),
    ("Министерство промышленности и торговли выпустило приказ. В МПТ пояснили, что срок "
     "продлён.", "Министерство промышленности и торговли", "МПТ", "министерство"),
])
def test_orgs_abbreviation_and_full_name_are_one_organization(pipeline, text, name, abbr, kind):
    orgs = pipeline.extract(text).organizations
    assert [o.name for o in orgs] == [name]
    assert orgs[0].kind == kind
    assert [m.text for m in orgs[0].mentions].count(abbr) >= 1


def test_orgs_unrelated_abbreviation_stays_apart(pipeline):
    text = "Федеральная таможенная служба и МЧС провели учения."
    assert len(pipeline.extract(text).organizations) == 2


def test_orgs_bare_descriptor_refers_to_the_one_organization_of_its_kind(pipeline):
    text = "Технопарк «Альфа» открылся в мае. Сейчас в технопарке работают 40 человек."
    orgs = pipeline.extract(text).organizations
    assert len(orgs) == 1
    assert [m.text for m in orgs[0].mentions][-1] == "технопарке"


@pytest.mark.parametrize("text", [
    # two companies: "компания" alone could be either
    "Компания «Альфа» купила компанию «Бета». Сделку компания завершила в мае.",
    # plural: a kind of organization, not one of them
    "Технопарк «Альфа» открылся в мае. Технопарки региона растут.",
])
def test_orgs_bare_descriptor_left_alone_when_ambiguous(pipeline, text):
    orgs = pipeline.extract(text).organizations
    bare = [m.text for o in orgs for m in o.mentions if "«" not in m.text]
    assert not any(m.lower() in ("компания", "технопарки") for m in bare)


def test_orgs_legal_form_does_not_split_an_organization(pipeline):
    text = "Контракт подписало ООО «Сибкатализ». Директор «Сибкатализа» рассказал о планах."
    orgs = [o for o in pipeline.extract(text).organizations if "Сибкатализ" in o.name]
    assert len(orgs) == 1
    assert [m.text for m in orgs[0].mentions] == ["ООО «Сибкатализ»", "Сибкатализа"]


def test_orgs_name_is_the_dictionary_form_when_one_mention_has_it(pipeline):
    text = ("Соглашение с «Газпром нефтью» продлено. Представители «Газпром нефти» довольны. "
            "«Газпром нефть» закупит катализаторы.")
    orgs = [o for o in pipeline.extract(text).organizations if "Газпром" in o.name]
    assert [o.name for o in orgs] == ["Газпром нефть"]


def test_orgs_no_group_of_people_before_an_organization(pipeline):
    text = "Компанию основала группа выпускников Омского государственного технического университета."
    names = {o.name for o in pipeline.extract(text).organizations}
    assert "Омский государственный технический университет" in names
    assert not any(n.lower().startswith("группа") for n in names)


def test_orgs_aliases_join_one_entity_with_its_canonical_name():
    import rufacts

    orgs = rufacts.extract("Представитель Центробанка сообщил, что ЦБ не изменит ставку. "
                           "Банк России опубликует решение в пятницу.").organizations
    bank = [o for o in orgs if o.canonical == "Банк России"]
    assert len(bank) == 1 and len(bank[0].mentions) == 3
    assert bank[0].category == "bank"
    assert bank[0].name in {"Центробанк", "Банк России"}  # a full name, not the abbreviation


@pytest.mark.parametrize(("text", "name", "canonical"), [
    ("Представитель МИДа отказался от комментариев.", "МИД", "Министерство иностранных дел"),
    ("Законопроект внесён в Государственную думу весной.", "Государственная дума", "Госдума"),
    ("Письмо направили в Минфин и в Министерство финансов.", "Минфин", "Министерство финансов"),
    ("Федеральная таможенная служба (ФТС) ужесточила контроль. Представители ФТС пояснили "
     "решение.", "Федеральная таможенная служба", "Федеральная таможенная служба"),
    ("Сделку одобрило ООО «Ромашка».", "ООО «Ромашка»", None),
])
def test_orgs_name_as_written_and_the_canonical_name_of_a_known_body(text, name, canonical):
    """``name`` is the nominative of what the article writes; ``canonical`` the alias
    lexicon's name of a known body, which every alias shares (None for an unknown body)."""
    import rufacts

    orgs = [o for o in rufacts.extract(text).organizations if o.name == name]
    assert len(orgs) == 1
    assert orgs[0].canonical == canonical


@pytest.mark.parametrize(("text", "name", "category"), [
    ("Законопроект внесла газета «Известия» в среду.", "Известия", "media"),
    ("Решение принял суд Москвы.", "суд Москвы", "court"),
    ("Съезд провела партия «Единая Россия».", "Единая Россия", "party"),
    ("Сделку заключило ООО «Ромашка».", "ООО «Ромашка»", "company"),
    ("Болельщики клуба «Зенит» вышли на улицы.", "Зенит", "sports_club"),
    ("Заседание Госдумы перенесли.", "Госдума", "legislature"),
])
def test_orgs_category_from_descriptor_legal_form_or_known_name(text, name, category):
    import rufacts

    orgs = {o.name: o for o in rufacts.extract(text).organizations}
    assert orgs[name].category == category


@pytest.mark.parametrize(("text", "mention", "name"), [
    ("Глава японского МИДа отказался от комментариев.", "японского МИДа", "МИД Японии"),
    ("В российском министерстве финансов это отрицают.", "российском министерстве финансов",
     "Министерство финансов России"),
    ("Деньги получило украинское правительство.", "украинское правительство", "Правительство Украины"),
    ("Сделку одобрил государственный китайский банк.", "государственный китайский банк", "Банк Китая"),
])
def test_orgs_body_named_by_a_place_adjective(text, mention, name):
    import rufacts

    orgs = {o.name: [m.text for m in o.mentions] for o in rufacts.extract(text).organizations}
    assert orgs.get(name) == [mention]


def test_orgs_bare_body_after_its_place_adjective_is_the_same_body():
    import rufacts

    orgs = rufacts.extract("Глава японского МИДа заявил, что МИД не изменит позицию.").organizations
    assert [(o.name, [m.text for m in o.mentions]) for o in orgs] == [
        ("МИД Японии", ["японского МИДа", "МИД"])]


def test_orgs_place_adjective_before_a_quoted_name_joins_it():
    import rufacts

    orgs = rufacts.extract("Ольга Лунина, солистка екатеринбургского «Полнолуния», выступила в клубе.").organizations
    assert [(o.name, [m.text for m in o.mentions]) for o in orgs] == [
        ("Полнолуние", ["екатеринбургского «Полнолуния"])]


def test_orgs_many_banks_are_no_body():
    import rufacts

    assert rufacts.extract("Деньги поступили от российских банков.").organizations == ()


@pytest.mark.parametrize("text, name", [
    ("Арбитражный суд Москвы рассмотрел иск.", "Арбитражный суд Москвы"),
    ("Деньги выделил Национальный банк Украины.", "Национальный банк Украины"),
])
def test_orgs_capitalized_name_with_its_place_is_one_organization(pipeline, text, name):
    # not also a second one from the descriptor before the place ("суд Москвы")
    orgs = pipeline.extract(text).organizations
    assert [m.text for o in orgs for m in o.mentions] == [name]
