"""The planner's table models without a window: qtmodeltester, texts, moves, drops."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester

from interviewplanner.core.model import CompanySettings, Interviewer
from interviewplanner.core.plan import (
    Candidate,
    Plan,
    Proposal,
    ProposalResult,
    ProposedSession,
    SessionSpec,
)
from interviewplanner.gui import i18n
from interviewplanner.gui.models.proposal_model import Column, FactsRole, ProposalModel, ScoreRole
from interviewplanner.gui.models.session_model import MIME_TYPE, SessionModel, SessionRole
from interviewplanner.gui.models.session_model import Column as SessionColumn
from interviewplanner.gui.presenters.proposal_preview import found_times

HANAKO = Interviewer("hanako@example.com", "Hanako Sato", "Asia/Tokyo", "JP", pools=("backend",))
KEN = Interviewer("ken@example.com", "Ken Kim", "America/Los_Angeles", "US", pools=("backend",))
PLAN = Plan(Candidate("Jane Doe", "Europe/London"), (
    SessionSpec("Coding", 60, (), "backend", 1), SessionSpec("Manager", 30, ("hanako@example.com",))))


def _proposal(rank: int, day: int, hour: int) -> Proposal:
    start = datetime(2026, 12, day, hour, tzinfo=UTC)
    coding = ProposedSession("Coding", start, start.replace(hour=hour + 1), ("ken@example.com",))
    manager = ProposedSession("Manager", start.replace(hour=hour + 1, minute=10),
                              start.replace(hour=hour + 1, minute=40), ("hanako@example.com",))
    return Proposal(rank, 0.9 - rank / 10, "…", (coding, manager))


def _found() -> tuple:  # type: ignore[type-arg]
    result = ProposalResult((_proposal(1, 1, 1), _proposal(2, 2, 3)))
    return found_times(PLAN, None, result, people={"hanako@example.com": HANAKO,  # type: ignore[arg-type]
                                                    "ken@example.com": KEN},
                       company=CompanySettings()).proposals


def test_proposal_model_passes_the_model_tester(qtmodeltester: ModelTester) -> None:
    model = ProposalModel(display_zone="Asia/Tokyo")
    model.set_proposals(_found())
    qtmodeltester.check(model, force_py=True)
    model.set_display_zone("America/New_York")
    model.clear()
    qtmodeltester.check(model, force_py=True)


def test_proposal_rows_state_everyones_local_time() -> None:
    model = ProposalModel(display_zone="Asia/Tokyo")
    model.set_proposals(_found())
    assert model.rowCount() == 2 and model.columnCount() == len(Column)
    assert model.headerData(Column.PEOPLE, Qt.Orientation.Horizontal) == "Everyone's local time"
    first = model.index(0, Column.WHEN).data()
    assert first == "Tue, Dec 1, 10:00–11:40"  # 01:00 UTC in Tokyo
    people = model.index(0, Column.PEOPLE).data()
    assert people.startswith("Jane Doe (candidate): Tue, 12/1 01:00–02:40")
    assert "Ken Kim: Mon, 11/30 17:00–18:00" in people  # Los Angeles, the day before
    assert "Hanako Sato: Tue, 12/1 11:10–11:40" in people
    assert model.index(0, Column.SCORE).data(ScoreRole) == 0.8
    assert model.index(0, Column.SCORE).data() == "0.80"
    assert "0.80" in model.index(0, Column.SCORE).data(Qt.ItemDataRole.AccessibleTextRole)
    why = model.index(0, Column.WHY).data()
    assert "Ken Kim outside core hours (17:00–18:00)" in why
    assert "early for the candidate" in why
    assert "Ken Kim: 0 interviews that week" in why
    assert model.index(1, 0).data(FactsRole).rank == 2
    model.set_display_zone("UTC")
    assert model.index(0, Column.WHEN).data() == "Tue, Dec 1, 01:00–02:40"


def test_proposal_rows_in_japanese() -> None:
    i18n.install("ja")
    model = ProposalModel(display_zone="Asia/Tokyo")
    model.set_proposals(_found())
    assert "12月1日" in model.index(0, Column.WHEN).data()
    assert "(火)" in model.index(0, Column.WHEN).data()
    assert model.index(0, Column.PEOPLE).data().startswith("Jane Doe（候補者）")
    assert "候補者には早い時間" in model.index(0, Column.WHY).data()
    assert model.headerData(Column.WHY, Qt.Orientation.Horizontal) == "理由"


def _sessions() -> SessionModel:
    model = SessionModel()
    model.set_names({"hanako@example.com": "Hanako Sato"})
    model.set_sessions([SessionSpec("A", 30, ("hanako@example.com",)),
                        SessionSpec("B", 45, (), "backend", 2), SessionSpec("C", 60)])
    return model


def test_session_model_passes_the_model_tester(qtmodeltester: ModelTester) -> None:
    model = _sessions()
    qtmodeltester.check(model, force_py=True)
    model.add()
    model.move(0, 2)
    model.remove(1)
    qtmodeltester.check(model, force_py=True)


def test_session_model_edits_moves_and_words() -> None:
    model = _sessions()
    assert model.index(0, SessionColumn.WHO).data() == "Hanako Sato"
    assert model.index(1, SessionColumn.WHO).data() == "2 from backend"
    assert model.index(2, SessionColumn.WHO).data() == "(nobody yet)"
    assert model.setData(model.index(0, SessionColumn.TITLE), " Coding ")
    assert model.setData(model.index(0, SessionColumn.MINUTES), 90)
    assert not model.setData(model.index(0, SessionColumn.MINUTES), 0)
    assert not model.setData(model.index(0, SessionColumn.WHO), "x")
    assert model.index(0, 0).data(SessionRole) == SessionSpec("Coding", 90, ("hanako@example.com",))
    assert model.move(0, 1) == 1
    assert [s.title for s in model.sessions] == ["B", "Coding", "C"]
    assert model.move(0, -1) == 0  # already first
    assert model.move(2, -2) == 0
    assert [s.title for s in model.sessions] == ["C", "B", "Coding"]


def test_session_rows_move_by_drag_and_drop() -> None:
    model = _sessions()
    data = model.mimeData([model.index(0, 0)])
    assert data.hasFormat(MIME_TYPE)
    # dropped between B and C: the view must not also remove a row, so the drop says False
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, 2, 0, QModelIndex()) is False
    assert [s.title for s in model.sessions] == ["B", "A", "C"]
    data = model.mimeData([model.index(2, 0)])
    model.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, model.index(0, 0))  # on a row
    assert [s.title for s in model.sessions] == ["C", "B", "A"]
    data = model.mimeData([model.index(0, 0)])
    model.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, QModelIndex())  # at the end
    assert [s.title for s in model.sessions] == ["B", "A", "C"]
    assert model.flags(QModelIndex()) & Qt.ItemFlag.ItemIsDropEnabled
    assert model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsDragEnabled
