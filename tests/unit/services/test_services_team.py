"""Team mode in the services (SPEC §10), on both back-ends: a stale edit is refused with who
changed it and when, every booking change names its coordinator, and a window sees the other
coordinators' changes (not its own) through the change log."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from interviewplanner.core.plan import plan_from_json
from interviewplanner.services import bookings, restore, roster, team, templates
from interviewplanner.services.errors import ChangedMeanwhile, ErrorCode
from interviewplanner.storage.db import Store, open_store
from tests.unit.services.conftest import PLAN, WEEK


def test_an_interviewer_edited_meanwhile_is_not_overwritten(store: Store, store_url: str) -> None:
    mine = roster.find_interviewer(store, "hanako@example.com")
    with open_store(store_url, actor="Ken") as other:
        theirs = roster.find_interviewer(other, "hanako@example.com")
        roster.update_interviewer(other, replace(theirs, country="US"))
    with pytest.raises(ChangedMeanwhile) as caught:
        roster.update_interviewer(store, replace(mine, name="Hanako S."))
    fields = caught.value.fields
    assert caught.value.code is ErrorCode.CHANGED_MEANWHILE
    assert (fields["kind"], fields["key"], fields["by"]) == ("interviewer", "Hanako Sato", "Ken")
    assert abs(fields["at"] - datetime.now(UTC)) < timedelta(minutes=1)
    assert roster.find_interviewer(store, "hanako@example.com").country == "US"
    fresh = roster.find_interviewer(store, "hanako@example.com")
    saved = roster.update_interviewer(store, replace(fresh, name="Hanako S."))  # after a reload
    assert (saved.name, saved.country, saved.version) == ("Hanako S.", "US", 3)


def test_a_template_saved_meanwhile_is_not_overwritten(store: Store, store_url: str) -> None:
    plan = plan_from_json(PLAN)
    assert templates.save_template(store, "panel", plan, expected_version=0) == 1
    _, _, version = templates.load_versioned(store, "panel")
    with open_store(store_url, actor="Ken") as other:
        templates.save_template(other, "panel", plan)  # the command line: replaces
    with pytest.raises(ChangedMeanwhile) as caught:
        templates.save_template(store, "panel", plan, expected_version=version)
    assert (caught.value.fields["kind"], caught.value.fields["by"]) == ("template", "Ken")
    with pytest.raises(ChangedMeanwhile):
        templates.save_template(store, "panel", plan, expected_version=0)  # "new" but it exists
    assert templates.load_versioned(store, "panel")[2] == 2


def test_every_booking_change_names_its_coordinator(store: Store, store_url: str) -> None:
    store.actor = "Hanako"
    first = bookings.book(store, plan_from_json(PLAN), PLAN, WEEK, 1)
    with open_store(store_url, actor="Ken") as other:
        bookings.reschedule(other, first.id, WEEK, 2)
        restore.undo_last(other, first.id)
    bookings.cancel(store, first.id)
    assert [(e.action, e.by) for e in bookings.history(store, first.id)] == [
        ("booked", "Hanako"), ("rescheduled", "Ken"), ("restored", "Ken"), ("cancelled", "Hanako")]


def test_a_window_sees_the_others_changes_not_its_own(store: Store, store_url: str) -> None:
    start = team.last_change(store)
    bookings.book(store, plan_from_json(PLAN), PLAN, WEEK, 1)  # its own
    assert team.changes_since(store, start).changes == ()
    mark = team.changes_since(store, start).last
    with open_store(store_url, actor="Ken") as other:
        amy = roster.find_interviewer(other, "amy@example.com")
        roster.update_interviewer(other, replace(amy, country="GB"))
        bookings.book(other, plan_from_json(PLAN), PLAN, WEEK, 1)
    seen = team.changes_since(store, mark)
    assert seen.kinds == {"roster", "bookings"} and seen.people == ("Ken",)
    assert team.changes_since(store, seen.last).changes == ()
