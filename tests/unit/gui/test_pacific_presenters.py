"""The Overlap and Ledger tabs' presenters, without Qt (SPEC §11)."""

from __future__ import annotations

from datetime import UTC, date, datetime

from interviewplanner.core.intervals import Interval
from interviewplanner.core.ledger import Carried, LedgerRow
from interviewplanner.core.model import CompanySettings, Interviewer
from interviewplanner.core.overlap import What, forecast, interviewer_member
from interviewplanner.gui.presenters.ledger_rows import ledger_bars, spread
from interviewplanner.gui.presenters.overlap_chart import Segment, build_chart, split_local

COMPANY = CompanySettings()
SATO = Interviewer("sato@example.com", "Sato", "Asia/Tokyo", "JP")
KIM = Interviewer("kim@example.com", "Kim", "America/Los_Angeles", "US")


def test_a_window_across_local_midnight_is_split() -> None:
    window = Interval(datetime(2027, 3, 2, 6, tzinfo=UTC), datetime(2027, 3, 2, 9, tzinfo=UTC))
    assert split_local(window, "America/Los_Angeles") == [
        (date(2027, 3, 1), Segment(22 * 60, 24 * 60)), (date(2027, 3, 2), Segment(0, 60))]


def test_the_chart_in_two_display_zones() -> None:
    found = forecast([interviewer_member(SATO, COMPANY, core=False),
                      interviewer_member(KIM, COMPANY, core=False)],
                     COMPANY, date(2027, 3, 8), date(2027, 3, 20))
    tokyo = build_chart(found, "Asia/Tokyo")
    rows = {r.day: r for r in tokyo.rows}
    assert rows[date(2027, 3, 9)].segments == (Segment(600, 720),)
    assert rows[date(2027, 3, 16)].minutes == 60 and rows[date(2027, 3, 13)].weekend
    assert [(m.day, m.what) for m in tokyo.marks] == [(date(2027, 3, 14), What.DST_START)]
    assert tokyo.typical_minutes == 120 and tokyo.row_of(date(2027, 3, 8)) == 0
    la = build_chart(found, "America/Los_Angeles")
    assert {r.day: r for r in la.rows}[date(2027, 3, 8)].segments == (Segment(17 * 60, 19 * 60),)
    assert [m.day for m in la.marks] == [date(2027, 3, 14)]


def _row(name: str, minutes: int, outside: int, early: int, late: int) -> LedgerRow:
    return LedgerRow(f"{name.lower()}@example.com", name, "UTC",
                     Carried(minutes // 45, minutes, outside, 0, early, late))


def test_ledger_bars_put_the_most_out_of_core_first() -> None:
    rows = [_row("Ann", 90, 45, 0, 1), _row("Bob", 180, 180, 1, 3), _row("Cy", 0, 0, 0, 0)]
    bars = ledger_bars(rows)
    assert [b.name for b in bars] == ["Bob", "Ann"]  # Cy had no interview
    assert bars[0].core_share == 0 and bars[0].outside_share == 1.0
    assert bars[1].core_share == 0.25 and bars[1].in_core == 45
    found = spread(rows)
    assert found is not None
    assert (found.fewest, found.fewest_name, found.most, found.most_name) == (1, "Ann", 4, "Bob")
    assert spread([_row("Cy", 0, 0, 0, 0)]) is None
