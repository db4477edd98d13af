"""Switching the UI language changes what is on screen, at once, and back."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QLocale, QSettings, Qt
from pytestqt.qtbot import QtBot

from interviewplanner.gui import i18n
from interviewplanner.gui.formatting import format_week_title
from interviewplanner.gui.main_window import MainWindow
from interviewplanner.gui.models.roster_model import Column

from .conftest import add_people, person


def test_switching_to_japanese_and_back(qtbot: QtBot, make_window: Callable[..., MainWindow],
                                        settings: QSettings) -> None:
    window = make_window()
    add_people(qtbot, window, [person()])
    assert window.menu_file.title() == "&File"
    assert window.acts["actImport"].iconText() == "Import"
    window.apply_settings("ja", keep_titles=False)
    qtbot.waitUntil(lambda: window.menu_file.title() == "ファイル(&F)", timeout=5000)
    assert settings.value("ui/language") == "ja"
    assert window.menu_view.title() == "表示(&V)"
    assert window.acts["actImport"].iconText() == "取り込み"
    assert window.roster.model.headerData(Column.NAME, Qt.Orientation.Horizontal) == "氏名"
    assert window.count_label.text() == "面接官 1 人"
    qtbot.waitUntil(lambda: window.week.week_label.text().startswith("2026年11月23日～29日"),
                    timeout=5000)
    assert "コアタイム" in [name for _c, name in window.week.week_view.legend_items()]
    assert window.first_run.demo_button.text() == "デモデータを読み込む"
    assert QLocale().language() == QLocale.Language.Japanese
    window.apply_settings("en", keep_titles=True)
    qtbot.waitUntil(lambda: window.menu_file.title() == "&File", timeout=5000)
    qtbot.waitUntil(lambda: window.week.week_label.text().startswith(
        format_week_title(date(2026, 11, 23), date(2026, 11, 29))), timeout=5000)
    assert settings.value("import/keepTitles") == "true"


def test_system_choice_follows_the_system_locale() -> None:
    expected = "ja" if QLocale.system().language() == QLocale.Language.Japanese else "en"
    assert i18n.resolve("system") == expected
    assert i18n.resolve(None) == expected
    assert i18n.resolve("ja") == "ja"
    assert i18n.holidays_language("ja") == "ja" and i18n.holidays_language("en") == "en_US"


def test_every_japanese_string_is_translated() -> None:
    from pathlib import Path
    from xml.etree import ElementTree

    source = Path(__file__).parents[2] / "resources" / "i18n" / "interviewplanner_ja.ts"
    tree = ElementTree.parse(source)
    unfinished = [m.findtext("source") for m in tree.iter("message")
                  if (m.find("translation") is not None
                      and m.find("translation").get("type") in ("unfinished", "vanished", "obsolete"))]
    assert unfinished == []
    assert (Path(i18n.__file__).parents[1] / "resources" / "i18n" / "interviewplanner_ja.qm").is_file()
