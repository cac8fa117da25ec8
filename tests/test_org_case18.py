"""One-word organization names in an oblique case: the slot's case read through a hyphenated noun
before the name ("вице-президента «Норд-Ойла»"), and no genitive after a plural genitive that
describes the organization with its descriptor ("сети аптек «Ригла»": apposition, as written).
Real pipeline, own sentences."""
import pytest

from test_org_quoted import org_name

CASES = [
    # a hyphenated noun before the name governs the genitive (the analyzer alone reads
    # "Сибойла" as a neuter "Сибойло" or leaves "Юнипетрола" as written)
    ("Бывший вице-президент «Сибойла» подал иск.", "«Сибойла»", "Сибойл"),
    ("Пресс-секретарь «Юнипетрола» опроверг слухи.", "«Юнипетрола»", "Юнипетрол"),
    ("Вице-премьер «Нефтекола» не ответил на письмо.", "«Нефтекола»", "Нефтекол"),
    ("Экс-директора «Тверьметалла» задержали в аэропорту.", "«Тверьметалла»", "Тверьметалл"),
    ("Генерального директора «Альфа-Ойла» вызвали на допрос.", "«Альфа-Ойла»", "Альфа-Ойл"),
    ("Топ-менеджеры «Агроснаба» получили бонусы.", "«Агроснаба»", "Агроснаб"),
    # a plural genitive after a descriptor: the name is in apposition, as written
    ("В сети аптек «Ригла» подорожали лекарства.", "«Ригла»", "Ригла"),
    ("Владелец сети магазинов «Копейка» продал бизнес.", "«Копейка»", "Копейка"),
    ("Акции группы компаний «Самолёт» выросли.", "«Самолёт»", "Самолёт"),
    ("Сеть ресторанов «Теремок» открыла точку в Казани.", "«Теремок»", "Теремок"),
    ("Холдинг заводов «Стальмаш» сократил штат.", "«Стальмаш»", "Стальмаш"),
]

KEPT = [
    # a plural genitive after no descriptor: the name is a genitive complement and declines
    ("Зарплаты сотрудников «Агропрофа» выросли.", "«Агропрофа»", "Агропроф"),
    ("Жалобы покупателей «Хлебницы» проверит прокуратура.", "«Хлебницы»", "Хлебница"),
]


@pytest.mark.parametrize("text,mention,name", CASES + KEPT)
def test_org_case18(text, mention, name):
    assert org_name(text, mention) == name
