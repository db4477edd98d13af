"""Suite-wide settings: Hypothesis runs derandomized in CI so a red run can be reproduced; the
storage back-ends (SQLite and a throw-away PostgreSQL server) come from ``tests/backends.py``."""

from __future__ import annotations

import os
import tempfile

from hypothesis import settings

# Caches the app keeps between runs (the holiday tables) go to a folder of this test run, not
# into the user's cache folder.
os.environ.setdefault("INTERVIEWPLANNER_CACHE_DIR", tempfile.mkdtemp(prefix="ip-test-cache-"))

pytest_plugins = ["tests.backends"]

settings.register_profile("ci", derandomize=True, database=None, print_blob=True)
settings.register_profile("dev", print_blob=True)
settings.load_profile("ci" if os.environ.get("CI") else "dev")
