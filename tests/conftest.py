"""Shared fixtures: one real pipeline per test session, the record schema,
and the gold data in ../shared/eval where it exists."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLE_DIR = ROOT / "data" / "sample"
SHARED_EVAL = ROOT.parent / "shared" / "eval"
EXAMPLE = SAMPLE_DIR / "lefortovo-technopolis.txt"


def shared_eval_file(name: str) -> Path:
    """A gold file of ../shared/eval, or a visible skip where it is absent."""
    path = SHARED_EVAL / name
    if not path.is_file():
        pytest.skip(f"gold data {path} is not present (../shared/eval is not checked out here)")
    return path


@pytest.fixture(scope="session")
def pipeline():
    from rufacts.pipeline import shared

    return shared()


@pytest.fixture(scope="session")
def nlp(pipeline):
    return pipeline.nlp


@pytest.fixture(scope="session")
def morph():
    from rufacts.grammars.morph import get_morph

    return get_morph()


@pytest.fixture(scope="session")
def validate_record():
    import jsonschema

    from rufacts.schema import record_schema

    validator = jsonschema.Draft202012Validator(record_schema())

    def validate(record: dict) -> dict:
        validator.validate(record)
        text = record["text"]
        if text is not None:  # the offset contract of DESIGN.md
            for group in ("persons", "organizations", "locations"):
                for entity in record[group]:
                    for m in entity["mentions"]:
                        assert text[m["start"]:m["stop"]] == m["text"], m
            for item in record["dates"] + record["amounts"] + record["sector_counts"]:
                assert text[item["start"]:item["stop"]] == item["text"], item
        return record

    return validate


@pytest.fixture(scope="session")
def sample_out(pipeline, tmp_path_factory):
    """The batch output of the bundled sample dump (one run per test session)."""
    from rufacts.batch.run import run_batch
    from rufacts.io import read_inputs

    out = tmp_path_factory.mktemp("sample") / "sample.jsonl"
    summary = run_batch(read_inputs([str(SAMPLE_DIR)]), str(out))
    assert summary.written == len(list(SAMPLE_DIR.glob("*.txt")))
    return out


@pytest.fixture(scope="session")
def records(sample_out):
    """The records of :func:`sample_out`, as dicts."""
    import json

    return [json.loads(line) for line in sample_out.read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="session")
def rv(sample_out):
    """The sample output loaded by rufacts.review."""
    from rufacts import review

    return review.load(sample_out)
