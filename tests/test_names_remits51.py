"""Organizations cut short or run long at their tail or head (remits51), real pipeline, own sentences
(none of them in the gold files): a unit's second field after "и" and the "о" subject of its
sciences; a plural of people after a singular field is no part of the name; a sport's phrase of
several words; a border inspectorate's tail; an honoree's hyphenated or a marshal's title; a period of
two words after a unit's field; a verbal noun "развития" with its object; a council's members; a
territorial body of an agency with its "по" scope; a town in -ё; a numbered school's adjectives
before its town; a kind's acronym СП, a hyphenated type word and an opening descriptor after
adjectives before a quoted or a Latin name; no country's adjective in a legal form's name."""
import pytest
from names_cases import org_name

# (text, mention, name)
ORGS = [
    # a unit's second field after "и" (a body's noun naming a field: "надзора")
    ("Протокол составил отдел экологического контроля и надзора.", "отдел экологического контроля",
     "отдел экологического контроля и надзора"),
    # the sciences' subject after a lower-case unit
    ("На заседании отделения физики и наук о космосе выступили трое.", "отделения физики",
     "отделение физики и наук о космосе"),
    # a plural of people after a singular field: a second genitive of the clause
    ("Картины выпускников Уральской академии живописи и скульпторов из Перми выставят в мае.",
     "Уральской академии живописи", "Уральская академия живописи"),
    # a sport's phrase of several words; a noun in any form of its word
    ("Чемпионат провела Федерация гонок на оленьих упряжках Ямала.", "Федерация гонок",
     "Федерация гонок на оленьих упряжках Ямала"),
    ("Устав приняла Ассоциация стрельбы из арбалета.", "Ассоциация стрельбы", "Ассоциация стрельбы из арбалета"),
    # a border inspectorate's fixed tail
    ("Начальник отдела карантинного фитосанитарного контроля на границе и транспорте подал в отставку.",
     "отдела карантинного", "отдел карантинного фитосанитарного контроля на границе и транспорте"),
    # an honoree's hyphenated lower-case title, a marshal's capitalized one
    ("Курсанты училища имени вице-адмирала Н. Д. Сенявина вышли в море.", "училища",
     "училище имени вице-адмирала Н. Д. Сенявина"),
    ("Ветераны Тамбовского военного авиационного училища имени Маршала авиации Ф. А. Агальцова собрались на встречу.",
     "Тамбовского военного", "Тамбовское военное авиационное училище имени Маршала авиации Ф. А. Агальцова"),
    # a period of two words after a unit's field
    ("Доцент кафедры истории Древнего Востока прочитала лекцию.", "кафедры истории",
     "кафедра истории Древнего Востока"),
    # "развития" and its object
    ("Грант выделило Казанское агентство развития предпринимательства.", "Казанское агентство",
     "Казанское агентство развития предпринимательства"),
    # a council's members after its head
    ("Письмо подписал Тульский областной совет профсоюзов.", "Тульский областной",
     "Тульский областной совет профсоюзов"),
    # a territorial body of an agency with its scope
    ("Жалобу направили в территориальный орган Росреестра по Тверской области.", "территориальный орган",
     "территориальный орган Росреестра по Тверской области"),
    # a numbered school's adjectives before its town
    ("Финал прошёл в спортивной школе олимпийского резерва № 2 города Бийска.", "спортивной школе",
     "спортивная школа олимпийского резерва № 2 города Бийска"),
    # СП, a hyphenated type word and an opening descriptor before a quoted or a Latin name
    ("Партнёром выступило СП «Волга Трейд».", "«Волга Трейд»", "Волга Трейд"),
    ("Спектакль поставили в Театре-студии «Маяк».", "«Маяк»", "Маяк"),
    ("Молодёжный научный союз «Альфа» провёл конференцию.", "«Альфа»", "Альфа"),
    ("Бразильская IT-компания Totvs Labs открыла офис в Москве.", "Totvs Labs", "Totvs Labs"),
    # a country's adjective before a legal form is no part of the name
    ("Договор подписало российское ЗАО «Сибметаллург».", "ЗАО «Сибметаллург»", "Сибметаллург"),
]


@pytest.mark.parametrize(("text", "mention", "name"), ORGS, ids=[o[2] for o in ORGS])
def test_remits_and_edges(text, mention, name):
    assert org_name(text, mention) == name
