"""Family orgnames45 (session 45): one-word bodies closed by a fused body noun (a regional branch's
"-гидромет", "-водоканал", "-автодор", "-втуз"; a brand's "-маркет", "-парк"), a quoted one-word name
the analyzer guesses only as an indeclinable foreign word, a feminine place's hyphenated club name."""
from rufacts import extract


def _orgs(text: str) -> list[str]:
    return [o.name for o in extract(text).organizations]


def _persons(text: str) -> list[str]:
    return [p.name for p in extract(text).persons]


def test_fused_water_utility_genitive():
    assert "Тулаводоканал" in _orgs("Аварийные бригады Тулаводоканала работали всю ночь.")


def test_fused_weather_service_takes_the_taggers_person():
    text = "По сведениям Чувашгидромета, заморозки продлятся до пятницы."
    assert "Чувашгидромет" in _orgs(text)
    assert "Чувашгидромет" not in _persons(text)


def test_fused_water_utility_instrumental():
    assert "Брянскводоканал" in _orgs("Договор на очистку стоков заключён с Брянскводоканалом.")


def test_fused_information_body_takes_the_taggers_person_in_a_passive():
    text = "Отчёт о пожарах подготовлен Лесинфоргом по заказу министерства."
    assert "Лесинфорг" in _orgs(text)
    assert "Лесинфорг" not in _persons(text)


def test_fused_road_agency_opening_a_sentence():
    assert "Курскавтодор" in _orgs("Курскавтодор закрыл мост через Сейм на ремонт.")


def test_fused_heating_network_genitive():
    assert "Ямалтеплосеть" in _orgs("Инженеры Ямалтеплосети устранили порыв за ночь.")


def test_brand_market_guessed_in_an_object():
    assert "Электромаркет" in _orgs("Жители района стали чаще заказывать технику через Электромаркет.")


def test_brand_park_locative():
    assert "Биопарк" in _orgs("В томском Биопарке разместились двенадцать стартапов.")


def test_known_common_noun_park_is_no_body():
    # the dictionary knows "зоопарк": a common noun, capitalized by the sentence
    assert "Зоопарк" not in _orgs("Зоопарк закрыли на карантин до весны.")


def test_plain_water_utility_noun_is_no_fused_name():
    assert not any(n.lower() == "водоканал" for n in _orgs("Водоканал отключит воду в трёх кварталах."))


def test_quoted_indeclinable_guess_stands_as_written():
    names = _orgs("Сотрудники «Куусамоярви» насчитали сорок лосей.")
    assert "Куусамоярви" in names and "Куусамоярвь" not in names


def test_quoted_declined_soft_noun_still_declines():
    # a declined coined noun in "-и" keeps its nominative (no indeclinable guess)
    names = _orgs("Покупатели «Техносили» получат скидки.")
    assert "Техносиль" in names or "Техносила" in names


def test_feminine_place_hyphen_pair_declines_alike():
    names = _orgs("Баскетболистки «Самары» проиграли «Вологде-Бенкате» в овертайме.")
    assert "Вологда-Бенката" in names


def test_masculine_place_hyphen_pair_unchanged():
    # a town in the nominative after the noun: the first part declines alone (org_hyphen_place)
    assert "Амкар-Пермь" in _orgs("Болельщики приехали поддержать игроков с «Амкаром-Пермь» в финале.")
