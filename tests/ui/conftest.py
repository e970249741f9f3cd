"""Shared fixtures of the UI tests."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest


@pytest.fixture(autouse=True)
def unfreeze_gc() -> Iterator[None]:
    """The app gc.freeze()s everything alive once a corpus is loaded; after a test, let
    the finished app (widgets hold reference cycles) be collected again."""
    yield
    gc.unfreeze()
