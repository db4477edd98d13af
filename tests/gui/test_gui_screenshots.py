"""Render the main window with the demo data in English and Japanese to PNG.

The pictures go to the test's tmp folder, and also to ``artifacts/`` when the environment
variable ``INTERVIEWPLANNER_SCREENSHOTS`` is set (to a folder, or to 1 for ``artifacts/``).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from interviewplanner.gui import i18n
from interviewplanner.gui.main_window import MAIN_PAGE, MainWindow

ARTIFACTS = Path(__file__).parents[2] / "artifacts"


def _targets(tmp_path: Path, name: str) -> list[Path]:
    targets = [tmp_path / name]
    wanted = os.environ.get("INTERVIEWPLANNER_SCREENSHOTS")
    if wanted:
        folder = ARTIFACTS if wanted in ("1", "true", "yes") else Path(wanted)
        folder.mkdir(parents=True, exist_ok=True)
        targets.append(folder / name)
    return targets


@pytest.mark.slow
@pytest.mark.parametrize("language", ["en", "ja"])
def test_main_window_with_demo_data_renders(qtbot: QtBot, make_window: Callable[..., MainWindow],
                                            tmp_path: Path, language: str) -> None:
    i18n.install(language)
    window = make_window(start=False, demo=True)
    window.show()
    qtbot.waitExposed(window)
    with qtbot.waitSignal(window.demoLoaded, timeout=120_000) as loaded:
        window.start()
    assert loaded.args == [8]
    qtbot.waitUntil(lambda: window.stack.currentIndex() == MAIN_PAGE, timeout=20_000)
    with qtbot.waitSignal(window.weekShown, timeout=20_000):
        window.week.set_display_zone("America/Los_Angeles")
    layout = window.week.week_view.layout_data
    assert layout is not None and len(layout.rows) == 8
    qtbot.wait(50)
    for width, height in ((1280, 800), (1024, 700)):
        window.resize(width, height)
        qtbot.waitUntil(lambda w=width: window.width() == w, timeout=5000)
        qtbot.wait(50)
        image = window.grab().toImage()
        assert (image.width(), image.height()) == (width, height)
        picker = window.week.zone_picker
        assert picker.isVisible() and picker.visibleRegion().boundingRect().width() == \
            picker.width(), "the zone picker must stay whole, not in an overflow menu"
        for target in _targets(tmp_path, f"main_window_{language}_{width}x{height}.png"):
            assert image.save(str(target)), target
    if language == "ja":
        assert window.menu_file.title() == "ファイル(&F)"
