"""Person name forms, residue of session 22 (w194), on sentences of our own:

- a woman's -ой/-ей of a Russian name or surname in -а/-я never stands unchanged as a nominative, even
  where the context hints at one ("Инной", "Мухамадиевой", "Марией": lexicons/name_endings.tsv, fem-indecl);
- Azerbaijani surnames in -заде stand unchanged in every case (lexicons/name_endings.tsv, fe);
- more Chinese family names and the Khmer ones, whose given names may have an aspirated stop and end in
  a stop ("Сопхеак"), keep the family name first (lexicons/east_asian_surnames.txt, entities/names_asian.py);
- a place span the tagger ran on into such a name ("провинции Ляонин Цуй Хунбинь") gives the person
  (entities/name_asian_missed.py, asian_tail);
- after a woman's first name in the accusative, a surname written as the nominative with no woman's
  accusative stands unchanged (entities/name_unchanged_after.py).
"""
import pytest

from names_cases import org_name, person_at


def _norm(got):
    return tuple(x.replace('ё', 'е') if x else x for x in got) if got else got


@pytest.mark.parametrize("text, mention, want", [
    ('Сеть аптек, руководимая Инной Кравченко, открыла десятый филиал.', 'Инной Кравченко',
     ('Инна Кравченко', 'Инна', None, 'Кравченко')),
    ('Гульнаре Хабибуллиной принадлежит половина акций завода.', 'Гульнаре Хабибуллиной',
     ('Гульнара Хабибуллина', 'Гульнара', None, 'Хабибуллина')),
    ('Алсу Гарифуллиной достался главный приз конкурса.', 'Алсу Гарифуллиной',
     ('Алсу Гарифуллина', 'Алсу', None, 'Гарифуллина')),
])
def test_woman_oy_is_no_indeclinable_nominative(text, mention, want):
    assert _norm(person_at(text, mention)) == want


@pytest.mark.parametrize("text, mention, want", [
    ('Эльчину Кулизаде, послу Азербайджана, вручили верительные грамоты.', 'Эльчину Кулизаде',
     ('Эльчин Кулизаде', 'Эльчин', None, 'Кулизаде')),
])
def test_azerbaijani_zade_unchanged(text, mention, want):
    assert _norm(person_at(text, mention)) == want


@pytest.mark.parametrize("text, mention, want", [
    ('Министр встретился с Цуй Тяньканом на полях форума.', 'Цуй Тяньканом',
     ('Цуй Тянькан', 'Тянькан', None, 'Цуй')),
    ('Правительство Камбоджи направило в Токио Кео Сопхеака, советника премьера.', 'Кео Сопхеака',
     ('Кео Сопхеак', 'Сопхеак', None, 'Кео')),
    ('Переговоры вёл Сок Тхеарин, вице-премьер Камбоджи.', 'Сок Тхеарин',
     ('Сок Тхеарин', 'Тхеарин', None, 'Сок')),
])
def test_east_asian_family_first(text, mention, want):
    assert _norm(person_at(text, mention)) == want


def test_place_run_into_east_asian_name():
    text = 'Делегацию возглавил заместитель губернатора провинции Ляонин Мяо Хуэйцин, курирующий торговлю.'
    assert _norm(person_at(text, 'Мяо Хуэйцин')) == ('Мяо Хуэйцин', 'Хуэйцин', None, 'Мяо')


@pytest.mark.parametrize("text, mention, want", [
    ('Журналисты подробно расспросили Лючию Мартина о новом фильме.', 'Лючию Мартина',
     ('Лючия Мартина', 'Лючия', None, 'Мартина')),
    # a surname that declines keeps declining
    ('Журналисты подробно расспросили Анну Смирнову о новом фильме.', 'Анну Смирнову',
     ('Анна Смирнова', 'Анна', None, 'Смирнова')),
])
def test_woman_accusative_before_unchanged_surname(text, mention, want):
    assert _norm(person_at(text, mention)) == want


@pytest.mark.parametrize("text, mention, want", [
    # a listed first name in a vowel stands unchanged, not the genitive of a rarer one (Нелля)
    ('Нелли Гогуа возглавила совет директоров.', 'Нелли Гогуа', ('Нелли Гогуа', 'Нелли', None, 'Гогуа')),
    ('Благодарность объявили Нелли Сабуровой.', 'Нелли Сабуровой', ('Нелли Сабурова', 'Нелли', None, 'Сабурова')),
])
def test_listed_indeclinable_first_name(text, mention, want):
    assert _norm(person_at(text, mention)) == want


@pytest.mark.parametrize("text, mention, want", [
    # a man's dative would decline the surname too ("Ивану Петровичу-Зоричу"): the woman's accusative
    ('Министр уволил Ивану Петрович-Зорич без объяснений.', 'Ивану Петрович-Зорич',
     ('Ивана Петрович-Зорич', 'Ивана', None, 'Петрович-Зорич')),
    ('Министр позвонил Ивану Петровичу-Зоричу вечером.', 'Ивану Петровичу-Зоричу',
     ('Иван Петрович-Зорич', 'Иван', None, 'Петрович-Зорич')),
    # a woman's surname that declines itself keeps its own accusative
    ('Тренер поздравил Полину Семёнову-Пак с победой.', 'Полину Семёнову-Пак',
     ('Полина Семенова-Пак', 'Полина', None, 'Семенова-Пак')),
])
def test_woman_accusative_in_u(text, mention, want):
    assert _norm(person_at(text, mention)) == want


@pytest.mark.parametrize("text, mention, want", [
    # a frozen pair of two capitalized words keeps declining its second word only
    ('Клиенты «Почта Банка» жаловались на сбой.', '«Почта Банка»', 'Почта Банк'),
    # an abbreviation before a lower-case genitive: its complement, as written
    ('Соглашение подписали с НИИ кардиологии.', 'НИИ кардиологии', 'НИИ кардиологии'),
    ('Кредит оформили в МТС Банке.', 'МТС Банке', 'МТС Банк'),
])
def test_org_genitive_complement(text, mention, want):
    assert org_name(text, mention) == want
