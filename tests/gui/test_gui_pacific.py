"""The Overlap and Ledger tabs (SPEC §11): the picture of the coming months with the clock
changes marked, and who carried the awkward hours; English and Japanese, rendered to PNG.

The pictures go to the test's tmp folder, and also to ``artifacts/`` when the environment
variable ``INTERVIEWPLANNER_SCREENSHOTS`` is set (to a folder, or to 1), as in
``test_gui_screenshots.py``. Look at them after a layout change.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from interviewplanner.core.intervals import Interval
from interviewplanner.core.overlap import What
from interviewplanner.core.plan import plan_from_json
from interviewplanner.gui import i18n
from interviewplanner.gui.main_window import MainWindow
from interviewplanner.gui.models.roster_model import Column as RosterColumn
from interviewplanner.services import bookings, planning, roster
from interviewplanner.storage.db import open_store

from .a11y import nameless

ARTIFACTS = Path(__file__).parents[2] / "artifacts"
PEOPLE = (("Hanako Sato", "sato@example.com", "Asia/Tokyo", "JP", ()),
          ("Min Kim", "kim@example.com", "America/Los_Angeles", "US", ("la",)),
          ("Ann Lee", "ann@example.com", "America/Los_Angeles", "US", ("la",)),
          ("Bob Cruz", "bob@example.com", "America/Los_Angeles", "US", ("la",)),
          ("Tom Baker", "tom@example.com", "Europe/London", "GB", ()))
PLAN: dict[str, Any] = {
    "candidate": {"name": "Jane Doe", "email": "jane@example.com", "timezone": "Asia/Tokyo"},
    "sessions": [{"title": "Pair", "minutes": 45, "interviewers": ["sato@example.com"],
                  "pool": "la", "count": 1}],
}


def _save(widget: QWidget, tmp_path: Path, name: str) -> Path:
    targets = [tmp_path / name]
    wanted = os.environ.get("INTERVIEWPLANNER_SCREENSHOTS")
    if wanted:
        folder = ARTIFACTS if wanted in ("1", "true", "yes") else Path(wanted)
        folder.mkdir(parents=True, exist_ok=True)
        targets.append(folder / name)
    image = widget.grab().toImage()
    for target in targets:
        assert image.save(str(target)), target
    return targets[0]


@pytest.fixture
def staffed(db_url: str) -> str:
    """The roster, and a panel booked on every day from 26 November to 23 December 2026 that
    has one (the window's clock reads 25 November)."""
    store = open_store(db_url)
    try:
        for name, email, zone, country, pools in PEOPLE:
            roster.add_interviewer(store, roster.new_interviewer(
                name=name, email=email, timezone=zone, country=country, pools=pools))
        plan = plan_from_json(PLAN)
        day = datetime(2026, 11, 26, tzinfo=UTC)
        while day < datetime(2026, 12, 24, tzinfo=UTC):
            window = Interval(day, day + timedelta(days=1))
            if planning.propose_plan(store, plan, window, limit=1).proposals:
                bookings.book(store, plan, PLAN, window, 1)
            day += timedelta(days=1)
    finally:
        store.close()
    return db_url


def _window(qtbot: QtBot, make_window: Callable[..., MainWindow], language: str) -> MainWindow:
    i18n.install(language)
    window = make_window()
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    return window


def _show_overlap(qtbot: QtBot, window: MainWindow) -> None:
    panel = window.overlap
    window.tabs.setCurrentWidget(panel)
    panel.check(["sato@example.com", "kim@example.com"])
    panel.from_edit.setDate(QDate(2027, 2, 1))
    panel.months.setValue(3)
    with qtbot.waitSignal(panel.forecastShown, timeout=20_000):
        panel.show_button.click()


@pytest.mark.parametrize("language", ["en", "ja"])
def test_overlap_picture_marks_the_us_clock_change(
        qtbot: QtBot, make_window: Callable[..., MainWindow], staffed: str, tmp_path: Path,
        language: str) -> None:
    window = _window(qtbot, make_window, language)
    _show_overlap(qtbot, window)
    panel = window.overlap
    chart = panel.chart
    assert chart is not None and chart.zone == "Asia/Tokyo"
    assert [(m.day, m.zone, m.what) for m in chart.marks] == [
        (date(2027, 3, 14), "America/Los_Angeles", What.DST_START)]  # 02:00 PST = 19:00 JST
    rows = {r.day: r for r in chart.rows}
    assert rows[date(2027, 3, 12)].minutes == 120 and rows[date(2027, 3, 16)].minutes == 60
    assert rows[date(2027, 3, 12)].segments[0].start == 10 * 60  # 10:00 Tokyo
    texts = [panel.changes_list.item(i).text() for i in range(panel.changes_list.count())]
    wanted = "Los Angeles" if language == "en" else "ロサンゼルス"
    assert any(wanted in t for t in texts), texts
    qtbot.waitUntil(lambda: panel.chart_widget.height() >= len(chart.rows) * 6, timeout=5_000)
    qtbot.waitUntil(lambda: panel.candidate_zone.count() > 100, timeout=20_000)  # warmed up
    assert nameless(panel) == []
    _save(window, tmp_path, f"overlap_tab_{language}_1280x800.png")


@pytest.mark.parametrize("language", ["en", "ja"])
def test_ledger_shows_the_late_slots_spread(
        qtbot: QtBot, make_window: Callable[..., MainWindow], staffed: str, tmp_path: Path,
        qtmodeltester: Any, *, language: str) -> None:
    window = _window(qtbot, make_window, language)
    panel = window.ledger
    with qtbot.waitSignal(panel.ledgerShown, timeout=20_000):
        window.tabs.setCurrentWidget(panel)
    assert panel.month == (2026, 11)
    with qtbot.waitSignal(panel.ledgerShown, timeout=20_000):
        panel.next_button.click()
    assert panel.month == (2026, 12)
    late = {r.email: r.carried.late for r in panel.rows
            if r.email not in {"sato@example.com", "tom@example.com"}}
    assert sum(late.values()) >= 8 and max(late.values()) - min(late.values()) <= 1, late
    assert panel.model.rowCount() == len(PEOPLE)
    assert len(panel.chart.bars) == 4  # the three in LA and Sato
    qtmodeltester.check(panel.model)
    assert nameless(panel) == []
    roster = window.roster.model  # the roster's column: early · late this month (November)
    column = RosterColumn.EARLY_LATE
    shown = {roster.interviewer(r).email: roster.index(r, column).data()
             for r in range(roster.rowCount())}
    assert shown["sato@example.com"] == "1 · 0" and shown["tom@example.com"] == "0 · 0"
    la = [shown[e] for e in ("ann@example.com", "bob@example.com", "kim@example.com")]
    assert set(la) <= {"0 · 0", "0 · 1"} and "0 · 1" in la, la  # 30 Nov in LA is 1 Dec in Tokyo
    qtbot.wait(50)
    _save(window, tmp_path, f"ledger_tab_{language}_1280x800.png")
