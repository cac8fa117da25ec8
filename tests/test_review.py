"""rufacts.review: a real batch output of the sample dump as DataFrames, highlighted
articles read back from their HTML, and the dump-level charts."""
from __future__ import annotations

import bz2
import gzip
import html
import json
import lzma
from dataclasses import dataclass
from html.parser import HTMLParser

import pytest

pd = pytest.importorskip("pandas", reason="rufacts.review needs the review extra (pandas)")
pytest.importorskip("matplotlib", reason="rufacts.review needs the review extra (matplotlib)")

from rufacts import review  # noqa: E402
from rufacts.batch.run import run_batch  # noqa: E402
from rufacts.io import read_inputs, read_text_file  # noqa: E402
from rufacts.review.record import format_amount  # noqa: E402

from conftest import EXAMPLE, SAMPLE_DIR  # noqa: E402

GROUPS = ("persons", "organizations", "locations", "dates", "amounts", "sector_counts")
SAMPLE_IDS = sorted(p.stem for p in SAMPLE_DIR.glob("*.txt"))


# ---------------------------------------------------------------- reading highlighted HTML

@dataclass(frozen=True)
class Piece:
    key: str
    type: str
    start: int
    stop: int
    first: bool   # the piece where the fact starts (carries the label)
    style: str


class Highlights(HTMLParser):
    """Reads rendered articles back: title, the highlighted text, every fact piece with its
    offsets in that text, the fact-table rows. Works on our HTML and on a browser's DOM."""

    def __init__(self, markup: str) -> None:
        super().__init__(convert_charrefs=True)
        self.articles: dict[str, dict] = {}
        self._article: dict | None = None
        self._title_tag: str | None = None
        self._in_text = False
        self._open: list[tuple[dict, int]] = []
        self._row: str | None = None  # a fact-table row or a legend key being read
        self._row_tag = ""
        self._row_depth = 0
        self.feed(markup)
        self.close()

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        classes = (a.get("class") or "").split()
        if self._row is not None and tag == self._row_tag:
            self._row_depth += 1
        if tag == "article" and "rf-article" in classes:
            self._article = {"hidden": "hidden" in a, "title": "", "text": "", "pieces": [],
                             "rows": {}}
            self.articles[a["data-id"]] = self._article
        elif self._article is None:
            return
        elif "rf-title" in classes:
            self._title_tag = tag
        elif tag == "div" and "rf-text" in classes:
            self._in_text = True
        elif self._in_text and tag == "span":
            self._open.append((a, len(self._article["text"])))
        elif (tag == "tr" and a.get("data-fact")) or "rf-key" in classes:
            key = a["data-fact"] if tag == "tr" else "legend:" + a["data-type"]
            self._row, self._row_tag, self._row_depth = key, tag, 1
            self._article["rows"][key] = ""

    def handle_endtag(self, tag):
        if self._article is None:
            return
        if tag == self._title_tag:
            self._title_tag = None
        elif self._in_text and tag == "span":
            a, start = self._open.pop()
            self._article["pieces"].append(Piece(
                a["data-fact"], a["data-type"], start, len(self._article["text"]),
                "rf-start" in a["class"].split(), a.get("style", "")))
        elif self._in_text and tag == "div":
            self._in_text = False
        elif self._row is not None and tag == self._row_tag:
            self._row_depth -= 1
            if self._row_depth == 0:
                self._row = None

    def handle_data(self, data):
        if self._article is None:
            return
        if self._title_tag:
            self._article["title"] += data
        if self._in_text:
            self._article["text"] += data
        if self._row is not None:
            self._article["rows"][self._row] += data


def marked_spans(article: dict) -> list[tuple[str, str, int, int]]:
    """(type, key, start, stop) of every highlighted mention: pieces of one fact joined
    where one continues the other."""
    spans: list[list] = []
    for piece in sorted(article["pieces"], key=lambda p: (p.start, -p.stop)):
        last = next((s for s in reversed(spans) if s[1] == piece.key and s[3] == piece.start),
                    None)
        if last is not None and not piece.first:
            last[3] = piece.stop
        else:
            spans.append([piece.type, piece.key, piece.start, piece.stop])
    return sorted(tuple(s) for s in spans)


