"""Where the benchmarks find the BBC corpus, read only: ``$QUOTESCOPE_BBC`` when set (the
corpus is elsewhere), else ``../shared/corpora/bbc`` beside the checkout, as the tests do."""

from __future__ import annotations

import os
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
BBC_ROOT = Path(os.environ.get("QUOTESCOPE_BBC") or REPO.parent / "shared" / "corpora" / "bbc")
BBC = BBC_ROOT / "texts"
