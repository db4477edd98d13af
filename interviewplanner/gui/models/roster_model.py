"""The roster as a Qt table model: one row per interviewer.

Columns (see :class:`Column`): name, e-mail, time zone with the person's current local time,
country, pools, a policy summary, and interviews this week. Custom roles give the whole
:class:`Interviewer` (``InterviewerRole``), the e-mail (``EmailRole``) and a sort key
(``SortRole``). The model holds frozen values only; it is filled from a
:class:`~interviewplanner.gui.tasks.RosterSnapshot` that a worker read.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QObject, Qt

from interviewplanner.core.model import CompanySettings, Interviewer, Policy, TimeRange
from interviewplanner.core.timezones import get_zone, to_local
from interviewplanner.gui import formatting, zones
from interviewplanner.gui.i18n import QT_TRANSLATE_NOOP
from interviewplanner.gui.models.table import ModelIndex, TableModel


class Column(IntEnum):
    """The roster's columns, in display order."""

    NAME = 0
    EMAIL = 1
    ZONE = 2
    COUNTRY = 3
    POOLS = 4
    POLICY = 5
    THIS_WEEK = 6
    EARLY_LATE = 7


_HEADERS = (  # in Column order
    QT_TRANSLATE_NOOP("RosterModel", "Name"),
    QT_TRANSLATE_NOOP("RosterModel", "E-mail"),
    QT_TRANSLATE_NOOP("RosterModel", "Time zone (local time)"),
    QT_TRANSLATE_NOOP("RosterModel", "Country"),
    QT_TRANSLATE_NOOP("RosterModel", "Pools"),
    QT_TRANSLATE_NOOP("RosterModel", "Flex-time policy"),
    QT_TRANSLATE_NOOP("RosterModel", "This week"),
    QT_TRANSLATE_NOOP("RosterModel", "Early · late"),
)

InterviewerRole = Qt.ItemDataRole.UserRole + 1
"""Role returning the row's :class:`Interviewer`."""
EmailRole = Qt.ItemDataRole.UserRole + 2
"""Role returning the row's primary e-mail address."""
SortRole = Qt.ItemDataRole.UserRole + 3
"""Role returning a sort key for the column (numbers sort as numbers)."""


def _clock(value: TimeRange) -> str:
    return formatting.format_time_range(value.start, value.end)


