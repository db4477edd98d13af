"""Ranked proposals as a read-only Qt table model (one row per proposal, best first).

Columns (:class:`Column`): rank, score (drawn as a bar by
:class:`~interviewplanner.gui.panels.planner.score_bar.ScoreBarDelegate`), date and time in the
display zone, each person's local time with the weekday (the candidate first), and the
explanation. Rows are :class:`ProposalRow` values built from the worker's
:class:`~interviewplanner.gui.presenters.proposal_preview.ProposalFacts` by
:meth:`ProposalRow.from_proposal`; the texts follow the UI language (CLDR dates through
:mod:`interviewplanner.gui.formatting`, words through ``tr()``) and are rebuilt on
:meth:`ProposalModel.set_display_zone` and :meth:`ProposalModel.retranslate`.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from enum import IntEnum
from typing import Any, NamedTuple

from PySide6.QtCore import QCoreApplication, QObject, Qt

from interviewplanner.gui import formatting
from interviewplanner.gui.i18n import QT_TRANSLATE_NOOP
from interviewplanner.gui.models.table import ModelIndex, TableModel
from interviewplanner.gui.presenters.proposal_preview import (
    Attendee,
    ProposalFacts,
    Role,
    Tag,
)

CONTEXT = "ProposalModel"


class Column(IntEnum):
    """The proposal list's columns."""

    RANK = 0
    SCORE = 1
    WHEN = 2
    PEOPLE = 3
    WHY = 4


_HEADERS = (
    QT_TRANSLATE_NOOP("ProposalModel", "#"),
    QT_TRANSLATE_NOOP("ProposalModel", "Score"),
    QT_TRANSLATE_NOOP("ProposalModel", "When (shown zone)"),
    QT_TRANSLATE_NOOP("ProposalModel", "Everyone's local time"),
    QT_TRANSLATE_NOOP("ProposalModel", "Why"),
)

FactsRole = Qt.ItemDataRole.UserRole + 1
"""Role returning the row's :class:`ProposalFacts`."""
ScoreRole = Qt.ItemDataRole.UserRole + 2
"""Role returning the score as a float in [0, 1] (the score bar draws it)."""

_TAGS = {
    Tag.NONE: QT_TRANSLATE_NOOP("ProposalModel", "good hours for the candidate"),
    Tag.EARLY: QT_TRANSLATE_NOOP("ProposalModel", "early for the candidate"),
    Tag.EVENING: QT_TRANSLATE_NOOP("ProposalModel", "late for the candidate"),
}


def _tr(text: str, number: int = -1) -> str:
    return QCoreApplication.translate(CONTEXT, text, "", number)


def local_span(attendee: Attendee) -> str:
    """"Tue, 12/1 10:00–12:10" on the attendee's own clock."""
    zone = attendee.zone
    local = formatting.format_date(attendee.local_start(), length="short", weekday=True,
                                   year=False)
    return f"{local} {formatting.format_time_range(attendee.start, attendee.end, zone)}"


def person_text(attendee: Attendee) -> str:
    """"Jane Doe (candidate): Tue, 12/1 10:00–12:10"."""
    if attendee.role is Role.CANDIDATE:
        name = QCoreApplication.translate("ProposalModel", "{name} (candidate)").format(
            name=attendee.name)
    elif attendee.role is Role.SHADOW:
        name = QCoreApplication.translate("ProposalModel", "{name} (shadow)").format(name=attendee.name)
    else:
        name = attendee.name
    return QCoreApplication.translate("ProposalModel", "{name}: {time}").format(
        name=name, time=local_span(attendee))


def explanation(facts: ProposalFacts) -> str:
    """Why this rank, in the UI language: flex time, the candidate's hours, pool loads."""
    parts = []
    if facts.flex:
        for seat in facts.flex:
            parts.append(QCoreApplication.translate(
                "ProposalModel", "{name} outside core hours ({time})").format(
                name=seat.name,
                time=formatting.format_time_range(seat.start, seat.end, seat.zone)))
    else:
        parts.append(QCoreApplication.translate("ProposalModel", "all in core hours"))
    parts.append(_tr(_TAGS[facts.candidate_tag]))
    loads = WeekLoad()
    parts.extend(loads.text(name, count) for name, count in facts.loads)
    return " · ".join(parts)


