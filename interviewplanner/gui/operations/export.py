"""User action: export a booking into a folder, with the messages to send (SPEC §5, §11).

The files go under ``invites/`` and ``calendars/`` (:mod:`interviewplanner.services.export`);
the ready-to-send messages (one per interviewer, one for the candidate, each in its reader's
local time) are composed in every supported language at once, so switching the language in the
dialog needs no second trip to the worker. Exporting changes nothing in the store.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from interviewplanner.core.booking import Booking
from interviewplanner.gui.backend import Report
from interviewplanner.gui.ops import Op

if TYPE_CHECKING:
    from interviewplanner.gui.backend import Store
    from interviewplanner.ics.write import ExportedFile
    from interviewplanner.services.messages import Message


@dataclass(frozen=True, slots=True)
class ExportOutcome:
    """What an export wrote, for which booking version, and the messages by language."""

    folder: Path
    booking: Booking
    files: tuple[ExportedFile, ...]
    messages: dict[str, tuple[Message, ...]]


def export_booking(booking_id: str, folder: Path, *,
                   candidate_sees_addresses: bool = False) -> Op[ExportOutcome]:
    """Write the booking's invites and calendars under ``folder`` and compose its messages.

    An unwritable folder fails with the service's FileError (CANNOT_WRITE, worded by the GUI).
    """

    def run(store: Store, report: Report) -> ExportOutcome:
        from interviewplanner.services import export, messages
        from interviewplanner.services.bookings import get_booking

        booking = get_booking(store, booking_id)
        files, _advice = export.export(store, booking_id, folder,
                                       candidate_sees_addresses=candidate_sees_addresses)
        texts = {language: tuple(messages.compose(booking, language))
                 for language in messages.LANGUAGES}
        return ExportOutcome(folder, booking, tuple(files), texts)

    return Op("export", run, failure_title=QCoreApplication.translate(
        "Operations", "Cannot export the booking"))
