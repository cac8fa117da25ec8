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


def test_chart_money_over_time(lefortovo, records, validate_record):
    kazan = next(r for r in records if r["id"] == "kazan-technopark-korpus")
    kazan = json.loads(json.dumps(kazan))
    start = kazan["text"].index("около 500 млн рублей")
    kazan["amounts"] = [{"start": start, "stop": start + 20, "text": "около 500 млн рублей",
                         "kind": "money", "value": 500000000, "unit": "RUB",
                         "qualifier": "approx", "value_min": None, "value_max": None}]
    validate_record(kazan)
    rv = review.from_records([with_expected_amounts(lefortovo, validate_record), kazan])
    ax = review.money_over_time(rv).axes[0]
    points = {text.get_text(): coll.get_offsets().tolist()
              for coll, text in zip(ax.collections, ax.get_legend().get_texts())}
    assert set(points) == {"RUB", "USD"}  # the area amount is not money
    assert [p[1] for p in points["USD"]] == [500000000] and [p[1] for p in points["RUB"]] == [
        500000000]
    assert points["USD"][0][0] < points["RUB"][0][0]  # 2015 before 2021
    assert ax.get_yscale() == "log"


def test_chart_companies_per_sector(lefortovo, validate_record):
    rv = review.from_records([with_expected_amounts(lefortovo, validate_record)])
    ax = review.companies_per_sector(rv).axes[0]
    bars = {t.get_text(): p.get_width() for t, p in zip(ax.get_yticklabels(), ax.patches)}
    assert bars == {review.charts._short("производство медицинского оборудования и "
                                         "фармацевтика"): 7,
                    "микроэлектроника и высокие технологии": 3}


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
