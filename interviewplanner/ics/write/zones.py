"""VTIMEZONE components generated from the tz database (RFC 5545 §3.6.5).

The zone's transitions are found by walking :mod:`zoneinfo` offsets over the calendar years the
events touch, plus one year on each side (a sample every six hours, then a bisection to the
exact second). Each transition is an onset with a DTSTART (local time before the change),
TZOFFSETFROM, TZOFFSETTO and TZNAME, in a STANDARD or DAYLIGHT sub-component.

When every kind of onset follows a yearly weekday rule over those years (US: second Sunday of
March; EU: last Sunday of March...), each kind is written once with an RRULE (with UNTIL when the
rule stopped inside the window) - the form Outlook, Google and Apple write, and the only form
Outlook's import really understands. Otherwise (Morocco, Chile's changes, ...) every onset gets
its own sub-component. A first sub-component dated 1970-01-01 states the offset in force before
the first onset, so every instant of the events is covered. A zone without transitions gets a
single STANDARD.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

from interviewplanner.core.timezones import get_zone
from interviewplanner.ics.write.text import escape_text

__all__ = ["Observance", "format_offset", "observances", "vtimezone_lines"]

_STEP = timedelta(hours=6)
_EPOCH_LOCAL = datetime(1970, 1, 1)  # noqa: DTZ001 - VTIMEZONE DTSTART is local wall time


@dataclass(frozen=True, slots=True)
class Observance:
    """One onset of a zone's offset: from ``offset_from`` to ``offset_to`` at local ``start``."""

    start: datetime  # naive local wall time in ``offset_from``
    offset_from: timedelta
    offset_to: timedelta
    name: str
    daylight: bool
    rrule: str = ""  # a yearly rule repeating this onset, when the zone follows one


def vtimezone_lines(tzid: str, instants: list[datetime]) -> list[str]:
    """Content lines of the VTIMEZONE ``tzid`` covering every aware instant in ``instants``."""
    lines = ["BEGIN:VTIMEZONE", f"TZID:{escape_text(tzid)}", f"X-LIC-LOCATION:{escape_text(tzid)}"]
    for obs in observances(get_zone(tzid), instants):
        lines.extend(_observance_lines(obs))
    lines.append("END:VTIMEZONE")
    return lines


def observances(zone: ZoneInfo, instants: list[datetime]) -> list[Observance]:
    """The observances of ``zone`` over the calendar years of ``instants`` (at least one)."""
    return list(_observances(zone, min(instants).astimezone(UTC).year, max(instants).astimezone(UTC).year))


@lru_cache(maxsize=256)
def _observances(zone: ZoneInfo, first: int, last: int) -> tuple[Observance, ...]:
    """The observances of ``zone`` from the year before ``first`` to the year after ``last``.

    The extra years on each side let a yearly rule be recognised from at least three onsets.
    """
    begin = datetime(first - 1, 1, 1, tzinfo=UTC)
    end = datetime(last + 2, 1, 1, tzinfo=UTC)
    found = [_observance(zone, moment) for moment in _transitions(zone, begin, end)]
    return (_initial(zone, begin, found), *_as_rules(found, last + 1))


def _state(zone: ZoneInfo, moment: datetime) -> tuple[timedelta, timedelta, str]:
    """UTC offset, DST part and abbreviation of ``zone`` at the UTC instant ``moment``."""
    local = moment.astimezone(zone)
    return local.utcoffset() or timedelta(0), local.dst() or timedelta(0), local.tzname() or ""


def _transitions(zone: ZoneInfo, begin: datetime, end: datetime) -> list[datetime]:
    """UTC instants in ``[begin, end)`` at which ``zone`` changes offset, DST or name."""
    found: list[datetime] = []
    moment = begin
    while moment < end:
        step_end = moment + _STEP
        if _state(zone, moment) != _state(zone, step_end):
            found.append(_bisect(zone, moment, step_end))
        moment = step_end
    return found


def _bisect(zone: ZoneInfo, low: datetime, high: datetime) -> datetime:
    """The first whole second in ``(low, high]`` with the state of ``high``."""
    target = _state(zone, high)
    while high - low > timedelta(seconds=1):
        middle = low + (high - low) // 2
        middle = middle.replace(microsecond=0)
        if _state(zone, middle) == target:
            high = middle
        else:
            low = middle
    return high


