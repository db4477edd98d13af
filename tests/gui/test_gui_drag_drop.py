"""Dropping .ics files on an interviewer's row imports them (roster table and week view)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from interviewplanner.gui.errors import describe
from interviewplanner.gui.main_window import MainWindow
from interviewplanner.gui.models.roster_model import Column
from interviewplanner.gui.presenters.week_layout import Kind

from .conftest import add_people, person
from .ics_samples import NOT_A_CALENDAR, write_ics


def mime(*paths: Path) -> QMimeData:
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return data


def drop(target: QWidget, point: QPoint, data: QMimeData) -> QDropEvent:
    """Send the enter, move and drop events a real drag would deliver; return the drop."""
    action = Qt.DropAction.CopyAction
    buttons, modifiers = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(point, action, data, buttons, modifiers)
    QApplication.sendEvent(target, enter)
    move = QDragMoveEvent(point, action, data, buttons, modifiers)
    QApplication.sendEvent(target, move)
    event = QDropEvent(QPointF(point), action, data, buttons, modifiers)
    QApplication.sendEvent(target, event)
    return event


def row_point(window: MainWindow, email: str) -> QPoint:
    panel = window.roster
    row = panel.proxy.mapFromSource(panel.model.index(panel.model.row_of(email), Column.NAME))
    return panel.table.visualRect(row).center()


def test_dropping_files_on_a_row_imports_them_for_that_person(
        qtbot: QtBot, make_window: Callable[..., MainWindow], tmp_path: Path) -> None:
    window = make_window()
    add_people(qtbot, window, [person(), person("Ken Tanaka", "ken@example.com")])
    window.show()
    good = write_ics(tmp_path / "sato.ics")
    bad = write_ics(tmp_path / "login.ics", NOT_A_CALENDAR)
    with qtbot.waitSignal(window.importFinished, timeout=30_000) as blocker:
        event = drop(window.roster.table.viewport(), row_point(window, "hanako@example.com"),
                     mime(good, bad))
    assert event.isAccepted()
    outcomes = blocker.args[0]
    assert [o.path.name for o in outcomes] == ["sato.ics", "login.ics"]
    assert outcomes[0].report.events == 1 and outcomes[0].report.busy_intervals == 1
    assert outcomes[1].report is None and outcomes[1].error is not None
    assert "login.ics" in describe(outcomes[1].error)[0]
    summary = window.last_summary
    assert summary is not None and summary.isVisible()
    assert "1 of 2 files imported" in summary.headline.text()
    summary.close()
    window.roster.select_emails(["hanako@example.com"])

    def only_hanako_shown() -> bool:
        # A week refresh queued by the import may land first; wait for the selection's own.
        layout = window.week.week_view.layout_data
        return layout is not None and [r.person.email for r in layout.rows] == ["hanako@example.com"]

    qtbot.waitUntil(only_hanako_shown, timeout=20_000)
    layout = window.week.week_view.layout_data
    assert layout is not None
    assert [b for b in layout.rows[0].blocks if b.kind == Kind.BUSY]


def test_drops_that_are_not_calendars_or_not_on_a_row_are_refused(
        qtbot: QtBot, make_window: Callable[..., MainWindow], tmp_path: Path) -> None:
    window = make_window()
    add_people(qtbot, window, [person()])
    window.show()
    text = tmp_path / "notes.txt"
    text.write_text("hello", encoding="utf-8")
    with qtbot.assertNotEmitted(window.roster.table.filesDropped):
        refused = drop(window.roster.table.viewport(), row_point(window, "hanako@example.com"),
                       mime(text))
        below = drop(window.roster.table.viewport(), QPoint(20, window.roster.table.viewport().height() - 5),
                     mime(write_ics(tmp_path / "x.ics")))
    assert not refused.isAccepted() and not below.isAccepted()


def test_dropping_on_a_week_view_row_imports_for_that_person(
        qtbot: QtBot, make_window: Callable[..., MainWindow], tmp_path: Path) -> None:
    window = make_window()
    add_people(qtbot, window, [person(), person("Ken Tanaka", "ken@example.com")])
    window.show()
    with qtbot.waitSignal(window.weekShown, timeout=20_000):
        window.week.reload()
    view = window.week.week_view
    layout = view.layout_data
    assert layout is not None
    second = [r.person.email for r in layout.rows].index("ken@example.com")
    point = view.row_rect(second).center()
    with qtbot.waitSignal(view.filesDropped) as dropped, \
            qtbot.waitSignal(window.importFinished, timeout=30_000):
        drop(view.viewport(), point, mime(write_ics(tmp_path / "ken.ics")))
    assert dropped.args[0] == "ken@example.com"
