"""rufacts report: the sample dump's batch output as one self-contained HTML page, read
back as HTML and rendered in headless Chromium (skipped, with the reason, where absent);
the dump-level charts it shows."""
from __future__ import annotations

import argparse
import base64
import json
import re
import shutil
import struct
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import quote

import pytest

pytest.importorskip("pandas", reason="rufacts report needs the review extra (pandas)")
pytest.importorskip("matplotlib", reason="rufacts report needs the review extra (matplotlib)")

from rufacts import review  # noqa: E402
from rufacts.review.report import add_report_parser, build_report, cmd_report, default_output  # noqa: E402
from rufacts.review.render import COLORS  # noqa: E402

from conftest import SAMPLE_DIR  # noqa: E402
from test_review import (  # noqa: E402
    Highlights, expected_spans, marked_spans, with_expected_amounts,
)

SAMPLE_IDS = sorted(p.stem for p in SAMPLE_DIR.glob("*.txt"))


def report(*argv: str) -> int:
    """``rufacts report ARGV`` through the parser pieces cli.py wires in."""
    parser = argparse.ArgumentParser(prog="rufacts")
    add_report_parser(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["report", *argv])
    assert args.func is cmd_report
    return args.func(args)


class Resources(HTMLParser):
    """Every URL-carrying attribute of a page, and its <img> sources."""

    def __init__(self, markup: str) -> None:
        super().__init__()
        self.urls: list[tuple[str, str, str]] = []
        self.images: list[str] = []
        self.tags: set[str] = set()
        self.feed(markup)

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        for name, value in attrs:
            if name in ("src", "href", "srcset", "action", "poster", "data") and value:
                self.urls.append((tag, name, value))
            if tag == "img" and name == "src":
                self.images.append(value)


@pytest.fixture(scope="module")
def page(sample_out, tmp_path_factory):
    path = tmp_path_factory.mktemp("page") / "report.html"
    assert report(str(sample_out), "-o", str(path)) == 0
    return path


def test_report_lists_every_article_with_its_facts_in_place(page, records):
    articles = Highlights(page.read_text(encoding="utf-8")).articles
    assert sorted(articles) == SAMPLE_IDS
    for record in records:
        article = articles[record["id"]]
        assert article["title"] == record["meta"]["title"]
        assert article["text"] == record["text"]
        assert sorted((t, s, e) for t, _, s, e in marked_spans(article)) == expected_spans(record)
        n_facts = sum(len(record[g]) for g in ("persons", "organizations", "locations", "dates",
                                                "amounts", "sector_counts"))
        assert len([k for k in article["rows"] if not k.startswith("legend:")]) >= n_facts


def test_report_is_self_contained(page, records):
    markup = page.read_text(encoding="utf-8")
    found = Resources(markup)
    external = [u for u in found.urls if not (u[2].startswith("data:") or u[2].startswith("#"))]
    assert external == [], external
    assert "link" not in found.tags and "iframe" not in found.tags
    assert "@import" not in markup and not re.search(r"url\((?!data:)", markup)
    assert not re.search(r"<script[^>]+src=", markup)
    # article URLs are shown, as text
    for record in records:
        if record["meta"].get("url"):
            assert record["meta"]["url"] in markup
    # the charts are PNG images inside the page (the fourth: counts by ОКВЭД 2 section)
    assert len(found.images) == 4
    for src in found.images:
        assert src.startswith("data:image/png;base64,")
        assert base64.b64decode(src.split(",", 1)[1]).startswith(b"\x89PNG\r\n\x1a\n")
    assert "<b>8</b> articles from sample.jsonl" in markup
    # sector counts by ОКВЭД 2 section, and the codes beside each sector count
    assert "sector counts by ОКВЭД 2 section" in markup
    assert "<td>Обрабатывающие производства</td>" in markup
    assert "микроэлектроника и высокие технологии [ОКВЭД 26]" in markup


def test_report_max_articles_limits_the_list_not_the_charts(records):
    markup = build_report(records, max_articles=2)
    assert sorted(Highlights(markup).articles) == SAMPLE_IDS[:2]
    assert "showing the first 2 of 8 articles" in markup
    assert len(Resources(markup).images) == 4


def test_report_command_errors(tmp_path, sample_out, capsys):
    assert report(str(tmp_path / "missing.jsonl")) == 2
    assert "no such file" in capsys.readouterr().err
    broken = tmp_path / "broken.jsonl"
    broken.write_text(sample_out.read_text(encoding="utf-8")[:300] + "\n", encoding="utf-8")
    assert report(str(broken), "-o", str(tmp_path / "x.html")) == 2
    assert "broken.jsonl:1: not a JSON record" in capsys.readouterr().err
    assert not (tmp_path / "x.html").exists()


