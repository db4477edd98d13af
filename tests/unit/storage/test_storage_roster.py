"""Interviewers and company settings: round trips of every field, aliases, pools, deletion."""

from __future__ import annotations

import contextlib
from dataclasses import replace
from datetime import time

import pytest

from interviewplanner.core.model import (
    Closure,
    CompanySettings,
    Interviewer,
    Policy,
    PolicyOverrides,
    TimeRange,
)
from interviewplanner.core.policy import effective_policy
from interviewplanner.storage import DuplicateEmailError, Store, StoreError

FULL_OVERRIDES = PolicyOverrides(
    window=TimeRange(time(9), time(18)),
    core=TimeRange(time(11), time(15)),
    core_only=True,
    lunch_window=TimeRange(time(11, 30), time(14)),
    lunch_minutes=45,
    working_days=frozenset({0, 1, 2, 3}),
    max_per_day=3,
    max_per_week=None,
    buffer_minutes=15,
    no_day_limit=False,
    no_week_limit=True,
)


def _full_interviewer() -> Interviewer:
    return Interviewer(
        email="Jane.Doe@Example.com",
        name="Jane Doe",
        timezone="America/Los_Angeles",
        country="US",
        aliases=("jane@corp.example", "JD@Example.org"),
        pools=("backend", "hiring-managers"),
        overrides=FULL_OVERRIDES,
    )


def test_every_interviewer_field_round_trips(store: Store) -> None:
    given = _full_interviewer()
    with store.write() as uow:
        added = uow.interviewers.add(given)
    assert added.id is not None
    with store.read() as uow:
        loaded = uow.interviewers.get(added.id)
    expected = replace(given, id=added.id)
    assert loaded == expected == added


def test_only_overrides_are_stored_the_company_default_fills_the_rest(store: Store) -> None:
    company = Policy(window=TimeRange(time(8), time(17)), max_per_day=4, buffer_minutes=5)
    with store.write() as uow:
        uow.settings.save(CompanySettings(company))
        uow.interviewers.add(
            Interviewer("a@x.example", "A", "UTC", overrides=PolicyOverrides(no_day_limit=True))
        )
    with store.read() as uow:
        person = uow.interviewers.get_by_email("a@x.example")
        settings = uow.settings.get()
    assert person is not None and person.overrides == PolicyOverrides(no_day_limit=True)
    policy = effective_policy(person, settings)
    assert policy == replace(company, max_per_day=None)
    assert policy.window == TimeRange(time(8), time(17))
    assert policy.buffer_minutes == 5


def test_company_settings_round_trip(store: Store) -> None:
    with store.read() as uow:
        assert uow.settings.get() == CompanySettings()
    settings = CompanySettings(
        Policy(
            window=TimeRange(time(9, 30), time(18, 30)), core_only=True,
            lunch_window=TimeRange(time(11, 30), time(14)), lunch_minutes=30,
            working_days=frozenset({0, 1, 2, 3, 4, 5}), max_per_day=None, max_per_week=10,
            buffer_minutes=10,
        ),
        (Closure(), Closure((8, 13), (8, 16), "お盆休み")),
    )
    with store.write() as uow:
        uow.settings.save(settings)
    with store.write() as uow:
        assert uow.settings.get() == settings
        uow.settings.save(CompanySettings(closures=()))
    with store.read() as uow:
        assert uow.settings.get() == CompanySettings(closures=())


def test_get_by_email_matches_primary_and_alias_case_insensitively(store: Store) -> None:
    with store.write() as uow:
        added = uow.interviewers.add(_full_interviewer())
    with store.read() as uow:
        for address in ("jane.doe@example.com", "JANE@CORP.EXAMPLE", " jd@example.org "):
            found = uow.interviewers.get_by_email(address)
            assert found is not None and found.id == added.id
        assert uow.interviewers.get_by_email("nobody@example.com") is None


