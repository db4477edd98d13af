"""The planner's sessions page: the ordered table of sessions and the form of the current one.

The table (:class:`~interviewplanner.gui.models.session_model.SessionModel`) edits title and
minutes in place (F2 or double-click) and reorders by drag and drop, by Ctrl+Up / Ctrl+Down and
by the Move up / Move down buttons. The form beside it sets who interviews the current session:
named interviewers from the roster (all required), and/or a number of people from a pool, and an
optional trainee (a named person) or shadow (anyone from a pool) seat, and the day of a loop held
over several days (the Day column and spin box; rows stay grouped by day). "Split over days…"
asks the planner for the days that would let a panel too long for the shared hours fit
(:attr:`SessionsEditor.splitRequested`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from interviewplanner.core.model import Interviewer
from interviewplanner.core.plan import MAX_SESSION_MINUTES, SessionSpec
from interviewplanner.gui.build import row_table
from interviewplanner.gui.models.session_model import (
    MAX_DAY,
    Column,
    SessionModel,
    new_session,
)
from interviewplanner.gui.panels.planner.candidate_form import SideBySide, error_label

EmailRole = Qt.ItemDataRole.UserRole + 1
WIDE = 640
"""From this width on, the form stands beside the table."""


class MinutesDelegate(QStyledItemDelegate):
    """Edits a session's minutes with a spin box (1 minute to one day, steps of 5)."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        """A spin box in minutes."""
        editor = QSpinBox(parent)
        editor.setRange(1, MAX_SESSION_MINUTES)
        editor.setSingleStep(5)
        editor.setAccessibleName(self.tr("Minutes"))
        return editor


