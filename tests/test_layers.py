"""The package layout's import rules, checked by walking the imports of ``src/rufacts``.

Each part of the package (a folder, or a module at the top level) may import only the parts its
``__init__`` docstring allows; lazy imports inside functions and ``TYPE_CHECKING`` blocks count
too. A new import across a forbidden line fails here instead of rotting the layering silently.
"""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "rufacts"

# part -> the rufacts parts it may import (besides itself); "rufacts" is the package root
# (``__version__``). A part not listed here may import anything.
ALLOWED = {
    "facts": set(),
    "schema": set(),
    "lexicons": set(),
    "_compat": set(),
    "_moved": {"_compat"},
    "io": {"facts", "lexicons"},
    "grammars": {"lexicons", "_compat"},
    "entities": {"facts", "grammars", "lexicons", "_compat"},
    "components": {"grammars", "entities", "facts", "lexicons", "_compat"},
    "pipeline": {"components", "entities", "facts"},
    "batch": {"io", "facts", "pipeline", "_compat"},
    "review": {"facts", "io", "rufacts", "index"},
    "index": {"io", "facts", "lexicons", "rufacts"},
    "evaluation": {"io", "facts", "pipeline", "batch", "_compat", "grammars", "entities"},
}
# third-party packages a part may never import (io knows no NLP, review no spaCy)
FORBIDDEN_LIBS = {
    "io": {"spacy", "natasha", "slovnet", "yargy", "pymorphy3", "razdel", "navec"},
    "review": {"spacy", "natasha", "slovnet", "yargy", "pymorphy3", "razdel", "navec"},
    "index": {"spacy", "natasha", "slovnet", "yargy", "pymorphy3", "razdel", "navec",
              "pandas", "matplotlib"},
    "grammars": {"pandas", "matplotlib", "dask", "distributed"},
    "entities": {"pandas", "matplotlib", "dask", "distributed"},
    "components": {"pandas", "matplotlib", "dask", "distributed"},
}


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports(path: Path) -> list[tuple[int, str]]:
    """(line, absolute module name) of every import statement in a module."""
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            # "from . import x" imports the module x when x is one
            for alias in node.names:
                sub = f"{target}.{alias.name}"
                found.append((node.lineno, sub if _is_module(sub) else target))
    return found


def _is_module(dotted: str) -> bool:
    if not dotted.startswith("rufacts."):
        return False
    rel = Path(*dotted.split(".")[1:])
    return (PACKAGE / rel).with_suffix(".py").is_file() or (PACKAGE / rel / "__init__.py").is_file()


def part_of(dotted: str) -> str:
    """``rufacts.entities.names`` -> ``entities``; ``rufacts`` -> ``rufacts``."""
    parts = dotted.split(".")
    return parts[1] if len(parts) > 1 else "rufacts"


def violations(paths) -> list[str]:
    found = []
    for path in paths:
        part = part_of(module_name(path))
        allowed = ALLOWED.get(part)
        for line, target in imports(path):
            where = f"{path.relative_to(PACKAGE.parent)}:{line} imports {target}"
            if target.split(".")[0] in FORBIDDEN_LIBS.get(part, ()):
                found.append(where)
            if allowed is None or not target.startswith("rufacts"):
                continue
            other = part_of(target)
            if other != part and other not in allowed:
                found.append(f"{where} ({part} may import {', '.join(sorted(allowed)) or 'nothing'})")
    return found


def test_the_package_keeps_its_import_rules():
    problems = violations(sorted(PACKAGE.rglob("*.py")))
    assert not problems, "import rules broken:\n" + "\n".join(problems)


def test_every_package_says_what_it_holds_and_may_import():
    for init in sorted(PACKAGE.glob("*/__init__.py")):
        doc = ast.get_docstring(ast.parse(init.read_text(encoding="utf-8"))) or ""
        assert doc, f"{init.relative_to(PACKAGE.parent)} has no docstring"
        if part_of(module_name(init)) in ALLOWED and init.parent.name not in {"schema", "lexicons"}:
            assert "import" in doc.lower(), f"{init.parent.name}/__init__.py does not say what it may import"


@pytest.mark.parametrize("part, source, bad", [
    ("entities", "from ..batch.worker import process_record\n", "rufacts.batch.worker"),
    ("io", "import spacy\n", "spacy"),
    ("review", "def f():\n    from ..pipeline import shared\n", "rufacts.pipeline"),
    ("grammars", "from rufacts.components.base import GrammarSpans\n", "rufacts.components.base"),
])
def test_the_rule_check_fails_on_a_forbidden_import(tmp_path, monkeypatch, part, source, bad):
    """The checker itself: a module that crosses a line is reported (so the test above can fail)."""
    fake = tmp_path / "rufacts"
    (fake / part).mkdir(parents=True)
    (fake / part / "__init__.py").write_text('"""x"""\n')
    for needed in ("batch/worker.py", "pipeline.py", "components/base.py"):
        (fake / needed).parent.mkdir(parents=True, exist_ok=True)
        (fake / needed).touch()
    module = fake / part / "bad.py"
    module.write_text(source)
    monkeypatch.setitem(globals(), "PACKAGE", fake)
    problems = violations([module])
    assert any(bad in p for p in problems), problems


def test_old_module_paths_still_import_as_the_same_modules():
    """Code written against rufacts 0.1 (``rufacts.worker``, ``rufacts.report``) keeps working."""
    import importlib
    import warnings

    import rufacts  # noqa: F401  (installs the aliases)
    from rufacts._moved import MOVED

    for old, new in MOVED.items():
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            module = importlib.import_module(f"rufacts.{old}")
        assert module is importlib.import_module(f"rufacts.{new}"), old
    from rufacts.batch import run_batch  # noqa: F401  (rufacts.batch was a module)
