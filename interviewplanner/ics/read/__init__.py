"""Reading side: ``.ics`` bytes → busy intervals (see README: layers and data flow).

Modules, in pipeline order: :mod:`.lines` (bytes → unfolded, decoded lines), :mod:`.tree`
(lines → properties and the component tree), :mod:`.values` (value text → dates, durations,
periods), :mod:`.zones` (TZID → tzinfo), :mod:`.times` (date/time properties → instants),
:mod:`.vevent` (VEVENT → event record), :mod:`.busy` (busy or free; VFREEBUSY periods),
:mod:`.recurrence` (RRULE → bounded expansion), :mod:`.series` (records → occurrences), and
:mod:`.pipeline`, which runs them all.

Public API: :func:`read_calendar` and :class:`NotICalendarError`.
"""

from interviewplanner.ics.read.pipeline import NotICalendarError, read_calendar

__all__ = ["NotICalendarError", "read_calendar"]
