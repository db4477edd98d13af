"""Render the Bookings tab (details shown) and the export messages dialog to PNG, in English and
Japanese, at 1280×800 and 1024×700.

The pictures go to the test's tmp folder, and also to ``artifacts/`` when the environment
variable ``INTERVIEWPLANNER_SCREENSHOTS`` is set (to a folder, or to 1 for ``artifacts/``), as in
``test_gui_screenshots.py``. Look at them after a layout change.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from interviewplanner.gui import i18n
from interviewplanner.gui.main_window import MainWindow

from .bookings_support import Booked, booked_at_now, started_window

ARTIFACTS = Path(__file__).parents[2] / "artifacts"
SIZES = [(1280, 800), (1024, 700)]


@pytest.fixture
def booked(db_url: str, monkeypatch: pytest.MonkeyPatch) -> Booked:
    """The three test bookings (see :mod:`.bookings_support`)."""
    return booked_at_now(db_url, monkeypatch)


def _save(widget: QWidget, tmp_path: Path, name: str) -> None:
    targets = [tmp_path / name]
    wanted = os.environ.get("INTERVIEWPLANNER_SCREENSHOTS")
    if wanted:
        folder = ARTIFACTS if wanted in ("1", "true", "yes") else Path(wanted)
        folder.mkdir(parents=True, exist_ok=True)
        targets.append(folder / name)
    image = widget.grab().toImage()
    for target in targets:
        assert image.save(str(target)), target


@pytest.mark.slow
@pytest.mark.parametrize("language", ["en", "ja"])
@pytest.mark.parametrize(("width", "height"), SIZES)
def test_bookings_tab_and_export_dialog_render(
        qtbot: QtBot, make_window: Callable[..., MainWindow], booked: Booked, tmp_path: Path, *,
        language: str, width: int, height: int) -> None:
    i18n.install(language)
    window = started_window(qtbot, make_window)
    window.resize(width, height)
    window.show()
    qtbot.waitExposed(window)
    panel = window.bookings
    with qtbot.waitSignal(panel.detailsShown, timeout=20_000):
        panel.select_booking(booked.taro.id)
    qtbot.wait(50)
    _save(window, tmp_path, f"bookings_tab_{language}_{width}x{height}.png")
    dialog = panel.export_selected()
    assert dialog is not None
    dialog.folder_edit.setText(str(tmp_path / "export"))
    with qtbot.waitSignal(dialog.exported, timeout=20_000):
        dialog.export_button.click()
    dialog.resize(min(dialog.width(), width - 60), min(dialog.height(), height - 40))
    dialog.readers.setCurrentRow(1)
    qtbot.wait(50)
    assert dialog.width() <= width and dialog.height() <= height
    _save(dialog, tmp_path, f"export_dialog_{language}_{width}x{height}.png")
    dialog.close()
