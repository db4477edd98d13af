"""The sessions of the plan being built, as an editable Qt table model (one row per session).

Rows are core :class:`~interviewplanner.core.plan.SessionSpec` values, replaced whole on every
edit; the plan itself is validated by :func:`interviewplanner.core.plan.plan_from_json` when the
planner builds it, so a half-filled row is allowed here. Title and minutes are edited in place;
who interviews is set by the planner's session form (:meth:`SessionModel.set_session`). Rows
move by drag and drop (a private MIME type; :meth:`dropMimeData` moves the row itself) and by
:meth:`move` (the planner's Ctrl+Up / Ctrl+Down and Move up/down buttons).

A loop held over several days (SPEC §11) shows its day groups: the Day column reads "Day 1",
"Day 2" (edited with a spin box), the first row of each group is bold and, when more than one
day is used, the groups are tinted in turn. :meth:`set_day` moves an edited row into its day's
group, so the table stays grouped; :meth:`set_days` applies a split over days.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QByteArray, QMimeData, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from interviewplanner.core.plan import MAX_SESSION_MINUTES, SessionSpec
from interviewplanner.gui.i18n import QT_TRANSLATE_NOOP
from interviewplanner.gui.models.table import ModelIndex, TableModel

MIME_TYPE = "application/x-interviewplanner-session-row"


class Column(IntEnum):
    """The sessions table's columns."""

    DAY = 0  # the day of a loop held over several days (1, 2, ...)
    TITLE = 1
    MINUTES = 2
    WHO = 3  # named interviewers, pool seats, and the trainee or shadow seat


MAX_DAY = 9
"""The highest day number offered."""

_HEADERS = (
    QT_TRANSLATE_NOOP("SessionModel", "Day"),
    QT_TRANSLATE_NOOP("SessionModel", "Session"),
    QT_TRANSLATE_NOOP("SessionModel", "Minutes"),
    QT_TRANSLATE_NOOP("SessionModel", "Interviewers"),
)

SessionRole = Qt.ItemDataRole.UserRole + 1
"""Role returning the row's :class:`SessionSpec`."""


def new_session(title: str = "", minutes: int = 45) -> SessionSpec:
    """A fresh row: no interviewers yet."""
    return SessionSpec(title=title, minutes=minutes)


