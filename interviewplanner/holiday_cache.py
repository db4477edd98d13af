"""The holiday tables of earlier runs, kept in a file of the user's cache folder.

The ``holidays`` package builds a country's year in milliseconds, but reaching any country
imports all ~200 of its country modules (~0.25 s): on every launch, before the first week can
show a holiday. This file keeps each table the package computed, with the supported country
codes, for the package release that computed them (its ``version.py``'s path, size and
modification time, read without importing it). Another release, a damaged or foreign file, or
an unreadable folder: the tables are computed again, exactly as without a cache.

``INTERVIEWPLANNER_CACHE_DIR`` chooses the folder (the tests point it at a temporary one);
otherwise ``platformdirs``' user cache folder. Deleting the file is always safe.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import threading
from importlib.util import find_spec
from pathlib import Path

from interviewplanner.config import APP_NAME
from interviewplanner.core import holidays_calendar

__all__ = ["ENV_CACHE_DIR", "HolidayFile", "cache_dir", "install"]

log = logging.getLogger(__name__)

ENV_CACHE_DIR = "INTERVIEWPLANNER_CACHE_DIR"
FORMAT = 1


def cache_dir() -> Path:
    """The folder for caches: ``$INTERVIEWPLANNER_CACHE_DIR`` or the user cache folder."""
    chosen = os.environ.get(ENV_CACHE_DIR)
    if chosen:
        return Path(chosen)
    import platformdirs

    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))


def package_identity() -> str:
    """Which ``holidays`` release is installed, without importing it ("" when not found)."""
    spec = find_spec("holidays")
    if spec is None or not spec.origin:
        return ""
    package = Path(spec.origin).parent
    marker = package / "version.py"
    try:
        found = marker.stat() if marker.exists() else Path(spec.origin).stat()
    except OSError:
        return ""
    return f"{package}|{found.st_size}|{found.st_mtime_ns}"


class HolidayFile:
    """A :class:`~interviewplanner.core.holidays_calendar.TableCache` in one JSON file."""

    def __init__(self, path: Path, identity: str) -> None:
        """Tables for the package release ``identity``, kept in ``path``."""
        self.path = path
        self.identity = identity
        self._tables: dict[str, dict[str, str]] | None = None
        self._lock = threading.Lock()
        self._warned = False

    def table(self, key: str) -> dict[str, str] | None:
        """The stored table of ``key`` (None: not stored, or stored by another release)."""
        with self._lock:
            return self._loaded().get(key)

    def keep(self, key: str, table: dict[str, str]) -> None:
        """Add ``table`` and rewrite the file (atomically; a failure is logged, never raised)."""
        with self._lock:
            tables = self._loaded()
            tables[key] = dict(table)
            document = {"format": FORMAT, "package": self.identity, "tables": tables}
            temporary = self.path.with_name(f"{self.path.name}.{os.getpid()}.tmp")
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                temporary.write_text(json.dumps(document, ensure_ascii=False, sort_keys=True),
                                     encoding="utf-8")
                temporary.replace(self.path)
            except OSError as exc:
                with contextlib.suppress(OSError):  # a half-written file, if there is one
                    temporary.unlink(missing_ok=True)
                if not self._warned:
                    self._warned = True
                    log.warning("cannot keep holiday tables in %s (%s); they are computed "
                                "at each start", self.path, exc.strerror or exc)

    def _loaded(self) -> dict[str, dict[str, str]]:
        if self._tables is None:
            self._tables = self._read()
        return self._tables

    def _read(self) -> dict[str, dict[str, str]]:
        try:
            document = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError) as exc:
            log.info("ignoring the holiday cache %s: %s", self.path, exc)
            return {}
        if (not isinstance(document, dict) or document.get("format") != FORMAT
                or document.get("package") != self.identity or not self.identity):
            return {}
        tables = document.get("tables")
        if not isinstance(tables, dict):
            return {}
        return {str(key): {str(day): str(name) for day, name in table.items()}
                for key, table in tables.items() if isinstance(table, dict)}


def install() -> HolidayFile | None:
    """Use the cache file for the holiday tables of this process (None: package not found)."""
    identity = package_identity()
    if not identity:
        return None
    cache = HolidayFile(cache_dir() / "holidays.json", identity)
    holidays_calendar.use_cache(cache)
    return cache
