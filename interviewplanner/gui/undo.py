"""Undo and redo of booking changes: a QUndoStack over the service that restores a state.

Each :class:`~interviewplanner.gui.operations.bookings.BookingChange` (a booking made, moved or
cancelled) becomes a command. Undo gives the booking its state from before the change, redo the
state after it — always as a NEW revision (SEQUENCE + 1, fresh DTSTAMP), because invites of
the change may already be out and the next export must replace them. The service re-checks a
confirmed state against the calendars as they are now, and refuses when the booking moved on
meanwhile (its revision is not the one this command left): that is what "where it is safe"
means here. A refused undo or redo is worded in a dialog and the history is cleared, since what
lies below it may depend on it. A failure that is not the booking's fault (the database busy
or unreachable) keeps the history as it was, to try again.

Undo and redo run on the worker; :class:`QUndoStack` moves its index at once, so while one runs
both actions are disabled.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QMessageBox

from interviewplanner.core.booking import Booking, BookingState
from interviewplanner.gui import errors
from interviewplanner.gui.operations import bookings as booking_ops
from interviewplanner.gui.operations.bookings import BookingChange
from interviewplanner.gui.ops import OpRunner
from interviewplanner.services.errors import UserError


def undo_text(change: BookingChange) -> str:
    """``&Undo cancel of Jane Doe's panel`` (translated, with its mnemonic)."""
    texts = {"book": QCoreApplication.translate("Undo", "&Undo booking of {name}'s panel"),
             "cancel": QCoreApplication.translate("Undo", "&Undo cancel of {name}'s panel"),
             "reschedule": QCoreApplication.translate("Undo", "&Undo reschedule of {name}'s panel")}
    return texts[change.kind].format(name=change.candidate.replace("&", "&&"))


def redo_text(change: BookingChange) -> str:
    """``&Redo cancel of Jane Doe's panel`` (translated, with its mnemonic)."""
    texts = {"book": QCoreApplication.translate("Undo", "&Redo booking of {name}'s panel"),
             "cancel": QCoreApplication.translate("Undo", "&Redo cancel of {name}'s panel"),
             "reschedule": QCoreApplication.translate("Undo", "&Redo reschedule of {name}'s panel")}
    return texts[change.kind].format(name=change.candidate.replace("&", "&&"))


_CJK_MNEMONIC = re.compile(r"\(&[^&]\)")


def plain_text(text: str) -> str:
    """``text`` without its mnemonic: "&Undo" → "Undo", "元に戻す(&U)" → "元に戻す", "&&" → "&"."""
    text = _CJK_MNEMONIC.sub("", text)
    return re.sub(r"&(.)", r"\1", text)


class BookingCommand(QUndoCommand):
    """One booking change on the stack; it remembers the revision it last left the booking at."""

    def __init__(self, owner: BookingUndo, change: BookingChange) -> None:
        """A command for ``change``, which has already happened when it is pushed."""
        super().__init__(change.kind)
        self.owner = owner
        self.change = change
        self.revision = change.after.revision
        self._done_once = False

    def redo(self) -> None:
        """Bring back the state after the change (the first call, at push, does nothing)."""
        if not self._done_once:
            self._done_once = True
            return
        if not self.owner.syncing:
            self.owner._restore(self, self.change.after, undoing=False)

    def undo(self) -> None:
        """Bring back the state before the change."""
        if not self.owner.syncing:
            self.owner._restore(self, self.change.before, undoing=True)


