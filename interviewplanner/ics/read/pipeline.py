"""The reading pipeline: ``.ics`` bytes → :class:`~interviewplanner.core.model.ParsedCalendar`.

Pipeline: :mod:`.lines` (bytes → logical lines) → :mod:`.tree` (component tree) →
:mod:`.vevent` / :mod:`.busy` (records) → :mod:`.series` (de-duplication, expansion over the
horizon, overrides) → busy intervals in UTC, sorted, one per occurrence. Damage is contained per
component; only a file that is not iCalendar at all raises :class:`NotICalendarError`.
"""

from __future__ import annotations

import gc
import re
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, tzinfo
from itertools import chain, islice
from operator import itemgetter

from interviewplanner.core.intervals import Interval
from interviewplanner.core.model import ParsedCalendar, SkippedComponent
from interviewplanner.core.read_notes import FieldValue, ReadCode, ReadNote
from interviewplanner.core.timezones import get_zone
from interviewplanner.ics.read.busy import freebusy_periods, owner_set
from interviewplanner.ics.read.lines import DecodedText, decode
from interviewplanner.ics.read.recurrence import Budget, BudgetExpired, ExpansionError, RRuleError
from interviewplanner.ics.read.series import Expander, Occurrence, Series, group, one_off
from interviewplanner.ics.read.times import TimeReader
from interviewplanner.ics.read.tree import Component, TreeBuilder
from interviewplanner.ics.read.vevent import BrokenEvent, EventRecord, read_event
from interviewplanner.ics.read.zones import ZoneResolver

_BEGIN_CALENDAR_LINE = re.compile(r"^[^\S\n]*BEGIN[^\S\n]*:[^\S\n]*VCALENDAR[^\S\n]*$",
                                  re.IGNORECASE | re.MULTILINE)
"""A line ``BEGIN:VCALENDAR`` (any case, blanks around the words) in a whole LF-separated text
(each blank there is any whitespace but a line break)."""
READ_PROPERTIES = frozenset({
    "ATTENDEE", "DTEND", "DTSTAMP", "DTSTART", "DURATION", "EXDATE", "FREEBUSY",
    "LAST-MODIFIED", "METHOD", "RDATE", "RECURRENCE-ID", "RRULE", "SEQUENCE", "STATUS",
    "SUMMARY", "TRANSP", "TZID", "TZOFFSETFROM", "TZOFFSETTO", "UID", "X-WR-TIMEZONE",
})
"""Every property the reader looks at (in any component); the tree stores no other."""
_IGNORED = frozenset({"VTODO", "VJOURNAL", "VALARM", "VTIMEZONE", "VAVAILABILITY"})

_REPORT_EVERY = 200  # components between two progress reports


_EARLIEST = datetime(2, 1, 1, tzinfo=UTC)
_LATEST = datetime(9998, 1, 1, tzinfo=UTC)


def _representable(horizon: Interval) -> Interval:
    """``horizon`` clipped to years 2-9997, so that walls and margins around it stay datetimes."""
    start = min(max(horizon.start, _EARLIEST), _LATEST - timedelta(days=1))
    end = max(min(horizon.end, _LATEST), start + timedelta(days=1))
    return Interval(start, end)


def _zone_years(horizon: Interval) -> tuple[int, int]:
    """Years for which VTIMEZONE rules are expanded: the horizon and 20 years either side."""
    return max(horizon.start.year - 20, 1), min(horizon.end.year + 20, 9998)


class NotICalendarError(ValueError):
    """The whole file was rejected: it is not iCalendar (HTML page, empty file, no VCALENDAR)."""


def _describe(lines: Iterator[tuple[int, str]]) -> str:
    """Why a file without BEGIN:VCALENDAR is not a calendar, and where that shows."""
    head_lines = list(islice(lines, 20))
    if not head_lines:
        return "not an iCalendar file: it is empty"
    number, first = head_lines[0]
    head = first.strip()[:40]
    if head.startswith("<") or any("<html" in text.lower() for _, text in head_lines):
        return (f"not an iCalendar file: it looks like an HTML page (line {number}: {head!r}), "
                "e.g. a sign-in page saved instead of the calendar; no BEGIN:VCALENDAR")
    for line, text in chain(head_lines, lines):
        if text.strip().upper().startswith("BEGIN:V"):
            return (f"not an iCalendar file: line {line} has {text.strip()[:30]!r} "
                    "but there is no BEGIN:VCALENDAR")
    return f"not an iCalendar file: no BEGIN:VCALENDAR (line {number} reads {head!r})"


def _has_calendar(text: str) -> bool:
    """True when some line of ``text`` is BEGIN:VCALENDAR (blanks and case aside)."""
    at = text.find("BEGIN:VCALENDAR")
    if at >= 0 and (at == 0 or text[at - 1] == "\n") and text[at + 15:at + 16] in ("", "\n"):
        return True
    return _BEGIN_CALENDAR_LINE.search(text) is not None


