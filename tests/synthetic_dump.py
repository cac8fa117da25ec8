"""A synthetic batch output of any size, made from real records (the sample dump's): new ids,
publication dates spread over years, and the entities of each record drawn at random from
the whole pool, with first names, surnames and organization names recombined so the dump
holds many distinct entities. Used by tests/test_index.py and tests/bench_index.py."""
from __future__ import annotations

import datetime as _dt
import json
import random
from pathlib import Path
from typing import Any, Iterator


def _pool(records: list[dict], group: str) -> list[dict]:
    return [e for r in records for e in r.get(group) or ()]


def synthetic_records(records: list[dict], n: int, seed: int = 13) -> Iterator[dict[str, Any]]:
    """``n`` records built from ``records``: ``synth/000001``, ... in order."""
    rng = random.Random(seed)
    persons, orgs, locs = (_pool(records, g) for g in ("persons", "organizations", "locations"))
    firsts = sorted({p["first"] for p in persons if p.get("first")})
    lasts = sorted({p["last"] for p in persons if p.get("last")})
    start = _dt.date(2015, 1, 1)
    for i in range(n):
        base = records[i % len(records)]
        new_persons = []
        for p in rng.sample(persons, min(len(persons), len(base["persons"]) or 1)):
            first, last = rng.choice(firsts), rng.choice(lasts)
            bare = rng.random() < 0.1  # some articles name a person by the surname only
            new_persons.append({**p, "name": last if bare else f"{first} {last}",
                                "first": None if bare else first, "middle": None, "last": last})
        new_orgs = []
        for o in rng.sample(orgs, min(len(orgs), len(base["organizations"]) or 1)):
            suffix = rng.randrange(400)
            new_orgs.append({**o, "name": o["name"] if suffix < 100 else f"{o['name']} {suffix}"})
        new_locs = rng.sample(locs, min(len(locs), len(base["locations"]) or 1))
        published = start + _dt.timedelta(days=rng.randrange(9 * 365))
        yield {**base, "id": f"synth/{i + 1:06d}",
               "meta": {**base["meta"], "published": published.isoformat()},
               "persons": new_persons, "organizations": new_orgs, "locations": new_locs}


def write_synthetic(path: Path, records: list[dict], n: int, seed: int = 13) -> Path:
    """Write ``n`` synthetic records to ``path`` as JSONL."""
    with open(path, "w", encoding="utf-8") as out:
        for record in synthetic_records(records, n, seed):
            out.write(json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n")
    return path
