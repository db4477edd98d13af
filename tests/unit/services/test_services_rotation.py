"""Fair rotation of awkward hours (SPEC §11): a month of panels, the late slots spread out.

Every panel pairs Sato (Tokyo, 10:00 JST) with one of three Los Angeles interviewers, whose seat
is then 17:00-19:00 local: always after their core hours. The weekly load term alone spreads
the seats inside a week but starts again each Monday, so without rotation the first names in
the alphabet collect the late slots; with it, nobody carries more than one more than anybody.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from interviewplanner.core.engine_search import Context
from interviewplanner.core.intervals import Interval
from interviewplanner.core.plan import plan_from_json
from interviewplanner.services import bookings, planning, roster
from interviewplanner.services.ledger import ledger
from interviewplanner.storage.db import Store, open_store

PLAN: dict[str, Any] = {
    "candidate": {"name": "Jane Doe", "email": "jane@example.com", "timezone": "Asia/Tokyo"},
    "sessions": [{"title": "Pair", "minutes": 45, "interviewers": ["sato@example.com"],
                  "pool": "la", "count": 1}],
    "organizer": {"name": "Recruiting", "email": "recruiting@example.com"},
}
LA = ("ann@example.com", "bob@example.com", "cy@example.com")


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = open_store(f"sqlite:///{tmp_path / 'store.db'}", busy_timeout=5.0)
    roster.add_interviewer(opened, roster.new_interviewer(
        name="Hanako Sato", email="sato@example.com", timezone="Asia/Tokyo", country="JP"))
    for email in LA:
        roster.add_interviewer(opened, roster.new_interviewer(
            name=email.split("@")[0].capitalize(), email=email, timezone="America/Los_Angeles",
            country="US", pools=("la",)))
    try:
        yield opened
    finally:
        opened.close()


def _book_march(store: Store) -> list[str]:
    """Book the best proposal of every day of March 2031 that has one; their explanations."""
    plan = plan_from_json(PLAN)
    explanations = []
    day = datetime(2031, 3, 1, tzinfo=UTC)
    while day < datetime(2031, 4, 1, tzinfo=UTC):
        window = Interval(day, day + timedelta(days=1))
        found = planning.propose_plan(store, plan, window, limit=1)
        if found.proposals:
            explanations.append(found.proposals[0].explanation)
            bookings.book(store, plan, PLAN, window, 1)
        day += timedelta(days=1)
    return explanations


def _late(store: Store) -> dict[str, int]:
    return {row.email: row.carried.late for row in ledger(store, (2031, 3)) if row.email in LA}


def test_a_month_of_late_slots_is_spread_across_the_pool(store: Store) -> None:
    explanations = _book_march(store)
    late = _late(store)
    assert sum(late.values()) == len(explanations) >= 12  # Tue-Fri UTC: LA works Mon-Thu
    assert max(late.values()) - min(late.values()) <= 1, late
    rows = {r.email: r.carried for r in ledger(store, (2031, 3))}
    sato = rows["sato@example.com"]  # Tokyo's 10:00 is before her core hours: early, not late
    assert (sato.early, sato.late, sato.edge) == (sato.interviews, 0, 45 * sato.interviews)
    assert all(rows[e].outside_core == 45 * rows[e].interviews for e in LA)
    noted = [e for e in explanations if "slot:" in e]
    assert noted, explanations
    assert any(" late slots this month vs " in e or " late slot this month vs " in e for e in noted)


def test_without_rotation_the_first_names_carry_more(store: Store,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """The control: with rotation switched off, the weekly term alone leaves it uneven."""
    monkeypatch.setattr(Context, "rotating", property(lambda self: False))
    _book_march(store)
    late = _late(store)
    assert max(late.values()) - min(late.values()) >= 2, late
