"""The command line's English for the .ics reader's notes (warnings and skip reasons).

The reader reports :class:`~interviewplanner.core.read_notes.ReadNote` values; this module words
them exactly as ``import-ics`` has always printed them: a warning as ``line 43: <sentence>``, a
skipped component's reason as the sentence (``VEVENT skipped: line 47: <sentence>`` for a fault
inside a VEVENT, whose line is the property at fault).
"""

from __future__ import annotations

from interviewplanner.core.model import SkippedComponent
from interviewplanner.core.read_notes import EVENT_FAULTS, ReadCode, ReadNote

NOTES: dict[ReadCode, str] = {
    ReadCode.ENCODING_UTF16: "the file is UTF-16; read it as such",
    ReadCode.ENCODING_SHIFT_JIS: "the file is not UTF-8; read it as Shift_JIS (cp932)",
    ReadCode.ENCODING_REPLACED: (
        "the file is neither UTF-8 nor Shift_JIS; undecodable bytes replaced"),
    ReadCode.NOT_CONTENT_LINE: "not an iCalendar content line (no 'NAME:value' form); ignored",
    ReadCode.EMPTY_NAME_LINE: "not an iCalendar content line (an empty name); ignored",
    ReadCode.BEGIN_END_WITHOUT_NAME: "{name} without a component name; ignored",
    ReadCode.PROPERTY_OUTSIDE_COMPONENT: "{name} outside any component; ignored",
    ReadCode.NESTED_TOO_DEEP: (
        "BEGIN:{name} nests deeper than {depth} components; ignored with everything inside it"),
    ReadCode.CALENDAR_WHILE_OPEN: (
        "BEGIN:VCALENDAR while the {name} of line {opened} is still open; "
        "that one is read as ending here"),
    ReadCode.END_WITHOUT_BEGIN: "END:{name} without a matching BEGIN; ignored",
    ReadCode.FILE_TRUNCATED: "the file is truncated (no END:{name})",
    ReadCode.COMPONENT_OUTSIDE_CALENDAR: "{name} outside VCALENDAR; ignored",
    ReadCode.COMPONENT_UNCLOSED: (
        "{name} starting at line {line} has no END:{name} ({came} at line {came_line} "
        "came first)"),
    ReadCode.COMPONENT_TRUNCATED: (
        "{name} starting at line {line} is truncated: the file ends at line {last} "
        "without END:{name}"),
    ReadCode.METHOD_CANCEL: "METHOD:CANCEL — the file cancels events, so it adds no busy time",
    ReadCode.UNKNOWN_CALENDAR_ZONE: (
        "unknown X-WR-TIMEZONE {tzid!r}; floating times read in the interviewer's zone"),
    ReadCode.UNKNOWN_TZID: "unknown TZID {tzid!r} read as the interviewer's zone ({zone})",
    ReadCode.VTIMEZONE_UNUSABLE: (
        "VTIMEZONE {tzid!r} is unusable ({detail}); reading the TZID by name instead"),
    ReadCode.RRULE_FIRST_ONLY: "invalid RRULE ({detail}); only the first occurrence kept",
    ReadCode.FREEBUSY_MALFORMED: "{detail}; FREEBUSY ignored",
    ReadCode.FREEBUSY_PERIOD_INVALID: "FREEBUSY period is not valid ({detail}); ignored",
    ReadCode.EVENT_NO_DTSTART: "VEVENT has no DTSTART",
    ReadCode.EVENT_BAD_TIME: "{property} is not a valid date/time ({detail})",
    ReadCode.EVENT_BAD_VALUE: "{property} is not valid ({detail})",
    ReadCode.EVENT_MALFORMED_LIST: "{property} is malformed ({detail})",
    ReadCode.EVENT_ENDS_BEFORE_START: "the event ends before it starts",
    ReadCode.EVENT_UNREADABLE: "VEVENT skipped: could not be read ({detail})",
    ReadCode.FREEBUSY_UNREADABLE: "VFREEBUSY skipped: could not be read ({detail})",
    ReadCode.BUDGET_RAN_OUT: (
        "recurring VEVENT not expanded: the time budget for this file ran out"),
    ReadCode.RECURRENCE_TOO_EXPENSIVE: (
        "recurring VEVENT skipped: recurrence too expensive ({detail})"),
    ReadCode.RECURRENCE_INVALID: "recurring VEVENT skipped: invalid RRULE ({detail})",
    ReadCode.EVENT_NOT_EXPANDABLE: "VEVENT skipped: could not be expanded ({detail})",
    ReadCode.EARLIER_TEXT: "{text}",
}
"""Each code's English sentence (without the leading ``line N:``), filled from the note's
fields and ``{line}``."""


def note_text(note: ReadNote) -> str:
    """The note's sentence, without a leading line number."""
    return NOTES[note.code].format(line=note.line, **note.fields)


def warning_text(note: ReadNote) -> str:
    """A warning as printed: ``line 43: <sentence>`` (text stored by earlier versions as is)."""
    if note.code is ReadCode.EARLIER_TEXT:
        return note_text(note)
    return f"line {note.line}: {note_text(note)}"


def reason_text(note: ReadNote) -> str:
    """Why a component was skipped, as printed after ``skipped line N:``."""
    if note.code in EVENT_FAULTS:
        return f"VEVENT skipped: line {note.line}: {note_text(note)}"
    return note_text(note)


def skipped_text(skipped: SkippedComponent) -> str:
    """The reason of one skipped component (its line is printed apart)."""
    return reason_text(skipped.reason)
