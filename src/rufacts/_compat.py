"""Run natasha 1.6 and yargy 0.16 on pymorphy3.

Both packages still ``import pymorphy2``, which is abandoned and breaks on
Python 3.12+ (``pkg_resources``) and with setuptools >= 82. pymorphy3 is its
API-compatible successor, so we alias the module name before natasha or yargy
is imported: every ``pymorphy2`` and ``pymorphy2.<sub>`` import then resolves
to the matching ``pymorphy3`` module, and the real pymorphy2 is never loaded.

Call :func:`install` (idempotent) before importing natasha, slovnet-via-natasha
or yargy. ``rufacts`` does this in its package ``__init__``.
"""
from __future__ import annotations

import importlib
import importlib.abc
import importlib.util
import sys
import warnings

OLD = "pymorphy2"
NEW = "pymorphy3"


class _AliasLoader(importlib.abc.Loader):
    def __init__(self, target: str, warn: str = "") -> None:
        self.target = target
        self.warn = warn

    def create_module(self, spec):  # noqa: D102 - importlib protocol
        if self.warn:
            warnings.warn(self.warn, DeprecationWarning, stacklevel=3)
        return importlib.import_module(self.target)

    def exec_module(self, module) -> None:  # already executed under its real name
        pass


class AliasFinder(importlib.abc.MetaPathFinder):
    """Resolves each ``old[.x]`` to ``new[.x]`` of a mapping: the same module object under
    two names. ``deprecated`` says that the old names are kept only for old code."""

    def __init__(self, aliases: dict[str, str], deprecated: bool = False) -> None:
        self.aliases = aliases
        self.deprecated = deprecated

    def find_spec(self, fullname, path=None, target=None):
        for old, new in self.aliases.items():
            if fullname == old or fullname.startswith(old + "."):
                new_name = new + fullname[len(old):]
                if importlib.util.find_spec(new_name) is None:
                    return None
                warn = f"{fullname} is now {new_name}" if self.deprecated else ""
                return importlib.util.spec_from_loader(fullname, _AliasLoader(new_name, warn))
        return None


_FINDER = AliasFinder({OLD: NEW})


def install() -> None:
    """Alias ``pymorphy2`` to ``pymorphy3``; safe to call many times.

    Raises RuntimeError if the real pymorphy2 was already imported by someone
    else: then natasha/yargy would silently run on it.
    """
    loaded = sys.modules.get(OLD)
    if loaded is not None and not getattr(loaded, "__name__", "").startswith(NEW):
        raise RuntimeError(
            "pymorphy2 was imported before rufacts could alias it to pymorphy3; "
            "import rufacts before natasha or yargy"
        )
    if _FINDER not in sys.meta_path:
        sys.meta_path.insert(0, _FINDER)
    importlib.import_module(OLD)


def pymorphy2_loaded() -> bool:
    """True if a module from the real pymorphy2 package is in ``sys.modules``."""
    for name, module in list(sys.modules.items()):
        if name == OLD or name.startswith(OLD + "."):
            real = getattr(module, "__name__", "")
            if not real.startswith(NEW):
                return True
    return False
