"""natasha and yargy run on pymorphy3: the real pymorphy2 is never imported."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT

CHECK = r"""
import sys
import rufacts
article = rufacts.extract("Мэр Москвы Сергей Собянин 11.12.2015 посетил завод «Ростелекома».")
assert [p.name for p in article.persons] == ["Сергей Собянин"], article.persons
assert [d.value for d in article.dates] == ["2015-12-11"], article.dates
import natasha, yargy, slovnet  # all loaded by now; none may have pulled the real pymorphy2
from rufacts._compat import pymorphy2_loaded
assert not pymorphy2_loaded(), sorted(m for m in sys.modules if "pymorphy" in m)
assert sys.modules["pymorphy2"].__name__ == "pymorphy3"
print("ok", sys.version_info[:2])
"""


def test_compat_pipeline_never_imports_pymorphy2():
    result = subprocess.run([sys.executable, "-c", CHECK], capture_output=True, text=True,
                            timeout=300)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("ok")


def test_compat_alias_refuses_a_real_pymorphy2_loaded_first():
    code = ("import sys, types; sys.modules['pymorphy2'] = types.ModuleType('pymorphy2');"
            "from rufacts import _compat")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode != 0
    assert "pymorphy2 was imported before rufacts" in result.stderr


def _newer_python() -> str | None:
    """A Python 3.12 or 3.13 interpreter (pyenv here), or None."""
    candidates = ["python3.13", "python3.12"]
    pyenv_root = Path(os.environ.get("PYENV_ROOT", Path.home() / ".pyenv"))
    for version in sorted(pyenv_root.glob("versions/3.1[23]*"), reverse=True):
        candidates.append(str(version / "bin" / "python3"))
    for candidate in candidates:
        path = shutil.which(candidate) or (candidate if Path(candidate).is_file() else None)
        if path:
            out = subprocess.run([path, "-c", "import sys; print(sys.version_info[:2] >= (3, 12))"],
                                 capture_output=True, text=True)
            if out.stdout.strip() == "True":
                return path
    return None


@pytest.mark.slow
def test_compat_on_python_312_or_313_without_setuptools():
    """The same check in a venv of Python 3.12+/3.13, where pymorphy2 itself cannot run
    (no pkg_resources). The venv is cached in .cache/ between runs."""
    python = _newer_python()
    if python is None:
        pytest.skip("no Python 3.12 or 3.13 interpreter on this machine (pyenv or PATH)")
    version = subprocess.run([python, "-c", "import sys; print('%d.%d' % sys.version_info[:2])"],
                             capture_output=True, text=True).stdout.strip()
    venv = ROOT / ".cache" / f"venv-py{version}"
    py = venv / "bin" / "python"
    if not py.exists():
        subprocess.run([python, "-m", "venv", "--without-pip", str(venv)], check=True)
        subprocess.run([python, "-m", "venv", "--upgrade-deps", str(venv)], check=True)
    install = subprocess.run([str(py), "-m", "pip", "install", "-q", "--disable-pip-version-check",
                              str(ROOT)], capture_output=True, text=True, timeout=1500)
    assert install.returncode == 0, install.stderr[-3000:]
    # setuptools (pkg_resources) must not be what makes it work
    subprocess.run([str(py), "-m", "pip", "uninstall", "-q", "-y", "setuptools"],
                   capture_output=True)
    result = subprocess.run([str(py), "-c", CHECK], capture_output=True, text=True, timeout=300,
                            cwd=str(venv))
    assert result.returncode == 0, result.stderr[-3000:]
    assert result.stdout.startswith("ok"), result.stdout
