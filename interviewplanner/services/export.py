"""Use case: write a booking's invites and calendars into a folder (SPEC §5)."""

from __future__ import annotations

from pathlib import Path

from interviewplanner.ics.write import ExportedFile, export_booking, update_advice
from interviewplanner.services.bookings import get_booking
from interviewplanner.services.errors import ErrorCode, FileError
from interviewplanner.services.languages import with_languages
from interviewplanner.storage.db import Store


def export(store: Store, booking_id: str, out_dir: Path, *,
           candidate_sees_addresses: bool = False) -> tuple[list[ExportedFile], list[str]]:
    """Write the files of ``booking_id`` under ``out_dir``; return them and the advice to show."""
    booking = with_languages(store, get_booking(store, booking_id))
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        files = export_booking(booking, out_dir,
                               include_addresses_for_candidate=candidate_sees_addresses)
    except OSError as exc:
        raise FileError(ErrorCode.CANNOT_WRITE, str(out_dir), detail=exc.strerror or str(exc)) from exc
    return files, update_advice(booking)
