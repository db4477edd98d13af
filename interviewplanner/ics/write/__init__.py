"""Writing side: a booking → ``.ics`` invite and calendar files (SPEC §5).

Modules: :mod:`.export` (which files, and the VCALENDAR of each), :mod:`.vevent` (one VEVENT's
content lines), :mod:`.zones` (VTIMEZONE lines from the tz database), :mod:`.description` (the
DESCRIPTION text), :mod:`.text` (escaping and quoting of values), :mod:`.fold` (75-octet
folding, CRLF), :mod:`.folder` (safe file names, atomic writes) and :mod:`.advice` (what to tell
the coordinator about sending the files).
"""

from interviewplanner.ics.write.advice import update_advice
from interviewplanner.ics.write.export import (
    PRODUCT_ID,
    calendar_for,
    candidate_calendar,
    combined_calendar,
    export_booking,
    interviewer_emails,
    invite_for_session,
)
from interviewplanner.ics.write.folder import ExportedFile

__all__ = [
    "PRODUCT_ID", "ExportedFile", "calendar_for", "candidate_calendar", "combined_calendar",
    "export_booking", "interviewer_emails", "invite_for_session", "update_advice",
]
