"""Every window, through QAccessible: no control a user can reach is nameless."""

from __future__ import annotations

from collections.abc import Callable

from pytestqt.qtbot import QtBot

from interviewplanner.gui.main_window import FIRST_RUN_PAGE, MainWindow

from .a11y import nameless
from .conftest import add_people, person


def test_the_first_run_page_names_every_control(
        qtbot: QtBot, make_window: Callable[..., MainWindow]) -> None:
    window = make_window()
    window.show()
    assert window.stack.currentIndex() == FIRST_RUN_PAGE
    assert nameless(window) == []


def test_every_tab_of_the_main_window_names_every_control(
        qtbot: QtBot, make_window: Callable[..., MainWindow]) -> None:
    window = make_window()
    add_people(qtbot, window, [person()])
    window.show()
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        assert nameless(window) == [], window.tabs.tabText(index)


def test_the_dialogs_name_every_control(
        qtbot: QtBot, make_window: Callable[..., MainWindow]) -> None:
    window = make_window()
    add_people(qtbot, window, [person()])
    window.show()
    dialogs = [window.add_interviewer(), window.import_calendar(), window.open_settings()]
    for dialog in dialogs:
        assert dialog is not None
        assert nameless(dialog) == [], type(dialog).__name__
        dialog.close()


def test_the_walker_finds_a_nameless_control(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QFormLayout, QLineEdit, QToolButton, QWidget

    page = QWidget()
    qtbot.addWidget(page)
    form = QFormLayout(page)
    named, bare, icon = QLineEdit(page), QLineEdit(page), QToolButton(page)
    form.addRow("&Name:", named)  # QFormLayout makes its label the field's buddy
    form.addRow(bare)
    form.addRow(icon)
    page.show()
    assert len(nameless(page)) == 2
    bare.setAccessibleName("Notes")
    icon.setAccessibleName("Delete")
    assert nameless(page) == []
