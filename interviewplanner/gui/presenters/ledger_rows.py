"""The ledger view's rows and bars, without Qt (SPEC §11): who carried the awkward hours.

The table lists every interviewer by name with the month's interviews, minutes, minutes outside
their core hours, minutes in the first or last hour of their window, and early and late seats.
The chart draws one bar per interviewer who had interviews that month, the most out-of-core
minutes first: its length is their minutes (the longest bar fills the width), split into the
part inside their core hours and the part outside.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from interviewplanner.core.ledger import LedgerRow


@dataclass(frozen=True, slots=True)
class LedgerBar:
    """One interviewer's bar: shares of the chart's width, and the numbers it stands for."""

    name: str
    email: str
    minutes: int
    outside: int
    early: int
    late: int
    core_share: float
    outside_share: float

    @property
    def in_core(self) -> int:
        """Minutes inside core hours."""
        return self.minutes - self.outside


def ledger_bars(rows: Sequence[LedgerRow]) -> list[LedgerBar]:
    """Bars for the people with interviews, most out-of-core minutes first, then by name."""
    busy = [r for r in rows if r.carried.interviews]
    longest = max((r.carried.minutes for r in busy), default=0) or 1
    bars = [LedgerBar(r.name, r.email, r.carried.minutes, r.carried.outside_core, r.carried.early,
                      r.carried.late, (r.carried.minutes - r.carried.outside_core) / longest,
                      r.carried.outside_core / longest) for r in busy]
    return sorted(bars, key=lambda b: (-b.outside, b.name.casefold(), b.email))


@dataclass(frozen=True, slots=True)
class Spread:
    """Who carried the fewest and the most out-of-core seats (early + late) this month."""

    fewest: int
    fewest_name: str
    most: int
    most_name: str


def spread(rows: Sequence[LedgerRow]) -> Spread | None:
    """The spread among people with interviews (None when nobody had one); ties go to the
    first name."""
    people = [(r.carried.early + r.carried.late, r.name) for r in rows if r.carried.interviews]
    if not people:
        return None
    fewest = min(people, key=lambda p: (p[0], p[1].casefold()))
    most = min(people, key=lambda p: (-p[0], p[1].casefold()))
    return Spread(fewest[0], fewest[1], most[0], most[1])
