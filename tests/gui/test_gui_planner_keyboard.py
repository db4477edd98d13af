"""The whole planning flow by keyboard alone (QTest key events to the focused widget), the
tab order, and an accessible name on every control of the Plan tab."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from interviewplanner.gui.dialogs.book_dialog import BookDialog
from interviewplanner.gui.main_window import MainWindow

from .a11y import nameless
from .conftest import add_people, person
from .planner_helpers import fill_plan, find

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def _focus() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def _target() -> QWidget:
    """Where a real keyboard's keys go: an open popup (a completer's list), else the focus."""
    return QApplication.activePopupWidget() or _focus()


def press(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """One key, where a real keyboard sends it."""
    QTest.keyClick(_target(), key, modifier)


def type_text(text: str) -> None:
    """Type ``text`` where a real keyboard sends it."""
    for char in text:
        QTest.keyClicks(_target(), char)


def _active(qtbot: QtBot, window: MainWindow) -> None:
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)


def test_plan_find_and_book_by_keyboard_alone(
        qtbot: QtBot, make_window: Callable[..., MainWindow]) -> None:
    window = make_window()
    add_people(qtbot, window, [person(), person("Ken Kim", "ken@example.com",
                                                "America/Los_Angeles", "US")])
    _active(qtbot, window)
    planner = window.planner
    window.roster.filter_edit.setFocus()  # where the window starts
    press(Qt.Key.Key_Tab, CTRL)  # next tab: Plan
    assert window.tabs.currentWidget() is planner
    press(Qt.Key.Key_N, ALT)  # &Name
    assert _focus() is planner.candidate.name_edit
    type_text("Jane Doe")
    press(Qt.Key.Key_Z, ALT)  # Time &zone
    assert planner.candidate.zone_picker.isAncestorOf(_focus())
    type_text("Asia/Tokyo")
    press(Qt.Key.Key_Return)  # closes the suggestions
    assert QApplication.activePopupWidget() is None
    _active(qtbot, window)  # offscreen Qt does not hand activation back after a popup
    press(Qt.Key.Key_O, ALT)  # Sessi&ons
    assert planner.builder.currentIndex() == 1
    press(Qt.Key.Key_A, ALT)  # &Add session (an animated click): the name is selected
    qtbot.waitUntil(lambda: _focus() is planner.sessions.title_edit, timeout=2000)
    type_text("Coding")
    press(Qt.Key.Key_G, ALT)  # Len&gth
    press(Qt.Key.Key_A, CTRL)
    type_text("60")
    press(Qt.Key.Key_M, ALT)  # Na&med interviewers
    assert _focus() is planner.sessions.people_list
    press(Qt.Key.Key_Home)
    press(Qt.Key.Key_Space)  # tick the first name: Hanako Sato
    with qtbot.waitSignal(planner.proposalsShown, timeout=20_000) as shown:
        press(Qt.Key.Key_Return, CTRL)  # Find times
    assert shown.args[0] >= 2  # type: ignore[index]
    assert _focus() is planner.proposals.table
    assert planner.sessions.sessions[0].minutes == 60
    assert planner.sessions.sessions[0].interviewers == ("hanako@example.com",)
    assert planner.candidate.zone() == "Asia/Tokyo"
    press(Qt.Key.Key_Down)  # the second proposal
    chosen = planner.proposals.selected()
    assert chosen is not None and chosen.rank == 2
    press(Qt.Key.Key_Return)  # Enter asks to book it
    qtbot.waitUntil(lambda: isinstance(QApplication.activeWindow(), BookDialog), timeout=5000)
    assert _focus() is QApplication.activeWindow().book_button  # type: ignore[union-attr]
    with qtbot.waitSignal(planner.booked, timeout=20_000) as booked:
        press(Qt.Key.Key_Return)  # Enter books
    assert booked.args[0].sessions[0].start == chosen.start  # type: ignore[index]


def test_alt_k_books_and_escape_cancels(qtbot: QtBot,
                                        make_window: Callable[..., MainWindow]) -> None:
    window = make_window()
    add_people(qtbot, window, [person()])
    _active(qtbot, window)
    planner = window.planner
    fill_plan(qtbot, window)
    find(qtbot, planner)
    planner.candidate.name_edit.setFocus()
    press(Qt.Key.Key_K, ALT)  # Boo&k…
    qtbot.waitUntil(lambda: isinstance(QApplication.activeWindow(), BookDialog), timeout=5000)
    dialog = QApplication.activeWindow()
    press(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)  # type: ignore[union-attr]
    assert planner.proposals.model.rowCount() > 0  # nothing booked


def test_tab_walks_the_plan_in_reading_order(
        qtbot: QtBot, make_window: Callable[..., MainWindow]) -> None:
    window = make_window()
    add_people(qtbot, window, [person()])
    _active(qtbot, window)
    planner = window.planner
    window.tabs.setCurrentWidget(planner)
    c, p = planner.candidate, planner.proposals
    planner.template_combo.setFocus()
    seen: list[QWidget] = []
    for _ in range(40):
        press(Qt.Key.Key_Tab)
        seen.append(_focus())
    order = [planner.save_button, planner.builder.tabBar(), c.name_edit, c.email_edit,
             c.ranges_list, c.day_edit, c.add_button, c.paste_edit, c.read_button,
             p.from_edit, p.to_edit, p.find_button]
    visits = [next(i for i, w in enumerate(seen) if w is target or target.isAncestorOf(w))
              for target in order if any(w is target or target.isAncestorOf(w) for w in seen)]
    assert len(visits) == len(order), [f"{type(w).__name__}:{w.objectName()}" for w in seen]
    assert visits == sorted(visits)


def test_every_control_of_the_plan_tab_has_a_name(
        qtbot: QtBot, make_window: Callable[..., MainWindow]) -> None:
    window = make_window()
    add_people(qtbot, window, [person()])
    window.show()
    planner = window.planner
    fill_plan(qtbot, window)
    planner.sessions.pool_combo.setCurrentIndex(1)
    for page in range(planner.builder.count()):
        planner.builder.setCurrentIndex(page)
        assert nameless(planner) == [], planner.builder.tabText(page)
    find(qtbot, planner)  # the list
    assert nameless(planner) == []
    dialog = planner.book_selected()
    assert dialog is not None and nameless(dialog) == []
    dialog.reject()
    planner.proposals.set_dates(planner.proposals.dates()[0].replace(day=28),
                                planner.proposals.dates()[0].replace(day=29))
    assert find(qtbot, planner) == 0  # the diagnosis and its buttons
    assert nameless(planner) == []
