"""Shared set-up of the engine unit tests."""

from __future__ import annotations

import os
from pathlib import Path

# Hypothesis keeps its example database and caches in ``./.hypothesis`` by default. Because
# pyproject's ``norecursedirs`` replaces pytest's default ignores (which include ``.*``), the
# Hypothesis plugin then warns about that folder on every later collection, and with warnings as
# errors the whole run fails. Keep the folder under ``.pytest_cache`` instead (git-ignored).
os.environ.setdefault(
    "HYPOTHESIS_STORAGE_DIRECTORY",
    str(Path(__file__).resolve().parents[3] / ".pytest_cache" / "hypothesis"),
)
