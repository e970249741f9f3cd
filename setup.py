"""Builds the attribution package (``tui/core/attribution``) and the text modules every
file goes through (paragraphs, quotes, titles, normal forms) with mypyc when it can.

Attribution is most of the CPU time of a load; compiled to C by mypyc (from the same
type-annotated Python, which stays the source and runs uncompiled too) it runs about
1.45 times as fast, and the text modules shave a little more off each file. mypyc is
needed at build time only (``[build-system] requires``): the compiled modules import
nothing of it.

- ``pip install .`` (a wheel) compiles; without a C compiler, or if mypyc fails, the
  install goes on as pure Python, with a warning.
- Editable installs (``pip install -e .``) stay pure Python, so an edited ``.py`` is
  always what runs; ``QUOTESCOPE_COMPILE=1`` compiles them too (the modules are built
  next to their sources, to rebuild after every edit). ``QUOTESCOPE_COMPILE=0``
  never compiles.

Everything else is in pyproject.toml.
"""

from __future__ import annotations

import os
import sys
from glob import glob

from setuptools import setup
from setuptools.command.build_ext import build_ext

# What is compiled (``tui.core.compiled`` checks the same files for a stale build).
COMPILED = sorted(glob("tui/core/attribution/*.py")) + [
    f"tui/core/{name}.py" for name in ("paragraphs", "quotes", "titles", "normal")
]

# The setup commands that build a wheel or an install (not metadata queries, which
# pip runs too and which need no compiling).
_BUILDING = {"bdist_wheel", "build", "build_ext", "install"}


def _wanted() -> bool:
    asked = os.environ.get("QUOTESCOPE_COMPILE", "").strip()
    if "editable_wheel" in sys.argv[1:]:
        return asked == "1"
    return asked != "0" and not _BUILDING.isdisjoint(sys.argv[1:])


def _extensions() -> list:
    """The attribution package's modules as mypyc extensions; none when mypyc is
    missing or refuses the code (then the package installs as pure Python)."""
    try:
        from mypyc.build import mypycify

        return mypycify(COMPILED, group_name="quotescope")
    except (Exception, SystemExit) as exc:  # (mypyc exits on a type error)
        print(f"warning: attribution not compiled, installed as pure Python: {exc}")
        return []


class _OptionalBuildExt(build_ext):
    """Builds the compiled modules, or none of them: without a C compiler (or if any
    module fails) the pure Python package is installed instead of a broken one."""

    def run(self) -> None:
        try:
            super().run()
        except Exception as exc:  # (CompileError, no compiler found, ...)
            print(f"warning: attribution not compiled, installed as pure Python: {exc}")
            for ext in self.extensions:
                built = self.get_ext_fullpath(ext.name)
                if os.path.exists(built):
                    os.remove(built)
            self.extensions = []


setup(
    ext_modules=_extensions() if _wanted() else [],
    cmdclass={"build_ext": _OptionalBuildExt},
)