class DayDelegate(QStyledItemDelegate):
    """Edits a session's day with a spin box (1 to :data:`MAX_DAY`)."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        """A spin box of day numbers."""
        editor = QSpinBox(parent)
        editor.setRange(1, MAX_DAY)
        editor.setAccessibleName(self.tr("Day"))
        return editor


class SessionsEditor(QWidget):
    """Sessions in order, and who interviews the current one.

    Signals:
        changed(): a session was added, removed, moved or edited.
        splitRequested(): the user asked for the days that would let the panel fit.
    """

    changed = Signal()
    splitRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        """An empty list of sessions."""
        super().__init__(parent)
        self.setObjectName("SessionsEditor")
        self._people: list[Interviewer] = []
        self._loading = False
        self._editing = False
        self.model = SessionModel(self)
        self._build_table()
        self._build_form()
        self.box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.box.setContentsMargins(6, 6, 6, 6)
        self.box.addLayout(self.table_column, 1)
        self.box.addWidget(self.form_box, 1)
        self.side_by_side = SideBySide(self, self.box, WIDE)
        for signal in (self.model.dataChanged, self.model.rowsInserted, self.model.rowsRemoved,
                       self.model.rowsMoved, self.model.modelReset):
            signal.connect(self._model_changed)
        self.retranslate()
        self._show_current()

    # -- construction ----------------------------------------------------------------------

    def _build_table(self) -> None:
        self.table = row_table(self, "sessionsTable", self.model)
        self.table.setItemDelegateForColumn(Column.MINUTES, MinutesDelegate(self.table))
        self.table.setItemDelegateForColumn(Column.DAY, DayDelegate(self.table))
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.table.setDragEnabled(True)
        self.table.setDropIndicatorShown(True)
        self.table.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(Column.DAY, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(Column.MINUTES, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.WHO, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(self.table.verticalHeader().defaultSectionSize() * 3 + 30)
        self.table.verticalHeader().setDefaultSectionSize(
            self.table.fontMetrics().height() + 8)
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._show_current())
        self.add_button, self.remove_button = QPushButton(self), QPushButton(self)
        self.up_button, self.down_button = QPushButton(self), QPushButton(self)
        self.split_button = QPushButton(self)
        self.split_button.clicked.connect(self.splitRequested)
        self.add_button.clicked.connect(self.add_session)
        self.remove_button.clicked.connect(self.remove_session)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        for name, button in (("sessionAdd", self.add_button), ("sessionRemove", self.remove_button),
                             ("sessionUp", self.up_button), ("sessionDown", self.down_button),
                             ("sessionSplit", self.split_button)):
            button.setObjectName(name)
        self.shortcuts = [
            QShortcut(QKeySequence("Ctrl+Up"), self.table, lambda: self.move_current(-1),
                      Qt.ShortcutContext.WidgetShortcut),
            QShortcut(QKeySequence("Ctrl+Down"), self.table, lambda: self.move_current(1),
                      Qt.ShortcutContext.WidgetShortcut),
            QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table,
                      self.remove_session, Qt.ShortcutContext.WidgetShortcut),
        ]
        buttons = QVBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addSpacing(8)
        buttons.addWidget(self.split_button)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.table, 1)
        row.addLayout(buttons)
        self.sessions_error = error_label(self)
        self.table_column = QVBoxLayout()
        self.table_column.addLayout(row, 1)
        self.table_column.addWidget(self.sessions_error)

    def _build_form(self) -> None:
        box = self.form_box = QGroupBox(self)
        self.title_edit = QLineEdit(box)
        self.title_edit.setObjectName("sessionTitle")
        self.minutes_spin = QSpinBox(box)
        self.minutes_spin.setObjectName("sessionMinutes")
        self.minutes_spin.setRange(1, MAX_SESSION_MINUTES)
        self.minutes_spin.setSingleStep(5)
        self.people_list = QListWidget(box)
        self.people_list.setObjectName("sessionInterviewers")
        self.people_list.setFlow(QListView.Flow.LeftToRight)  # names side by side, wrapped
        self.people_list.setWrapping(True)
        self.people_list.setResizeMode(QListView.ResizeMode.Adjust)
        self.people_list.setSpacing(1)
        self.people_list.setMinimumHeight(self.people_list.fontMetrics().height() * 3 + 12)
        self.pool_combo = QComboBox(box)
        self.pool_combo.setObjectName("sessionPool")
        self.count_spin = QSpinBox(box)
        self.count_spin.setObjectName("sessionCount")
        self.count_spin.setRange(0, 20)
        self.shadow_combo = QComboBox(box)
        self.shadow_combo.setObjectName("sessionShadow")
        self.day_spin = QSpinBox(box)
        self.day_spin.setObjectName("sessionDay")
        self.day_spin.setRange(1, MAX_DAY)
        self.labels = [QLabel(box) for _ in range(7)]
        widgets = (self.title_edit, self.minutes_spin, self.people_list, self.pool_combo,
                   self.count_spin, self.shadow_combo, self.day_spin)
        for label, widget in zip(self.labels, widgets, strict=True):
            label.setBuddy(widget)
        grid = QGridLayout(box)
        grid.setColumnStretch(1, 1)
        grid.addWidget(self.labels[0], 0, 0)
        grid.addWidget(self.title_edit, 0, 1)
        grid.addWidget(self.labels[1], 0, 2)
        grid.addWidget(self.minutes_spin, 0, 3)
        grid.addWidget(self.labels[2], 1, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.people_list, 1, 1, 1, 3)
        grid.addWidget(self.labels[3], 2, 0)
        grid.addWidget(self.pool_combo, 2, 1)
        grid.addWidget(self.labels[4], 2, 2)
        grid.addWidget(self.count_spin, 2, 3)
        grid.addWidget(self.labels[5], 3, 0)
        grid.addWidget(self.shadow_combo, 3, 1)
        grid.addWidget(self.labels[6], 3, 2)
        grid.addWidget(self.day_spin, 3, 3)
        self.session_error = error_label(box)
        grid.addWidget(self.session_error, 4, 0, 1, 4)
        grid.setRowStretch(1, 1)
        self._connect_form()

    def _connect_form(self) -> None:
        self.title_edit.textEdited.connect(lambda _t: self._form_edited())
        self.minutes_spin.valueChanged.connect(lambda _v: self._form_edited())
        self.people_list.itemChanged.connect(lambda _i: self._form_edited())
        self.pool_combo.currentIndexChanged.connect(lambda _i: self._pool_chosen())
        self.count_spin.valueChanged.connect(lambda _v: self._form_edited())
        self.shadow_combo.currentIndexChanged.connect(lambda _i: self._form_edited())
        self.day_spin.valueChanged.connect(self._day_edited)

    def retranslate(self) -> None:
        """Texts in the current language."""
        self.table.setAccessibleName(self.tr("Sessions, in order"))
        self.add_button.setText(self.tr("&Add session"))
        self.remove_button.setText(self.tr("Remove"))
        self.remove_button.setAccessibleName(self.tr("Remove the selected session"))
        self.up_button.setText(self.tr("Move &up"))
        self.up_button.setToolTip(self.tr("Move the session earlier (Ctrl+Up)"))
        self.down_button.setText(self.tr("Move &down"))
        self.down_button.setToolTip(self.tr("Move the session later (Ctrl+Down)"))
        texts = (self.tr("&Name:"), self.tr("Len&gth:"), self.tr("Na&med interviewers:"),
                 self.tr("&Pool:"), self.tr("how many:"), self.tr("Trainee or shado&w:"),
                 self.tr("Da&y:"))
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.minutes_spin.setSuffix(self.tr(" min"))
        self.people_list.setAccessibleName(self.tr("Named interviewers (all required)"))
        self.count_spin.setAccessibleName(self.tr("How many from the pool"))
        self.day_spin.setAccessibleName(self.tr("Day of the loop"))
        self.day_spin.setToolTip(self.tr(
            "Sessions of the same day are held back to back on one day of the candidate; "
            "day 2 comes after day 1"))
        self.split_button.setText(self.tr("Split over days…"))
        self.split_button.setAccessibleName(self.tr("Split the panel over several days"))
        self.split_button.setToolTip(self.tr(
            "When the interviewers never share enough hours for the whole panel, propose "
            "which sessions to hold on which day"))
        self.model.retranslate()
        self._fill_choices()
        self._show_current()

    # -- roster ----------------------------------------------------------------------------

    def set_people(self, people: Sequence[Interviewer]) -> None:
        """The roster to choose from (names, pools)."""
        self._people = list(people)
        self.model.set_names({p.email: p.name for p in self._people})
        self._fill_choices()
        self._show_current()

    def _pools(self) -> list[str]:
        used = {s.pool for s in self.model.sessions if s.pool} | {
            s.shadow_pool for s in self.model.sessions if s.shadow_pool}
        return sorted({pool for p in self._people for pool in p.pools} | used)

    def _fill_choices(self) -> None:
        """Pools and people in the combo boxes (the session's values are set after)."""
        self._loading = True
        self.pool_combo.clear()
        self.pool_combo.addItem(self.tr("(no pool)"), None)
        self.shadow_combo.clear()
        self.shadow_combo.addItem(self.tr("(none)"), None)
        for pool in self._pools():
            members = sum(1 for p in self._people if pool in p.pools)
            self.pool_combo.addItem(self.tr("%n member(s) of {pool}", "", members)
                                    .format(pool=pool), pool)
            self.shadow_combo.addItem(self.tr("someone from {pool}").format(pool=pool),
                                      f"pool:{pool}")
        for person in self._people:
            self.shadow_combo.addItem(self.tr("trainee: {name}").format(name=person.name),
                                      f"trainee:{person.email.lower()}")
        self._loading = False

    # -- sessions --------------------------------------------------------------------------

    @property
    def sessions(self) -> tuple[SessionSpec, ...]:
        """The sessions in order."""
        return self.model.sessions

    def set_sessions(self, sessions: Sequence[SessionSpec]) -> None:
        """Replace every session (a template, a booking's plan, a next step)."""
        self.model.set_sessions(sessions)
        self._fill_choices()
        if sessions:
            self.select_row(0)
        self._show_current()

    def current_row(self) -> int:
        """The current session's row (-1: none)."""
        return self.table.currentIndex().row()

    def select_row(self, row: int) -> None:
        """Make ``row`` the current, selected session."""
        if 0 <= row < self.model.rowCount():
            index = self.model.index(row, Column.TITLE)
            self.table.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)

    def add_session(self) -> None:
        """Add a session after the current one and start editing its title in the form."""
        number = self.model.rowCount() + 1
        title = self.tr("Session {number}").format(number=number)
        current = self.current_row()
        day = self.model.session(current).day if current >= 0 else 1
        row = self.model.add(replace(new_session(title), day=day),
                             current + 1 if current >= 0 else -1)
        self.select_row(row)
        self.title_edit.setFocus()
        self.title_edit.selectAll()

    def remove_session(self) -> None:
        """Remove the current session."""
        row = self.current_row()
        if row >= 0:
            self.model.remove(row)
            self.select_row(min(row, self.model.rowCount() - 1))

    def move_current(self, step: int) -> None:
        """Move the current session ``step`` places (negative: earlier)."""
        row = self.current_row()
        target = self.model.move(row, step)
        if target != row:
            self.select_row(target)

    # -- the form --------------------------------------------------------------------------

    def _show_current(self) -> None:
        row = self.current_row()
        valid = 0 <= row < self.model.rowCount()
        for widget in (self.title_edit, self.minutes_spin, self.people_list, self.pool_combo,
                       self.count_spin, self.shadow_combo, self.day_spin, self.remove_button):
            widget.setEnabled(valid)
        self.split_button.setEnabled(self.model.rowCount() > 1)
        self.up_button.setEnabled(valid and row > 0)
        self.down_button.setEnabled(valid and row < self.model.rowCount() - 1)
        self.form_box.setTitle(self.tr("Session {number}").format(number=row + 1) if valid
                               else self.tr("No session chosen"))
        self._loading = True
        spec = self.model.session(row) if valid else new_session()
        if self.title_edit.text() != spec.title:
            self.title_edit.setText(spec.title)
        self.minutes_spin.setValue(spec.minutes)
        self.day_spin.setValue(spec.day)
        self._fill_people(spec)
        self.pool_combo.setCurrentIndex(max(0, self.pool_combo.findData(spec.pool)))
        self.count_spin.setValue(spec.count)
        self.count_spin.setEnabled(valid and spec.pool is not None)
        shadow = f"trainee:{spec.trainee}" if spec.trainee else (
            f"pool:{spec.shadow_pool}" if spec.shadow_pool else None)
        self.shadow_combo.setCurrentIndex(max(0, self.shadow_combo.findData(shadow)))
        self._loading = False

    def _fill_people(self, spec: SessionSpec) -> None:
        self.people_list.clear()
        known = {p.email.lower() for p in self._people}
        rows = [(p.name, p.email.lower()) for p in self._people]
        rows += [(self.tr("{email} (not on the roster)").format(email=e), e)
                 for e in spec.interviewers if e not in known]
        for name, email in rows:
            item = QListWidgetItem(name, self.people_list)
            item.setData(EmailRole, email)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = email in spec.interviewers
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def _named(self, previous: Sequence[str]) -> tuple[str, ...]:
        checked = [str(self.people_list.item(i).data(EmailRole))
                   for i in range(self.people_list.count())
                   if self.people_list.item(i).checkState() == Qt.CheckState.Checked]
        kept = [e for e in previous if e in checked]
        return tuple(kept + [e for e in checked if e not in kept])

    def _pool_chosen(self) -> None:
        if self._loading:
            return
        pool = self.pool_combo.currentData()
        self._loading = True
        if pool is None:
            self.count_spin.setValue(0)
        elif self.count_spin.value() == 0:
            self.count_spin.setValue(1)
        self.count_spin.setEnabled(pool is not None)
        self._loading = False
        self._form_edited()

    def _form_edited(self) -> None:
        row = self.current_row()
        if self._loading or not 0 <= row < self.model.rowCount():
            return
        spec = self.model.session(row)
        pool = self.pool_combo.currentData()
        kind, _colon, shadow = str(self.shadow_combo.currentData() or "").partition(":")
        changed = replace(
            spec, title=self.title_edit.text().strip(), minutes=self.minutes_spin.value(),
            interviewers=self._named(spec.interviewers), pool=pool,
            count=self.count_spin.value() if pool else 0,
            trainee=shadow if kind == "trainee" else None,
            shadow_pool=shadow if kind == "pool" else None)
        self.session_error.hide()
        self._editing = True
        try:
            self.model.set_session(row, changed)
        finally:
            self._editing = False

    def _day_edited(self, day: int) -> None:
        """The form's day: the session moves into that day's group."""
        row = self.current_row()
        if self._loading or not 0 <= row < self.model.rowCount():
            return
        self._editing = True
        try:
            target = self.model.set_day(row, day)
        finally:
            self._editing = False
        self.select_row(target)
        self._show_current()

    def apply_days(self, days: Sequence[int]) -> None:
        """Give session ``i`` day ``days[i]`` (a split over days), keeping the current row."""
        row = self.current_row()
        self.model.set_days(days)
        self.select_row(max(row, 0))
        self._show_current()

    def _model_changed(self, *_args: object) -> None:
        self.sessions_error.hide()
        if not self._loading and not self._editing:
            self._show_current()
        self.changed.emit()

    # -- errors ----------------------------------------------------------------------------

    def show_error(self, row: int, text: str) -> QWidget:
        """Show ``text`` for session ``row`` (-1: about the list); returns the widget to focus."""
        if 0 <= row < self.model.rowCount():
            self.select_row(row)
            self.session_error.setText(text)
            self.session_error.show()
            return self.title_edit
        self.sessions_error.setText(text)
        self.sessions_error.show()
        return self.add_button

    def clear_errors(self) -> None:
        """Hide the inline errors."""
        self.session_error.hide()
        self.sessions_error.hide()
