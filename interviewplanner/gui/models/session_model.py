"""The sessions of the plan being built, as an editable Qt table model (one row per session).

Rows are core :class:`~interviewplanner.core.plan.SessionSpec` values, replaced whole on every
edit; the plan itself is validated by :func:`interviewplanner.core.plan.plan_from_json` when the
planner builds it, so a half-filled row is allowed here. Title and minutes are edited in place;
who interviews is set by the planner's session form (:meth:`SessionModel.set_session`). Rows
move by drag and drop (a private MIME type; :meth:`dropMimeData` moves the row itself) and by
:meth:`move` (the planner's Ctrl+Up / Ctrl+Down and Move up/down buttons).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QByteArray, QMimeData, QModelIndex, QObject, Qt

from interviewplanner.core.plan import MAX_SESSION_MINUTES, SessionSpec
from interviewplanner.gui.i18n import QT_TRANSLATE_NOOP
from interviewplanner.gui.models.table import ModelIndex, TableModel

MIME_TYPE = "application/x-interviewplanner-session-row"


class Column(IntEnum):
    """The sessions table's columns."""

    TITLE = 0
    MINUTES = 1
    WHO = 2  # named interviewers, pool seats, and the trainee or shadow seat


_HEADERS = (
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

    def _display(self, spec: SessionSpec, column: int) -> Any:
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
            return self._display(spec, index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == Column.WHO:
            return self._display(spec, index.column()) or None
        if role == SessionRole:
            return spec
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == Column.MINUTES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Edit the title or the minutes in place."""
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        spec = self._rows[index.row()]
        if index.column() == Column.TITLE:
            changed = replace(spec, title=str(value).strip())
        elif index.column() == Column.MINUTES:
            try:
                minutes = int(value)
            except (TypeError, ValueError):
                return False
            if not 1 <= minutes <= MAX_SESSION_MINUTES:
                return False
            changed = replace(spec, minutes=minutes)
        else:
            return False
        self.set_session(index.row(), changed)
        return True

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        """Title and minutes are editable; every row can be dragged; drops go between rows."""
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        flags = (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                 | Qt.ItemFlag.ItemIsDragEnabled)
        if index.column() in (Column.TITLE, Column.MINUTES):
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
