"""Reading booked seats for the ledger (SPEC §11): core, edges, early/late, the local month."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from interviewplanner.core.intervals import Interval
from interviewplanner.core.ledger import Carried, month_bounds, month_ledger, read_seat
from interviewplanner.core.model import CompanySettings, Interviewer, PolicyOverrides, TimeRange

COMPANY = CompanySettings()
KIM = Interviewer("kim@example.com", "Kim", "America/Los_Angeles", "US")
SATO = Interviewer("sato@example.com", "Sato", "Asia/Tokyo", "JP")


def _iv(*args: int, minutes: int = 45) -> Interval:
    start = datetime(*args, tzinfo=UTC)  # type: ignore[misc]
    return Interval(start, start + timedelta(minutes=minutes))


def test_an_evening_seat_in_los_angeles_is_late() -> None:
    seat = read_seat(KIM, COMPANY, _iv(2026, 12, 2, 1))  # 17:00-17:45 PST on Dec 1
    assert (seat.month, seat.minutes, seat.outside_core, seat.edge) == ((2026, 12), 45, 45, 0)
    assert seat.late and not seat.early and seat.awkward
    last_hour = read_seat(KIM, COMPANY, _iv(2026, 12, 2, 2, 15))  # 18:15-19:00 PST
    assert last_hour.edge == 45


def test_a_morning_seat_in_tokyo_is_early_and_at_the_edge() -> None:
    seat = read_seat(SATO, COMPANY, _iv(2026, 12, 2, 1))  # 10:00-10:45 JST
    assert seat.early and not seat.late and seat.edge == 45 and seat.outside_core == 45
    core = read_seat(SATO, COMPANY, _iv(2026, 12, 2, 4, minutes=60))  # 13:00-14:00 JST
    assert not core.awkward and core.edge == 0


def test_the_month_is_the_local_one_and_the_policy_is_the_persons() -> None:
    # 2031-04-01 00:00Z is 17:00 PDT on 31 March in Los Angeles
    assert read_seat(KIM, COMPANY, _iv(2031, 4, 1, 0)).month == (2031, 3)
    wide = Interviewer("w@example.com", "W", "America/Los_Angeles", "US",
                       overrides=PolicyOverrides(core=TimeRange.parse("09:00-18:00")))
    assert not read_seat(wide, COMPANY, _iv(2026, 12, 2, 1)).awkward


def test_month_ledger_lists_everyone_with_sums() -> None:
    booked = {"kim@example.com": [_iv(2026, 12, 2, 1), _iv(2026, 12, 3, 1), _iv(2027, 1, 5, 1)]}
    rows = month_ledger([SATO, KIM], COMPANY, booked, (2026, 12))
    assert [r.name for r in rows] == ["Kim", "Sato"]
    assert rows[0].carried == Carried(interviews=2, minutes=90, outside_core=90, edge=0,
                                      early=0, late=2)
    assert rows[1].carried == Carried()
    assert month_bounds((2026, 12)) == (date(2026, 12, 1), date(2027, 1, 1))
