"""notebooks/dump.ipynb runs top to bottom on a real kernel of this interpreter (as
tests/test_notebook.py runs review.ipynb): it indexes the sample dump and its tables and
charts hold the sample's entities, linked across articles."""
from __future__ import annotations

import json

import pytest

from conftest import ROOT, SAMPLE_DIR
from test_notebook import _cell, _outputs, execute_notebook

NOTEBOOK = ROOT / "notebooks" / "dump.ipynb"


@pytest.fixture(scope="module")
def executed(tmp_path_factory):
    return execute_notebook(NOTEBOOK, tmp_path_factory.mktemp("dump-notebook"), timeout=300,
                            needs=("pandas", "duckdb"))


def test_dump_notebook_is_stored_without_outputs_and_says_how_to_use_a_real_dump():
    nb = json.loads(NOTEBOOK.read_text(encoding="utf-8"))
    code = [c for c in nb["cells"] if c["cell_type"] == "code"]
    assert all(c["outputs"] == [] and c["execution_count"] is None for c in code)
    first = "".join(nb["cells"][0]["source"])
    assert "real dump" in first and "rufacts index" in first and "DUMP" in first


def test_dump_notebook_indexes_the_sample_and_links_entities(executed, records):
    n = len(list(SAMPLE_DIR.glob("*.txt")))
    built = _outputs(_cell(executed, "index_files(DUMP, INDEX)"))
    assert f"read {n}, written {n}, errors 0" in built
    assert f"read {n}, indexed {n}" in built
    articles = _outputs(_cell(executed, 'ix.articles[["article_id"'))
    for path in SAMPLE_DIR.glob("*.txt"):
        assert path.stem in articles
    # an organization several sample articles name is one entity, counted in each of them
    naming = [r["id"] for r in records
              if any("Сбербанк" in o["name"] for o in r["organizations"])]
    assert len(naming) >= 2
    linked = _outputs(_cell(executed, "WHERE article_count > 1"))
    assert "Сбербанк" in linked
    top = _outputs(_cell(executed, "ix.top_entities(5)"))
    assert "Сбербанк" in top and "Москва" in top


def test_dump_notebook_answers_across_the_dump(executed):
    assert "Сергей Собянин" in _outputs(_cell(executed, 'ix.role("мэр")'))
    sectors = _outputs(_cell(executed, 'ix.sectors_by_section("Y")'))
    assert "2015" in sectors
    for snippet in ("ix.plot_top_entities()", "ix.plot_timeline(", "ix.plot_cooccurrence(",
                    'ix.plot_sectors("Y")', 'ix.plot_money(10, "RUB")'):
        outputs = _cell(executed, snippet).outputs
        assert any("image/png" in o.get("data", {}) for o in outputs), snippet
    assert "Сбербанк" in _outputs(_cell(executed, 'pd.read_parquet(parquet / "entities")'))
