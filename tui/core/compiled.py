"""Which build of the attribution package runs: compiled by mypyc, or pure Python.

``pip install .`` compiles ``tui/core/attribution`` when it can (see setup.py: about 1.5x
faster); an editable install stays pure Python unless built with ``QUOTESCOPE_COMPILE=1``,
which puts the compiled modules beside their sources. There an edited ``.py`` is not what
runs until the build is redone: benchmarks print the build, and a test fails on a stale one.
"""

from __future__ import annotations

from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

ATTRIBUTION = Path(__file__).resolve().parent / "attribution"
# The modules of tui/core compiled with it (setup.py's list): every file goes through them.
TEXT_MODULES = ("paragraphs", "quotes", "titles", "normal")
# A source this much newer than its compiled module was edited after the build (a wheel
# install writes both within moments of each other).
_EDITED_AFTER_S = 2.0


def compiled_modules(folder: Path = ATTRIBUTION) -> dict[str, Path]:
    """The compiled modules beside the sources of ``folder``, by module name."""
    found: dict[str, Path] = {}
    for path in folder.iterdir():
        for suffix in EXTENSION_SUFFIXES:
            if path.name.endswith(suffix):
                found[path.name[: -len(suffix)]] = path
    return found


def stale_sources(folder: Path = ATTRIBUTION) -> list[str]:
    """The sources of ``folder`` the compiled build does not reflect: edited after it,
    or added since (none when there is no compiled build)."""
    built = compiled_modules(folder)
    if not built:
        return []
    stale = []
    for source in sorted(folder.glob("*.py")):
        module = built.get(source.stem)
        if module is None or source.stat().st_mtime > module.stat().st_mtime + _EDITED_AFTER_S:
            stale.append(source.name)
    return stale


def stale_text_modules(core: Path = ATTRIBUTION.parent) -> list[str]:
    """The compiled text modules of ``core`` whose source was edited after the build."""
    built = compiled_modules(core)
    return [
        f"{name}.py"
        for name in TEXT_MODULES
        if name in built
        and (core / f"{name}.py").stat().st_mtime > built[name].stat().st_mtime + _EDITED_AFTER_S
    ]


def attribution_build() -> str:
    """What runs, in words: "compiled (mypyc)" or "pure Python" (and a stale build)."""
    from tui.core.attribution import attribute

    if not str(attribute.__file__).endswith(tuple(EXTENSION_SUFFIXES)):
        return "pure Python"
    folder = Path(str(attribute.__file__)).parent
    stale = stale_sources(folder) + stale_text_modules(folder.parent)
    if stale:
        return f"compiled (mypyc), STALE: {', '.join(stale)} changed since the build"
    return "compiled (mypyc)"
