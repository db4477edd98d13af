"""The roster table model: Qt's model tester, columns, roles, local time, translation."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QSortFilterProxyModel, Qt
from pytestqt.modeltest import ModelTester

from interviewplanner.core.model import CompanySettings, Interviewer, PolicyOverrides
from interviewplanner.gui import i18n
from interviewplanner.gui.models.roster_model import (
    Column,
    EmailRole,
    InterviewerRole,
    RosterModel,
    SortRole,
)

NOW = datetime(2026, 11, 25, 3, 0, tzinfo=UTC)

PEOPLE = [
    Interviewer("hanako@example.com", "佐藤 花子", "Asia/Tokyo", "JP", pools=("backend",)),
    Interviewer("mike@example.com", "Michael Johnson", "America/New_York", "US",
                aliases=("mj@example.com",),
                overrides=PolicyOverrides(core_only=True, no_day_limit=True, buffer_minutes=15)),
    Interviewer("dev@example.com", "Dev Rao", "Asia/Kolkata", None),
]


def test_empty_and_filled_model_pass_the_model_tester(qtmodeltester: ModelTester) -> None:
    model = RosterModel(now=lambda: NOW)
    qtmodeltester.check(model)
    model.set_roster(PEOPLE, CompanySettings(), {"hanako@example.com": 2})
    qtmodeltester.check(model)
    model.tick()
    model.retranslate()
    qtmodeltester.check(model)


def test_sorting_proxy_passes_the_model_tester(qtmodeltester: ModelTester) -> None:
    model = RosterModel(now=lambda: NOW)
    model.set_roster(PEOPLE, CompanySettings())
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(SortRole)
    proxy.sort(Column.ZONE)
    qtmodeltester.check(proxy)
    zones = [proxy.index(r, Column.ZONE).data() for r in range(proxy.rowCount())]
    assert [z.split(" · ")[0] for z in zones] == ["New York", "Kolkata", "Tokyo"]
    proxy.setFilterFixedString("backend")
    proxy.setFilterKeyColumn(-1)
    assert proxy.rowCount() == 1


def test_cells_show_local_time_country_pools_and_policy() -> None:
    model = RosterModel(now=lambda: NOW)
    model.set_roster(PEOPLE, CompanySettings(), {"hanako@example.com": 2})
    assert model.index(0, Column.ZONE).data() == "Tokyo · 12:00"  # the city in the UI language
    assert model.index(1, Column.ZONE).data() == "New York · 22:00"
    assert model.index(2, Column.ZONE).data() == "Kolkata · 08:30"
    assert model.index(1, Column.ZONE).data(Qt.ItemDataRole.ToolTipRole) == (
        "Now 22:00 in New York (America/New_York, UTC−05:00)")
    assert model.index(2, Column.COUNTRY).data() == "—"
    assert model.index(0, Column.POOLS).data() == "backend"
    assert model.index(0, Column.THIS_WEEK).data() == "2"
    assert model.index(1, Column.THIS_WEEK).data(SortRole) == 0
    policy = model.index(1, Column.POLICY).data()
    assert "core 12:00–16:00 only" in policy
    assert "≤2/day" not in policy and "≤6/week" in policy
    assert "buffer 15 min" in policy
    assert "UTC−05:00" in model.index(1, Column.ZONE).data(Qt.ItemDataRole.ToolTipRole)
    assert "mj@example.com" in model.index(1, Column.EMAIL).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(1, 0).data(InterviewerRole) == PEOPLE[1]
    assert model.index(1, 3).data(EmailRole) == "mike@example.com"
    assert model.row_of("dev@example.com") == 2
    assert model.row_of("nobody@example.com") == -1


def test_headers_follow_the_language(qapp: object) -> None:
    model = RosterModel(now=lambda: NOW)
    model.set_roster(PEOPLE, CompanySettings())
    horizontal = Qt.Orientation.Horizontal
    assert model.headerData(Column.NAME, horizontal) == "Name"
    i18n.install("ja")
    assert model.headerData(Column.NAME, horizontal) == "氏名"
    assert "コア" in model.index(0, Column.POLICY).data()
    i18n.install("en")
    assert model.headerData(Column.ZONE, horizontal) == "Time zone (local time)"
