"""Bodies named by a common head noun and their owner or founder (entities/org_owned_heads.py,
lexicons/owned_body_heads.txt, owned_body_owners.txt, owned_body_complements.txt): the head and
its genitives before an international owner, a founders' name the tagger cut, a world adjective
leading a programme; not a company's programme, a fund of money, a post's holder."""
import pytest

import rufacts


def _orgs(text):
    return {o.name for o in rufacts.extract(text).organizations}


@pytest.mark.parametrize("text, name", [
    ("Офис Программы развития ООН в Бишкеке выделил гранты пчеловодам.", "Программа развития ООН"),
    ("Программа ООН по окружающей среде назвала главные угрозы для коралловых рифов.",
     "Программа ООН по окружающей среде"),
    ("Аналитики Продовольственной и сельскохозяйственной организации ООН ждут роста цен на рис.",
     "Продовольственная и сельскохозяйственная организация ООН"),
])
def test_head_before_an_international_owner_is_one_body(text, name):
    assert name in _orgs(text)


@pytest.mark.parametrize("text, name", [
    ("Вакцинацию в трёх провинциях оплатил Фонд Билла и Мелинды Гейтс.", "Фонд Билла и Мелинды Гейтс"),
    ("Новый хоспис в Казани поддержал Фонд Елены и Геннадия Тимченко.", "Фонд Елены и Геннадия Тимченко"),
    ("Больницу в Хороге построили при участии Фонда развития Ага Хана.", "Фонд развития Ага Хана"),
])
def test_founders_names_cut_by_the_tagger_join_the_body(text, name):
    assert name in _orgs(text)


def test_world_adjective_leads_a_programme():
    assert "Всемирная продовольственная программа" in _orgs(
        "Караван Всемирной продовольственной программы добрался до Эль-Фашера.")


@pytest.mark.parametrize("text, wrong", [
    ("Программа развития Ростелекома до 2030 года предполагает рост выручки.", "Программа развития Ростелекома"),
    ("Фонд оплаты труда Почты России вырастет на шесть процентов.", "Фонд оплаты труда Почты России"),
    ("Новая программа развития ООН рассчитана на пять лет.", "Новая программа развития ООН"),
    ("Всемирная программа вакцинации охватила восемьдесят стран.", "Всемирная программа"),
    ("По словам директора Фонда развития Ивана Сидорова, заявок стало больше.", "Фонд развития Ивана Сидорова"),
])
def test_documents_money_and_posts_are_not_joined(text, wrong):
    assert wrong not in _orgs(text)
