"""notebooks/review.ipynb runs top to bottom on a real kernel of this interpreter and its
outputs hold the facts of the sample articles; the notebook is stored executed, with its
outputs, and uses only the public API."""
from __future__ import annotations

import html
import json
import sys

import pytest

from rufacts.io import read_text_file

from conftest import EXAMPLE, ROOT, SAMPLE_DIR
from test_review import Highlights, marked_spans

NOTEBOOK = ROOT / "notebooks" / "review.ipynb"
KERNEL = "rufacts-test-python"


def _outputs(cell) -> str:
    """All text of a cell's outputs: streams, text/plain, text/html."""
    def text(value) -> str:  # a stored notebook keeps multi-line strings as lists
        return "".join(value) if isinstance(value, list) else value

    parts = []
    for output in cell.get("outputs", []):
        parts.append(text(output.get("text", "")))
        data = output.get("data", {})
        parts += [text(data.get("text/plain", "")), text(data.get("text/html", ""))]
    return "\n".join(parts)


def _cell(nb, snippet: str):
    found = [c for c in nb.cells if c.cell_type == "code" and snippet in c.source]
    assert len(found) == 1, f"one code cell with {snippet!r} expected, found {len(found)}"
    return found[0]


def execute_notebook(path, tmp, timeout: int = 180, needs=("pandas", "matplotlib")):
    """Execute a notebook with nbclient on a kernel spec that runs this very interpreter; the
    executed copy is written into ``tmp`` (to look at when a check fails)."""
    nbformat = pytest.importorskip("nbformat", reason="notebook tests need nbformat")
    nbclient = pytest.importorskip("nbclient", reason="notebook tests need nbclient")
    pytest.importorskip("ipykernel", reason="notebook tests need ipykernel")
    for module in needs:
        pytest.importorskip(module, reason=f"the notebook needs {module}")
    spec = tmp / "jupyter" / "kernels" / KERNEL
    spec.mkdir(parents=True)
    (spec / "kernel.json").write_text(json.dumps({
        "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
        "display_name": "rufacts tests", "language": "python"}), encoding="utf-8")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("JUPYTER_PATH", str(tmp / "jupyter"))
        mp.setenv("PYDEVD_DISABLE_FILE_VALIDATION", "1")
        nb = nbformat.read(path, as_version=4)
        nbclient.NotebookClient(nb, timeout=timeout, kernel_name=KERNEL, resources={
            "metadata": {"path": str(ROOT / "notebooks")}}).execute()
    nbformat.write(nb, tmp / path.name.replace(".ipynb", ".executed.ipynb"))
    return nb


@pytest.fixture(scope="module")
def executed(tmp_path_factory):
    """The notebook executed on a real kernel of this interpreter."""
    return execute_notebook(NOTEBOOK, tmp_path_factory.mktemp("notebook"))


def test_notebook_is_stored_executed_with_its_outputs():
    """Read on GitHub or opened without a kernel, the notebook shows what it does (issue 14)."""
    nb = json.loads(NOTEBOOK.read_text(encoding="utf-8"))
    code = [c for c in nb["cells"] if c["cell_type"] == "code"]
    assert code
    assert [c["execution_count"] for c in code] == list(range(1, len(code) + 1))  # in order
    assert all(c["outputs"] for c in code)
    assert not [o for c in code for o in c["outputs"] if o["output_type"] == "error"]
    stored = "\n".join(_outputs(c) for c in code)
    n = len(list(SAMPLE_DIR.glob("*.txt")))
    assert f"read {n}, written {n}, errors 0" in stored
    assert "Сергей Собянин" in stored and "2015-12-11" in stored
    charts = [c for c in code if "review.money_over_time(rv)" in "".join(c["source"])]
    assert any("image/png" in o.get("data", {}) for o in charts[0]["outputs"])
    lines = [line.strip() for c in code for line in "".join(c["source"]).splitlines()]
    assert not [line for line in lines if line.startswith(("!", "%%bash", "%%sh", "%sx"))], \
        "no shell escapes: the notebook goes through the library"


