"""w91 (dev10): the sector said by the predicate, the object or instrumental before the
verb and the counted subject after it (docs/gold-conventions.md, "sector"): a preposition
the parser hung across another noun (sector_predicate_cases.cases_rehung), a qualifier
before the counted subject (sector_tree_qualified_noun), the counted subject hung on a
verb further on (sector_predicate_cases.subjects_rehung), works named by an adjective
("дноуглубительные работы"), an abbreviation after an activity noun ("разработкой ПО").
Real pipelines, general sentences."""
from __future__ import annotations

import pytest

from sector_helpers import counts


PREDICATE = [
    # a place with a preposition before the fronted instrumental
    ("На Ямале оленеводством занимаются 18 общин, сообщили в окружном департаменте.",
     (18, "община", "оленеводство", None)),
    ("В Тверской области заготовкой древесины занимаются около 70 компаний, сообщил "
     "губернатор.", (70, "компания", "заготовка древесины", None)),
    # a qualifier before the counted subject, the subject after the verb
    ("Производством мебели в регионе занимаются свыше 1,5 тыс. предприятий, но большая "
     "часть из них — микробизнес.", (1500, "предприятие", "производство мебели", None)),
    ("Металлоконструкции в Челябинской области выпускают порядка 90 заводов.",
     (90, "завод", "металлоконструкции", None)),
    # the counted subject hung by the parser on the verb of the next clause
    ("Комбикорма в стране выпускают около 300 заводов, а доля импортных премиксов на рынке "
     "снизилась до 20%.", (300, "завод", "комбикорма", None)),
    ("Лёгкую промышленность Ивановской области представляют более 1,2 тыс. предприятий, из "
     "которых 200 — крупные и средние.", (1200, "предприятие", "лёгкая промышленность", None)),
    # works named by an adjective: a sector after a verb of conducting
    ("Буровзрывные работы на карьерах области ведут шесть подрядных организаций.",
     (6, "организация", "буровзрывные работы", None)),
    ("Гидротехнические работы в морских портах сегодня выполняют лишь четыре российские "
     "компании.", (4, "компания", "гидротехнические работы", None)),
    # an abbreviation after an activity noun
    ("Разработкой медицинского ПО в России, по данным ассоциации, занимаются около 120 "
     "компаний.", (120, "компания", "разработка медицинского ПО", None)),
    # an infinitive under a verb of phase or ability: the object said before its head
    ("Пластиковую упаковку в прошлом году начали выпускать шесть новых заводов.",
     (6, "завод", "пластиковая упаковка", None)),
    ("Медицинские маски в стране сегодня способны выпускать не более 20 фабрик.",
     (20, "фабрика", "медицинские маски", None)),
    # a Latin tech word after the fronted head noun
    ("Услуги SaaS для малого бизнеса в регионе предлагают около 40 компаний.",
     (40, "компания", "услуги SaaS для малого бизнеса", None)),
    # "с X" with a name under X: a place the service starts from, not part of the sector;
    # "с ЧПУ", "из массива" stay
    ("Пригородные автобусные перевозки с вокзала «Северный» обслуживают 12 перевозчиков.",
     (12, "перевозчик", "пригородные автобусные перевозки", None)),
    ("Станки с ЧПУ в области выпускают четыре завода.", (4, "завод", "станки с ЧПУ", None)),
    # coordinated adjectives between the number and the counted noun
    ("Сахарную свёклу в области выращивают порядка 150 крестьянских и фермерских хозяйств.",
     (150, "хозяйство", "сахарная свёкла", None)),
]


@pytest.mark.parametrize("text,expected", PREDICATE)
def test_sector_said_by_the_predicate(text, expected):
    assert expected in counts(text)


NEGATIVES = [
    # the counted noun is a real object: the verb has its own subject
    ("Холдинг за год выпустил около 300 тракторов и комбайнов.", 300),
    ("Компания обслуживает свыше 2 тыс. предприятий малого бизнеса в регионе.", None),
    # an adjective with "работы" that is one job, after a verb that is no marker
    ("Ремонтные работы на мосту завершили три бригады.", 3),
    # a verb of building under a verb of phase: one project, no industry
    ("Новый мост через Обь в прошлом году начали строить три компании.", 3),
    # a place before the verb, no activity
    ("На Камчатке сегодня работают около 40 туристических баз.", None),
]


@pytest.mark.parametrize("text,number", NEGATIVES)
def test_no_false_predicate_sector(text, number):
    got = counts(text)
    if number is None:
        assert not any(c[2] in ("предприятия малого бизнеса", "Камчатка", "регион")
                       for c in got)
    else:
        assert not any(c[0] == number for c in got)