def _check_calendar(decoded: DecodedText) -> None:
    if not _has_calendar(decoded.text):
        raise NotICalendarError(_describe(decoded.lines()))


@dataclass(slots=True)
class _Import:
    """State of one import: where results and notes accumulate."""

    owner: frozenset[str]
    owner_zone: tzinfo
    owner_tz: str
    horizon: Interval
    budget: Budget
    warnings: list[ReadNote] = field(default_factory=list)
    skipped: list[SkippedComponent] = field(default_factory=list)
    records: list[EventRecord] = field(default_factory=list)
    found: list[Occurrence] = field(default_factory=list)
    cut_short: list[int] = field(default_factory=list)
    events: int = 0
    times: TimeReader | None = None
    resolvers: list[ZoneResolver] = field(default_factory=list)
    progress: Callable[[float], None] = field(default=lambda fraction: None)

    def skip(self, line: int, reason: ReadNote | ReadCode, **fields: FieldValue) -> None:
        """Record an unusable component at ``line``: why, as a note or a code (at that line)
        with its fields."""
        note = reason if isinstance(reason, ReadNote) else ReadNote.of(reason, line, **fields)
        self.skipped.append(SkippedComponent(line, note))

    def warn(self, code: ReadCode, line: int, **fields: FieldValue) -> None:
        """Record a warning."""
        self.warnings.append(ReadNote.of(code, line, **fields))

    def calendar(self, calendar: Component) -> None:
        """Read one VCALENDAR: its zones, events and free/busy blocks."""
        times = self._times(calendar)
        cancel = (calendar.text("METHOD") or "").upper() == "CANCEL"
        records: list[EventRecord] = []
        count = len(calendar.children)
        children = calendar.children[::-1]  # popped in file order: each is freed once read
        calendar.children = []
        index = 0
        while children:
            child = children.pop()
            if index % _REPORT_EVERY == 0:
                self.progress(0.2 + 0.4 * index / count)
            index += 1
            if child.broken and child.name in ("VEVENT", "VFREEBUSY"):
                self.skip(child.line, child.broken)
            elif child.name == "VEVENT":
                self._event(child, times, records)
            elif child.name == "VFREEBUSY":
                self._freebusy(child, times, cancel)
            elif child.broken and child.name not in _IGNORED:
                self.warnings.append(child.broken)
        if cancel:
            method = calendar.first("METHOD")
            self.warn(ReadCode.METHOD_CANCEL, method.line if method else calendar.line)
            return
        self.records += records

    def _times(self, calendar: Component) -> TimeReader:
        zones = [c for c in calendar.children if c.name == "VTIMEZONE"]
        resolver = ZoneResolver(zones, self.owner_zone, self.owner_tz,
                                _zone_years(self.horizon), self.budget)
        floating = self.owner_zone
        declared = calendar.first("X-WR-TIMEZONE")
        name = calendar.text("X-WR-TIMEZONE")
        if declared is not None and name:
            zone = resolver.known(name)
            if zone is None:
                self.warn(ReadCode.UNKNOWN_CALENDAR_ZONE, declared.line, tzid=name)
            else:
                floating = zone
        times = TimeReader(resolver, floating)
        self.resolvers.append(resolver)
        if self.times is None:
            self.times = times
        return times

    def _event(self, component: Component, times: TimeReader,
               records: list[EventRecord]) -> None:
        try:
            record = read_event(component, times, self.owner, self.warnings)
        except BrokenEvent as exc:
            self.skip(component.line, exc.note)
            return
        except Exception as exc:  # damage must cost only this event
            self.skip(component.line, ReadCode.EVENT_UNREADABLE, detail=str(exc))
            return
        self.events += 1
        records.append(record)

    def _freebusy(self, component: Component, times: TimeReader, cancel: bool) -> None:
        try:
            periods = freebusy_periods(component, times, self.warnings)
        except Exception as exc:  # damage must cost only this component
            self.skip(component.line, ReadCode.FREEBUSY_UNREADABLE, detail=str(exc))
            return
        self.events += 1
        if not cancel:
            self.found += [Occurrence(start, end, True, None) for start, end in periods]

    def expand(self) -> None:
        """Turn the collected records into occurrences within the budget (all of this phase's
        time is charged to it)."""
        if self.times is None:
            return
        expander = Expander(self.times, self.horizon, self.budget)
        groups = list(group(self.records))
        found = self.found
        with self.budget.running():
            for index, series in enumerate(groups):
                if index % _REPORT_EVERY == 0:
                    self.progress(0.6 + 0.4 * index / len(groups))
                master = series.master
                if not series.overrides and master is not None and not master.recurring:
                    found.append(one_off(master))  # the usual event: nothing to expand
                else:
                    self._series(expander, series)

    def _series(self, expander: Expander, series: Series) -> None:
        line = series.master.line if series.master else series.overrides[0].line
        recurring = series.master is not None and series.master.recurring
        if recurring and self.budget.expired():
            self.cut_short.append(line)
            self.skip(line, ReadCode.BUDGET_RAN_OUT)
            return
        try:
            self.found += expander.occurrences(series)
        except BudgetExpired:
            self.cut_short.append(line)
            self.skip(line, ReadCode.BUDGET_RAN_OUT)
        except ExpansionError as exc:
            self.skip(line, ReadCode.RECURRENCE_TOO_EXPENSIVE, detail=str(exc))
        except RRuleError as exc:
            self.skip(line, ReadCode.RECURRENCE_INVALID, detail=str(exc))
        except Exception as exc:  # damage must cost only this series
            self.skip(line, ReadCode.EVENT_NOT_EXPANDABLE, detail=str(exc))

    def _all_warnings(self) -> list[ReadNote]:
        notes = list(self.warnings)
        for resolver in self.resolvers:
            notes += resolver.warnings
        return list(dict.fromkeys(notes))

    def _cut_short(self) -> tuple[int, ...]:
        lines = list(self.cut_short)
        for resolver in self.resolvers:
            lines += resolver.cut_short
        return tuple(sorted(set(lines)))

    def result(self, encoding: str, keep_titles: bool) -> ParsedCalendar:
        """The final, sorted :class:`ParsedCalendar`."""
        usable = [o for o in self.found if o.busy and o.end > o.start]
        # Sorted by (start, end), ties in the order found: stable sorts by end, then by start,
        # give exactly that and compare datetimes directly (twice as fast as (start, end) keys).
        usable.sort(key=itemgetter(1))
        usable.sort(key=itemgetter(0))
        return ParsedCalendar(
            events=self.events,
            busy=tuple(map(Interval, map(itemgetter(0), usable), map(itemgetter(1), usable))),
            titles=tuple(o.title for o in usable) if keep_titles else (),
            warnings=tuple(sorted(self._all_warnings(), key=lambda n: n.line)),
            skipped=tuple(sorted(self.skipped, key=lambda s: s.line)),
            encoding=encoding,
            cut_short=self._cut_short(),
        )