def test_notebook_uses_only_the_public_api():
    """Imports of rufacts are of packages and of names in their ``__all__``; attributes used
    on ``rufacts`` and ``review`` are public too (no ``rufacts.review.report`` internals)."""
    import ast
    import importlib

    nb = json.loads(NOTEBOOK.read_text(encoding="utf-8"))
    source = "\n".join("".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "code")
    tree = ast.parse("\n".join(line for line in source.splitlines()
                                if not line.lstrip().startswith("%")))
    public = {"rufacts", "rufacts.review", "rufacts.batch", "rufacts.io"}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("rufacts"):
            assert node.module in public, node.module
            exported = importlib.import_module(node.module).__all__
            assert all(alias.name in exported or f"{node.module}.{alias.name}" in public
                       for alias in node.names), ast.unparse(node)
        if isinstance(node, ast.Import):
            assert all(a.name in public for a in node.names if a.name.startswith("rufacts"))
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
            if node.value.id == "rufacts":
                assert node.attr in importlib.import_module("rufacts").__all__, node.attr
            if node.value.id == "review":
                assert node.attr in importlib.import_module("rufacts.review").__all__, node.attr


def test_notebook_runs_the_pipeline_on_the_sample_dump(executed):
    ran = _outputs(_cell(executed, "run_batch("))
    n = len(list(SAMPLE_DIR.glob("*.txt")))
    assert f"read {n}, written {n}, errors 0" in ran
    articles = _outputs(_cell(executed, "rv.articles[["))
    for path in SAMPLE_DIR.glob("*.txt"):
        assert path.stem in articles


def test_notebook_tables_hold_the_sample_facts(executed):
    persons = _outputs(_cell(executed, "tally(rv.persons)"))
    assert "Сергей Собянин" in persons and "Андрей Юрьевич Воробьёв" in persons
    orgs = _outputs(_cell(executed, "tally(rv.organizations)"))
    assert "Сбербанк" in orgs
    dates = _outputs(_cell(executed, "rv.dates[["))
    assert "2015-12-11" in dates and "2012-12" in dates


def test_notebook_highlights_the_example_article(executed, pipeline):
    shown = _cell(executed, 'review.show(rv.record("lefortovo-technopolis"))')
    markup = shown.outputs[0]["data"]["text/html"]
    assert markup.startswith("<style>")
    article = Highlights(markup).articles["lefortovo-technopolis"]
    marked = {(t, article["text"][s:e]) for t, _, s, e in marked_spans(article)}
    assert ("PER", "Сергей Собянин") in marked and ("PER", "С.Собянина") in marked
    assert ("DATE", "11.12.2015") in marked
    assert "Роснано" in markup and "2015-12-11" in markup and "2012-12" in markup
    # whatever amounts the pipeline finds in the example are shown with value and unit
    from rufacts.review.record import format_amount

    source = read_text_file(EXAMPLE)
    record = pipeline.extract(source.text, id=source.id, **source.meta).as_json()
    for amount in record["amounts"]:
        assert html.escape(format_amount(amount)) in markup
        assert 'data-type="AMOUNT"' in markup
    extracted = _outputs(_cell(executed, "review.show(rufacts.extract("))
    assert 'data-type="ORG"' in extracted and "Ростелеком" in extracted


def test_notebook_filters(executed):
    rosnano = _outputs(_cell(executed, 'articles_mentioning("Роснано"'))
    assert "lefortovo-technopolis" in rosnano
    assert "kazan-technopark-korpus" not in rosnano
    sber = _outputs(_cell(executed, 'str.contains("Сбербанк")'))
    assert "ПАО «Сбербанк»" in sber
    year = _outputs(_cell(executed, "rv.articles.published.dt.year == 2015"))
    assert "lefortovo-technopolis" in year and "kazan-technopark-korpus" not in year


def test_notebook_draws_the_charts_and_writes_the_report(executed):
    for snippet in ("review.top_entities(rv)", "review.money_over_time(rv)",
                    "review.companies_per_sector(rv)"):
        outputs = _cell(executed, snippet).outputs
        assert any("image/png" in o.get("data", {}) for o in outputs), snippet
    assert "report.html" in _outputs(_cell(executed, "write_report(OUT, page)"))
