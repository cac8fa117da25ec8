"""Person forms of the second look at names-blind-31 (branch w272): a first name and patronymic the
tagger missed before a surname it glued to an organization (entities/org_person_lead.py), a double
surname whose foreign second part nothing reads (entities/name_readings.py), a Chinese given name in
-эй (entities/names_asian.py), Ukrainian surnames in -ец with a fleeting vowel
(lexicons/name_fleeting.tsv), Finnish surnames in -ла/-ля (entities/name_finnish.py), a double surname
after an office (entities/name_office_double.py), a Greek woman's surname in -у after Афродита."""
import pytest

import rufacts


def _persons(text):
    return {p.name for p in rufacts.extract(text).persons}


@pytest.mark.parametrize("text, name", [
    # the surname out of the organization span the tagger made of it and the noun after it
    ("Благодаря Аркадию Семёновичу Костромину судоремонтный завод в Находке получил новый док.",
     "Аркадий Семёнович Костромин"),
    ("Благодаря Ольге Викторовне Шестаковой молочный комбинат в Вологде сохранил рабочие места.",
     "Ольга Викторовна Шестакова"),
    # a second part in an ending no Russian word has stands as written
    ("Контракт подписан с Мариной Кузнецовой-Ряйхя до конца сезона.", "Марина Кузнецова-Ряйхя"),
    # a Chinese given name in -эй
    ("Переговоры с Ли Цзяньвэем продлились до вечера.", "Ли Цзяньвэй"),
    ("Делегацию Ван Минвэя приняли в Хабаровске.", "Ван Минвэй"),
    # -ец with a fleeting vowel
    ("Главный приз достался Николаю Гуманцу из Полтавы.", "Николай Гуманец"),
    ("Слово предоставили Виктору Зимовцу.", "Виктор Зимовец"),
    # Finnish surnames in -ла/-ля by vowel harmony
    ("О Юсси Мякеле в клубе вспоминают с теплотой.", "Юсси Мякеля"),
    ("Награду вручили Пекке Коскеле.", "Пекка Коскела"),
    # a double surname after an office
    ("Начальнику станции Воронову-Зорину объявлен выговор.", "Воронов-Зорин"),
    # a Greek woman's surname in -у stands
    ("Жюри отметило Афродиту Папаниколау за лучшую роль.", "Афродита Папаниколау"),
])
def test_person_form(text, name):
    assert name in _persons(text)


@pytest.mark.parametrize("text, name", [
    ("Встреча с Бенни Ганцем прошла в Иерусалиме.", "Бенни Ганц"),  # a German cluster keeps its stem
    ("Письмо направили Себастьяну Курцу.", "Себастьян Курц"),
    ("Награду получил Сергей Карапетянц.", "Сергей Карапетянц"),
    ("О Пекке Лундмарке вспоминают в Турку.", "Пекка Лундмарк"),  # a Swedish surname of Finland
])
def test_clusters_stay(text, name):
    assert name in _persons(text)


def test_place_after_office_stays_a_place():
    article = rufacts.extract("Мэр Петропавловска-Камчатского провёл приём граждан.")
    assert not article.persons
