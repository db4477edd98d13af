"""The schema's head revision read from the migration files, without importing Alembic.

Opening a store compares the database's ``alembic_version`` with this (Alembic itself is
loaded only to migrate); the start-up reader (:mod:`.quick`) reads only a store at head.
"""

from __future__ import annotations

import re
from pathlib import Path

SHIPPED_MIGRATIONS = Path(__file__).with_name("migrations")

_REVISION_LINE = re.compile(r'^(down_revision|revision)\s*(?::[^=]*)?=\s*["\']?([\w-]+)["\']?', re.M)


def head_in_files(migrations: Path = SHIPPED_MIGRATIONS) -> str | None:
    """The head revision of the migration files in ``migrations``, or None when they do not
    form one simple chain (then Alembic decides)."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in (migrations / "versions").glob("*.py"):
        found: dict[str, str] = {m.group(1): m.group(2)
                                 for m in _REVISION_LINE.finditer(path.read_text("utf-8"))}
        if "revision" not in found:
            return None
        revisions.add(found["revision"])
        if found.get("down_revision") not in (None, "None"):
            parents.add(found["down_revision"])
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None
