"""Suite-wide settings: Hypothesis runs derandomized in CI so a red run can be reproduced; the
storage back-ends (SQLite and a throw-away PostgreSQL server) come from ``tests/backends.py``."""

from __future__ import annotations

import os

from hypothesis import settings

pytest_plugins = ["tests.backends"]

settings.register_profile("ci", derandomize=True, database=None, print_blob=True)
settings.register_profile("dev", print_blob=True)
settings.load_profile("ci" if os.environ.get("CI") else "dev")
