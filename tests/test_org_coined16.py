"""Quoted coined company names (real pipeline), round 16 (w164): a hyphenated name whose first part
is coined ("«Уралэлектротяжмаш-Сервис»", by its length where the dictionary guesses it) is an
organization in any slot, also right after a person's name; a hyphenated title of known words
("«Москва-Париж»") is not."""
import pytest

from names_cases import org_name


@pytest.mark.parametrize("text, mention, want", [
    ('При Викторе Гуляеве «Уралэлектротяжмаш-Сервис» удвоил экспорт.', 'Уралэлектротяжмаш-Сервис',
     'Уралэлектротяжмаш-Сервис'),
    ('При Викторе Степановиче Гуляеве «Уралэлектротяжмаш-Сервис» удвоил экспорт, но долговая нагрузка '
     'выросла втрое.', 'Уралэлектротяжмаш-Сервис', 'Уралэлектротяжмаш-Сервис'),
    ('Акции «Тюменьэнергоремонт-Холдинг» выросли на 5%.', 'Тюменьэнергоремонт-Холдинг', 'Тюменьэнергоремонт-Холдинг'),
    ('Суд взыскал с «Севзапмонтажавтоматика-Инвест» 12 млн рублей.', 'Севзапмонтажавтоматика-Инвест',
     'Севзапмонтажавтоматика-Инвест'),
    ('Контракт получил «Нефтегазстройпроект-Урал».', 'Нефтегазстройпроект-Урал', 'Нефтегазстройпроект-Урал'),
    # negatives: titles of known words
    ('Песню «Москва-Париж» исполнил хор.', 'Москва-Париж', None),
    ('Режиссёр снял фильм «Старик-Хоттабыч».', 'Старик-Хоттабыч', None),
])
def test_coined(text, mention, want):
    assert org_name(text, mention) == want