def _observance(zone: ZoneInfo, moment: datetime) -> Observance:
    """The observance that starts at the transition instant ``moment``."""
    before, _, _ = _state(zone, moment - timedelta(seconds=1))
    after, dst, name = _state(zone, moment)
    start = (moment + before).replace(tzinfo=None)
    return Observance(start, before, after, name, daylight=dst > timedelta(0))


def _initial(zone: ZoneInfo, begin: datetime, found: list[Observance]) -> Observance:
    """The observance in force before the first transition found (or for the whole range)."""
    offset, dst, name = _state(zone, begin)
    daylight = dst > timedelta(0) and bool(found)
    return Observance(_EPOCH_LOCAL, offset, offset, name, daylight)


def _as_rules(found: list[Observance], last_year: int) -> list[Observance]:
    """One RRULE observance per kind of onset when every kind follows a yearly rule.

    This is the form Outlook, Google and Apple write, and Outlook's import reduces any
    VTIMEZONE to one yearly rule per kind anyway. Irregular zones keep one observance per onset.
    """
    groups: dict[tuple[bool, timedelta, timedelta, str], list[Observance]] = {}
    for obs in found:
        groups.setdefault((obs.daylight, obs.offset_from, obs.offset_to, obs.name), []).append(obs)
    rules = [_yearly_rule(group, last_year) for group in groups.values()]
    if not found or any(rule is None for rule in rules):
        return found
    return sorted((rule for rule in rules if rule is not None), key=lambda obs: obs.start)


def _yearly_rule(group: list[Observance], last_year: int) -> Observance | None:
    """``group`` (same offsets and name) as one observance with an RRULE, or ``None``."""
    years = [obs.start.year for obs in group]
    if len(years) < 2 or years != list(range(years[0], years[0] + len(years))):
        return None
    shapes = [_shape(obs.start) for obs in group]
    byday = _common_byday(shapes)
    if byday is None or len({shape[:2] for shape in shapes}) != 1:
        return None
    first, final = group[0], group[-1]
    rule = f"FREQ=YEARLY;BYMONTH={first.start.month};BYDAY={byday}"
    if final.start.year < last_year:
        # A day after the last onset (still before the next yearly one): right for readers
        # that compare UNTIL in UTC, as RFC 5545 says, and for those that compare it as local.
        rule += f";UNTIL={final.start - final.offset_from + timedelta(days=1):%Y%m%dT%H%M%SZ}"
    return Observance(first.start, first.offset_from, first.offset_to, first.name, first.daylight, rule)


_DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


def _shape(local: datetime) -> tuple[int, str, str, int, bool]:
    """(month, clock time, weekday, n-th weekday of the month, whether it is the last one)."""
    next_week = local + timedelta(days=7)
    return (local.month, f"{local:%H%M%S}", _DAYS[local.weekday()], (local.day - 1) // 7 + 1,
            next_week.month != local.month)


def _common_byday(shapes: list[tuple[int, str, str, int, bool]]) -> str | None:
    """``-1SU`` or ``2SU`` when every onset is the same weekday rule; ``None`` otherwise."""
    if len({shape[2] for shape in shapes}) != 1:
        return None
    weekday = shapes[0][2]
    if all(shape[4] for shape in shapes):
        return f"-1{weekday}"
    if len({shape[3] for shape in shapes}) == 1:
        return f"{shapes[0][3]}{weekday}"
    return None


def _observance_lines(obs: Observance) -> list[str]:
    """Content lines of one STANDARD or DAYLIGHT sub-component."""
    kind = "DAYLIGHT" if obs.daylight else "STANDARD"
    return [
        f"BEGIN:{kind}",
        f"DTSTART:{obs.start:%Y%m%dT%H%M%S}",
        *([f"RRULE:{obs.rrule}"] if obs.rrule else []),
        f"TZOFFSETFROM:{format_offset(obs.offset_from)}",
        f"TZOFFSETTO:{format_offset(obs.offset_to)}",
        f"TZNAME:{escape_text(obs.name)}",
        f"END:{kind}",
    ]


def format_offset(offset: timedelta) -> str:
    """Return a UTC-OFFSET value such as ``+0900``, ``-0330`` or ``+053328`` (never ``-0000``)."""
    seconds = int(offset.total_seconds())
    sign = "-" if seconds < 0 else "+"
    hours, rest = divmod(abs(seconds), 3600)
    minutes, secs = divmod(rest, 60)
    return f"{sign}{hours:02d}{minutes:02d}" + (f"{secs:02d}" if secs else "")
