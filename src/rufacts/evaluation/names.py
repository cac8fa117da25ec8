"""Normal forms of names against ``tests/gold/names.jsonl``: each line is a sentence, one
name mention in it (``start``/``stop``) and the entity name (and for people the parts
first/middle/last) a reader would write. A row counts as right when the entity holding
the mention has exactly that name (and those parts)."""
from __future__ import annotations

from pathlib import Path
from typing import Iterable

from ..io.compressed import read_json_objects
from ..entities.orgs import legal_run, legal_tail

FIELDS = {"PER": ("name", "first", "middle", "last"), "ORG": ("name",)}


def predicted(article, row: dict) -> dict | None:
    """The entity of ``row``'s type whose mention overlaps the gold mention most; on a tie
    the one whose mention has the fewest characters outside it ("Всемирной организации
    здравоохранения" is the organization's own mention, not the delegation's)."""
    group = article.persons if row["type"] == "PER" else article.organizations
    best, score = None, (0, 0)
    for entity in group:
        for m in entity.mentions:
            o = min(m.stop, row["stop"]) - max(m.start, row["start"])
            if o > 0 and (o, o - (m.stop - m.start)) > score:
                best, score = entity, (o, o - (m.stop - m.start))
    if best is None:
        return None
    return {f: getattr(best, f) for f in FIELDS[row["type"]]}


def _fold(value):
    """ё and е are one letter here: a name keeps the spelling its author used."""
    return value.replace("ё", "е").replace("Ё", "Е") if isinstance(value, str) else value


def _bare(name):
    """An organization's name without the legal form and the quotes the record keeps
    ("АО «Мосинжпроект»" -> "Мосинжпроект"): the gold writes the bare name
    (docs/gold-conventions.md), the record keeps the legal form as written (schema "1")."""
    if not isinstance(name, str):
        return name
    words = name.split()
    words = words[min(legal_run(words), len(words) - 1):]  # "ФГБОУ ВО «...»": the level too
    words = words[:len(words) - legal_tail(words)]  # "Drewpol Sp. z o.o.": a form of several words too
    bare = " ".join(words)
    if bare[:1] in "«\"" and bare[-1:] in "»\"" and len(words) != len(name.split()):
        bare = bare[1:-1]
    return bare


def score_names(rows: Iterable[dict], extract) -> dict:
    """Exact accuracy per split and type; ``errors`` lists the wrong rows."""
    totals: dict[str, list[int]] = {}
    errors = []
    for row in rows:
        got = predicted(extract(row["text"]), row)
        if got is not None and row["type"] == "ORG":
            got["name"] = _bare(got["name"])
        want = {f: row.get(f) for f in FIELDS[row["type"]]}
        if row["type"] == "ORG":  # both sides bare: "AB InBev" is no Swedish "AB" the record could keep
            want["name"] = _bare(want["name"])
        ok = got is not None and all(_fold(got[f]) == _fold(want[f]) for f in want)
        for key in (row["split"], f'{row["split"]}/{row["type"]}'):
            totals.setdefault(key, [0, 0])
            totals[key][0] += ok
            totals[key][1] += 1
        if not ok:
            errors.append((row, got))
    return {"accuracy": {k: (r / n, r, n) for k, (r, n) in sorted(totals.items())},
            "errors": errors}


def read_gold(path: str | Path) -> list[dict]:
    return list(read_json_objects(path))
