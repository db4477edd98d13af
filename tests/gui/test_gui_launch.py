"""Launch to a filled window (issue 9): the first week is asked for as soon as the roster is in."""

from __future__ import annotations

from collections.abc import Callable

from pytestqt.qtbot import QtBot

from interviewplanner.gui.main_window import MainWindow

from .conftest import add_people, person


def test_the_first_week_is_asked_for_without_the_coalescing_delay(
        qtbot: QtBot, make_window: Callable[..., MainWindow]) -> None:
    window = make_window(start=False)
    with qtbot.waitSignal(window.rosterLoaded, timeout=20_000):
        window.start()
    assert not window.week._timer.isActive()  # the week's load is on the worker already
    with qtbot.waitSignal(window.weekShown, timeout=20_000):
        pass
    add_people(qtbot, window, [person()])  # later roster loads coalesce as before
    assert window.week._timer.isActive()
    with qtbot.waitSignal(window.weekShown, timeout=20_000):
        pass
