"""What the .ics reader noticed, as data: a :class:`ReadCode` plus the line and the fields.

The reader (:mod:`interviewplanner.ics.read`) never writes a sentence: each warning and each
reason for skipping a component is a :class:`ReadNote`, worded by the faces
(``cli/wording_reader.py`` in English, ``gui/wording/reader.py`` in English and Japanese).

``line`` is the line the note is about: for a warning the line it names ("line 43: ..."), for
a skipped component the line at fault (the component's own line, or, for the
:data:`EVENT_FAULTS`, the property inside the VEVENT that made it unusable). A ``detail`` field
is a parser's technical explanation (an exception's text), shown as it is.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from enum import StrEnum

FieldValue = str | int


class ReadCode(StrEnum):
    """Every distinct warning and skip reason the reader produces (fields in the comment)."""

    # decoding the bytes (warnings)
    ENCODING_UTF16 = "encoding_utf16"
    ENCODING_SHIFT_JIS = "encoding_shift_jis"
    ENCODING_REPLACED = "encoding_replaced"
    # the component tree (warnings)
    NOT_CONTENT_LINE = "not_content_line"  # no 'NAME:value' form
    EMPTY_NAME_LINE = "empty_name_line"  # a content line with an empty name
    BEGIN_END_WITHOUT_NAME = "begin_end_without_name"  # name (BEGIN or END)
    PROPERTY_OUTSIDE_COMPONENT = "property_outside_component"  # name
    NESTED_TOO_DEEP = "nested_too_deep"  # name, depth
    CALENDAR_WHILE_OPEN = "calendar_while_open"  # name, opened (its line)
    END_WITHOUT_BEGIN = "end_without_begin"  # name
    FILE_TRUNCATED = "file_truncated"  # name (the outermost open component)
    COMPONENT_OUTSIDE_CALENDAR = "component_outside_calendar"  # name
    # a broken component (a skip reason for VEVENT/VFREEBUSY, a warning for the others)
    COMPONENT_UNCLOSED = "component_unclosed"  # name, came (e.g. BEGIN:VEVENT), came_line
    COMPONENT_TRUNCATED = "component_truncated"  # name, last (the file's last line)
    # calendar-level warnings
    METHOD_CANCEL = "method_cancel"
    UNKNOWN_CALENDAR_ZONE = "unknown_calendar_zone"  # tzid (X-WR-TIMEZONE)
    UNKNOWN_TZID = "unknown_tzid"  # tzid, zone (the interviewer's)
    VTIMEZONE_UNUSABLE = "vtimezone_unusable"  # tzid, detail
    # property-level warnings
    RRULE_FIRST_ONLY = "rrule_first_only"  # detail
    FREEBUSY_MALFORMED = "freebusy_malformed"  # detail
    FREEBUSY_PERIOD_INVALID = "freebusy_period_invalid"  # detail
    # faults inside a VEVENT that make it unusable (skip reasons, see EVENT_FAULTS)
    EVENT_NO_DTSTART = "event_no_dtstart"
    EVENT_BAD_TIME = "event_bad_time"  # property (DTSTART, DTEND), detail
    EVENT_BAD_VALUE = "event_bad_value"  # property (DURATION, RDATE, EXDATE, RECURRENCE-ID), detail
    EVENT_MALFORMED_LIST = "event_malformed_list"  # property (RDATE, EXDATE), detail
    EVENT_ENDS_BEFORE_START = "event_ends_before_start"
    # skip reasons of whole components and series
    EVENT_UNREADABLE = "event_unreadable"  # detail
    FREEBUSY_UNREADABLE = "freebusy_unreadable"  # detail
    BUDGET_RAN_OUT = "budget_ran_out"
    RECURRENCE_TOO_EXPENSIVE = "recurrence_too_expensive"  # detail
    RECURRENCE_INVALID = "recurrence_invalid"  # detail
    EVENT_NOT_EXPANDABLE = "event_not_expandable"  # detail
    # not the reader's: a warning an earlier version stored as English text
    EARLIER_TEXT = "earlier_text"  # text (as stored, "line N: " included)


EVENT_FAULTS = frozenset({
    ReadCode.EVENT_NO_DTSTART, ReadCode.EVENT_BAD_TIME, ReadCode.EVENT_BAD_VALUE,
    ReadCode.EVENT_MALFORMED_LIST, ReadCode.EVENT_ENDS_BEFORE_START,
})
"""Codes of a fault inside a VEVENT: the note's line is the property at fault, the skipped
component's line the VEVENT's (worded "VEVENT skipped: line 7: ...")."""


@dataclass(frozen=True, slots=True)
class ReadNote:
    """One warning or skip reason of the reader: a code, the line it is about, its fields.

    Build with :meth:`of` (``ReadNote.of(ReadCode.UNKNOWN_TZID, 7, tzid="Foo", zone=...)``);
    ``items`` keeps the fields sorted by name so that equal notes compare and hash equal.
    """

    code: ReadCode
    line: int
    items: tuple[tuple[str, FieldValue], ...] = ()

    @classmethod
    def of(cls, code: ReadCode, line: int, **fields: FieldValue) -> ReadNote:
        """A note with ``fields`` (names as listed on :class:`ReadCode`)."""
        return cls(code, line, tuple(sorted(fields.items())))

    @property
    def fields(self) -> dict[str, FieldValue]:
        """The fields by name."""
        return dict(self.items)

    def dumps(self) -> str:
        """A language-neutral text to store (JSON), read back by :meth:`loads`."""
        return json.dumps({"code": self.code.value, "line": self.line, **self.fields},
                          ensure_ascii=False, sort_keys=True)

    @classmethod
    def loads(cls, text: str) -> ReadNote:
        """The note :meth:`dumps` gave; anything else (a warning an earlier version stored as
        English text) becomes an ``EARLIER_TEXT`` note that keeps the text."""
        try:
            data = json.loads(text)
            code = ReadCode(data.pop("code"))
            line = int(data.pop("line"))
            return cls.of(code, line, **{str(k): v for k, v in data.items()
                                         if isinstance(v, (str, int))})
        except (ValueError, TypeError, KeyError, AttributeError):
            return cls.of(ReadCode.EARLIER_TEXT, _leading_line(text), text=text)


def _leading_line(text: str) -> int:
    """The N of a text starting ``line N:`` (0 when it names none)."""
    head = text.removeprefix("line ").split(":", 1)[0]
    return int(head) if text.startswith("line ") and head.isdigit() else 0
