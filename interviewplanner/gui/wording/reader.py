"""What the .ics reader noticed, in the user's language: every :class:`ReadCode` through tr().

The reader reports warnings and skip reasons as
:class:`~interviewplanner.core.read_notes.ReadNote` values (a code, the line, fields); the
import summary shows each as a line label (:func:`line_label`: "line 43" / "行 43") and a
sentence (:func:`note_text`, :func:`skipped_text`), in the ``ReaderWording`` context. A parser's
technical ``detail`` (English, from the iCalendar parser) is not part of the sentence: it goes
to the tooltip (:func:`detail_text`).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from interviewplanner.core.model import SkippedComponent
from interviewplanner.core.read_notes import EVENT_FAULTS, ReadCode, ReadNote
from interviewplanner.gui.i18n import QT_TRANSLATE_NOOP

CONTEXT = "ReaderWording"

NOTES: dict[ReadCode, str] = {
    ReadCode.ENCODING_UTF16: QT_TRANSLATE_NOOP(
        "ReaderWording", "The file is in UTF-16; it was read as such."),
    ReadCode.ENCODING_SHIFT_JIS: QT_TRANSLATE_NOOP(
        "ReaderWording", "The file is not in UTF-8; it was read as Shift_JIS (cp932)."),
    ReadCode.ENCODING_REPLACED: QT_TRANSLATE_NOOP(
        "ReaderWording", "The file is neither UTF-8 nor Shift_JIS; characters that could not "
                         "be read were replaced."),
    ReadCode.NOT_CONTENT_LINE: QT_TRANSLATE_NOOP(
        "ReaderWording", "This line is not in the iCalendar “NAME:value” form; it was "
                         "ignored."),
    ReadCode.EMPTY_NAME_LINE: QT_TRANSLATE_NOOP(
        "ReaderWording", "This line has no property name; it was ignored."),
    ReadCode.BEGIN_END_WITHOUT_NAME: QT_TRANSLATE_NOOP(
        "ReaderWording", "{name} without a component name; the line was ignored."),
    ReadCode.PROPERTY_OUTSIDE_COMPONENT: QT_TRANSLATE_NOOP(
        "ReaderWording", "{name} is outside any component; it was ignored."),
    ReadCode.NESTED_TOO_DEEP: QT_TRANSLATE_NOOP(
        "ReaderWording", "BEGIN:{name} is nested more than {depth} levels deep; it was ignored "
                         "with everything inside it."),
    ReadCode.CALENDAR_WHILE_OPEN: QT_TRANSLATE_NOOP(
        "ReaderWording", "A new VCALENDAR begins while the {name} of line {opened} is still "
                         "open; that one is read as ending here."),
    ReadCode.END_WITHOUT_BEGIN: QT_TRANSLATE_NOOP(
        "ReaderWording", "END:{name} has no matching BEGIN; it was ignored."),
    ReadCode.FILE_TRUNCATED: QT_TRANSLATE_NOOP(
        "ReaderWording", "The file is cut off (END:{name} is missing)."),
    ReadCode.COMPONENT_OUTSIDE_CALENDAR: QT_TRANSLATE_NOOP(
        "ReaderWording", "{name} is outside VCALENDAR; it was ignored."),
    ReadCode.COMPONENT_UNCLOSED: QT_TRANSLATE_NOOP(
        "ReaderWording", "The {name} starting on line {line} has no END:{name} ({came} on line "
                         "{came_line} came first)."),
    ReadCode.COMPONENT_TRUNCATED: QT_TRANSLATE_NOOP(
        "ReaderWording", "The {name} starting on line {line} is cut off: the file ends on line "
                         "{last} without END:{name}."),
    ReadCode.METHOD_CANCEL: QT_TRANSLATE_NOOP(
        "ReaderWording", "The file cancels events (METHOD:CANCEL), so it adds no busy time."),
    ReadCode.UNKNOWN_CALENDAR_ZONE: QT_TRANSLATE_NOOP(
        "ReaderWording", "The calendar's time zone “{tzid}” (X-WR-TIMEZONE) is unknown; times "
                         "without a zone were read in the interviewer's time zone."),
    ReadCode.UNKNOWN_TZID: QT_TRANSLATE_NOOP(
        "ReaderWording", "The time zone “{tzid}” is unknown; it was read as the interviewer's "
                         "time zone ({zone})."),
    ReadCode.VTIMEZONE_UNUSABLE: QT_TRANSLATE_NOOP(
        "ReaderWording", "The time zone definition “{tzid}” cannot be used; the zone was looked "
                         "up by its name instead."),
    ReadCode.RRULE_FIRST_ONLY: QT_TRANSLATE_NOOP(
        "ReaderWording", "The repeat rule (RRULE) cannot be read; only the first occurrence was "
                         "kept."),
    ReadCode.FREEBUSY_MALFORMED: QT_TRANSLATE_NOOP(
        "ReaderWording", "A FREEBUSY line is malformed; it was ignored."),
    ReadCode.FREEBUSY_PERIOD_INVALID: QT_TRANSLATE_NOOP(
        "ReaderWording", "A FREEBUSY period is not valid; it was ignored."),
    ReadCode.EVENT_NO_DTSTART: QT_TRANSLATE_NOOP(
        "ReaderWording", "The event has no start time (DTSTART)."),
    ReadCode.EVENT_BAD_TIME: QT_TRANSLATE_NOOP(
        "ReaderWording", "{property} is not a valid date and time."),
    ReadCode.EVENT_BAD_VALUE: QT_TRANSLATE_NOOP(
        "ReaderWording", "{property} is not valid."),
    ReadCode.EVENT_MALFORMED_LIST: QT_TRANSLATE_NOOP(
        "ReaderWording", "{property} is malformed."),
    ReadCode.EVENT_ENDS_BEFORE_START: QT_TRANSLATE_NOOP(
        "ReaderWording", "The event ends before it starts."),
    ReadCode.EVENT_UNREADABLE: QT_TRANSLATE_NOOP(
        "ReaderWording", "The event could not be read."),
    ReadCode.FREEBUSY_UNREADABLE: QT_TRANSLATE_NOOP(
        "ReaderWording", "The free/busy block (VFREEBUSY) could not be read."),
    ReadCode.BUDGET_RAN_OUT: QT_TRANSLATE_NOOP(
        "ReaderWording", "The recurring event was not expanded: the time allowed for this file "
                         "ran out."),
    ReadCode.RECURRENCE_TOO_EXPENSIVE: QT_TRANSLATE_NOOP(
        "ReaderWording", "The recurring event repeats too often to be expanded."),
    ReadCode.RECURRENCE_INVALID: QT_TRANSLATE_NOOP(
        "ReaderWording", "The repeat rule (RRULE) of the recurring event is not valid."),
    ReadCode.EVENT_NOT_EXPANDABLE: QT_TRANSLATE_NOOP(
        "ReaderWording", "The event's occurrences could not be worked out."),
    ReadCode.EARLIER_TEXT: QT_TRANSLATE_NOOP(
        "ReaderWording", "Noted by an earlier version: {text}"),
}
"""Source text of each reader code; :func:`note_text` translates it and fills in the fields."""

_LINE = QT_TRANSLATE_NOOP("ReaderWording", "line {line}")
_WARNING = QT_TRANSLATE_NOOP("ReaderWording", "warning")
_SKIPPED = QT_TRANSLATE_NOOP("ReaderWording", "Skipped: {reason}")
_SKIPPED_AT = QT_TRANSLATE_NOOP("ReaderWording", "Skipped (line {line}): {reason}")
_DETAIL = QT_TRANSLATE_NOOP("ReaderWording", "Details: {detail}")


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def line_label(line: int) -> str:
    """"line 43" / "行 43"; "warning" / "警告" for a note that names no line."""
    return _tr(_LINE).format(line=line) if line > 0 else _tr(_WARNING)


def note_text(note: ReadNote) -> str:
    """The note as a translated sentence (without its line number or technical detail)."""
    fields = {k: v for k, v in note.fields.items() if k != "line"}
    return _tr(NOTES[note.code]).format(line=note.line, **fields)


def skipped_text(skipped: SkippedComponent) -> str:
    """Why a component was skipped: "Skipped: <sentence>", naming the line at fault when it is
    not the component's own (a property inside the event)."""
    note = skipped.reason
    if note.code in EVENT_FAULTS and note.line != skipped.line:
        return _tr(_SKIPPED_AT).format(reason=note_text(note), line=note.line)
    return _tr(_SKIPPED).format(reason=note_text(note))


def detail_text(note: ReadNote) -> str:
    """The parser's technical detail ("Details: …"), or "" when the note has none."""
    detail = note.fields.get("detail")
    return _tr(_DETAIL).format(detail=detail) if detail else ""
