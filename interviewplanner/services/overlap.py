"""Use case: the overlap forecast of a group of interviewers (SPEC §11).

The group is named by e-mail and/or pool; the candidate, when a zone is given, joins with the
default 08:00-20:00 on weekdays. The forecast reads the roster and the company's policy only
(no busy time), so it can look months ahead.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, time, timedelta

from interviewplanner.core.intervals import Interval
from interviewplanner.core.model import Interviewer
from interviewplanner.core.overlap import Forecast, candidate_member, forecast, interviewer_member
from interviewplanner.core.timezones import UnknownTimeZoneError
from interviewplanner.services.errors import NotFoundError, NumberOutOfRange, UnknownTimeZone
from interviewplanner.storage.db import Store
from interviewplanner.storage.unit_of_work import UnitOfWork

MAX_DAYS = 731
"""The longest forecast, in days (two years)."""


def forecast_dates(window: Interval) -> tuple[date, date]:
    """The UTC dates ``[first, last)`` a range covers (a partial last day counts)."""
    first = window.start.date()
    last = window.end.date()
    if window.end.time() != time(0):
        last += timedelta(days=1)
    days = (last - first).days
    if not 1 <= days <= MAX_DAYS:
        raise NumberOutOfRange("days", days, 1, MAX_DAYS)
    return first, last


def _group(uow: UnitOfWork, emails: Sequence[str], pools: Sequence[str]) -> list[Interviewer]:
    people: dict[str, Interviewer] = {}
    for email in emails:
        person = uow.interviewers.get_by_email(email.strip().lower())
        if person is None:
            raise NotFoundError("interviewer", email)
        people[person.email] = person
    roster = uow.interviewers.list()
    for pool in pools:
        wanted = pool.strip().casefold()
        members = [p for p in roster if wanted in (x.casefold() for x in p.pools)]
        if not members:
            raise NotFoundError("pool", pool)
        people.update((p.email, p) for p in members)
    return sorted(people.values(), key=lambda p: p.email)


def group(store: Store, emails: Sequence[str] = (), pools: Sequence[str] = ()) -> list[Interviewer]:
    """The interviewers named by ``emails`` and the members of ``pools`` (NotFoundError)."""
    with store.read() as uow:
        return _group(uow, emails, pools)


def overlap(
    store: Store, window: Interval, *, emails: Sequence[str] = (), pools: Sequence[str] = (),
    candidate_zone: str | None = None, core: bool = False,
) -> tuple[list[Interviewer], Forecast]:
    """The group and its forecast over the UTC dates of ``window``.

    Raises NotFoundError (an interviewer or a pool), UnknownTimeZone (the candidate's zone) and
    NumberOutOfRange (field ``days``: more than :data:`MAX_DAYS`).
    """
    first, last = forecast_dates(window)
    with store.read() as uow:
        people = _group(uow, emails, pools)
        company = uow.settings.get()
    members = [interviewer_member(p, company, core=core) for p in people]
    if candidate_zone:
        try:
            members.append(candidate_member(candidate_zone))
        except UnknownTimeZoneError as exc:
            raise UnknownTimeZone(candidate_zone) from exc
    return people, forecast(members, company, first, last)
