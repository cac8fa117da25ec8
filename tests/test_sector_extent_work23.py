"""The work's own phrases after a sector phrase (issue 11; docs/gold-conventions.md, "The
sector phrase's extent"; rufacts.grammars.sector_extent_work): the origin, destination and
route of a noun of moving goods, the site or waters a work is done in, a basis, a vehicle
and the dative of a noun of help stay in the sector; a forum, a scale, a contract form and a
measure stay out. Real pipeline, sentences of our own."""
from __future__ import annotations

import pytest

from sector_helpers import counts

KEPT = [
    # origin and route of a noun of moving goods, a proper name included
    ("Импортом фруктов из Египта занимаются 12 фирм.",
     (12, "фирма", "импорт фруктов из Египта", None)),
    ("Доставкой грузов через порт Ванино занимаются девять экспедиторов.",
     (9, "экспедитор", "доставка грузов через порт Ванино", None)),
    # a site of the work, also after the "с" of a string-read tail
    ("Уборкой снега с крыш жилых домов занимаются 14 подрядчиков.",
     (14, "подрядчик", "уборка снега с крыш жилых домов", None)),
    # waters the work is done in
    ("Выловом рыбы в горных озёрах заняты 12 артелей.",
     (12, "артель", "вылов рыбы в горных озёрах", None)),
    # a basis, after a product noun
    ("Хлебобулочные изделия на основе цельного зерна выпускают пять пекарен.",
     (5, "пекарня", "хлебобулочные изделия на основе цельного зерна", None)),
    # a vehicle in the instrumental after a carriage noun
    ("Перевозки школьников автобусами в районе выполняют четыре перевозчика.",
     (4, "перевозчик", "перевозки школьников автобусами", None)),
    # the dative of a noun of help
    ("Помощью бездомным животным в городе занимаются 15 некоммерческих организаций.",
     (15, "организация", "помощь бездомным животным", None)),
    # a route phrase the parser hangs on the verb of the phrase
    ("В Казани пять компаний, которые организуют экскурсии к водопадам Урала.",
     (5, "компания", "экскурсии к водопадам Урала", None)),
]

CUT = [
    # a fair the firms show at
    ("Кормовые добавки на выставке показали 30 компаний.",
     (30, "компания", "кормовые добавки", None)),
    # the scale of the work
    ("Клубнику в промышленных объёмах в области выращивают семь хозяйств.",
     (7, "хозяйство", "клубника", None)),
    # a contract form
    ("Капитальный ремонт зданий по подряду ведут 11 организаций.",
     (11, "организация", "капитальный ремонт зданий", None)),
    # a measure in the instrumental
    ("Две компании эксплуатируют в Калмыкии ветропарки общей мощностью около 500 МВт.",
     (2, "компания", "ветропарки", None)),
    # the places goods are sold to, after a product
    ("Мясные полуфабрикаты в детские сады района поставляют три комбината.",
     (3, "комбинат", "мясные полуфабрикаты", None)),
    # a site noun that names an area, and "на ... основе" saying how
    ("Вывозом мусора на территории района занимаются 18 перевозчиков.",
     (18, "перевозчик", "вывоз мусора", None)),
    ("Мобильные игры на коммерческой основе делают семь студий.",
     (7, "студия", "мобильные игры", None)),
    # a named destination after a noun of moving goods (no route head): where they sell
    ("Экспортом леса в Японию занимаются 40 компаний Приморья.",
     (40, "компания", "экспорт леса", None)),
    # a named sea: where the firms fish, as a region
    ("Ловом трески в Норвежском море заняты восемь компаний.",
     (8, "компания", "лов трески", None)),
    # the public a service is for
    ("Стоматологическую помощь жителям посёлка оказывают три клиники.",
     (3, "клиника", "стоматологическая помощь", None)),
    # the named origin of an export: where the exporters are
    ("Экспортом мёда из Башкирии занимаются 25 компаний.",
     (25, "компания", "экспорт мёда", None)),
    # a season after a route: when
    ("Перевозки нефти по Енисею в прошлую навигацию выполняли девять компаний.",
     (9, "компания", "перевозки нефти по Енисею", None)),
    # where the firms are, after a noun of moving goods
    ("Вывозом леса из области занимаются 20 компаний.",
     (20, "компания", "вывоз леса", None)),
]


@pytest.mark.parametrize("text,expected", KEPT + CUT)
def test_work_extent(text, expected):
    found = counts(text)
    assert expected in found, found