class RosterModel(TableModel[Interviewer]):
    """Interviewers as rows; refreshed wholesale from a snapshot (roster sizes are small).

    Signals:
        (only those of QAbstractTableModel; the local-time column changes every minute and
        is announced with dataChanged by :meth:`tick`.)
    """

    CONTEXT = "RosterModel"
    HEADERS = _HEADERS

    def __init__(self, parent: QObject | None = None,
                 now: Callable[[], datetime] = lambda: datetime.now(UTC)) -> None:
        """Create an empty model; ``now`` gives the current instant (tests pin it)."""
        super().__init__(parent)
        self._company = CompanySettings()
        self._this_week: dict[str, int] = {}
        self._awkward: dict[str, tuple[int, int]] = {}
        self._now = now

    # -- filling ---------------------------------------------------------------------------

    def set_roster(self, people: Sequence[Interviewer], company: CompanySettings,
                   this_week: dict[str, int] | None = None,
                   awkward: dict[str, tuple[int, int]] | None = None) -> None:
        """Replace the whole roster; ``awkward`` holds each e-mail's (early, late) interviews
        this month (the ledger's, SPEC §11)."""
        self._company = company
        self._this_week = dict(this_week or {})
        self._awkward = dict(awkward or {})
        self._replace_rows(people)

    def tick(self) -> None:
        """Announce that the local times changed (call once a minute)."""
        if self._rows:
            first = self.index(0, Column.ZONE)
            last = self.index(len(self._rows) - 1, Column.ZONE)
            self.dataChanged.emit(first, last, [Qt.ItemDataRole.DisplayRole])

    # -- access ----------------------------------------------------------------------------

    @property
    def people(self) -> list[Interviewer]:
        """The interviewers in model order (a copy)."""
        return list(self._rows)

    @property
    def company(self) -> CompanySettings:
        """The company settings of the last snapshot."""
        return self._company

    def interviewer(self, row: int) -> Interviewer:
        """The interviewer on ``row``."""
        return self._rows[row]

    def row_of(self, email: str) -> int:
        """The row of the interviewer with this primary e-mail, or -1."""
        return self._find(lambda person: person.email == email)

    # -- Qt model API ----------------------------------------------------------------------

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        """Rows are selectable and accept dropped calendar files."""
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsDropEnabled)

    def data(  # noqa: PLR0911  # one early return per role reads best
        self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Cell text, tooltips, alignment and the custom roles."""
        person = self._row_at(index)
        if person is None:
            return None
        column = Column(index.column())
        if role == InterviewerRole:
            return person
        if role == EmailRole:
            return person.email
        if role in (Qt.ItemDataRole.DisplayRole, SortRole):
            return self._display(person, column, sort=role == SortRole)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(person, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (Column.THIS_WEEK,
                                                                    Column.EARLY_LATE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def policy_summary(self, policy: Policy) -> str:
        """A short, translated summary of an effective policy."""
        core = self.tr("core {range}").format(range=_clock(policy.core))
        if policy.core_only:
            core = self.tr("core {range} only").format(range=_clock(policy.core))
        lunch = self.tr("lunch {minutes} min in {range}").format(
            minutes=policy.lunch_minutes, range=_clock(policy.lunch_window))
        parts = [_clock(policy.window), core, lunch]
        limits = []
        if policy.max_per_day is not None:
            limits.append(self.tr("≤{count}/day").format(count=policy.max_per_day))
        if policy.max_per_week is not None:
            limits.append(self.tr("≤{count}/week").format(count=policy.max_per_week))
        if limits:
            parts.append(" ".join(limits))
        if policy.buffer_minutes:
            parts.append(self.tr("buffer {minutes} min").format(minutes=policy.buffer_minutes))
        return " · ".join(parts)

    def _display(  # noqa: PLR0911  # one return per column
        self, person: Interviewer, column: Column, *, sort: bool
    ) -> Any:
        if column == Column.NAME:
            return person.name.casefold() if sort else person.name
        if column == Column.EMAIL:
            return person.email
        if column == Column.ZONE:
            return self._zone_sort(person) if sort else self._zone_text(person)
        if column == Column.COUNTRY:
            return person.country or ("" if sort else "—")
        if column == Column.POOLS:
            return ", ".join(person.pools)
        if column == Column.POLICY:
            return self._policy_text(person)
        if column == Column.EARLY_LATE:
            early, late = self._awkward.get(person.email, (0, 0))
            return early + late if sort else f"{early} · {late}"
        count = self._this_week.get(person.email, 0)
        return count if sort else str(count)

    def _policy_text(self, person: Interviewer) -> str:
        # Imported here: core.policy loads the ``holidays`` tables, which the worker has loaded
        # by the time there is a roster, but which the window's start-up should not wait for.
        from interviewplanner.core.policy import effective_policy

        return self.policy_summary(effective_policy(person, self._company))

    def _offset_minutes(self, person: Interviewer) -> int:
        return zones.offset_minutes(person.timezone, self._now())

    def _zone_text(self, person: Interviewer) -> str:
        local = to_local(self._now(), get_zone(person.timezone))
        return f"{formatting.zone_display_name(person.timezone)} · {formatting.format_time(local)}"

    def _zone_sort(self, person: Interviewer) -> str:
        return f"{self._offset_minutes(person) + 24 * 60:05d} {person.timezone}"

    def _tooltip(self, person: Interviewer, column: Column) -> str | None:
        if column == Column.ZONE:
            local = to_local(self._now(), get_zone(person.timezone))
            offset = formatting.utc_offset_text(self._offset_minutes(person))
            return self.tr("Now {time} in {zone} ({offset})").format(
                time=formatting.format_time(local),
                zone=formatting.zone_display_name(person.timezone),
                offset=f"{person.timezone}, {offset}")
        if column == Column.EMAIL and person.aliases:
            return self.tr("Also: {addresses}").format(addresses=", ".join(person.aliases))
        if column == Column.POLICY:
            return self._policy_text(person)
        if column == Column.NAME:
            return self.tr("Drop .ics files here to import {name}'s calendar").format(
                name=person.name)
        if column == Column.EARLY_LATE:
            early, late = self._awkward.get(person.email, (0, 0))
            return self.tr("This month: {early} interviews before their core hours, {late} "
                           "after (the Ledger tab has the details)").format(early=early, late=late)
        return None
