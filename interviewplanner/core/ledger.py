"""Who carried the awkward hours (SPEC §11): a ledger per interviewer and month.

Each booked seat (an interviewer or a shadow in a confirmed session) is read on the person's
own local calendar, with their effective policy of that day:

* ``minutes``: the session's length;
* ``outside_core``: its minutes outside the person's core hours;
* ``edge``: its minutes in the first or the last hour of the person's working window;
* ``early`` / ``late``: it starts before the core hours / ends after them (an interview that
  spans the whole core is both).

The month of a seat is the local month of its start. :func:`carried` gives the sums the slot
engine uses for fair rotation: among otherwise equal choices, an out-of-core seat goes to the
person who carried the fewest such seats that month (``docs/scoring.md``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache

from interviewplanner.core.intervals import Interval
from interviewplanner.core.model import CompanySettings, Interviewer, TimeRange
from interviewplanner.core.policy import effective_policy, opening
from interviewplanner.core.timezones import get_zone, to_local

Month = tuple[int, int]
"""(year, month)."""

HOUR = timedelta(hours=1)


def _minutes(a: datetime, b: datetime) -> int:
    return max(0, (b - a) // timedelta(minutes=1))


def _overlap(iv: Interval, lo: datetime, hi: datetime) -> int:
    return _minutes(max(iv.start, lo), min(iv.end, hi))


@dataclass(frozen=True, slots=True)
class Seat:
    """One booked seat read on its person's local day."""

    month: Month
    minutes: int
    outside_core: int
    edge: int
    early: bool
    late: bool

    @property
    def awkward(self) -> bool:
        """True when some of the seat lies outside the person's core hours."""
        return self.outside_core > 0


@lru_cache(maxsize=8192)
def _marks(zone_name: str, day: date, window: TimeRange, core: TimeRange) -> tuple[datetime, ...]:
    """The instants core hours and the window open and close on local ``day`` (cached: a
    month of bookings is read again by every search)."""
    zone = get_zone(zone_name)
    return tuple(opening(day, clock, zone)
                 for clock in (core.start, core.end, window.start, window.end))


def read_seat(person: Interviewer, company: CompanySettings, iv: Interval) -> Seat:
    """``iv`` held by ``person``: its month, minutes, out-of-core and edge minutes."""
    day = to_local(iv.start, get_zone(person.timezone)).date()
    policy = effective_policy(person, company)
    cs, ce, ws, we = _marks(person.timezone, day, policy.window, policy.core)
    minutes = _minutes(iv.start, iv.end)
    edge_windows = [(ws, min(ws + HOUR, we)), (max(we - HOUR, ws + HOUR), we)]
    edge = sum(_overlap(iv, lo, hi) for lo, hi in edge_windows if hi > lo)
    return Seat((day.year, day.month), minutes, minutes - _overlap(iv, cs, ce), edge,
                iv.start < cs, iv.end > ce)


@dataclass(frozen=True, slots=True)
class Carried:
    """What one person carried in one month."""

    interviews: int = 0
    minutes: int = 0
    outside_core: int = 0
    edge: int = 0
    early: int = 0
    late: int = 0

    def add(self, seat: Seat) -> Carried:
        """This month with ``seat`` added."""
        return Carried(self.interviews + 1, self.minutes + seat.minutes,
                       self.outside_core + seat.outside_core, self.edge + seat.edge,
                       self.early + seat.early, self.late + seat.late)

    def rotation_key(self, early: bool, late: bool) -> tuple[int, int]:
        """How much of a seat's kind (``early``, ``late``: it starts before / ends after the
        core hours) this person carried (fewer goes first); (0, 0) for a seat in core hours."""
        if not (early or late):
            return 0, 0
        return self.early * early + self.late * late, self.outside_core


def carried(
    person: Interviewer, company: CompanySettings, booked: Iterable[Interval]
) -> dict[Month, Carried]:
    """``person``'s booked seats summed per local month."""
    out: dict[Month, Carried] = {}
    for iv in booked:
        seat = read_seat(person, company, iv)
        out[seat.month] = out.get(seat.month, Carried()).add(seat)
    return out


@dataclass(frozen=True, slots=True)
class LedgerRow:
    """One interviewer's line of a month's ledger."""

    email: str
    name: str
    timezone: str
    carried: Carried


def month_ledger(
    people: Sequence[Interviewer], company: CompanySettings,
    booked: Mapping[str, Sequence[Interval]], month: Month,
) -> list[LedgerRow]:
    """Every interviewer's line for ``month`` (zero for those with no interview), by name."""
    rows = [LedgerRow(p.email, p.name, p.timezone,
                      carried(p, company, booked.get(p.email.lower(), ())).get(month, Carried()))
            for p in people]
    return sorted(rows, key=lambda r: (r.name.casefold(), r.email))


def month_bounds(month: Month) -> tuple[date, date]:
    """The first day of ``month`` and of the month after."""
    year, number = month
    first = date(year, number, 1)
    return first, date(year + number // 12, number % 12 + 1, 1)