def test_an_alias_cannot_be_another_interviewers_address(store: Store, sato: Interviewer) -> None:
    clash = Interviewer("other@example.com", "Other", "UTC", aliases=("SATO@example.com",))
    with pytest.raises(DuplicateEmailError, match="佐藤"), store.write() as uow:
        uow.interviewers.add(clash)
    with pytest.raises(DuplicateEmailError), store.write() as uow:
        uow.interviewers.add(Interviewer("Sato@Example.com", "Twin", "UTC"))
    with store.write() as uow:
        other = uow.interviewers.add(Interviewer("other@example.com", "Other", "UTC"))
    with pytest.raises(DuplicateEmailError), store.write() as uow:
        uow.interviewers.update(replace(other, aliases=("sato@example.com",)))
    with store.read() as uow:
        assert [p.email for p in uow.interviewers.list()] == ["other@example.com", "sato@example.com"]


def test_own_primary_repeated_as_alias_is_kept_once(store: Store) -> None:
    with store.write() as uow:
        person = uow.interviewers.add(
            Interviewer("a@x.example", "A", "UTC", aliases=("A@X.example", "b@x.example"))
        )
    assert person.aliases == ("b@x.example",)


def test_update_replaces_every_field(store: Store, sato: Interviewer) -> None:
    changed = replace(
        _full_interviewer(), id=sato.id, email="sato@example.com", aliases=("hanako@example.com",),
        pools=("frontend",),
    )
    with store.write() as uow:
        updated = uow.interviewers.update(changed)
    with store.read() as uow:
        assert uow.interviewers.get_by_email("hanako@example.com") == updated
        assert uow.interviewers.get_by_email("jane@corp.example") is None
    assert updated.pools == ("frontend",)
    assert updated.overrides == FULL_OVERRIDES


def test_update_of_an_unknown_interviewer_fails(store: Store) -> None:
    with pytest.raises(KeyError), store.write() as uow:
        uow.interviewers.update(Interviewer("x@example.com", "X", "UTC", id=999))
    with pytest.raises(KeyError), store.write() as uow:
        uow.interviewers.update(Interviewer("x@example.com", "X", "UTC"))


def test_list_is_sorted_by_name(store: Store) -> None:
    with store.write() as uow:
        for name in ("yamada", "Abe", "ito", "Sato"):
            uow.interviewers.add(Interviewer(f"{name}@example.com", name, "Asia/Tokyo"))
    with store.read() as uow:
        assert [p.name for p in uow.interviewers.list()] == ["Abe", "ito", "Sato", "yamada"]


def test_pools_are_shared_between_interviewers(store: Store) -> None:
    with store.write() as uow:
        uow.interviewers.add(Interviewer("a@example.com", "A", "UTC", pools=("backend", "sre")))
        uow.interviewers.add(Interviewer("b@example.com", "B", "UTC", pools=("backend",)))
    with store.read() as uow:
        assert [p.pools for p in uow.interviewers.list()] == [("backend", "sre"), ("backend",)]


def test_delete_removes_the_interviewer_and_frees_the_addresses(store: Store) -> None:
    with store.write() as uow:
        person = uow.interviewers.add(_full_interviewer())
    assert person.id is not None
    with store.write() as uow:
        assert uow.interviewers.delete(person.id)
        assert not uow.interviewers.delete(person.id)
    with store.write() as uow:
        assert uow.interviewers.get(person.id) is None
        uow.interviewers.add(Interviewer("jane@corp.example", "New Jane", "UTC"))


def test_an_exception_rolls_the_unit_of_work_back(store: Store) -> None:
    with pytest.raises(RuntimeError), store.write() as uow:
        uow.interviewers.add(Interviewer("a@example.com", "A", "UTC"))
        raise RuntimeError("user cancelled")
    with store.read() as uow:
        assert uow.interviewers.list() == []


def test_a_read_unit_of_work_never_commits(store: Store) -> None:
    # PostgreSQL reads run in a read-only transaction, which refuses the write itself.
    with contextlib.suppress(StoreError), store.read() as uow:
        uow.interviewers.add(Interviewer("a@example.com", "A", "UTC"))
    with store.read() as uow:
        assert uow.interviewers.list() == []


def test_flush_outside_a_unit_of_work_is_an_error(store: Store) -> None:
    uow = store.write()
    with pytest.raises(RuntimeError):
        uow.flush()