def test_report_default_output_name(tmp_path, sample_out):
    assert default_output("out/sample.jsonl.gz") == Path("out/sample.html")
    copy = tmp_path / "dump.jsonl"
    copy.write_bytes(sample_out.read_bytes())
    assert report(str(copy)) == 0
    assert (tmp_path / "dump.html").is_file()


def test_report_through_the_rufacts_command(sample_out, tmp_path):
    from rufacts.cli import build_parser

    choices = next(a.choices for a in build_parser()._actions
                   if isinstance(a, argparse._SubParsersAction))
    if "report" not in choices:
        pytest.skip("cli.py does not wire the 'report' subcommand yet")
    out = tmp_path / "cli.html"
    result = subprocess.run([sys.executable, "-m", "rufacts", "report", str(sample_out),
                             "-o", str(out)], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert sorted(Highlights(out.read_text(encoding="utf-8")).articles) == SAMPLE_IDS


# ---------------------------------------------------------------- the dump-level charts

@pytest.fixture(scope="module")
def lefortovo(records):
    return next(r for r in records if r["id"] == "lefortovo-technopolis")



def _articles_naming(records, group):
    counts: dict[str, int] = {}
    for record in records:
        for name in {e["name"] for e in record[group]}:
            counts[name] = counts.get(name, 0) + 1
    return counts


def test_chart_top_entities_counts_articles(rv, records):
    fig = review.top_entities(rv, n=50)
    persons_ax, orgs_ax = fig.axes
    for ax, group in ((persons_ax, "persons"), (orgs_ax, "organizations")):
        expected = _articles_naming(records, group)
        labels = [t.get_text() for t in ax.get_yticklabels()]
        widths = [p.get_width() for p in ax.patches]
        assert len(labels) == len(expected)
        assert {label: w for label, w in zip(labels, widths)} == {
            review.charts._short(k): v for k, v in expected.items()}
    top_org = [t.get_text() for t in review.top_entities(rv, n=3).axes[1].get_yticklabels()][-1]
    counts = _articles_naming(records, "organizations")
    assert counts[top_org] == max(counts.values())
    assert "Сергей Собянин" in [t.get_text() for t in persons_ax.get_yticklabels()]


def _money(record: dict, phrase: str, value: int, unit: str, nth: int = 0) -> dict:
    start = -1
    for _ in range(nth + 1):
        start = record["text"].index(phrase, start + 1)
    return {"start": start, "stop": start + len(phrase), "text": phrase, "kind": "money",
            "value": value, "unit": unit, "qualifier": "approx", "value_min": None,
            "value_max": None}


def test_chart_money_one_axis_per_currency_duplicates_once_undated_said(
        lefortovo, records, validate_record):
    kazan = json.loads(json.dumps(next(r for r in records if r["id"] == "kazan-technopark-korpus")))
    phrase = "около 500 млн рублей"
    assert kazan["text"].count(phrase) >= 2  # in the title and again in the text
    kazan["amounts"] = [_money(kazan, phrase, 500000000, "RUB", nth)
                        for nth in range(kazan["text"].count(phrase))]
    validate_record(kazan)
    undated = json.loads(json.dumps(kazan))
    undated["id"], undated["meta"] = "undated", {}
    rv = review.from_records([with_expected_amounts(lefortovo, validate_record), kazan, undated])
    fig = review.money_over_time(rv)
    axes = {ax.get_title(loc="left").split(":")[0]: ax for ax in fig.axes}
    assert set(axes) == {"RUB", "USD"}  # never on one axis; the area amount is not money
    points = {unit: ax.collections[0].get_offsets().tolist() for unit, ax in axes.items()}
    assert [p[1] for p in points["USD"]] == [500000000]
    assert [p[1] for p in points["RUB"]] == [500000000]  # the title's amount counted once
    assert points["USD"][0][0] < points["RUB"][0][0]  # 2015 before 2021
    assert all(ax.get_yscale() == "log" for ax in axes.values())
    assert "(1 from 1 undated article not shown)" in fig.get_suptitle()


def test_chart_sector_counts_one_axis_per_counted_object(lefortovo, validate_record):
    record = with_expected_amounts(lefortovo, validate_record)
    residents = dict(record["sector_counts"][0], object="резидент", count=4)
    record["sector_counts"] = record["sector_counts"] + [residents, dict(residents)]
    rv = review.from_records([record])
    fig = review.companies_per_sector(rv)
    bars = {ax.get_title(loc="left"): {t.get_text(): p.get_width()
                                       for t, p in zip(ax.get_yticklabels(), ax.patches)}
            for ax in fig.axes}
    assert bars == {
        "компания (count)": {
            review.charts._short("производство медицинского оборудования и фармацевтика"): 7,
            "микроэлектроника и высокие технологии": 3},
        "резидент (count)": {"микроэлектроника и высокие технологии": 4},  # repeated: once
    }


def test_charts_say_so_when_there_is_nothing_to_show(rv):
    empty = review.from_records([])
    for name, fig in review.dump_charts(empty).items():
        texts = " ".join(t.get_text() for ax in fig.axes for t in ax.texts)
        assert "no " in texts and "in this dump" in texts, name
    png = review.figure_png(review.top_entities(rv))
    assert png.startswith(b"\x89PNG\r\n\x1a\n") and len(png) > 5000


# ---------------------------------------------------------------- headless Chromium

def chromium() -> str:
    """The Chromium binary, or a visible skip."""
    for name in ("chromium", "chromium-browser"):
        path = shutil.which(name)
        if path:
            return path
    pytest.skip("headless Chromium is not installed (Debian: apt-get install chromium); "
                "the rendered-page checks need it")


def run_chromium(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    profile = tmp_path / f"profile-{len(list(tmp_path.iterdir()))}"
    command = [chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
               "--no-first-run", "--disable-background-networking",
               "--disable-component-update", "--disable-sync", "--hide-scrollbars",
               f"--user-data-dir={profile}", *args]
    result = subprocess.run(command, capture_output=True, timeout=120)
    assert result.returncode == 0, result.stderr.decode("utf-8", "replace")[-2000:]
    return result


def test_report_renders_in_chromium(page, records, tmp_path):
    dom = run_chromium(tmp_path, "--dump-dom", page.as_uri()).stdout.decode("utf-8")
    articles = Highlights(dom).articles
    assert sorted(articles) == SAMPLE_IDS
    assert not any(a["hidden"] for a in articles.values())
    assert "8 of 8 articles shown" in dom  # the page's script ran
    for record in records:
        article = articles[record["id"]]
        assert article["title"] == record["meta"]["title"]
        assert sorted((t, s, e) for t, _, s, e in marked_spans(article)) == expected_spans(record)
    lef = articles["lefortovo-technopolis"]
    persons = {lef["text"][s:e] for t, _, s, e in marked_spans(lef) if t == "PER"}
    assert persons == {"Собянин", "Сергей Собянин", "С.Собянина"}


def test_report_filter_from_the_address_in_chromium(page, tmp_path):
    url = page.as_uri() + "#q=" + quote("Роснано")
    dom = run_chromium(tmp_path, "--dump-dom", url).stdout.decode("utf-8")
    shown = sorted(i for i, a in Highlights(dom).articles.items() if not a["hidden"])
    assert shown == ["lefortovo-technopolis"]
    assert "1 of 8 articles shown" in dom


def png_size(data: bytes) -> tuple[int, int]:
    assert data.startswith(b"\x89PNG\r\n\x1a\n") and data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


def test_report_screenshot_shows_the_highlights(page, tmp_path):
    from PIL import Image  # matplotlib's own dependency

    shot = tmp_path / "report.png"
    run_chromium(tmp_path, f"--screenshot={shot}", "--window-size=1280,2000", page.as_uri())
    data = shot.read_bytes()
    assert png_size(data) == (1280, 2000)
    pixels = {color for _, color in Image.open(shot).convert("RGB").getcolors(1280 * 2000)}
    assert len(pixels) > 200  # text, charts, highlights: not a blank page
    bars = {name for name, color in COLORS.items()
            if tuple(int(color[i:i + 2], 16) for i in (1, 3, 5)) in pixels}
    assert {"PER", "ORG", "LOC", "DATE"} <= bars, bars  # the coloured bars are drawn


# ---------------------------------------------------------------- clicking in Chromium

@pytest.fixture(scope="module")
def browser_page(records, tmp_path_factory):
    """The report of the sample plus one error record, open in headless Chromium."""
    from cdp import Browser

    from rufacts import Article

    binary = chromium()
    failed = Article.failed("broken-1", "decode", "not valid utf-8").as_json()
    path = tmp_path_factory.mktemp("clicks") / "report.html"
    path.write_text(build_report(records + [failed], charts=False), encoding="utf-8")
    browser = Browser(binary, tmp_path_factory.mktemp("profile"))
    try:
        browser.open(path.as_uri())
        yield browser
    finally:
        browser.close()


SHOWN = ("Array.prototype.slice.call(document.querySelectorAll('article.rf-article'))"
         ".filter(function (a) { return !a.hidden; }).map(function (a) {"
         " return a.getAttribute('data-id'); })")


def _with_person(records, name):
    return sorted(r["id"] for r in records if any(p["name"] == name for p in r["persons"]))


def test_report_filters_change_the_list_when_clicked_in_chromium(browser_page, records):
    b = browser_page
    everything = sorted(SAMPLE_IDS + ["broken-1"])
    assert sorted(b.evaluate(SHOWN)) == everything
    assert b.evaluate("document.getElementById('rp-count').textContent") == "9 of 9 articles shown"
    # click a person in an article: the list keeps the articles naming them, mentions light up
    name = "PER:Сергей Собянин"
    mention = f'article[data-id="lefortovo-technopolis"] .rf-m[data-entity="{name}"]'
    assert b.element_at(mention, "data-entity") == name  # the click lands on that person
    b.click(mention)
    shown = sorted(b.evaluate(SHOWN))
    assert shown == _with_person(records, "Сергей Собянин") and len(shown) < len(everything)
    lit = b.evaluate("Array.prototype.slice.call(document.querySelectorAll('.rf-m.rp-lit'))"
                     ".map(function (e) { return e.getAttribute('data-entity'); })")
    n_mentions = sum(len(p["mentions"]) for r in records for p in r["persons"]
                     if p["name"] == "Сергей Собянин")
    assert set(lit) == {name} and len(lit) >= n_mentions
    b.click("#rp-entity-clear")
    assert sorted(b.evaluate(SHOWN)) == everything
    assert b.evaluate("document.querySelectorAll('.rp-lit').length") == 0
    # errors only
    b.click("#rp-errors")
    assert b.evaluate(SHOWN) == ["broken-1"]
    b.click("#rp-errors")
    assert sorted(b.evaluate(SHOWN)) == everything
    # by fact type: the articles with sector counts
    b.evaluate("var s = document.getElementById('rp-type'); s.value = 'SECTOR';"
               " s.dispatchEvent(new Event('change'))")
    assert sorted(b.evaluate(SHOWN)) == sorted(r["id"] for r in records if r["sector_counts"])
    b.evaluate("var s = document.getElementById('rp-type'); s.value = '';"
               " s.dispatchEvent(new Event('change'))")


def test_report_sorts_by_number_of_facts_in_chromium(browser_page, records):
    b = browser_page
    b.evaluate("var s = document.getElementById('rp-sort'); s.value = 'most';"
               " s.dispatchEvent(new Event('change'))")
    order = b.evaluate(SHOWN)
    facts = {r["id"]: int(b.evaluate(
        f"document.querySelector('article[data-id=\"{r['id']}\"]').getAttribute('data-facts')"))
        for r in records}
    facts["broken-1"] = 0
    assert [facts[i] for i in order] == sorted(facts.values(), reverse=True)
    rows = b.evaluate("Array.prototype.slice.call(document.querySelectorAll('tr.rp-row'))"
                      ".map(function (r) { return r.getAttribute('data-id'); })")
    assert rows == order
    b.evaluate("var s = document.getElementById('rp-sort'); s.value = 'input';"
               " s.dispatchEvent(new Event('change'))")
    assert b.evaluate(SHOWN) == SAMPLE_IDS + ["broken-1"]


def test_report_hover_lights_the_other_mentions_in_chromium(browser_page, records):
    b = browser_page
    lefortovo = next(r for r in records if r["id"] == "lefortovo-technopolis")
    person = next(i for i, p in enumerate(lefortovo["persons"]) if len(p["mentions"]) > 1)
    key = f"PER-{person}"
    article = 'article[data-id="lefortovo-technopolis"]'
    b.hover(f'{article} .rf-text .rf-m[data-fact="{key}"]')
    lit = b.evaluate(f"document.querySelectorAll('{article} .rf-text .rp-hover').length")
    pieces = b.evaluate(f"document.querySelectorAll('{article} .rf-text [data-fact=\"{key}\"]')"
                        ".length")
    assert lit == pieces >= len(lefortovo["persons"][person]["mentions"])
    b.hover("h1.rp-title")
    assert b.evaluate("document.querySelectorAll('.rp-hover').length") == 0
