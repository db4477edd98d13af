"""Render the Plan tab with proposals and the week preview, in English and Japanese, to PNG.

At 1280×800 and 1024×700, on the demo team. The pictures go to the test's tmp folder, and also
to ``artifacts/`` when ``INTERVIEWPLANNER_SCREENSHOTS`` is set (see test_gui_screenshots.py).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from interviewplanner.gui import i18n
from interviewplanner.gui.main_window import MAIN_PAGE, MainWindow

from .planner_helpers import check_person
from .test_gui_screenshots import _targets

SIZES = ((1280, 800), (1024, 700))


def _whole(widget: QWidget) -> bool:
    """True when ``widget`` is shown uncut by its parents."""
    return widget.visibleRegion().boundingRect().size() == widget.size()


def _plan(qtbot: QtBot, window: MainWindow) -> None:
    planner = window.planner
    window.tabs.setCurrentWidget(planner)
    qtbot.keyClicks(planner.candidate.name_edit, "Jane Doe")
    planner.candidate.email_edit.setText("jane@example.com")
    planner.candidate.zone_picker.set_zone("Asia/Tokyo")
    sessions = planner.sessions
    sessions.add_session()
    sessions.title_edit.setText("Coding")
    sessions.title_edit.textEdited.emit("Coding")
    sessions.minutes_spin.setValue(60)
    sessions.pool_combo.setCurrentIndex(sessions.pool_combo.findData("backend"))
    sessions.count_spin.setValue(2)
    sessions.add_session()
    sessions.title_edit.setText("Hiring manager")
    sessions.title_edit.textEdited.emit("Hiring manager")
    check_person(planner, "hanako.sato@example.com")
    planner.builder.setCurrentIndex(1)


@pytest.mark.slow
@pytest.mark.parametrize("language", ["en", "ja"])
def test_plan_tab_with_proposals_and_preview_renders(
        qtbot: QtBot, make_window: Callable[..., MainWindow], tmp_path: Path,
        language: str) -> None:
    i18n.install(language)
    window = make_window(start=False, demo=True)
    window.show()
    qtbot.waitExposed(window)
    with qtbot.waitSignal(window.demoLoaded, timeout=120_000):
        window.start()
    qtbot.waitUntil(lambda: window.stack.currentIndex() == MAIN_PAGE, timeout=20_000)
    with qtbot.waitSignal(window.weekShown, timeout=20_000):
        window.week.set_display_zone("America/Los_Angeles")
    _plan(qtbot, window)
    planner = window.planner
    with qtbot.waitSignal(planner.proposalsShown, timeout=30_000) as shown, \
            qtbot.waitSignal(window.weekShown, timeout=30_000):
        assert planner.find_times()
    assert shown.args[0] > 0  # type: ignore[index]
    assert window.week.week_view.overlay_rows()
    for width, height in SIZES:
        window.resize(width, height)
        qtbot.waitUntil(lambda w=width: window.width() == w, timeout=5000)
        qtbot.wait(100)
        image = window.grab().toImage()
        assert (image.width(), image.height()) == (width, height)
        for target in _targets(tmp_path, f"plan_tab_{language}_{width}x{height}.png"):
            assert image.save(str(target)), target
        for widget in (planner.proposals.find_button, planner.proposals.book_button,
                       planner.proposals.to_edit, planner.sessions.add_button,
                       planner.sessions.down_button, planner.template_combo):
            assert _whole(widget), (widget.objectName(), width)
    for page in range(planner.builder.count()):  # every page of the plan, at the small size
        planner.builder.setCurrentIndex(page)
        qtbot.wait(50)
        name = f"plan_page{page}_{language}_{width}x{height}.png"
        for target in _targets(tmp_path, name):
            assert window.grab().save(str(target)), target
    planner.builder.setCurrentIndex(1)
    dialog = planner.book_selected()
    assert dialog is not None
    qtbot.waitExposed(dialog)
    qtbot.wait(50)
    for target in _targets(tmp_path, f"book_dialog_{language}.png"):
        assert dialog.grab().save(str(target)), target
    dialog.reject()
    if language == "ja":
        assert window.tabs.tabText(window.tabs.indexOf(planner)) == "プラン"
