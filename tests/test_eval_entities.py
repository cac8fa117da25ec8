"""Tests of entity clustering (B-cubed, MUC) and role scoring in rufacts.evaluation.entities and .roles."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from conftest import shared_eval_file

from rufacts.evaluation.entities import (
    RECORD_KEYS,
    GoldEntities,
    align,
    bcubed,
    bcubed_sums,
    clustering_scores,
    format_entity_tables,
    has_entity_layers,
    load_gold_entities,
    muc,
    muc_counts,
)
from rufacts.evaluation.roles import max_matching, names_match, normalize_name, role_scores

# --------------------------------------------------------------------------- MUC and B-cubed


def test_muc_vilain_example():
    # Vilain et al. (1995): key {a,b,c} {d,e,f,g}, response {a,b} {c,d} {f,g,h,i}.
    # Recall: {a,b,c} is cut into {a,b} {c}: 3-2 = 1; {d,e,f,g} into {d} {e} {f,g}
    #   (e is in no response cluster: a piece alone): 4-3 = 1; over (3-1)+(4-1) = 5 -> 2/5.
    # Precision: {a,b}: 2-1 = 1; {c,d}: 2-2 = 0; {f,g,h,i} -> {f,g} {h} {i}: 4-3 = 1;
    #   over 1+1+3 = 5 -> 2/5.
    key = [list("abc"), list("defg")]
    response = [list("ab"), list("cd"), list("fghi")]
    assert muc_counts(key, response) == (2, 5, 2, 5)
    assert muc(key, response) == pytest.approx({"precision": 0.4, "recall": 0.4, "f1": 0.4})


def test_muc_bagga_baldwin_example_cannot_tell_the_merges_apart():
    # Bagga & Baldwin (1998), fig. 1: key {1..5} {6,7} {8..12}. Response A merges {6,7}
    # into {8..12}, response B merges it into {1..5}; MUC scores both P 9/10, R 1:
    # key links 4+1+4 = 9, all kept; response A {6..12} is cut in 2: 7-2 = 5 of 6 links,
    # {1..5}: 4 of 4 -> 9/10; B alike.
    key = [[1, 2, 3, 4, 5], [6, 7], [8, 9, 10, 11, 12]]
    a = [[1, 2, 3, 4, 5], [6, 7, 8, 9, 10, 11, 12]]
    b = [[1, 2, 3, 4, 5, 6, 7], [8, 9, 10, 11, 12]]
    for response in (a, b):
        assert muc_counts(key, response) == (9, 9, 9, 10)
    # B-cubed precision, A: 1..5 -> 1 each, 6,7 -> 2/7 each, 8..12 -> 5/7 each:
    # (5 + 4/7 + 25/7) / 12 = 16/21; B is the mirror image; recall 1 in both.
    for response in (a, b):
        assert bcubed(key, response)["precision"] == pytest.approx(16 / 21)
        assert bcubed(key, response)["recall"] == 1.0


def test_bcubed_sees_what_muc_does_not():
    # key {a,b,c,d}. Response 1: {a,b} {c,d}; response 2: {a,b,c} {d}. MUC: one link
    # lost in both (4-2 = 2 of 3), precision 1. B-cubed recall, 1: 2/4 for every mention
    # -> 0.5; 2: a,b,c 3/4, d 1/4 -> (9/4 + 1/4) / 4 = 0.625.
    key = [list("abcd")]
    one, two = [list("ab"), list("cd")], [list("abc"), list("d")]
    assert muc(key, one) == muc(key, two) == pytest.approx(
        {"precision": 1.0, "recall": 2 / 3, "f1": 0.8})
    assert bcubed(key, one) == pytest.approx({"precision": 1.0, "recall": 0.5, "f1": 2 / 3})
    assert bcubed(key, two)["recall"] == pytest.approx(0.625)


def test_singletons():
    # key all singletons, response one cluster: MUC recall has no links to find (0/0 -> 0),
    # precision 0/2; B-cubed precision 1/3 per mention, recall 1.
    singles, one = [["a"], ["b"], ["c"]], [["a", "b", "c"]]
    assert muc_counts(singles, one) == (0, 0, 0, 2)
    assert bcubed_sums(singles, one) == pytest.approx((1.0, 3.0, 3))
    # and the other way round (natasha-like: no clustering)
    assert muc_counts(one, singles) == (0, 2, 0, 0)
    assert bcubed(one, singles) == pytest.approx({"precision": 1.0, "recall": 1 / 3, "f1": 0.5})
    assert bcubed(one, one) == muc(one, one) == {"precision": 1.0, "recall": 1.0, "f1": 1.0}


def test_muc_mention_missing_from_response_is_a_piece_alone():
    assert muc_counts([list("abc")], [list("ab")]) == (1, 2, 1, 1)


def test_bcubed_needs_the_same_mentions():
    with pytest.raises(ValueError):
        bcubed([list("abc")], [list("ab")])


def test_align_one_to_one_by_largest_overlap():
    assert align([(0, 10), (20, 25)], [(0, 4), (2, 10), (30, 35)]) == [(0, 1)]
    assert align([(0, 4), (0, 10)], [(0, 10)]) == [(1, 0)]  # exact pair first
    assert align([(0, 5)], [(5, 9)]) == []  # touching is not overlapping


def test_max_matching_is_maximum_not_greedy():
    # role 0 fits facts 0 and 1, role 1 fact 0 only: a greedy pass giving role 0 fact 0
    # would match 1; the maximum is 2.
    assert max_matching([[0, 1], [0]]) == 2
    assert max_matching([[0], [0]]) == 1
    assert max_matching([[], []]) == 0


# --------------------------------------------------------------------------- hand-made gold

TEXT = ("Посол Португалии в Армении Хавьер Морено встретился с министром Ашотом "
        "Мкртчяном. Морено передал послание «Газпрома».")


def at(sub: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(sub, start + 1)
    return start, start + len(sub)


def span(sid: str, label: str, sub: str, nth: int = 0) -> dict[str, Any]:
    start, stop = at(sub, nth)
    return {"id": sid, "type": label, "start": start, "stop": stop, "text": sub}


def position(sub: str) -> dict[str, Any]:
    start, stop = at(sub)
    return {"role": "Position", "spans": [{"span": "p", "text": sub, "start": start,
                                           "stop": stop}]}


GOLD_DOC = {
    "id": "d1", "text": TEXT,
    "spans": [span("1", "LOC", "Португалии"), span("2", "LOC", "Армении"),
              span("3", "PER", "Хавьер Морено"), span("4", "PER", "Ашотом Мкртчяном"),
              span("5", "PER", "Морено", 1), span("6", "ORG", "«Газпрома"),
              span("7", "PROJECT", "послание")],
    "coref": [{"id": "c1", "mentions": ["1"], "attrs": {"name": ["Португальская Республика"],
                                                        "wikidata": ["Португалия"],
                                                        "descriptor": ["государство"]}},
              {"id": "c2", "mentions": ["2"], "attrs": {"name": ["Армения"]}},
              {"id": "c3", "mentions": ["3", "5"], "attrs": {"lastname": ["Морено"]}},
              {"id": "c4", "mentions": ["4"], "attrs": {}},
              {"id": "c7", "mentions": ["7"], "attrs": {}}],
    "facts": [
        {"id": "f1", "type": "Occupation",
         "args": [{"role": "Who", "obj": "c3"}, position("Посол"),
                  {"role": "Where", "obj": "c1", "text": "Португалия"}]},
        {"id": "f2", "type": "Occupation",
         "args": [{"role": "Who", "obj": "c4"}, position("министром")]},
        {"id": "f3", "type": "Occupation",  # no Position: counted in neither gold total
         "args": [{"role": "Who", "obj": "c4"}, {"role": "Where", "obj": "c2"}]},
        {"id": "f4", "type": "Meeting", "args": [{"role": "Who", "obj": "c3"}]},
        {"id": "f5", "type": "Occupation",  # f1 again (say, with a Модальность): counted once
         "args": [{"role": "Who", "obj": "c3"}, position("Посол"),
                  {"role": "Where", "obj": "c1", "text": "Португалия"}]}],
}


def write_jsonl(path: Path, *objs: dict[str, Any]) -> Path:
    path.write_text("".join(json.dumps(o, ensure_ascii=False) + "\n" for o in objs),
                    encoding="utf-8")
    return path


@pytest.fixture
def gold(tmp_path) -> list[GoldEntities]:
    return load_gold_entities(write_jsonl(tmp_path / "g.jsonl", GOLD_DOC))


def test_load_gold_entities(gold):
    (doc,) = gold
    assert doc.has_coref and doc.has_facts and has_entity_layers(gold)
    clusters = {(c.type, tuple(c.mentions)) for c in doc.clusters}
    assert clusters == {("LOC", (at("Португалии"),)), ("LOC", (at("Армении"),)),
                        ("PER", (at("Хавьер Морено"), at("Морено", 1))),
                        ("PER", (at("Ашотом Мкртчяном"),)),
                        ("ORG", (at("«Газпрома"),))}  # span 6 in no coref: a singleton
    assert [len(o.positions) for o in doc.occupations] == [1, 1, 0, 1]
    f1 = doc.occupations[0]
    assert doc.clusters[f1.who].mentions == [at("Хавьер Морено"), at("Морено", 1)]
    assert doc.clusters[f1.where].coref_id == "c1"
    # the name attribute and the fact text; not wikidata nor descriptor
    assert f1.where_names == ["Португальская Республика", "Португалия"]
    assert f1.where_texts == ["Португалии"]
    assert doc.occupations[1].where is None


def test_mixed_type_coref_is_split_and_duplicates_count_once(tmp_path):
    obj = {"id": "d2", "text": TEXT,
           "spans": [span("1", "ORG", "Португалии"), span("2", "LOC", "Португалии"),
                     span("3", "LOC", "Армении"), span("4", "LOC", "Армении")],
           "coref": [{"id": "c", "mentions": ["1", "2", "3", "4"], "attrs": {}}]}
    nerel_like = {"id": "n", "text": TEXT, "spans": [span("T1", "PERSON", "Морено")]}
    obj["spans"].append(span("5", "PER", "Морено", 1))
    obj["coref"].append({"id": "p", "mentions": ["5"], "attrs": {}})
    obj["facts"] = [{"id": "f", "type": "Occupation", "args": [
        {"role": "Who", "obj": "p"}, position("Посол"), {"role": "Where", "obj": "c"}]}]
    docs = load_gold_entities(write_jsonl(tmp_path / "g.jsonl", obj, nerel_like))
    assert [(c.type, c.mentions) for c in docs[0].clusters] == [
        ("ORG", [at("Португалии")]), ("LOC", [at("Португалии"), at("Армении")]),
        ("PER", [at("Морено", 1)])]
    (fact,) = docs[0].occupations
    assert (fact.who, fact.where) == (2, 1)  # the Where: the bigger piece of a split entity
    assert fact.where_names == [] and fact.where_texts == ["Португалии", "Португалии", "Армении"]
    assert docs[1].clusters == [] and not has_entity_layers(docs[1:])


# --------------------------------------------------------------------------- records


def mention(sub: str, nth: int = 0) -> dict[str, Any]:
    start, stop = at(sub, nth)
    return {"start": start, "stop": stop, "text": sub}


def person(*mentions: dict[str, Any], roles: list[dict[str, Any]] | None = None) -> dict:
    return {"name": mentions[0]["text"], "roles": roles or [], "mentions": list(mentions)}


def role(sub: str, of: str | None = None) -> dict[str, Any]:
    return {"title": sub.lower(), "of": of, "text": sub, **dict(zip(("start", "stop"), at(sub)))}


def record(persons=(), organizations=(), locations=()) -> dict[str, Any]:
    return {"id": "d1", "persons": list(persons), "organizations": list(organizations),
            "locations": list(locations)}


def test_clustering_scores_only_aligned_mentions(gold):
    # Predicted: Sandali split in two entities, his first mention cut short ("Морено"
    # inside "Хавьер Морено" still aligns); Мкртчян missed; Португалии as ORG (no
    # alignment across types); Армении found.
    rec = record(persons=[person(mention("Морено")), person(mention("Морено", 1))],
                 organizations=[{"name": "x", "mentions": [mention("Португалии")]}],
                 locations=[{"name": "Армения", "mentions": [mention("Армении")]}])
    scores = clustering_scores(gold, {"d1": rec})
    per = scores["rows"]["PER"]
    assert (per["gold_mentions"], per["pred_mentions"], per["matched"]) == (3, 2, 2)
    assert (per["gold_entities"], per["pred_entities"]) == (2, 2)
    assert per["bcubed"] == pytest.approx({"precision": 1.0, "recall": 0.5, "f1": 2 / 3})
    assert per["muc"] == {"precision": 0.0, "recall": 0.0, "f1": 0.0}  # its one link is lost
    assert scores["rows"]["ORG"]["matched"] == 0  # gold ORG «Газпрома», predicted Португалии
    loc = scores["rows"]["LOC"]
    assert loc["matched"] == 1 and loc["bcubed"]["f1"] == 1.0
    # all: PER 2 mentions (B-cubed P sums 2, R sums 1) + LOC 1 (1, 1) -> P 3/3, R 2/3
    assert scores["rows"]["all"]["matched"] == 3
    assert scores["rows"]["all"]["bcubed"]["recall"] == pytest.approx(2 / 3)
    assert scores["docs"] == 1 and scores["docs_without_predictions"] == 0


def test_clustering_missed_mentions_are_not_charged_again(gold):
    # One entity with one of Sandali's two mentions: nothing wrongly grouped.
    rec = record(persons=[person(mention("Хавьер Морено"), mention("Морено", 1))])
    assert clustering_scores(gold, {"d1": rec})["rows"]["PER"]["bcubed"]["f1"] == 1.0
    assert clustering_scores(gold, {"d1": rec})["rows"]["PER"]["muc"]["f1"] == 1.0
    merged = record(persons=[person(mention("Хавьер Морено"), mention("Морено", 1),
                                    mention("Ашотом Мкртчяном"))])
    per = clustering_scores(gold, {"d1": merged})["rows"]["PER"]
    assert per["bcubed"]["precision"] == pytest.approx((2 / 3 + 2 / 3 + 1 / 3) / 3)
    assert per["muc"] == pytest.approx({"precision": 0.5, "recall": 1.0, "f1": 2 / 3})


def test_clustering_without_a_record(gold):
    scores = clustering_scores(gold, {})
    assert scores["docs_without_predictions"] == 1
    assert scores["rows"]["all"]["gold_mentions"] == 6 and scores["rows"]["all"]["matched"] == 0


SANDALI = mention("Хавьер Морено")
NALBANDOV = mention("Ашотом Мкртчяном")
# (name, persons, expected (pair tp, triple tp), predicted roles)
ROLE_CASES = [
    ("pair and triple by attr name", [person(SANDALI, roles=[role("Посол Португалии", "Португалия")])],
     (1, 1)),
    ("of matches a mention text", [person(SANDALI, roles=[role("Посол", "Португалии")])], (1, 1)),
    ("of held in a name, quotes and case", [person(SANDALI, roles=[role("Посол", "«РЕСПУБЛИКА")])],
     (1, 1)),
    ("wrong where: pair only", [person(SANDALI, roles=[role("Посол", "Армения")])], (1, 0)),
    ("no of: pair only", [person(SANDALI, roles=[role("Посол")])], (1, 0)),
    ("wrong person", [person(NALBANDOV, roles=[role("Посол", "Португалия")])], (0, 0)),
    ("role span off the position", [person(SANDALI, roles=[role("Португалии", "Португалия")])], (0, 0)),
    ("fact without where: pair only",
     [person(NALBANDOV, roles=[role("министром Ашотом", None)])], (1, 0)),
    ("one fact matched once", [person(SANDALI, roles=[role("Посол", "Португалия"),
                                                      role("Посол Португалии", "Португалия")])], (1, 1)),
    ("both facts", [person(SANDALI, roles=[role("Посол", "Португалия")]),
                    person(NALBANDOV, roles=[role("министром")])], (2, 1)),
]


@pytest.mark.parametrize("name,persons,expected", ROLE_CASES, ids=[c[0] for c in ROLE_CASES])
def test_role_scores(gold, name, persons, expected):
    scores = role_scores(gold, {"d1": record(persons=persons)})
    n_roles = sum(len(p["roles"]) for p in persons)
    # f3 has no Position, f5 repeats f1: two pairs, one triple
    assert (scores["pair"]["gold"], scores["triple"]["gold"]) == (2, 1)
    assert scores["pair"]["pred"] == scores["triple"]["pred"] == n_roles
    assert (scores["pair"]["tp"], scores["triple"]["tp"]) == expected
    assert scores["pair"]["precision"] == pytest.approx(expected[0] / n_roles)
    assert scores["triple"]["recall"] == pytest.approx(expected[1] / 1)


def test_repeated_role_is_one_prediction(gold):
    # The same title on three occurrences: one distinct pair/triple, unless distinct=False.
    repeated = [person(SANDALI, roles=[role("Посол", "Португалия"), role("Португалии", "Португалия"),
                                       role("Армении", "Португалия")])]
    scores = role_scores(gold, {"d1": record(persons=repeated)})
    assert scores["roles"] == 3
    assert [scores[k]["pred"] for k in ("pair", "triple")] == [3, 3]  # titles differ here
    same = [person(SANDALI, roles=[{**role("Посол", "Португалия"), "title": "посол"},
                                   {**role("Португалии", "Португалия"), "title": "посол"},
                                   {**role("Армении", "Португалия"), "title": "посол"}])]
    scores = role_scores(gold, {"d1": record(persons=same)})
    assert (scores["pair"]["pred"], scores["pair"]["tp"]) == (1, 1)  # one occurrence hits
    assert (scores["triple"]["pred"], scores["triple"]["tp"]) == (1, 1)
    raw = role_scores(gold, {"d1": record(persons=same)}, distinct=False)
    assert (raw["pair"]["pred"], raw["pair"]["tp"]) == (3, 1)
    # a different `of` makes a second triple, not a second pair
    two = [person(SANDALI, roles=[role("Посол", "Португалия"), {**role("Посол", "Армения")}])]
    scores = role_scores(gold, {"d1": record(persons=two)})
    assert (scores["pair"]["pred"], scores["triple"]["pred"], scores["triple"]["tp"]) == (1, 2, 1)


def test_scoped_rows_leave_out_what_the_gold_cannot_judge(gold):
    def counts(scores, kind):
        return scores[kind]["pred"], scores[kind]["tp"]

    # a second title on the same Position span of a found fact is a repeat, not a false role
    repeat = [person(SANDALI, roles=[role("Посол", "Португалия"),
                                     {**role("Посол", "Португалия"), "title": "итальянский посол"}])]
    scores = role_scores(gold, {"d1": record(persons=repeat)})
    assert counts(scores, "pair") == (2, 1) and counts(scores, "pair_scoped") == (1, 1)
    assert counts(scores, "triple") == (2, 1) and counts(scores, "triple_scoped") == (1, 1)
    # a role on no fact: out of scope without `of` (the gold marks none), counted with one
    for of, scoped in ((None, 0), ("Газпром", 1)):
        stray = [person(NALBANDOV, roles=[role("Армении", of)])]
        scores = role_scores(gold, {"d1": record(persons=stray)})
        assert counts(scores, "pair") == (1, 0) and counts(scores, "pair_scoped") == (scoped, 0)
        assert counts(scores, "triple_scoped") == (scoped, 0)
    # a role without `of` on a fact: a pair found; no triple claimed
    bare = [person(NALBANDOV, roles=[role("министром")])]
    scores = role_scores(gold, {"d1": record(persons=bare)})
    assert counts(scores, "pair_scoped") == counts(scores, "pair") == (1, 1)
    assert counts(scores, "triple") == (1, 0) and counts(scores, "triple_scoped") == (0, 0)
    # gold and true positives are those of the plain rows
    for kind in ("pair", "triple"):
        assert scores[kind]["gold"] == scores[kind + "_scoped"]["gold"]


def test_names_match():
    assert normalize_name(" «Ёлки»  Палки ") == "елки палки"
    assert names_match("Газпром", ["ПАО «Газпром»"])
    assert names_match("мэрия Москвы", ["мэрия"])
    assert not names_match("Москва", ["Московская область"])
    assert not names_match("Нигер", ["Нигерия"])  # word-wise, not character-wise
    assert not names_match("Сомали", ["Мали"])
    assert names_match("Беларусь", ["Республика Беларусь"])
    assert not names_match("", ["x"]) and not names_match(None, ["x"])
    assert not names_match("x", ["«»"])  # a name that normalizes to nothing matches nothing


def test_format_entity_tables(gold):
    rec = record(persons=[person(SANDALI, mention("Морено", 1),
                                 roles=[role("Посол", "Португалия"), role("министром")])])
    text = format_entity_tables(clustering_scores(gold, {"d1": rec}),
                                role_scores(gold, {"d1": rec}))
    lines = text.splitlines()
    assert "B-cubed" in lines[1] and "MUC" in lines[1]
    per = next(line for line in lines if line.startswith("PER"))
    assert per.split("|")[0].split() == ["PER", "3", "2", "2", "2", "1"]
    assert per.split("|")[1].split() == per.split("|")[2].split() == ["100.0"] * 3
    pair = next(line for line in lines if line.startswith("pair"))
    assert pair.split("|")[0].split() == ["pair", "2", "2", "1"]
    assert pair.split("|")[1].split() == ["50.0", "50.0", "50.0"]
    triple = next(line for line in lines if line.startswith("triple"))
    assert triple.split("|")[1].split() == ["50.0", "100.0", "66.7"]


# --------------------------------------------------------------------------- factru-dev


def records_from_gold(doc: GoldEntities) -> dict[str, Any]:
    """A record whose entities are the gold clusters and whose roles are the gold facts."""
    rec: dict[str, Any] = {"id": doc.id, "persons": [], "organizations": [], "locations": []}
    entities = []
    for cluster in doc.clusters:
        entity = {"name": "", "roles": [], "mentions": [
            {"start": s, "stop": e, "text": doc.text[s:e]} for s, e in cluster.mentions]}
        rec[RECORD_KEYS[cluster.type]].append(entity)
        entities.append(entity)
    for fact in doc.occupations:
        if fact.positions:
            start, stop, text = fact.positions[0]
            of = fact.where_texts[0] if fact.where is not None else None
            entities[fact.who]["roles"].append(
                {"title": text, "of": of, "text": text, "start": start, "stop": stop})
    return rec


def test_factru_dev_gold_against_itself():
    gold = load_gold_entities(shared_eval_file("factru-dev.jsonl"))
    assert len(gold) == 122 and has_entity_layers(gold)
    assert sum(len(d.occupations) for d in gold) == 211  # Occupation facts, README
    records = {d.id: records_from_gold(d) for d in gold}
    clustering = clustering_scores(gold, records)
    for row in ("PER", "ORG", "LOC", "all"):
        r = clustering["rows"][row]
        assert r["matched"] == r["gold_mentions"] == r["pred_mentions"] > 0
        assert r["bcubed"]["f1"] == r["muc"]["f1"] == 1.0
    roles = role_scores(gold, records)
    assert roles["pair"]["f1"] == 1.0
    # every fact with a Position became a role; those without a Where can't be triples
    assert roles["triple"]["recall"] == 1.0
    assert roles["triple"]["pred"] - roles["triple"]["gold"] == sum(
        1 for d in gold for f in d.occupations if f.positions and f.where is None)

    # and the scores move when the records are wrong: one entity per type and document
    merged = {doc_id: {key: [{"mentions": [m for e in rec[key] for m in e["mentions"]]}]
                       for key in RECORD_KEYS.values()} for doc_id, rec in records.items()}
    r = clustering_scores(gold, merged)["rows"]["all"]
    assert r["bcubed"]["recall"] == r["muc"]["recall"] == 1.0
    assert r["bcubed"]["precision"] < 0.5 and r["muc"]["precision"] < 1.0