def expected_spans(record: dict) -> list[tuple[str, int, int]]:
    """(type, start, stop) of every fact of a record, straight from its JSON."""
    out = []
    for group, label in (("persons", "PER"), ("organizations", "ORG"), ("locations", "LOC")):
        out += [(label, m["start"], m["stop"]) for e in record[group] for m in e["mentions"]]
    out += [("ROLE", r["start"], r["stop"]) for p in record["persons"] for r in p["roles"]
            if r["stop"] > r["start"]]
    for group, label in (("dates", "DATE"), ("amounts", "AMOUNT"), ("sector_counts", "SECTOR")):
        out += [(label, item["start"], item["stop"]) for item in record[group]]
    return sorted(out)


def with_expected_amounts(record: dict, validate_record) -> dict:
    """The record with the amounts and sector counts a careful reader finds in
    lefortovo-technopolis (../shared/examples/*.expected.md), located in its own text."""
    record = json.loads(json.dumps(record))
    text = record["text"]

    def at(phrase: str) -> dict:
        start = text.index(phrase)
        return {"start": start, "stop": start + len(phrase), "text": phrase}

    record["amounts"] = [
        {**at("более 175 тыс. кв. м"), "kind": "area", "value": 175000, "unit": "m2",
         "qualifier": "more_than", "value_min": None, "value_max": None},
        {**at("около 500 млн. долл."), "kind": "money", "value": 500000000, "unit": "USD",
         "qualifier": "approx", "value_min": None, "value_max": None},
    ]
    record["sector_counts"] = [
        {**at("3 компании работают в сфере микроэлектроники и высоких технологий"), "count": 3,
         "object": "компания", "sector": "микроэлектроника и высокие технологии", "total": 10},
        {**at("7 компаний - в сфере производства медицинского оборудования и фармацевтики"),
         "count": 7, "object": "компания",
         "sector": "производство медицинского оборудования и фармацевтика", "total": 10},
    ]
    return validate_record(record)


# ---------------------------------------------------------------- fixtures

@pytest.fixture(scope="module")
def lefortovo(records):
    return next(r for r in records if r["id"] == "lefortovo-technopolis")


# ---------------------------------------------------------------- DataFrames

def test_review_load_one_article_row_per_record(rv, records):
    articles = rv.articles
    assert list(articles.id) == SAMPLE_IDS
    for record, row in zip(records, articles.itertuples(index=False)):
        assert row.title == record["meta"]["title"]
        assert row.chars == len(record["text"])
        for group in GROUPS:
            assert getattr(row, group) == len(record[group]), (record["id"], group)
    lef = articles.set_index("id").loc["lefortovo-technopolis"]
    assert lef.published == pd.Timestamp("2015-12-11")
    assert lef.url == "http://lefortovo.mos.ru/presscenter/news/detail/2369221.html"
    assert articles.error_kind.isna().all()


def test_review_entity_frames_one_row_per_mention_with_offsets(rv, records):
    texts = {r["id"]: r["text"] for r in records}
    for group in ("persons", "organizations", "locations"):
        frame = getattr(rv, group)
        assert len(frame) == sum(len(e["mentions"]) for r in records for e in r[group])
        for row in frame.itertuples(index=False):
            assert texts[row.article_id][row.start:row.stop] == row.text
    sobyanin = rv.persons[rv.persons.name == "Сергей Собянин"]
    assert list(sobyanin.text) == ["Собянин", "Сергей Собянин", "С.Собянина", "Собянин"]
    assert set(sobyanin.article_id) == {"lefortovo-technopolis"}
    assert set(sobyanin.published) == {pd.Timestamp("2015-12-11")}
    assert sobyanin.entity.nunique() == 1


