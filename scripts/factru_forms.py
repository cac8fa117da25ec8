"""Person and organization normal forms against the factRuEval annotators' own (the coreference
layer's attrs: firstname/lastname for people, name for organizations), per mention.

    PYTHONPATH=src python scripts/factru_forms.py [persons|orgs] [-v] [--tune|--held] [FILE]

FILE defaults to ../shared/eval/factru-dev.jsonl. --tune: only the tune documents (0-based index
i % 4 != 3); --held: only the 30 held out. A person mention agrees when the record's `last` is one of
the annotators' lastnames and, where both have one, its `first` one of their firstnames (initials
aside); an organization mention agrees when the record's name, folded (lower case, ё as е, no
quotes), equals one of their names or is one with a descriptor word cut off either end. The
annotators' forms are noisy and follow their own conventions (a first name left oblique, Latin names
transliterated, a second given name in firstname1, descriptors inside names): read the -v list, do
not chase the count. Not gold of ours: a probe of real news nobody here wrote."""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import rufacts
from rufacts.evaluation.names import predicted

QUOTES = re.compile(r"[«»\"'“”„]")


def fold(text: str | None) -> str:
    return re.sub(r"\s+", " ", QUOTES.sub("", (text or "").lower().replace("ё", "е"))).strip()


def person_ok(got: dict, attrs: dict) -> bool:
    if fold(got["last"]) not in {fold(x) for x in attrs["lastname"]}:
        return False
    firsts = {fold(x) for x in attrs.get("firstname", [])}
    return not firsts or not got["first"] or got["first"].endswith(".") or fold(got["first"]) in firsts


def org_ok(got: dict, names: list[str]) -> bool:
    g = fold(got["name"])
    return any(g == w or w.endswith(" " + g) or w.startswith(g + " ") or g.endswith(" " + w)
               or g.startswith(w + " ") for w in names)


def mentions(doc: dict, kind: str):
    """(coref attrs or names, the part span to look up, the mention's text) of each mention."""
    spans = {s["id"]: s for s in doc["spans"]}
    part, span_type = ("surname", "PER") if kind == "persons" else ("org_name", "ORG")
    for co in doc["coref"]:
        attrs = co["attrs"]
        want = attrs if kind == "persons" and "lastname" in attrs else \
            [fold(x) for x in attrs.get("name", []) if x] if kind == "orgs" else None
        if not want:
            continue
        for mid in co["mentions"]:
            s = spans.get(mid)
            parts = [p for p in (s or {}).get("parts", []) if p["type"] == part]
            if s and s["type"] == span_type and parts:
                yield want, {"type": span_type, "start": parts[0]["start"], "stop": parts[0]["stop"]}, \
                    doc["text"][s["start"]:s["stop"]]


def main(argv: list[str]) -> None:
    kind = "orgs" if "orgs" in argv else "persons"
    rest = [a for a in argv if not a.startswith("-") and a not in ("persons", "orgs")]
    path = Path(rest[0]) if rest else Path(__file__).resolve().parents[1].parent / "shared/eval/factru-dev.jsonl"
    part = "tune" if "--tune" in argv else "held" if "--held" in argv else None
    n = ok = missing = 0
    wrong = []
    with path.open(encoding="utf-8") as f:
        for i, line in enumerate(f):
            if part == "tune" and i % 4 == 3 or part == "held" and i % 4 != 3:
                continue
            doc = json.loads(line)
            article = rufacts.extract(doc["text"])
            for want, row, text in mentions(doc, kind):
                got = predicted(article, row)
                n += 1
                good = got is not None and (person_ok(got, want) if kind == "persons" else org_ok(got, want))
                ok += good
                missing += got is None
                if not good:
                    wrong.append((doc["id"], text, want, got))
    print(f"{kind}: mentions {n} agree {ok} ({ok / max(n, 1):.3f}) no entity {missing} other {n - ok - missing}")
    if "-v" in argv:
        for item in wrong:
            print(*item, sep=" | ")


if __name__ == "__main__":
    main(sys.argv[1:])
