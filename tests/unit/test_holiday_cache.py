"""The holiday tables kept between runs: a warm start reads them without the package, and
whatever is wrong with the file (another release, damage, no permission) only costs time."""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from interviewplanner import holiday_cache
from interviewplanner.core import holidays_calendar
from interviewplanner.core.holidays_calendar import holiday_name, supported_countries


@pytest.fixture(autouse=True)
def _no_cache_after() -> Iterator[None]:
    yield
    holidays_calendar.use_cache(None)


def _without_package(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make any import of the ``holidays`` package fail from now on."""
    for name in [n for n in sys.modules if n == "holidays" or n.startswith("holidays.")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "holidays", None)


def test_a_warm_start_needs_no_package(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(holiday_cache.ENV_CACHE_DIR, str(tmp_path))
    holiday_cache.install()
    cold = (holiday_name("JP", date(2026, 1, 1), "ja"), holiday_name("US", date(2026, 7, 3)),
            holiday_name("JP", date(2026, 1, 5)))
    countries = supported_countries()
    assert cold[0] == "元日" and cold[1] and cold[2] is None
    assert (tmp_path / "holidays.json").is_file()

    _without_package(monkeypatch)
    holiday_cache.install()  # a new run: nothing computed in this process yet
    warm = (holiday_name("JP", date(2026, 1, 1), "ja"), holiday_name("US", date(2026, 7, 3)),
            holiday_name("JP", date(2026, 1, 5)))
    assert warm == cold
    assert supported_countries() == countries
    with pytest.raises(ImportError):  # a year never computed needs the package again
        holiday_name("JP", date(2031, 1, 1))


def test_another_release_recomputes(tmp_path: Path) -> None:
    path = tmp_path / "holidays.json"
    path.write_text(json.dumps({"format": 1, "package": "another release", "tables": {
        "JP|2026|": {"2026-01-05": "Made-up Day"}}}), encoding="utf-8")
    holidays_calendar.use_cache(holiday_cache.HolidayFile(path, holiday_cache.package_identity()))
    assert holiday_name("JP", date(2026, 1, 5)) is None
    assert holiday_name("JP", date(2026, 1, 1)) is not None
    stored = json.loads(path.read_text(encoding="utf-8"))
    assert stored["package"] == holiday_cache.package_identity()
    assert "2026-01-05" not in stored["tables"]["JP|2026|"]


@pytest.mark.parametrize("content", [b"{not json", b"\xff\xfe", b"[]", b'{"format": 1}'])
def test_a_damaged_file_is_ignored(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "holidays.json"
    path.write_bytes(content)
    holidays_calendar.use_cache(holiday_cache.HolidayFile(path, holiday_cache.package_identity()))
    assert holiday_name("JP", date(2026, 5, 5), "en_US") == "Children's Day"


def test_an_unwritable_folder_is_logged_not_raised(tmp_path: Path,
                                                   caplog: pytest.LogCaptureFixture) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    holidays_calendar.use_cache(holiday_cache.HolidayFile(blocker / "holidays.json",
                                                          holiday_cache.package_identity()))
    with caplog.at_level(logging.WARNING):
        assert holiday_name("JP", date(2026, 5, 5), "en_US") == "Children's Day"
        assert holiday_name("US", date(2026, 7, 3), "en_US")
    warnings = [r for r in caplog.records if "cannot keep holiday tables" in r.getMessage()]
    assert len(warnings) == 1
