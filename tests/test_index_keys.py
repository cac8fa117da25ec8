"""The keys entities are linked by across articles (rufacts.index.keys): kind-only body names,
aliases, foreign-name spelling, ambiguous places; through the keys functions and a small index."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

duckdb = pytest.importorskip("duckdb", reason="rufacts index needs duckdb")
pytest.importorskip("pyarrow", reason="rufacts index needs pyarrow")

from rufacts.index import index_files  # noqa: E402
from rufacts.index.keys import loc_key, org_key, org_name, person_key  # noqa: E402


def mention(name, start=0):
    return [{"start": start, "stop": start + len(name), "text": name}]


def person(name):
    first, last = name.split(" ")
    return {"name": name, "first": first, "middle": None, "last": last, "roles": [],
            "mentions": mention(name)}


def org(name, kind=None):
    return {"name": name, "kind": kind, "mentions": mention(name)}


def loc(name):
    return {"name": name, "mentions": mention(name)}


def article(id, persons=(), orgs=(), locs=()):
    return {"id": id, "schema_version": "1.1", "meta": {"published": "2020-01-01"},
            "text": None, "persons": list(persons), "organizations": list(orgs),
            "locations": list(locs), "dates": [], "amounts": [], "sector_counts": [],
            "error": None}


# ---- the keys functions ----

@pytest.mark.parametrize("name,kind", [
    ("Минобороны", "минобороны"), ("Верховный суд", "суд"), ("Верховного суда", "суд"),
    ("Госсовет", None), ("Демократическая партия", "партия"),
    ("Республиканская партия", "партия"), ("Министерство иностранных дел", "министерство"),
    ("МИД", None), ("Конституционный суд", "суд"), ("парламент", "парламент"),
    ("Генпрокуратура", None)])
def test_a_body_named_only_by_its_kind_is_keyed_by_its_article(name, kind):
    key_a, resolve, _ = org_key({"name": name, "kind": kind}, "a")
    key_b, _, _ = org_key({"name": name, "kind": kind}, "b")
    assert key_a != key_b and key_a.startswith("ORG#:a:") and resolve is None


@pytest.mark.parametrize("a,b", [
    (("Минобороны России", "минобороны"), ("Министерство обороны РФ", "министерство")),
    (("МИД России", "мид"), ("МИД РФ", "мид")),
    (("Верховный суд США", "суд"), ("Верховный суд США", None)),
    (("Генпрокуратура РФ", None), ("Генеральная прокуратура России", "прокуратура")),
    (("ФСБ", None), ("Федеральная служба безопасности", "служба")),
    (("ООН", None), ("Организация Объединённых Наций", "организация")),
    (("Reuters", None), ("Рейтер", "агентство")),
    (("BBC", None), ("Би-би-си", None)),
    (("Associated Press", None), ("Ассошиэйтед Пресс", "агентство")),
    (("Ъ", None), ("Коммерсантъ", "газета")),
    (("Госдума", "госдума"), ("Государственной думы", "дума")),
    (("СКР", None), ("СК РФ", None)), (("СК России", None), ("СКР", "комитет")),
    (("РПЦ", None), ("Русская православная церковь", "церковь")),
    (("УЕФА", None), ("Союз европейских футбольных ассоциаций", "союз")),
])
def test_aliases_and_named_places_share_a_key(a, b):
    key_a = org_key({"name": a[0], "kind": a[1]}, "a")[0]
    key_b = org_key({"name": b[0], "kind": b[1]}, "b")[0]
    assert key_a == key_b and not key_a.startswith("ORG#")


def test_a_named_place_keeps_two_countries_apart():
    assert (org_key({"name": "Минобороны России", "kind": None}, "a")[0]
            != org_key({"name": "Минобороны Украины", "kind": None}, "a")[0])
    assert (org_key({"name": "Верховный суд США", "kind": "суд"}, "a")[0]
            != org_key({"name": "Верховный суд Испании", "kind": "суд"}, "a")[0])


def test_hyphen_or_space_is_one_name():
    assert (org_key({"name": "Газпром медиа", "kind": None}, "a")
            == org_key({"name": "Газпром-медиа", "kind": None}, "b"))


@pytest.mark.parametrize("names", [
    ("РФ", "Россия", "Российская Федерация", "Российской Федерации"),
    ("США", "Соединённые Штаты", "Соединенные Штаты Америки"),
    ("Беларусь", "Белоруссия"), ("Кыргызстан", "Киргизия"),
    ("Петербург", "Санкт-Петербург", "Ленинград"), ("СССР", "Советский Союз", "Советского Союза"),
    ("Крым", "Республика Крым"), ("Чечня", "Чеченская Республика", "Чеченской Республики"),
    ("ЦАО", "Центральный административный округ")])
def test_place_aliases_share_a_key(names):
    assert len({loc_key({"name": n})[0] for n in names}) == 1


def test_different_places_keep_their_keys():
    keys = {loc_key({"name": n})[0] for n in ("Россия", "США", "Китай", "Рим", "Москва")}
    assert len(keys) == 5


def test_a_river_and_a_city_of_one_name_keep_apart():
    river = loc_key({"name": "Днепр", "mentions": mention("Днепр", 9)}, "a",
                    text="переплыл Днепр")[0]
    city = loc_key({"name": "Днепр", "mentions": mention("Днепр", 6)}, "b",
                   text="город Днепр")[0]
    assert river != city and river == loc_key({"name": "Днепр"}, "c")[0]


def test_an_initial_read_as_the_surname_is_the_initial():
    swapped = person_key({"name": "У Баффет", "first": "Баффет", "last": "У"}, "a")
    assert swapped == person_key({"name": "У. Баффет", "first": "У.", "last": "Баффет"}, "b")


def test_a_place_of_several_takes_the_kind_its_text_gives_it():
    text = "в штате Вашингтон и в Вашингтоне"
    state = loc_key({"name": "Вашингтон", "mentions": mention("Вашингтон", 8)}, "a", text=text)
    city = loc_key({"name": "Вашингтон", "mentions": mention("Вашингтоне", 22)}, "b", text=text)
    bare = loc_key({"name": "Вашингтон", "mentions": mention("Вашингтон", 0)}, "c")
    assert state[0] != city[0] and city[0] == bare[0]
    # a name of one place keeps one key whatever the word before it
    assert (loc_key({"name": "Колорадо", "mentions": mention("Колорадо", 6)}, "a",
                    text="штата Колорадо")[0] == loc_key({"name": "Колорадо"})[0])


def test_role_places_match_their_entities():
    assert org_name("РФ") == loc_key({"name": "Российская Федерация"})[2]
    assert org_name("Нью-Йорк") == loc_key({"name": "Нью-Йорк"})[2]
    assert org_name("Минобороны РФ") == org_key({"name": "Министерство обороны России",
                                                 "kind": None}, "a")[2]


@pytest.mark.parametrize("a,b", [
    ("Дэвид Линч", "Девид Линч"), ("Анджелина Джоли", "Анжелина Джоли"),
    ("Беньямин Нетаньяху", "Биньямин Нетаньяху"), ("Махмуд Ахмадинежад", "Махмуд Ахмадинеджад"),
    ("Усама бин Ладен", "Усама бен Ладен"), ("Джорджио Наполитано", "Джорджо Наполитано"),
    ("Лайам Фокс", "Лиам Фокс"), ("Ким Чон Ын", "Ким Чен Ын")])
def test_spellings_of_a_foreign_name_share_a_key(a, b):
    def key(name):
        first, last = name.split(" ", 1)
        return person_key({"name": name, "first": first, "last": last}, "a")[0]
    assert key(a) == key(b)


@pytest.mark.parametrize("a,b", [
    ("Джо Байден", "Джозеф Байден"), ("Билл Клинтон", "Хиллари Клинтон"),
    ("Дмитрий Медведев", "Дмитрий Медведь"), ("Анна Иванова", "Алла Иванова")])
def test_other_names_keep_their_keys(a, b):
    def key(name):
        first, last = name.split(" ")
        return person_key({"name": name, "first": first, "last": last}, "a")[0]
    assert key(a) != key(b)


# ---- through an index ----

def test_linking_across_articles_in_an_index(tmp_path):
    records = [
        article("a1", [person("Беньямин Нетаньяху")],
                [org("Минобороны России", "минобороны"), org("Верховный суд", "суд"),
                 org("Демократическая партия", "партия"), org("Reuters")],
                [loc("РФ"), loc("Белоруссия")]),
        article("a2", [person("Биньямин Нетаньяху")],
                [org("Министерство обороны РФ", "министерство"), org("Верховный суд", "суд"),
                 org("Демократическая партия", "партия"), org("Рейтер", "агентство")],
                [loc("Российская Федерация"), loc("Беларусь")]),
    ]
    path = _write(tmp_path, records)
    for fast in (True, False):
        db = tmp_path / f"facts-{fast}.duckdb"
        index_files([path], db, fast=fast)
        with duckdb.connect(str(db), read_only=True) as con:
            def ids(type, no):
                return {row[0] for row in con.execute(
                    "SELECT entity_id FROM entity_links WHERE type = ? AND entity_no = ?",
                    [type, no]).fetchall()}
            assert len(ids("PER", 0)) == 1  # Беньямин = Биньямин
            assert len(ids("ORG", 0)) == 1  # Минобороны России = Министерство обороны РФ
            assert len(ids("ORG", 1)) == 2  # whose supreme court: one per article
            assert len(ids("ORG", 2)) == 2  # whose Democratic party: one per article
            assert len(ids("ORG", 3)) == 1  # Reuters = Рейтер
            assert len(ids("LOC", 0)) == 1  # РФ = Российская Федерация
            assert len(ids("LOC", 1)) == 1  # Белоруссия = Беларусь


def _place_article(id, text, names, **extra):
    """A record whose places are mentioned where ``text`` first has each name."""
    locs = []
    for name in names:
        start = text.index(name)
        end = start + len(name)
        while end < len(text) and text[end].isalpha():  # an inflected mention: its whole word
            end += 1
        locs.append({"name": name, "mentions": [{"start": start, "stop": end,
                                                 "text": text[start:end]}]})
    record = article(id, locs=locs)
    record.update(text=text, **extra)
    return record


def _write(tmp_path, records) -> Path:
    path = tmp_path / "out.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                    encoding="utf-8")
    return path


def _links_on_every_route(tmp_path, records, type) -> list[dict]:
    """Entity ids ("article:entity_no" -> id) of one type, one dict per index route (Arrow,
    rows, SQL); the routes build the same article_entities table."""
    path = _write(tmp_path, records)
    tables, links = [], []
    for route in ({"fast": True}, {"fast": False}, {"sql": True}):
        db = tmp_path / f"facts-{len(tables)}.duckdb"
        index_files([path], db, **route)
        with duckdb.connect(str(db), read_only=True) as con:
            tables.append(con.execute("SELECT * FROM article_entities ORDER BY ALL").fetchall())
            links.append(dict(con.execute(
                "SELECT article_id || ':' || entity_no, entity_id FROM entity_links "
                "WHERE type = ?", [type]).fetchall()))
    assert tables[0] == tables[1] == tables[2]
    return links


def test_places_of_several_names_are_told_apart_by_their_articles_on_every_route(tmp_path):
    records = [
        _place_article("a1", "Пожар в штате Вашингтон на границе с Канадой.", ["Вашингтон"]),
        _place_article("a2", "Переговоры прошли в Вашингтоне.", ["Вашингтон"]),
        _place_article("a3", "Житель штата Огайо выиграл лотерею.", ["Огайо"]),
        _place_article("a4", "Выборы в Огайо выиграл сенатор.", ["Огайо"]),
        _place_article("a5", "Особняк в Челси (Лондон) выставлен на продажу.", ["Челси", "Лондон"]),
        _place_article("a6", "Взрыв в районе Челси, Нью-Йорк.", ["Челси", "Нью-Йорк"]),
        _place_article("a7", "Дом в Челси купил банкир из Лондона.", ["Челси", "Лондон"]),
        _place_article("a8", "Суд в Беркли отложил дело.", ["Беркли"]),
        _place_article("a9", "Полиция Беркли ищет свидетелей.", ["Беркли"]),
        _place_article("a10", "Прокуратура Южного округа Нью-Йорка предъявила обвинение.",
                       ["Нью-Йорк"]),
    ]
    for ids in _links_on_every_route(tmp_path, records, "LOC"):
        assert ids["a1:0"] != ids["a2:0"]  # the state is not the city
        assert ids["a3:0"] == ids["a4:0"]  # the state is what "Огайо" alone means
        assert ids["a5:0"] == ids["a7:0"] != ids["a6:0"]  # Chelsea in London, not in New York
        assert ids["a8:0"] != ids["a9:0"]  # Berkeley with no place to tell: its article only
        assert ids["a10:0"] == ids["a6:1"]  # a district of New York is no kind of New York


def test_a_name_several_kinds_of_bodies_carry_links_by_its_kind_only():
    channel = org_key({"name": "Аль-Джазира", "kind": "телеканал"}, "a")[0]
    assert org_key({"name": "Al Jazeera", "kind": "телеканал"}, "b")[0] == channel
    club = org_key({"name": "Аль-Джазира", "kind": None}, "c")
    assert club[0] != channel and club[1] is None  # never resolved to the one kind seen
    assert (org_key({"name": "Локомотив", "kind": "банк"}, "a")[0]
            != org_key({"name": "Локомотив", "kind": "клуб"}, "b")[0])
    # a name of one body still joins the one kind the dump has
    assert org_key({"name": "Газпром нефть", "kind": None}, "a")[1] == "kind"


def test_a_club_without_a_kind_does_not_join_the_one_channel_of_its_name(tmp_path):
    records = [article("a1", orgs=[org("Аль-Джазира", "телеканал")]),
               article("a2", orgs=[org("Al Jazeera", "телеканал")]),
               article("a3", orgs=[org("Аль-Джазира")]),
               article("a4", orgs=[org("Газпром нефть", "компания")]),
               article("a5", orgs=[org("Газпром нефть")])]
    path = _write(tmp_path, records)
    db = tmp_path / "facts.duckdb"
    index_files([path], db)
    with duckdb.connect(str(db), read_only=True) as con:
        ids = dict(con.execute("SELECT article_id, entity_id FROM entity_links").fetchall())
    assert ids["a1"] == ids["a2"] != ids["a3"]
    assert ids["a4"] == ids["a5"]


def test_clubs_of_one_name_are_told_apart_by_their_articles_on_every_route(tmp_path):
    """A kindless name of several bodies with context groups (lexicons/org_ambiguous.tsv) links
    to those whose article names places or organizations of the same group only."""
    records = [article("a1", orgs=[org("Арсенал")], locs=[loc("Тула"), loc("Москва")]),
               article("a2", orgs=[org("Арсенал")], locs=[loc("Лондон"), loc("Англия")]),
               article("a3", orgs=[org("Арсенал")], locs=[loc("Лондоне")]),
               article("a4", orgs=[org("ЦСКА"), org("РФПЛ")]),
               article("a5", orgs=[org("ЦСКА"), org("КХЛ")]),
               article("a6", orgs=[org("Зенит"), org("ЦСКА"), org("Премьер-лиги")]),
               article("a7", orgs=[org("ЦСКА")]), article("a8", orgs=[org("ЦСКА")])]
    for ids in _links_on_every_route(tmp_path, records, "ORG"):
        assert ids["a1:0"] != ids["a2:0"] == ids["a3:0"]  # Tula's Arsenal, London's twice
        assert ids["a4:0"] == ids["a6:1"] != ids["a5:0"]  # football CSKA, not hockey CSKA
        assert ids["a7:0"] == ids["a8:0"] != ids["a4:0"]  # no context: only with no context
