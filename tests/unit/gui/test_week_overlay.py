"""The overlay hook: highlighted UTC intervals per person placed on the rows (no window)."""

from __future__ import annotations

from datetime import date, time, timedelta

from interviewplanner.core.intervals import Interval
from interviewplanner.core.model import CompanySettings, Interviewer
from interviewplanner.core.timezones import at_local, get_zone
from interviewplanner.gui.presenters.week_layout import PersonWeek, build_week
from interviewplanner.gui.widgets.week_view.overlay import Overlay, first_instant, place

TOKYO = get_zone("Asia/Tokyo")
MONDAY = date(2026, 11, 30)
PEOPLE = [PersonWeek(Interviewer("hanako@example.com", "Sato", "Asia/Tokyo", "JP")),
          PersonWeek(Interviewer("ken@example.com", "Ken", "Asia/Tokyo", "JP"))]


def at(day: int, hour: int) -> Interval:
    start = at_local(MONDAY + timedelta(days=day), time(hour), TOKYO)
    return Interval(start, start + timedelta(hours=1))


def test_highlights_land_on_the_rows_of_their_people_clipped_to_the_week() -> None:
    layout = build_week(MONDAY, "Asia/Tokyo", PEOPLE, CompanySettings())
    overlay = Overlay.of({"KEN@example.com": [at(2, 14), at(2, 15)],
                          "nobody@example.com": [at(1, 10)],
                          "hanako@example.com": [at(9, 10)]}, "Proposal 1")
    placed = place(layout, overlay)
    assert list(placed) == [1]  # Sato's highlight is next week, nobody is not shown
    first, second = placed[1]
    assert (first.start, first.end) == (layout.minute(at(2, 14).start), layout.minute(at(2, 15).start))
    assert second.start == first.end  # back-to-back sessions stay two highlights
    assert first_instant(layout, overlay) == at(2, 14)
    assert overlay.label == "Proposal 1" and bool(overlay)


def test_an_empty_overlay_or_no_week_places_nothing() -> None:
    layout = build_week(MONDAY, "Asia/Tokyo", PEOPLE, CompanySettings())
    assert place(layout, Overlay.of({})) == {} and not Overlay.of({"ken@example.com": []})
    assert place(None, Overlay.of({"ken@example.com": [at(2, 14)]})) == {}
    assert first_instant(layout, Overlay.of({})) is None
