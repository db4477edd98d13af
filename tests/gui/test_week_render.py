"""Render the week view alone to PNG at 1280×800 and 1024×700, in English and Japanese.

The pictures go to the test's tmp folder, and also to ``artifacts/`` when the environment
variable ``INTERVIEWPLANNER_SCREENSHOTS`` is set (to a folder, or to 1 for ``artifacts/``).
Beyond producing the pictures, the test checks what a first-time coordinator ran into: rows
that use the height, hour labels that are whole, and the text summary for screen readers.
"""

from __future__ import annotations

import os
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from interviewplanner.core.intervals import Interval
from interviewplanner.core.model import BusyInterval, CompanySettings, Interviewer
from interviewplanner.core.timezones import at_local, get_zone
from interviewplanner.gui import i18n
from interviewplanner.gui.presenters.week_layout import BookedInterview, PersonWeek, build_week
from interviewplanner.gui.widgets.week_view import WeekView

ARTIFACTS = Path(__file__).parents[2] / "artifacts"
MONDAY = date(2026, 11, 23)  # Mon 23 is a Japanese holiday, Thu 26 Thanksgiving in the US
NOW = datetime(2026, 11, 25, 3, 0, tzinfo=UTC)
TEAM = [
    ("hanako@example.com", "佐藤 花子", "Asia/Tokyo", "JP"),
    ("ken@example.com", "Ken Tanaka", "Asia/Tokyo", "JP"),
    ("mike@example.com", "Michael Johnson", "America/New_York", "US"),
    ("carlos@example.com", "Carlos Rivera", "America/Los_Angeles", "US"),
    ("olivia@example.com", "Olivia Brown", "Europe/London", "GB"),
    ("priya@example.com", "Priya Sharma", "Asia/Kolkata", "IN"),
]


def _at(zone: str, day: int, hour: int, minute: int = 0) -> datetime:
    return at_local(MONDAY + timedelta(days=day), time(hour, minute), get_zone(zone))


def team_week() -> list[PersonWeek]:
    """Six people in five zones, with busy time, a lunch meeting and a booked interview."""
    rows = []
    for index, (email, name, zone, country) in enumerate(TEAM):
        busy = tuple(BusyInterval(_at(zone, day, 10 + (index + day) % 6),
                                  _at(zone, day, 11 + (index + day) % 6, 30), "cal")
                     for day in range(5))
        booked: tuple[BookedInterview, ...] = ()
        if email == "ken@example.com":
            start = _at(zone, 2, 14)
            booked = (BookedInterview(Interval(start, start + timedelta(hours=1)),
                                      "Jane Doe", "System design"),)
        rows.append(PersonWeek(Interviewer(email, name, zone, country), busy, booked))
    return rows


def _targets(tmp_path: Path, name: str) -> list[Path]:
    targets = [tmp_path / name]
    wanted = os.environ.get("INTERVIEWPLANNER_SCREENSHOTS")
    if wanted:
        folder = ARTIFACTS if wanted in ("1", "true", "yes") else Path(wanted)
        folder.mkdir(parents=True, exist_ok=True)
        targets.append(folder / name)
    return targets


@pytest.mark.parametrize("language", ["en", "ja"])
@pytest.mark.parametrize(("width", "height"), [(1280, 800), (1024, 700)])
def test_week_view_renders_whole_at_common_sizes(qtbot: QtBot, tmp_path: Path, language: str,
                                                 width: int, height: int) -> None:
    i18n.install(language)
    view = WeekView(now=lambda: NOW)
    qtbot.addWidget(view)
    view.resize(width, height)
    view.show()
    qtbot.waitExposed(view)
    view.show_layout(build_week(MONDAY, "America/Los_Angeles", team_week(), CompanySettings(),
                                i18n.holidays_language()))
    qtbot.wait(20)
    image = view.grab().toImage()
    assert (image.width(), image.height()) == (width, height)
    for target in _targets(tmp_path, f"week_view_{language}_{width}x{height}.png"):
        assert image.save(str(target)), target


@pytest.mark.parametrize("language", ["en", "ja"])
def test_a_tokyo_pair_shows_working_days_and_where_both_are_free(
        qtbot: QtBot, tmp_path: Path, language: str) -> None:
    i18n.install(language)
    pair = [row for row in team_week() if row.person.timezone == "Asia/Tokyo"]
    monday = MONDAY + timedelta(days=7)  # no holiday
    pair = [PersonWeek(r.person, tuple(BusyInterval(b.start + timedelta(days=7),
                                                    b.end + timedelta(days=7), b.source)
                                       for b in r.busy),
                       tuple(BookedInterview(Interval(b.interval.start + timedelta(days=7),
                                                      b.interval.end + timedelta(days=7)),
                                             b.candidate, b.title)
                             for b in r.booked_interviews()))
            for r in pair]
    view = WeekView(now=lambda: NOW + timedelta(days=7))
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    qtbot.waitExposed(view)
    view.show_layout(build_week(monday, "Asia/Tokyo", pair, CompanySettings(),
                                i18n.holidays_language()))
    proposal = _at("Asia/Tokyo", 10, 15)
    view.set_overlay({"hanako@example.com": [Interval(proposal, proposal + timedelta(hours=1))],
                      "ken@example.com": [Interval(proposal, proposal + timedelta(hours=1))]},
                     "Proposal 1")
    layout = view.layout_data
    assert layout is not None and len(layout.focus) == 5  # Monday to Friday, nights hidden
    assert layout.all_free  # both free on some afternoons in core hours
    qtbot.wait(20)
    image = view.grab().toImage()
    for target in _targets(tmp_path, f"week_view_tokyo_{language}_1280x800.png"):
        assert image.save(str(target)), target
