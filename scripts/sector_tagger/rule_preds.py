"""python rule_preds.py GOLD.jsonl OUT.jsonl: the rule system's sector counts per gold id
(the default pipeline with its learned reader off), cached for the experiments."""
import json
import sys

from rufacts.pipeline import Pipeline, load

RULES_ONLY = {"components.rufacts_sectors.learned": False}


def main(src: str, out: str) -> None:
    rows = [json.loads(line) for line in open(src, encoding="utf-8") if line.strip()]
    rules = Pipeline(load(overrides=RULES_ONLY))
    with open(out, "w", encoding="utf-8") as fh:
        for r in rows:
            article = rules.extract(r["text"], id=r["id"])
            facts = [{"count": s.count, "object": s.object, "sector": s.sector, "total": s.total,
                      "okved": [c if isinstance(c, str) else getattr(c, "code", c)
                                for c in (s.okved or [])]} for s in article.sector_counts]
            fh.write(json.dumps({"id": r["id"], "facts": facts}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