def test_review_dates_frame_has_values_and_offsets(rv, lefortovo):
    dates = rv.dates[rv.dates.article_id == "lefortovo-technopolis"]
    assert list(dates.value) == [d["value"] for d in lefortovo["dates"]]
    assert "2015-12-11" in set(dates.value)
    row = dates[dates.value == "2012-12"].iloc[0]
    assert (row.year, row.month, pd.isna(row.day)) == (2012, 12, True)
    assert lefortovo["text"][row.start:row.stop] == row.text


def test_review_amounts_and_sector_counts_frames(lefortovo, validate_record):
    record = with_expected_amounts(lefortovo, validate_record)
    rv = review.from_records([record])
    money = rv.amounts[(rv.amounts.kind == "money") & (rv.amounts.value > 1e8)]
    assert list(money.text) == ["около 500 млн. долл."]
    assert (money.iloc[0].value, money.iloc[0].unit, money.iloc[0].qualifier) == (
        500000000, "USD", "approx")
    assert list(rv.sector_counts["count"]) == [3, 7]
    assert list(rv.sector_counts.total) == [10, 10]
    assert rv.articles.iloc[0].amounts == 2 and rv.articles.iloc[0].sector_counts == 2
    labels = set(rv.mentions[rv.mentions.type == "AMOUNT"].normal)
    assert labels == {">\u00a0175\u00a0000 m2", "≈\u00a0500\u00a0000\u00a0000 USD"}


def test_review_pipeline_amounts_reach_the_frames(rv, records):
    """Whatever amounts and sector counts the pipeline finds land in the frames, valued."""
    assert len(rv.amounts) == sum(len(r["amounts"]) for r in records)
    assert len(rv.sector_counts) == sum(len(r["sector_counts"]) for r in records)
    for record in records:
        frame = rv.amounts[rv.amounts.article_id == record["id"]]
        assert list(frame.text) == [a["text"] for a in record["amounts"]]
        assert [None if pd.isna(v) else v for v in frame.value] == [
            a["value"] for a in record["amounts"]]


def test_review_frames_keep_their_columns_when_empty():
    rv = review.from_records([])
    for name, columns in review.COLUMNS.items():
        assert list(getattr(rv, name).columns) == columns
    assert len(rv.amounts) == 0


def test_review_articles_mentioning_filters_by_normal_form(rv):
    hits = rv.articles_mentioning("Роснано", type="ORG")
    assert list(hits.id) == ["lefortovo-technopolis"]
    sber = rv.articles_mentioning("сбербанк")
    assert len(sber) == len(set(rv.organizations[rv.organizations.name.str.contains(
        "Сбербанк")].article_id)) >= 2
    assert rv.articles_mentioning("Роснано", type="PER").empty


@pytest.mark.parametrize("suffix,opener", [(".gz", gzip.open), (".bz2", bz2.open),
                                           (".xz", lzma.open)])
def test_review_load_reads_compressed_output(sample_out, rv, tmp_path, suffix, opener):
    packed = tmp_path / f"sample.jsonl{suffix}"
    with opener(packed, "wb") as out:
        out.write(sample_out.read_bytes())
    again = review.load(packed)
    for name in review.COLUMNS:
        pd.testing.assert_frame_equal(getattr(again, name), getattr(rv, name))


def test_review_load_names_a_broken_line(sample_out, tmp_path):
    broken = tmp_path / "broken.jsonl"
    lines = sample_out.read_text(encoding="utf-8").splitlines()
    broken.write_text("\n".join([lines[0], lines[1][:50], lines[2]]) + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"broken\.jsonl:2: not a JSON record"):
        review.load(broken)