class BookingUndo(QObject):
    """The window's undo history of booking changes.

    Signals:
        stateChanged(): what can be undone or redone changed (texts, enabled, running).
        restored(object, bool): an undo (True) or redo (False) made this Booking revision.
        refused(object, bool): an undo (True) or redo (False) failed with this exception (the
            dialog is open; the history was cleared when the booking itself was the reason).
    """

    stateChanged = Signal()
    restored = Signal(object, bool)
    refused = Signal(object, bool)

    def __init__(self, runner: OpRunner, parent: QObject | None = None) -> None:
        """Undo through ``runner`` (its worker, change bus and dialog parent)."""
        super().__init__(parent)
        self.runner = runner
        self.stack = QUndoStack(self)
        self.running = False
        self.syncing = False  # moving the stack's index back without running anything
        self.last_error: QMessageBox | None = None
        # Signal to signal: Qt drops these before the stack (a child) is destroyed with us.
        self.stack.indexChanged.connect(self.stateChanged)
        self.stack.canUndoChanged.connect(self.stateChanged)
        self.stack.canRedoChanged.connect(self.stateChanged)

    # -- recording -------------------------------------------------------------------------

    def record(self, change: BookingChange) -> bool:
        """Put ``change`` on the stack if it can be undone safely; True if it was."""
        if not change.undoable:
            return False
        self.stack.push(BookingCommand(self, change))
        return True

    def record_booked(self, booking: Booking) -> bool:
        """A booking was just made (e.g. by the planner): undoing it cancels it."""
        return self.record(BookingChange.booked(booking))

    # -- undo / redo -----------------------------------------------------------------------

    def can_undo(self) -> bool:
        """True when there is something to undo and nothing is running."""
        return self.stack.canUndo() and not self.running

    def can_redo(self) -> bool:
        """True when there is something to redo and nothing is running."""
        return self.stack.canRedo() and not self.running

    def undo(self) -> None:
        """Undo the last change (on the worker)."""
        if self.can_undo():
            self.stack.undo()

    def redo(self) -> None:
        """Redo the change undone last (on the worker)."""
        if self.can_redo():
            self.stack.redo()

    def _command(self, index: int) -> BookingCommand | None:
        command = self.stack.command(index) if 0 <= index < self.stack.count() else None
        return command if isinstance(command, BookingCommand) else None

    def undo_text(self) -> str:
        """What Undo would do now, with a mnemonic ("" when nothing)."""
        command = self._command(self.stack.index() - 1)
        return undo_text(command.change) if command is not None else ""

    def redo_text(self) -> str:
        """What Redo would do now, with a mnemonic ("" when nothing)."""
        command = self._command(self.stack.index())
        return redo_text(command.change) if command is not None else ""

    def _restore(self, command: BookingCommand, state: BookingState, *, undoing: bool) -> None:
        change = command.change
        self.running = True
        self.stateChanged.emit()

        def done(booking: Booking) -> None:
            command.revision = booking.sequence
            self.restored.emit(booking, undoing)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, UserError):  # the booking moved on: this history is stale
                self.stack.clear()
            else:  # busy, unreachable...: put the index back, to try again later
                self._step_back(undoing=undoing)
            title = (QCoreApplication.translate("Undo", "Cannot undo") if undoing
                 else QCoreApplication.translate("Undo", "Cannot redo"))
            self.last_error = errors.show_error(self.runner.window, title, exc)
            self.refused.emit(exc, undoing)

        def finished() -> None:
            self.running = False
            self.stateChanged.emit()

        (booking_ops.restore_state(change.booking_id, state, expected_revision=command.revision)
         .success(done).failure(failed).finished(finished).run(self.runner))

    def _step_back(self, *, undoing: bool) -> None:
        """Undo the stack's index move of a failed undo (or redo) without running anything."""
        self.syncing = True
        try:
            if undoing:
                self.stack.redo()
            else:
                self.stack.undo()
        finally:
            self.syncing = False

    # -- actions ---------------------------------------------------------------------------

    def bind(self, undo: QAction, redo: QAction) -> Callable[[], None]:
        """Keep ``undo`` and ``redo`` enabled and named after what they would do; returns the
        function that re-applies the texts (call it after the actions are re-translated)."""

        def apply() -> None:
            _label(undo, self.undo_text(), QCoreApplication.translate("Undo", "&Undo"), self.can_undo())
            _label(redo, self.redo_text(), QCoreApplication.translate("Undo", "&Redo"), self.can_redo())

        self.stateChanged.connect(apply)
        apply()
        return apply


def _label(action: QAction, text: str, plain: str, enabled: bool) -> None:
    """Name ``action`` ``text`` (with its mnemonic), or ``plain`` when there is nothing to do."""
    action.setText(text or plain)
    tip = plain_text(action.text())
    action.setIconText(tip)
    shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    action.setToolTip(f"{tip} ({shortcut})" if shortcut else tip)
    action.setStatusTip(tip)
    action.setEnabled(enabled)