def read_calendar(data: bytes, *, owner_emails: Sequence[str], owner_tz: str, horizon: Interval,
                  keep_titles: bool = False, budget_seconds: float = 5.0,
                  progress: Callable[[float], None] | None = None) -> ParsedCalendar:
    """Read ``.ics`` bytes into busy intervals for one interviewer.

    ``owner_emails`` identify the interviewer's own ATTENDEE entries (declined = free);
    ``owner_tz`` (IANA) reads DATE values and floating times when the file declares no
    X-WR-TIMEZONE, and unknown TZIDs. Recurrences are expanded over ``horizon`` (aware UTC)
    only, within ``budget_seconds`` of time spent expanding; one-off events are kept wherever
    they are. When the budget runs out, what it left unexpanded is skipped and its lines are in
    ``cut_short`` (the caller decides whether a partial read may be stored). Raises
    :class:`NotICalendarError` (and nothing else, for any bytes) when the file is not iCalendar;
    a bad ``owner_tz`` raises :class:`~interviewplanner.core.timezones.UnknownTimeZoneError`.

    ``progress`` is called now and then with the fraction done (0 to 1); an exception it raises
    is not contained but ends the read (that is how a caller cancels).
    """
    state = _Import(owner_set(owner_emails), get_zone(owner_tz), owner_tz,
                    _representable(horizon), Budget(budget_seconds))
    if progress is not None:
        state.progress = progress
    with _no_cyclic_gc():
        return _read(state, data, keep_titles)


@contextmanager
def _no_cyclic_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector while a file is read.

    Reading allocates a few hundred thousand small objects that live until the end (properties,
    times, records) and form no reference cycles; with the collector on, each generation-0
    threshold passes over all of them again (a fifth of the read time here, more inside an
    application holding many objects). Freed objects still go at once (reference counting).
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _read(state: _Import, data: bytes, keep_titles: bool) -> ParsedCalendar:
    """Read ``data`` into ``state`` and return the result (see :func:`read_calendar`)."""
    try:
        decoded = decode(bytes(data))
    except Exception as exc:  # an unreadable byte stream is "not a calendar"
        raise NotICalendarError(f"not an iCalendar file: cannot be read ({exc})") from None
    _check_calendar(decoded)
    state.progress(0.1)
    encoding, line_warnings, blocks = decoded.encoding, decoded.warnings, decoded.blocks()
    del decoded  # the text goes once the tree is built (only the run being read is split)
    roots, tree_warnings = TreeBuilder(keep=READ_PROPERTIES).build_blocks(blocks)
    state.progress(0.2)
    state.warnings += line_warnings + tree_warnings
    roots.reverse()
    while roots:  # each calendar's tree is freed once read
        root = roots.pop()
        if root.name == "VCALENDAR":
            state.calendar(root)
        else:
            state.warn(ReadCode.COMPONENT_OUTSIDE_CALENDAR, root.line, name=root.name)
    state.expand()
    state.progress(1.0)
    return state.result(encoding, keep_titles)
