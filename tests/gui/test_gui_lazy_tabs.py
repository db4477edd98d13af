"""The tabs other than the roster are built when first needed (issue 9: launch < 1 s).

At launch only the roster and the week view are on screen: the Plan, Bookings, Calendars,
Overlap and Ledger tabs are empty pages with their titles until the user (or an action, or a
signal) needs them. What the user sees must not change: titles in the current language, the
keyboard flow, the Edit → Undo and Bookings actions, the conflict watch.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from interviewplanner.gui import i18n
from interviewplanner.gui.main_window import AUTO_REFRESH_KEY, MainWindow
from interviewplanner.gui.panels.sources_panel import AUTO_KEY

from .conftest import add_people, person

CTRL = Qt.KeyboardModifier.ControlModifier
TITLES = ("Interviewers", "Plan", "Bookings", "Calendars", "Overlap", "Ledger")
LAZY = ("_planner", "_bookings", "_sources", "_overlap", "_ledger")


def _built(window: MainWindow) -> list[str]:
    return [name for name in LAZY if getattr(window, name) is not None]


def _active(qtbot: QtBot, window: MainWindow) -> None:
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)


def _focus() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


CHILD = r"""
import sys
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv)
from interviewplanner.gui.backend import Backend
from interviewplanner.gui.main_window import MainWindow
backend = Backend(sys.argv[1])
window = MainWindow(backend, QSettings(sys.argv[2], QSettings.Format.IniFormat))
window.show()
app.processEvents()
print(" ".join(sorted(m for m in sys.modules if m.startswith("interviewplanner.gui.panels."))))
backend.shutdown()
"""


def test_a_new_window_imports_and_builds_only_the_roster_and_the_week(tmp_path: Path) -> None:
    """The launch cost: the other panels' modules are not even imported (fresh process)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", CHILD, f"sqlite:///{tmp_path}/t.db",
                          str(tmp_path / "ui.ini")], env=env, check=True, capture_output=True,
                         text=True, timeout=120).stdout.split()
    assert "interviewplanner.gui.panels.roster_panel" in out
    assert "interviewplanner.gui.panels.week_panel" in out
    for module in ("planner", "bookings_panel", "sources_panel", "overlap_panel", "ledger_panel"):
        assert f"interviewplanner.gui.panels.{module}" not in out


def test_titles_show_before_the_tabs_are_built_and_follow_the_language(
        qtbot: QtBot, make_window: Callable[..., MainWindow]) -> None:
    window = make_window()
    tabs = window.tabs
    assert [tabs.tabText(i) for i in range(tabs.count())] == list(TITLES)
    assert _built(window) == []
    i18n.install("ja")
    japanese = [QCoreApplication.translate("MainWindow", title) for title in TITLES]
    assert japanese[1] == "プラン"
    qtbot.waitUntil(lambda: [tabs.tabText(i) for i in range(tabs.count())] == japanese,
                    timeout=5000)  # the language change arrives as an event
    assert _built(window) == []  # re-translating builds nothing
    tabs.setCurrentIndex(2)  # built in the language of the moment
    assert window.bookings.export_button.text() == QCoreApplication.translate(
        "BookingsPanel", "E&xport…")
    i18n.install("en")
    qtbot.waitUntil(lambda: [tabs.tabText(i) for i in range(tabs.count())] == list(TITLES),
                    timeout=5000)
    assert window.bookings.export_button.text() == "E&xport…"


def test_a_tab_is_built_when_shown_and_the_panels_answer_for_their_pages(
        qtbot: QtBot, make_window: Callable[..., MainWindow]) -> None:
    window = make_window()
    add_people(qtbot, window, [person()])  # the tabs, not the first-run page
    window.show()
    tabs = window.tabs
    assert tabs.currentWidget() is window.roster
    tabs.setCurrentIndex(4)
    assert _built(window) == ["_overlap"]
    assert tabs.currentWidget() is window.overlap and window.overlap.isVisible()
    assert tabs.indexOf(window.overlap) == 4 and tabs.widget(4) is window.overlap
    ledger = window.ledger  # asking for a panel builds it without showing it
    assert _built(window) == ["_overlap", "_ledger"] and not ledger.isVisible()
    tabs.setCurrentWidget(ledger)
    assert tabs.currentIndex() == 5 and ledger.isVisible()


