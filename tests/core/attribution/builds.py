"""Which attribution build the tests run against (see ``tui.core.compiled``): a few
tests replace a method of an attribution class to watch it, which compiled classes do
not allow; they run on the pure Python build only."""

from __future__ import annotations

import pytest

from tui.core.compiled import attribution_build

COMPILED = attribution_build() != "pure Python"
needs_compiled = pytest.mark.skipif(
    not COMPILED, reason="attribution runs as pure Python (no compiled build here)"
)
patches_internals = pytest.mark.skipif(
    COMPILED, reason="replaces a method, which a compiled (mypyc) class does not allow"
)
