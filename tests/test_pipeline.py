"""The spaCy pipeline: assembled from pipelines/default.cfg, saved and loaded again
in a fresh process (which needs the spacy_factories entry points)."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest
import spacy

import rufacts
from rufacts.entities.article import doc_to_article
from rufacts.pipeline import config_path

from conftest import EXAMPLE


def test_pipeline_is_assembled_from_the_bundled_config(nlp):
    config = spacy.util.load_config(config_path("default"))
    assert nlp.pipe_names == config["nlp"]["pipeline"]
    assert nlp.lang == "ru"
    assert type(nlp.tokenizer).__name__ == "RazdelTokenizer"


def test_pipeline_unknown_config_name_is_a_clear_error():
    with pytest.raises(ValueError, match="no pipeline config 'nope'.*default"):
        rufacts.load("nope")


def test_pipeline_pipe_equals_one_by_one(pipeline):
    texts = [EXAMPLE.read_text(encoding="utf-8"), "Владимир Путин прилетел в Казань.", "",
             "Компания «Газпром нефть» 5 апреля 2021 года открыла завод в Омске."]
    one = [pipeline.extract(t, id=str(i)).as_json() for i, t in enumerate(texts)]
    many = [a.as_json() for a in pipeline.pipe((str(i), t, {}) for i, t in enumerate(texts))]
    assert one == many


@pytest.mark.slow
def test_pipeline_saved_to_disk_loads_in_a_fresh_process(nlp, tmp_path):
    text = EXAMPLE.read_text(encoding="utf-8")
    expected = doc_to_article(nlp(text), id="x").as_json()
    nlp.to_disk(tmp_path / "model")
    code = (
        "import json, sys, spacy\n"
        "from rufacts.article import doc_to_article\n"
        f"nlp = spacy.load({str(tmp_path / 'model')!r})\n"
        "text = sys.stdin.read()\n"
        "print(json.dumps(doc_to_article(nlp(text), id='x').as_json(), ensure_ascii=False))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], input=text, capture_output=True,
                            text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == expected
