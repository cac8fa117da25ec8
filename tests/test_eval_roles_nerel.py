"""Tests of role scoring against NEREL WORKS_AS/WORKPLACE relations (evaluation.roles_nerel):
small hand-made NEREL-format gold records, predictions from the real pipeline (rufacts.extract)."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import rufacts
from rufacts.cli import main
from rufacts.evaluation.roles_nerel import gold_roles, has_works_as, of_matches, role_scores

TEXT = ("Премьер-министр Бельгии Карел Дювен встретился с главой «Газпрома» Алексеем Миллером.")


def span(sid: str, kind: str, text: str, piece: str, nth: int = 0) -> dict[str, Any]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(piece, start + 1)
    return {"id": sid, "type": kind, "orig_type": kind, "start": start,
            "stop": start + len(piece), "text": piece}


def gold(relations: list, links: list | None = None, text: str = TEXT,
         spans: list | None = None) -> dict[str, Any]:
    spans = spans or [span("T1", "PROFESSION", text, "Премьер-министр Бельгии"),
                      span("T2", "COUNTRY", text, "Бельгии"),
                      span("T3", "PERSON", text, "Карел Дювен"),
                      span("T4", "PROFESSION", text, "главой «Газпрома»"),
                      span("T5", "ORGANIZATION", text, "«Газпрома»"),
                      span("T6", "PERSON", text, "Алексеем Миллером")]
    return {"id": "nerel/test/1", "text": text, "spans": spans, "relations": relations,
            "links": links or []}


@pytest.fixture(scope="module")
def record() -> dict[str, Any]:
    rec = rufacts.extract(TEXT).as_json()
    rec["id"] = "nerel/test/1"
    return rec


def rows(gold_record: dict, record: dict) -> dict[str, tuple[int, int, int]]:
    out = role_scores([gold_record], {gold_record["id"]: record})
    return {k: (out[k]["gold"], out[k]["pred"], out[k]["tp"])
            for k in ("pair", "triple", "pair_scoped", "triple_scoped")}


FULL = [["WORKS_AS", "T3", "T1"], ["WORKPLACE", "T1", "T2"],
        ["WORKS_AS", "T6", "T4"], ["WORKPLACE", "T6", "T5"]]


def test_pipeline_roles_are_what_the_tests_assume(record):
    roles = {p["name"]: [(r["title"], r["of"]) for r in p["roles"]] for p in record["persons"]}
    assert roles == {"Карел Дювен": [("премьер-министр", "Бельгия")],
                     "Алексей Миллер": [("глава", "Газпром")]}


def test_pairs_and_triples_match(record):
    # Дювен's workplace through his profession, Миллер's through his PERSON span; the gold
    # spans are inflected ("Бельгии", "«Газпрома»"), our `of` nominative.
    assert rows(gold(FULL), record) == {"pair": (2, 2, 2), "triple": (2, 2, 2),
                                        "pair_scoped": (2, 2, 2), "triple_scoped": (2, 2, 2)}


def test_wrong_workplace_is_a_pair_but_no_triple(record):
    relations = [["WORKS_AS", "T3", "T1"], ["WORKPLACE", "T1", "T2"],
                 ["WORKS_AS", "T6", "T4"], ["WORKPLACE", "T4", "T2"]]  # Миллер at "Бельгии"
    got = rows(gold(relations), record)
    assert got["pair"] == (2, 2, 2)
    assert got["triple"] == (2, 2, 1)


def test_without_workplace_no_triple_gold(record):
    got = rows(gold([["WORKS_AS", "T3", "T1"], ["WORKS_AS", "T6", "T4"]]), record)
    assert got["pair"] == (2, 2, 2)
    assert got["triple"] == (0, 2, 0)
    assert got["triple_scoped"][0] == 0


def test_scoped_leaves_out_persons_without_works_as(record):
    # the gold marks Дювен's profession only: Миллер's role is a false pair, not judged
    got = rows(gold([["WORKS_AS", "T3", "T1"], ["WORKPLACE", "T1", "T2"]]), record)
    assert got["pair"] == (1, 2, 1)
    assert got["pair_scoped"] == (1, 1, 1)
    assert got["triple_scoped"] == (1, 1, 1)


def test_role_given_to_the_wrong_person_is_judged(record):
    # gold: Миллер is the premier (so both people have WORKS_AS) and Дювен heads Газпром
    got = rows(gold([["WORKS_AS", "T6", "T1"], ["WORKS_AS", "T3", "T4"]]), record)
    assert got["pair"] == (2, 2, 0)
    assert got["pair_scoped"] == (2, 2, 0)


def test_profession_span_must_overlap(record):
    text = TEXT + " Дювен работал экономистом."
    spans = [span("T3", "PERSON", text, "Карел Дювен"), span("T7", "PERSON", text, "Дювен", 1),
             span("T8", "PROFESSION", text, "экономистом")]
    got = rows(gold([["WORKS_AS", "T7", "T8"]], [["T3", "Wikidata:Q47904"],
                                                  ["T7", "Wikidata:Q47904"]], text, spans),
               record)
    assert got["pair"][::2] == (1, 0)


def test_gold_person_is_joined_by_links_and_alternative_names():
    text = "Иванов пришёл. Иван Иванов, министр, и Иванов, директор, ушли. Петров-Иванов тоже."
    spans = [span("T1", "PERSON", text, "Иванов"), span("T2", "PERSON", text, "Иван Иванов"),
             span("T3", "PERSON", text, "Иванов", 2), span("T4", "PROFESSION", text, "министр"),
             span("T5", "PROFESSION", text, "директор"),
             span("T6", "PERSON", text, "Петров-Иванов")]
    rec = gold([["WORKS_AS", "T2", "T4"], ["WORKS_AS", "T3", "T5"],
                ["ALTERNATIVE_NAME", "T6", "T2"]],
               [["T1", "Wikidata:Q1"], ["T2", "Wikidata:Q1"], ["T3", "Wikidata:NULL"],
                ["T6", "Wikidata:NULL"]], text, spans)
    items = sorted(gold_roles(rec), key=lambda g: g.positions)
    assert [len(g.mentions) for g in items] == [3, 1]  # директор: T3 alone (NULL joins nothing)
    assert items[0].mentions == sorted((s["start"], s["stop"]) for s in spans
                                       if s["id"] in ("T1", "T2", "T6"))


def test_overlapping_professions_of_one_person_are_one_item():
    text = "Прокурор Косовского района Иван Петров"
    spans = [span("T1", "PROFESSION", text, "Прокурор"),
             span("T2", "PROFESSION", text, "Прокурор Косовского района"),
             span("T3", "DISTRICT", text, "Косовского района"),
             span("T4", "PERSON", text, "Иван Петров")]
    items = gold_roles(gold([["WORKS_AS", "T4", "T1"], ["WORKS_AS", "T4", "T2"],
                             ["WORKPLACE", "T2", "T3"]], None, text, spans))
    assert len(items) == 1 and len(items[0].positions) == 2
    assert items[0].workplaces == ("Косовского района",)


def test_of_matches_inflection_adjectives_and_words():
    assert of_matches("Газпром", ["«Газпрома»"])
    assert of_matches("Правительство России", ["российского правительства"])
    assert of_matches("Китай", ["китайский"])
    assert not of_matches("Россия", ["Белоруссии"])
    assert not of_matches("Ирландия", ["США", "Соединенных Штатов"])
    assert not of_matches(None, ["Бельгии"])


def test_eval_command_prints_the_table(tmp_path: Path, record, capsys):
    gold_path, pred_path = tmp_path / "gold.jsonl", tmp_path / "pred.jsonl"
    gold_path.write_text(json.dumps(gold(FULL), ensure_ascii=False) + "\n", encoding="utf-8")
    pred_path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    assert has_works_as([gold(FULL)]) and not has_works_as([{"relations": []}])
    assert main(["eval", str(gold_path), "--pred", str(pred_path)]) == 0
    out = capsys.readouterr().out
    assert "roles vs NEREL WORKS_AS" in out
    line = next(l for l in out.splitlines() if l.startswith("triple "))
    assert line.split()[1:4] == ["2", "2", "2"]