class SessionModel(TableModel[SessionSpec]):
    """The plan's sessions in order.

    Signals:
        (those of QAbstractTableModel; any change of rows or data means the plan changed.)
    """

    CONTEXT = "SessionModel"
    HEADERS = _HEADERS

    def __init__(self, parent: QObject | None = None) -> None:
        """An empty list of sessions."""
        super().__init__(parent)
        self._names: dict[str, str] = {}

    # -- content ---------------------------------------------------------------------------

    @property
    def sessions(self) -> tuple[SessionSpec, ...]:
        """The sessions in order."""
        return tuple(self._rows)

    def set_sessions(self, sessions: Sequence[SessionSpec]) -> None:
        """Replace every row."""
        self._replace_rows(sessions)

    def set_names(self, names: Mapping[str, str]) -> None:
        """Display names by lower-case e-mail (the roster), for the Interviewers column."""
        self._names = {e.lower(): n for e, n in names.items()}
        self.retranslate()

    def session(self, row: int) -> SessionSpec:
        """The session on ``row``."""
        return self._rows[row]

    def set_session(self, row: int, spec: SessionSpec) -> None:
        """Replace the session on ``row``."""
        if 0 <= row < len(self._rows) and self._rows[row] != spec:
            self._rows[row] = spec
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(Column) - 1))

    def add(self, spec: SessionSpec | None = None, row: int = -1) -> int:
        """Insert ``spec`` (a fresh session by default) before ``row`` (-1: at the end)."""
        at = len(self._rows) if row < 0 or row > len(self._rows) else row
        self.beginInsertRows(QModelIndex(), at, at)
        self._rows.insert(at, spec or new_session())
        self.endInsertRows()
        return at

    @property
    def multi_day(self) -> bool:
        """True when the sessions use more than one day."""
        return len({s.day for s in self._rows}) > 1

    def first_of_day(self, row: int) -> bool:
        """True when ``row`` starts a day group (its day differs from the row above)."""
        return row == 0 or self._rows[row - 1].day != self._rows[row].day

    def group(self, row: int) -> int:
        """The number of day groups above ``row`` (0 for the first group), for tinting."""
        return sum(1 for r in range(1, row + 1) if self.first_of_day(r))

    def set_day(self, row: int, day: int) -> int:
        """Put session ``row`` on ``day`` and move it as little as keeps the rows grouped by day
        (into that day's group, after the earlier days and before the later ones); returns its
        new row."""
        if not 0 <= row < len(self._rows) or not 1 <= day <= MAX_DAY:
            return row
        spec = self._rows[row]
        if spec.day != day:
            self._rows[row] = replace(spec, day=day)
        others = [s.day for r, s in enumerate(self._rows) if r != row]
        earliest = sum(1 for d in others if d < day)  # its places among the other rows
        target = min(max(row, earliest), sum(1 for d in others if d <= day))
        if target != row:
            self.moveRows(QModelIndex(), row, 1, QModelIndex(),
                          target + 1 if target > row else target)
        self._restyle()
        return target

    def set_days(self, days: Sequence[int]) -> None:
        """Give session ``i`` day ``days[i]`` (a split over days); the order is kept."""
        if len(days) != len(self._rows):
            raise ValueError("one day per session")
        self._replace_rows([replace(s, day=d) for s, d in zip(self._rows, days, strict=True)])

    def _restyle(self) -> None:
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, len(Column) - 1))

    def remove(self, row: int) -> None:
        """Remove the session on ``row``."""
        self.removeRows(row, 1)

    def move(self, row: int, step: int) -> int:
        """Move the session on ``row`` by ``step`` places; returns its new row."""
        target = row + step
        if not 0 <= row < len(self._rows) or not 0 <= target < len(self._rows) or step == 0:
            return row
        self.moveRows(QModelIndex(), row, 1, QModelIndex(), target + 1 if step > 0 else target)
        return target

    # -- text ------------------------------------------------------------------------------

    def _name(self, email: str) -> str:
        return self._names.get(email.lower(), email)

    def who_text(self, spec: SessionSpec) -> str:
        """"Hanako Sato, 2 from backend + shadow: someone from sre"."""
        parts = [self._name(e) for e in spec.interviewers]
        if spec.pool and spec.count:
            text = self.tr("%n from {pool}", "", spec.count)
            parts.append(text.format(pool=spec.pool))
        who = ", ".join(parts) if parts else self.tr("(nobody yet)")
        shadow = self.shadow_text(spec)
        return self.tr("{who} + {shadow}").format(who=who, shadow=shadow) if shadow else who

    def shadow_text(self, spec: SessionSpec) -> str:
        """The trainee's name, or the shadow pool."""
        if spec.trainee:
            return self.tr("trainee {name}").format(name=self._name(spec.trainee))
        if spec.shadow_pool:
            return self.tr("shadow from {pool}").format(pool=spec.shadow_pool)
        return ""

    def day_text(self, day: int) -> str:
        """"Day 2"."""
        return self.tr("Day {day}").format(day=day)

    def _display(self, spec: SessionSpec, column: int) -> Any:
        if column == Column.DAY:
            return self.day_text(spec.day)
        if column == Column.TITLE:
            return spec.title
        if column == Column.MINUTES:
            return spec.minutes
        return self.who_text(spec)

    # -- Qt model API ----------------------------------------------------------------------

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Texts, the minutes as a number, the whole session under :data:`SessionRole`."""
        spec = self._row_at(index)
        if spec is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            editing_day = role == Qt.ItemDataRole.EditRole and index.column() == Column.DAY
            return spec.day if editing_day else self._display(spec, index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == Column.WHO:
            return self._display(spec, index.column()) or None
        if role == SessionRole:
            return spec
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == Column.MINUTES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return self._group_style(index.row(), role)

    def _group_style(self, row: int, role: int) -> QFont | QBrush | None:
        """Day groups of a loop over several days: the first row of each is bold, every other
        group is tinted."""
        if not self.multi_day:
            return None
        if role == Qt.ItemDataRole.FontRole and self.first_of_day(row):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and self.group(row) % 2:
            return QBrush(QColor(232, 240, 254))
        return None

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Edit the title, the minutes or the day in place (a new day moves the row)."""
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        spec = self._rows[index.row()]
        if index.column() == Column.TITLE:
            self.set_session(index.row(), replace(spec, title=str(value).strip()))
            return True
        high = {Column.DAY: MAX_DAY, Column.MINUTES: MAX_SESSION_MINUTES}.get(
            Column(index.column()))
        number = _whole(value, high) if high else None
        if number is None:
            return False
        if index.column() == Column.DAY:
            self.set_day(index.row(), number)
        else:
            self.set_session(index.row(), replace(spec, minutes=number))
        return True

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        """Day, title and minutes are editable; every row can be dragged; drops go between
        rows."""
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        flags = (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                 | Qt.ItemFlag.ItemIsDragEnabled)
        if index.column() in (Column.DAY, Column.TITLE, Column.MINUTES):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def removeRows(self, row: int, count: int,
                   parent: ModelIndex = QModelIndex()) -> bool:  # noqa: B008  # Qt's API
        """Remove ``count`` sessions from ``row``."""
        if parent.isValid() or count < 1 or row < 0 or row + count > len(self._rows):
            return False
        self.beginRemoveRows(QModelIndex(), row, row + count - 1)
        del self._rows[row:row + count]
        self.endRemoveRows()
        return True

    def moveRows(self, source_parent: ModelIndex, source_row: int, count: int,
                 destination_parent: ModelIndex, destination_child: int) -> bool:
        """Move ``count`` rows from ``source_row`` to before ``destination_child``."""
        if source_parent.isValid() or destination_parent.isValid() or count < 1:
            return False
        last = source_row + count - 1
        if source_row < 0 or last >= len(self._rows):
            return False
        if not 0 <= destination_child <= len(self._rows):
            return False
        if source_row <= destination_child <= last + 1:
            return False  # onto itself: nothing to do
        if not self.beginMoveRows(QModelIndex(), source_row, last, QModelIndex(),
                                  destination_child):
            return False
        moving = self._rows[source_row:last + 1]
        del self._rows[source_row:last + 1]
        at = destination_child - count if destination_child > last else destination_child
        self._rows[at:at] = moving
        self.endMoveRows()
        return True

    # -- drag and drop ---------------------------------------------------------------------

    def supportedDropActions(self) -> Qt.DropAction:
        """Rows move."""
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        """Rows move."""
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        """The private type naming the dragged row."""
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        """The dragged row's number."""
        rows = sorted({i.row() for i in indexes if i.isValid()})
        data = QMimeData()
        if rows:
            data.setData(MIME_TYPE, QByteArray(str(rows[0]).encode("ascii")))
        return data

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: ModelIndex) -> bool:
        """Move the dragged row before the drop point.

        Returns False even after moving, so that the view does not also remove the "source"
        row (it would after a successful move drop).
        """
        if action != Qt.DropAction.MoveAction or not data.hasFormat(MIME_TYPE):
            return False
        try:
            source = int(bytes(data.data(MIME_TYPE).data()).decode("ascii"))
        except ValueError:
            return False
        target = parent.row() if parent.isValid() else row
        if target < 0:
            target = len(self._rows)
        self.moveRows(QModelIndex(), source, 1, QModelIndex(), target)
        return False


def _whole(value: Any, high: int) -> int | None:
    """``value`` as a whole number from 1 to ``high``, else None."""
    try:
        number = int(value)
    except (TypeError, ValueError):
        return None
    return number if 1 <= number <= high else None
