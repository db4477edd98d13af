"""Shared set-up of the .ics writer tests."""

from __future__ import annotations

import os
from pathlib import Path

# Keep Hypothesis's folder out of the project root: pyproject's ``norecursedirs`` replaces
# pytest's default ignores, so a ``./.hypothesis`` folder makes the plugin warn (an error here).
os.environ.setdefault(
    "HYPOTHESIS_STORAGE_DIRECTORY",
    str(Path(__file__).resolve().parents[3] / ".pytest_cache" / "hypothesis"),
)
