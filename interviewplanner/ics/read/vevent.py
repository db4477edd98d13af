"""VEVENT component → :class:`EventRecord` (times, length, recurrence parts, busy flag, title).

Anything that makes an event unusable (no DTSTART, an impossible date, DTEND before DTSTART,
a bad DURATION) raises :class:`BrokenEvent` with the line at fault, so the reader can skip just
that event. An RRULE that cannot be read does not sink the event: its first occurrence is kept
and a warning is recorded.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from typing import TypeVar

from interviewplanner.core.read_notes import FieldValue, ReadCode, ReadNote
from interviewplanner.ics.read.busy import free_reason
from interviewplanner.ics.read.recurrence import RRuleError, RuleSpec, parse_rrule
from interviewplanner.ics.read.times import Moment, TimeReader
from interviewplanner.ics.read.tree import Component, Prop, PropertyError, first_text, param
from interviewplanner.ics.read.values import (
    Duration,
    parse_date_time,
    parse_duration,
    split_list,
    unescape_text,
)


class BrokenEvent(ValueError):
    """An event that cannot be used; ``note`` says why, at the line where the problem is (one
    of :data:`~interviewplanner.core.read_notes.EVENT_FAULTS`)."""

    def __init__(self, code: ReadCode, line: int, **fields: FieldValue) -> None:
        super().__init__(code.value)
        self.note = ReadNote.of(code, line, **fields)


@dataclass(frozen=True, slots=True)
class ExtraDate:
    """An RDATE occurrence: its start and, for PERIOD values, its own UTC end."""

    start: Moment
    end: datetime | None


@dataclass(slots=True)
class EventRecord:
    """What the reader needs from one VEVENT."""

    line: int
    uid: str | None
    start: Moment
    length: Duration
    end: datetime
    busy: bool
    title: str | None
    sequence: int = 0
    stamp: datetime | None = None
    recurrence_id: Moment | None = None
    this_and_future: bool = False
    rule: RuleSpec | None = None
    rdates: Sequence[ExtraDate] = ()  # a shared empty tuple for most events, not a list each
    exdates: Sequence[Moment] = ()

    @property
    def recurring(self) -> bool:
        """True for a master with RRULE or RDATE."""
        return self.recurrence_id is None and (self.rule is not None or bool(self.rdates))


def _moment(reader: TimeReader, prop: Prop, what: str) -> Moment:
    try:
        return reader.read_prop(prop)
    except (ValueError, OverflowError) as exc:
        raise BrokenEvent(ReadCode.EVENT_BAD_TIME, prop.line, property=what,
                          detail=str(exc)) from None


_SECOND = timedelta(seconds=1)


@lru_cache(maxsize=1024)
def _length_of(days: int = 0, seconds: int = 0) -> Duration:
    """``Duration(days, seconds)``, shared (events mostly last one of a few lengths; a Duration
    is immutable)."""
    return Duration(days, seconds)


def _length(component: Component, reader: TimeReader, start: Moment) -> Duration:
    """The event's length: from DTEND (exact, or whole days for DATE), DURATION, or the default."""
    props = component.props
    found = props.get("DTEND")
    if found:
        dtend = found[0]
        end = _moment(reader, dtend, "DTEND")
        if start.is_date and end.is_date:
            return _length_of(days=(end.wall - start.wall).days)
        return _length_of(seconds=(end.utc - start.utc) // _SECOND)
    found = props.get("DURATION")
    if found:
        duration = found[0]
        try:
            return parse_duration(duration.value)
        except (ValueError, PropertyError) as exc:
            raise BrokenEvent(ReadCode.EVENT_BAD_VALUE, duration.line, property="DURATION",
                              detail=str(exc)) from None
    return Duration(1, 0) if start.is_date else Duration(0, 0)


@lru_cache(maxsize=4096)
def _stamp_value(text: str) -> datetime | None:
    """A DTSTAMP as UTC (exports stamp every event the same way: worth a cache)."""
    try:
        local, _ = parse_date_time(text)
    except ValueError:
        return None
    return local.replace(tzinfo=UTC)


def _rule(component: Component, reader: TimeReader, start: Moment,
          warnings: list[ReadNote]) -> RuleSpec | None:
    prop = component.first("RRULE")
    if prop is None:
        return None

    def read_until(value: datetime, is_utc: bool) -> datetime:
        if not is_utc or start.zone is UTC:
            return value
        return reader.wall_of(value.replace(tzinfo=UTC), start.zone)

    try:
        return parse_rrule(prop.value, read_until)
    except (RRuleError, PropertyError, OverflowError) as exc:
        warnings.append(ReadNote.of(ReadCode.RRULE_FIRST_ONLY, prop.line, detail=str(exc)))
        return None


_Dated = TypeVar("_Dated")


def _date_list(component: Component, name: str,
               read_one: Callable[[str, dict[str, list[str]], int], _Dated]) -> list[_Dated]:
    """Every value of the list properties ``name`` (EXDATE, RDATE), each read by ``read_one``."""
    result: list[_Dated] = []
    for prop in component.all(name):
        try:
            params, value = prop.split()
        except PropertyError as exc:
            raise BrokenEvent(ReadCode.EVENT_MALFORMED_LIST, prop.line, property=name,
                              detail=str(exc)) from None
        for item in split_list(value):
            try:
                result.append(read_one(item, params, prop.line))
            except (ValueError, OverflowError) as exc:
                raise BrokenEvent(ReadCode.EVENT_BAD_VALUE, prop.line, property=name,
                                  detail=str(exc)) from None
    return result


def _rdate_reader(reader: TimeReader) -> Callable[[str, dict[str, list[str]], int], ExtraDate]:
    """Reads one RDATE value: a DATE/DATE-TIME, or a PERIOD with its own end."""
    def read_one(item: str, params: dict[str, list[str]], line: int) -> ExtraDate:
        if (param(params, "VALUE") or "").upper() != "PERIOD" and "/" not in item:
            return ExtraDate(reader.read(item, params, line), None)
        return ExtraDate(*reader.read_period(item, params, line))
    return read_one


def _recurrence_id(component: Component, reader: TimeReader) -> tuple[Moment | None, bool]:
    prop = component.first("RECURRENCE-ID")
    if prop is None:
        return None, False
    try:
        params, value = prop.split()
        moment = reader.read(value, params, prop.line)
    except (ValueError, OverflowError) as exc:
        raise BrokenEvent(ReadCode.EVENT_BAD_VALUE, prop.line, property="RECURRENCE-ID",
                          detail=str(exc)) from None
    return moment, (param(params, "RANGE") or "").upper() == "THISANDFUTURE"


def _title(component: Component) -> str | None:
    prop = component.first("SUMMARY")
    if prop is None:
        return None
    try:
        return unescape_text(prop.value)
    except PropertyError:
        return None


def read_event(component: Component, reader: TimeReader, owner_emails: frozenset[str],
               warnings: list[ReadNote]) -> EventRecord:
    """Build an :class:`EventRecord`; raise :class:`BrokenEvent` if the event is unusable.

    The properties are looked up in the component's dict directly (this runs once per event:
    the accessors' calls were a good part of its time).
    """
    props = component.props
    found = props.get("DTSTART")
    if not found:
        raise BrokenEvent(ReadCode.EVENT_NO_DTSTART, component.line)
    dtstart = found[0]
    start = _moment(reader, dtstart, "DTSTART")
    length = _length(component, reader, start)
    if length.is_negative:
        raise BrokenEvent(ReadCode.EVENT_ENDS_BEFORE_START, dtstart.line)
    recurrence_id, this_and_future = (_recurrence_id(component, reader)
                                      if "RECURRENCE-ID" in props else (None, False))
    sequence = first_text(props, "SEQUENCE")
    try:
        number = int(sequence) if sequence else 0
    except ValueError:
        number = 0
    stamp = first_text(props, "DTSTAMP") or first_text(props, "LAST-MODIFIED")
    record = EventRecord(
        component.line,
        first_text(props, "UID") or None,
        start,
        length,
        reader.end_after(start, length),
        free_reason(component, owner_emails) is None,
        _title(component) if "SUMMARY" in props else None,
        number,
        _stamp_value(stamp) if stamp else None,
        recurrence_id,
        this_and_future,
    )
    if recurrence_id is None:
        if "RRULE" in props:
            record.rule = _rule(component, reader, start, warnings)
        if "RDATE" in props:
            record.rdates = _date_list(component, "RDATE", _rdate_reader(reader))
        if "EXDATE" in props:
            record.exdates = _date_list(component, "EXDATE", reader.read)
    return record
