"""The README's pointers resolve inside the repository, and its figures say how they were
obtained (issue 14: it pointed to a DESIGN.md that is not in the repo)."""
from __future__ import annotations

import re

from conftest import ROOT

README = ROOT / "README.md"


def _text() -> str:
    return README.read_text(encoding="utf-8")


def test_readme_links_and_named_documents_exist():
    text = _text()
    links = re.findall(r"\]\(([^)#\s]+)", text)
    documents = re.findall(r"[\w./-]+\.(?:md|ipynb|cfg)\b", text)
    missing = [p for p in links + documents
               if not p.startswith(("http://", "https://", "../", "<"))
               and "*" not in p and "<" not in p
               and not any((base / p).exists() for base in (ROOT, ROOT / "src" / "rufacts",
                                                          ROOT / "pipelines"))]
    assert missing == []
    assert "docs/design.md" in links
    assert "DESIGN.md" not in text.replace("docs/design.md", "")


def test_design_document_covers_the_record_and_the_flow():
    design = (ROOT / "docs" / "design.md").read_text(encoding="utf-8")
    for heading in ("## How data flows", "## The JSON record", "## The article layout"):
        assert heading in design
    for path in re.findall(r"`((?:src|pipelines|data)/[\w./]+)`", design):
        assert (ROOT / path.rstrip("/")).exists(), path


def test_readme_figures_say_how_they_were_obtained():
    section = _text().split("## Quality and speed", 1)[1].split("\n## ", 1)[0]
    figures = [p for p in section.split("\n\n") if p.startswith("**")]
    assert len(figures) >= 5
    for paragraph in figures:
        said = "`rufacts " in paragraph or "same file" in paragraph or "`Pipeline()" in paragraph
        assert said, paragraph[:80]
    assert "load average" in section and "UNRELIABLE" in section