def _ctrl_tab_to_plan(qtbot: QtBot, window: MainWindow) -> str:
    """Ctrl+Tab from the roster's filter to the Plan tab; the object name of the focus."""
    _active(qtbot, window)
    window.roster.filter_edit.setFocus()
    QTest.keyClick(_focus(), Qt.Key.Key_Tab, CTRL)  # next tab: Plan
    assert window.tabs.currentWidget() is window.planner
    assert window.planner.isAncestorOf(_focus())
    return _focus().objectName()


def test_ctrl_tab_to_a_tab_not_built_puts_the_focus_where_a_built_one_would(
        qtbot: QtBot, make_window: Callable[..., MainWindow]) -> None:
    built = make_window()  # as when every tab was built at launch
    add_people(qtbot, built, [person()])
    assert built.planner is not None
    expected = _ctrl_tab_to_plan(qtbot, built)
    built.close()
    window = make_window()
    window.roster.reload()
    qtbot.waitUntil(lambda: len(window.roster.people) == 1, timeout=20_000)
    assert window._planner is None
    assert _ctrl_tab_to_plan(qtbot, window) == expected != ""


def test_find_times_builds_the_plan_tab_and_runs(
        qtbot: QtBot, make_window: Callable[..., MainWindow]) -> None:
    window = make_window()
    add_people(qtbot, window, [person()])
    _active(qtbot, window)
    window.roster.filter_edit.setFocus()
    QTest.keyClick(_focus(), Qt.Key.Key_Return, CTRL)  # Bookings → Find times
    assert window._planner is not None
    assert window.tabs.currentWidget() is window.planner


def test_booking_actions_wait_for_the_bookings_tab(
        qtbot: QtBot, make_window: Callable[..., MainWindow]) -> None:
    window = make_window()
    acts = window.acts
    names = ("actUndo", "actRedo", "actExport", "actReschedule", "actCancelBooking")
    assert not any(acts[name].isEnabled() for name in names)
    acts.update()
    assert not any(acts[name].isEnabled() for name in names)
    for name in names:  # a trigger (a menu, a key) does nothing and builds nothing
        acts[name].trigger()
    assert _built(window) == []
    assert acts["actUndo"].text() == "&Undo" and acts["actRedo"].text() == "&Redo"
    panel = window.bookings
    assert acts["actCancelBooking"] in panel.table.actions()  # Delete cancels on its table
    assert not any(acts[name].isEnabled() for name in names)


def test_delete_on_the_roster_still_removes_while_the_bookings_tab_is_not_built(
        qtbot: QtBot, make_window: Callable[..., MainWindow]) -> None:
    window = make_window()
    add_people(qtbot, window, [person()])
    _active(qtbot, window)
    window.roster.select_emails(["hanako@example.com"])
    window.roster.table.setFocus()
    QTest.keyClick(window.roster.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox),
                    timeout=5000)
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox) and box.objectName() == "RemoveInterviewerDialog"
    box.close()
    assert window._bookings is None


def test_the_calendars_tab_is_built_after_the_first_week_when_it_refreshes_by_itself(
        qtbot: QtBot, make_window: Callable[..., MainWindow], settings: object) -> None:
    assert AUTO_REFRESH_KEY == AUTO_KEY
    window = make_window(start=False)
    window.settings.setValue(AUTO_KEY, "true")
    with qtbot.waitSignal(window.weekShown, timeout=20_000):
        window.start()
    assert window._sources is not None and window.sources.timer.isActive()
    assert window._planner is None and window._bookings is None
    qtbot.waitUntil(lambda: not window.backend.is_busy(), timeout=20_000)
