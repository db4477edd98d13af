"""ics layer: .ics bytes → busy intervals (see README: layers and data flow).

Public API: :func:`read_calendar` and :class:`NotICalendarError` (from :mod:`.reader`).
"""

from interviewplanner.ics.reader import NotICalendarError, read_calendar

__all__ = ["NotICalendarError", "read_calendar"]
