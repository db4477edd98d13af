"""Interviewers → Remove interviewer… (Delete on the roster): a confirmation naming the person.

Removing runs on the worker. The service refuses while the person has a confirmed booking that
is not over; the window's error dialog then lists those bookings and says to cancel or move
them first (:mod:`interviewplanner.gui.wording.errors`). Removal takes the person's calendar
sources and imported busy time with them; past and cancelled bookings keep their name.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from interviewplanner.core.model import Interviewer
from interviewplanner.gui.operations import roster as roster_ops
from interviewplanner.gui.ops import OpRunner

if TYPE_CHECKING:
    from interviewplanner.services.removal import Removal


def ask_to_remove(parent: QWidget, runner: OpRunner, person: Interviewer, now: datetime,
                  removed: Callable[[Removal], object]) -> QMessageBox:
    """Open (without blocking) the question; on "Remove", remove ``person`` and call
    ``removed(removal)``. A refusal opens the runner's worded error dialog."""
    box = QMessageBox(parent)
    box.setObjectName("RemoveInterviewerDialog")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("RemoveInterviewer", "Remove interviewer"))
    box.setText(QCoreApplication.translate(
        "RemoveInterviewer", "Remove {name} ({email}) from the roster?").format(
        name=person.name, email=person.email))
    box.setInformativeText(QCoreApplication.translate("RemoveInterviewer",
        "Their calendars and imported busy time are deleted too. Past and cancelled bookings "
        "keep their name. Someone with upcoming interviews cannot be removed until those "
        "bookings are cancelled or moved."))
    confirm = box.addButton(QCoreApplication.translate("RemoveInterviewer", "&Remove"),
                            QMessageBox.ButtonRole.DestructiveRole)
    confirm.setObjectName("confirmRemove")
    keep = box.addButton(QCoreApplication.translate("RemoveInterviewer", "&Keep"),
                         QMessageBox.ButtonRole.RejectRole)
    keep.setObjectName("keepInterviewer")
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)

    def clicked(button: object) -> None:
        if button is confirm:
            roster_ops.remove_interviewer(person.email, now).success(removed).run(runner)

    box.buttonClicked.connect(clicked)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