class WeekLoad(QObject):
    """Words a pool pick's interviews that week (a plural: lupdate finds those in ``tr()``)."""

    def text(self, name: str, count: int) -> str:
        """"Ken Kim: 2 interviews that week"."""
        return self.tr("{name}: %n interview(s) that week", "", count).format(name=name)


class ProposalRow(NamedTuple):
    """One proposal's texts."""

    rank: int
    score: float
    when: str
    people: str
    why: str
    facts: ProposalFacts

    @classmethod
    def from_proposal(cls, facts: ProposalFacts, display_zone: str) -> ProposalRow:
        """The texts of ``facts`` with times in ``display_zone`` and the people's own zones."""
        when = formatting.format_datetime_range(facts.start, facts.end, display_zone,
                                                weekday=True, year=False)
        people = " · ".join(person_text(a) for a in facts.attendees)
        return cls(facts.rank, facts.proposal.score, when, people, explanation(facts), facts)

    def people_lines(self) -> str:
        """Everyone's local time, one person per line (the tooltip)."""
        return "\n".join(person_text(a) for a in self.facts.attendees)


class ProposalModel(TableModel[ProposalRow]):
    """Proposals of the last search, best first.

    Signals:
        (only those of QAbstractTableModel.)
    """

    CONTEXT = CONTEXT
    HEADERS = _HEADERS
    ROW_NUMBERS = False

    def __init__(self, parent: QObject | None = None, display_zone: str = "UTC") -> None:
        """An empty list, times shown in ``display_zone``."""
        super().__init__(parent)
        self._zone = display_zone

    # -- content ---------------------------------------------------------------------------

    def set_proposals(self, facts: Sequence[ProposalFacts]) -> None:
        """Replace the list."""
        self._replace_rows(ProposalRow.from_proposal(f, self._zone) for f in facts)

    def clear(self) -> None:
        """No proposals."""
        self.set_proposals([])

    @property
    def display_zone(self) -> str:
        """The zone of the "When" column."""
        return self._zone

    def set_display_zone(self, zone: str) -> None:
        """Show the "When" column in ``zone``."""
        if zone != self._zone:
            self._zone = zone
            self.retranslate()

    def retranslate(self) -> None:
        """Rebuild every text (language or zone changed)."""
        self._rows = [ProposalRow.from_proposal(r.facts, self._zone) for r in self._rows]
        super().retranslate()

    def facts(self, row: int) -> ProposalFacts:
        """The facts of ``row``."""
        return self._rows[row].facts

    def row(self, row: int) -> ProposalRow:
        """The texts of ``row``."""
        return self._rows[row]

    def row_starting(self, start: datetime) -> int:
        """The row whose panel starts at ``start`` (-1: none)."""
        return self._find(lambda row: row.facts.start == start)

    # -- Qt model API ----------------------------------------------------------------------

    def _display(self, row: ProposalRow, column: int) -> Any:
        return (str(row.rank), f"{row.score:.2f}", row.when, row.people, row.why)[column]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Texts; the score as a number under :data:`ScoreRole`; the facts under
        :data:`FactsRole`."""
        row, column = self._row_at(index), index.column()
        if row is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.people_lines() if column == Column.PEOPLE else self._display(row, column)
        return self._other(row, column, role)

    def _other(self, row: ProposalRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.AccessibleTextRole and column == Column.SCORE:
            return QCoreApplication.translate("ProposalModel", "score {score} of 1").format(
                score=f"{row.score:.2f}")
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (Column.RANK, Column.SCORE):
            return int(Qt.AlignmentFlag.AlignCenter)
        return {ScoreRole: row.score, FactsRole: row.facts}.get(role)