def test_review_error_records_are_rows_with_their_error(pipeline, tmp_path):
    (tmp_path / "dump").mkdir()
    (tmp_path / "dump" / "a-good.txt").write_text(EXAMPLE.read_text(encoding="utf-8"),
                                                  encoding="utf-8")
    (tmp_path / "dump" / "b-empty.txt").write_text("  \n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    run_batch(read_inputs([str(tmp_path / "dump")]), str(out))
    rv = review.load(out)
    rows = rv.articles.set_index("id")
    assert rows.loc["b-empty"].error_kind == "empty_text"
    assert rows.loc["b-empty"].persons == 0
    assert pd.isna(rows.loc["a-good"].error_kind) and rows.loc["a-good"].persons >= 1
    assert set(rv.persons.article_id) == {"a-good"}
    view = review.show(rv.record("b-empty"))
    assert "empty_text" in view.html


# ---------------------------------------------------------------- the highlighted view

def test_show_marks_every_fact_exactly_where_the_record_says(records):
    for record in records:
        article = Highlights(review.show(record).html).articles[record["id"]]
        assert article["text"] == record["text"]  # the text is shown as it is, labels are CSS
        assert sorted((t, s, e) for t, _, s, e in marked_spans(article)) == expected_spans(record)


def test_show_lefortovo_acceptance(lefortovo):
    """The acceptance example: Сергей Собянин, the organizations and the dates, in place,
    and in the fact table with the ISO values."""
    article = Highlights(review.show(lefortovo).html).articles["lefortovo-technopolis"]
    text = article["text"]
    marked = marked_spans(article)
    per = {text[s:e] for t, _, s, e in marked if t == "PER"}
    assert per == {"Собянин", "Сергей Собянин", "С.Собянина"}
    assert len({k for t, k, _, _ in marked if t == "PER"}) == 1  # one person, four mentions
    orgs = " | ".join(text[s:e] for t, _, s, e in marked if t == "ORG")
    for name in ("Роснано", "Ростелеком", "NeoPhotonics", "ФТС России", "Управа района Лефортово"):
        assert name in orgs
    assert {text[s:e] for t, _, s, e in marked if t == "DATE"} >= {"11.12.2015",
                                                                  "декабре 2012 года"}
    rows = article["rows"]
    assert any("Сергей Собянин" in row for row in rows.values())
    dates = [row for key, row in rows.items() if key.startswith("DATE-")]
    assert any("2015-12-11" in row for row in dates) and any("2012-12" in row for row in dates)
    assert article["title"].startswith("Собянин: Технополис")
    assert article["rows"]["legend:PER"] == "person 1"
    assert article["rows"]["legend:ORG"] == f"organization {len(lefortovo['organizations'])}"


def test_show_lefortovo_amounts_with_values(lefortovo, validate_record):
    """Amounts and sector counts are highlighted and listed with value and unit (here the
    expected ones of the acceptance example, located in the real record's text)."""
    record = with_expected_amounts(lefortovo, validate_record)
    markup = review.show(record).html
    article = Highlights(markup).articles["lefortovo-technopolis"]
    marked = {(t, article["text"][s:e]) for t, _, s, e in marked_spans(article)}
    assert ("AMOUNT", "около 500 млн. долл.") in marked
    assert ("AMOUNT", "более 175 тыс. кв. м") in marked
    assert ("SECTOR", "3 компании работают в сфере микроэлектроники и высоких технологий") in marked
    rows = article["rows"]
    assert "≈\u00a0500\u00a0000\u00a0000 USD" in rows["AMOUNT-1"]
    assert ">\u00a0175\u00a0000 m2" in rows["AMOUNT-0"]
    assert "микроэлектроника и высокие технологии (of 10)" in rows["SECTOR-0"]
    assert 'data-label="AMOUNT ≈\u00a0500\u00a0000\u00a0000 USD"' in markup


def test_show_pipeline_amounts_shown_with_values(pipeline):
    """Whatever amounts the pipeline finds in the example are shown with value and unit."""
    source = read_text_file(EXAMPLE)
    record = pipeline.extract(source.text, id=source.id, **source.meta).as_json()
    markup = review.show(record).html
    rows = Highlights(markup).articles[source.id]["rows"]
    for i, amount in enumerate(record["amounts"]):
        assert format_amount(amount) in rows[f"AMOUNT-{i}"]
        assert html.escape(amount["text"], quote=False) in markup


def test_show_overlapping_facts_stack_in_slots(lefortovo):
    article = Highlights(review.show(lefortovo).html).articles["lefortovo-technopolis"]
    text = article["text"]
    fts = next(p for p in article["pieces"] if p.type == "ORG" and text[p.start:p.stop] ==
               "России")
    russia = next(p for p in article["pieces"] if p.type == "LOC" and p.start == fts.start)
    assert text[russia.start:russia.stop] == "России"
    assert fts.style != russia.style  # nested facts get different bar slots


def test_show_crossing_facts_are_cut_into_pieces():
    record = {"id": "x", "text": "Совет директоров ПАО «Сбербанк» России", "meta": {},
              "persons": [], "organizations": [
                  {"name": "ПАО «Сбербанк» России", "kind": None,
                   "mentions": [{"start": 17, "stop": 38, "text": "ПАО «Сбербанк» России"}]},
                  {"name": "Совет директоров ПАО «Сбербанк»", "kind": None,
                   "mentions": [{"start": 0, "stop": 31,
                                 "text": "Совет директоров ПАО «Сбербанк»"}]}],
              "locations": [{"name": "Россия",
                             "mentions": [{"start": 32, "stop": 38, "text": "России"}]}],
              "dates": [], "amounts": [], "sector_counts": [], "error": None}
    article = Highlights(review.show(record).html).articles["x"]
    assert article["text"] == record["text"]
    # ORG-1 (0-31) and ORG-0 (17-38) cross: each is cut into pieces that join up again
    assert marked_spans(article) == [("LOC", "LOC-0", 32, 38), ("ORG", "ORG-0", 17, 38),
                                     ("ORG", "ORG-1", 0, 31)]
    pieces = sorted((p.start, p.stop) for p in article["pieces"] if p.key == "ORG-0")
    assert pieces == [(17, 31), (31, 32), (32, 38)]  # cut where ORG-1 ends and LOC-0 starts
    starts = [p for p in article["pieces"] if p.first]
    assert sorted(p.key for p in starts) == ["LOC-0", "ORG-0", "ORG-1"]  # one label per fact


def test_show_accepts_an_article_and_renders_in_jupyter(pipeline, lefortovo):
    source = read_text_file(EXAMPLE)
    article = pipeline.extract(source.text, id=source.id, **source.meta)
    view = review.show(article)
    assert view.html == review.show(lefortovo).html
    shown = view._repr_html_()
    assert shown.startswith("<style>") and ".rf-m.rf-PER" in shown
    page = view.page()
    assert page.startswith("<!DOCTYPE html>") and "<h1 class=\"rf-title\">" in page


def test_show_without_text_still_lists_the_facts(lefortovo):
    record = {**lefortovo, "text": None}
    article = Highlights(review.show(record).html).articles["lefortovo-technopolis"]
    assert article["pieces"] == []
    assert any("Сергей Собянин" in row for row in article["rows"].values())


def test_displacy_data_renders_with_spacys_span_renderer(lefortovo):
    from spacy import displacy

    data = review.displacy_data(lefortovo)
    for span in data["spans"]:
        tokens = data["tokens"][span["start_token"]:span["end_token"]]
        assert tokens, span
    joined = sorted((s["label"], "".join(data["tokens"][s["start_token"]:s["end_token"]]))
                    for s in data["spans"])
    text = lefortovo["text"]
    assert joined == sorted((t, text[s:e].replace(" ", "").replace("\n", ""))
                            for t, s, e in expected_spans(lefortovo))
    markup = displacy.render(data, style="span", manual=True)
    assert "Собянин" in markup and "PER" in markup
