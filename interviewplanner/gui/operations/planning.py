"""User actions of the planner: find times, book or move a booking there, templates, and the
days that would let a one-day panel too long for its people's shared hours fit (a split).

One function per action, each returning an :class:`~interviewplanner.gui.ops.Op`; the services
(and so SQLAlchemy) are imported inside the tasks, on the worker thread. Finding times reads
the roster, busy time and bookings once and runs the slot engine (what
``services.planning.propose_plan`` does), then computes what the planner states about each
proposal (:mod:`interviewplanner.gui.presenters.proposal_preview`) on the worker too.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from interviewplanner.core.booking import Booking
from interviewplanner.core.intervals import Interval
from interviewplanner.core.model import Interviewer
from interviewplanner.core.overlap import SplitSuggestion
from interviewplanner.core.plan import Plan, Proposal, plan_to_json
from interviewplanner.gui.backend import Report
from interviewplanner.gui.changes import Changes
from interviewplanner.gui.ops import Op
from interviewplanner.gui.presenters.proposal_preview import FoundTimes, found_times

if TYPE_CHECKING:
    from interviewplanner.gui.backend import Store

DEFAULT_LIMIT = 10
"""How many proposals one search shows."""


def find_times(plan: Plan, window: Interval, *, limit: int = DEFAULT_LIMIT,
               exclude_booking: str | None = None) -> Op[FoundTimes]:
    """Ranked proposals for ``plan`` in ``window`` with their facts, or the reasons for none.

    ``exclude_booking`` leaves that booking's own sessions out of the busy time (to move it).
    """

    def run(store: Store, report: Report) -> FoundTimes:
        from interviewplanner.services import planning

        planning.check_limit(limit)
        report("read", 0.0)
        with store.read() as uow:
            inputs = planning.gather(uow, window, exclude_booking=exclude_booking)
        report("search", 0.3)
        result = planning.run_engine(plan, inputs, window, limit)
        return found_times(plan, window, result, people=inputs.people, company=inputs.company,
                           booked=inputs.booked, exclude_booking=exclude_booking)

    return Op("find times", run,
              failure_title=QCoreApplication.translate("Operations", "Cannot find times"))


def suggest_split(plan: Plan, window: Interval) -> Op[SplitSuggestion | None]:
    """The day of each session when ``plan`` is held on one day but its named people (and the
    candidate) never share a window as long as the panel over ``window``'s dates; None when
    they do, or when splitting cannot help (:func:`interviewplanner.core.overlap.suggest_split`:
    the policy only, no busy time)."""

    def run(store: Store, report: Report) -> SplitSuggestion | None:
        from interviewplanner.core.overlap import suggest_split as split

        with store.read() as uow:
            people = {p.email.lower(): p for p in uow.interviewers.list()}
            company = uow.settings.get()
        first = window.start.date()
        last = window.end.date() + timedelta(days=1)
        return split(plan, people, company, first, last)

    return Op("suggest split", run, failure_title=QCoreApplication.translate(
        "Operations", "Cannot work out a split over days"))


def book(plan: Plan, window: Interval, proposal: Proposal) -> Op[Booking]:
    """Book ``proposal`` (re-checked in the write transaction: ProposalTaken when not free)."""

    def run(store: Store, report: Report) -> Booking:
        from interviewplanner.services import bookings

        return bookings.book_proposal(store, plan, plan_to_json(plan), window, proposal)

    return Op("book", run, changes=Changes(bookings=True),
              failure_title=QCoreApplication.translate("Operations", "Cannot book"))


def move_booking(booking_id: str, window: Interval,
                 proposal: Proposal) -> Op[tuple[Booking, Booking]]:
    """Move a booking to ``proposal``: same UIDs, SEQUENCE + 1; the result is (before, after)."""

    def run(store: Store, report: Report) -> tuple[Booking, Booking]:
        from interviewplanner.services import bookings

        before = bookings.get_booking(store, booking_id)
        return before, bookings.reschedule_to(store, booking_id, window, proposal)

    return Op("reschedule", run, changes=Changes(bookings=True),
              failure_title=QCoreApplication.translate("Operations", "Cannot move the booking"))


def load_booking(booking_id: str) -> Op[tuple[Booking, dict[str, Any]]]:
    """A booking and the PLAN.json object it was made from (to move it)."""

    def run(store: Store, report: Report) -> tuple[Booking, dict[str, Any]]:
        from interviewplanner.services import bookings

        booking = bookings.get_booking(store, booking_id)
        return booking, bookings.stored_plan(store, booking_id)[1]

    return Op("load booking", run,
              failure_title=QCoreApplication.translate("Operations", "Cannot read the booking"))


def template_names() -> Op[tuple[str, ...]]:
    """The names of the saved plan templates, sorted."""

    def run(store: Store, report: Report) -> tuple[str, ...]:
        from interviewplanner.services import templates

        return tuple(templates.template_names(store))

    return Op("templates", run,
              failure_title=QCoreApplication.translate("Operations", "Cannot list the templates"))


def load_template(name: str) -> Op[tuple[dict[str, Any], int]]:
    """The template ``name`` as its PLAN.json object (validated on the worker) and its stored
    version (saving it again is refused if someone else saved it meanwhile)."""

    def run(store: Store, report: Report) -> tuple[dict[str, Any], int]:
        from interviewplanner.services import templates

        _plan, document, version = templates.load_versioned(store, name)
        return document, version

    return Op("load template", run,
              failure_title=QCoreApplication.translate("Operations", "Cannot load the template"))


def save_template(name: str, plan: Plan, expected_version: int | None = None) -> Op[tuple[str, int]]:
    """Create or replace template ``name`` (the same object as the CLI's ``template save``);
    its name and new version. ``expected_version``: the version loaded into the form, so that a
    template someone else saved meanwhile is not overwritten (ChangedMeanwhile)."""

    def run(store: Store, report: Report) -> tuple[str, int]:
        from interviewplanner.services import templates

        version = templates.save_template(store, name, plan, expected_version=expected_version)
        return name.strip(), version

    return Op("save template", run, changes=Changes(templates=True),
              failure_title=QCoreApplication.translate("Operations", "Cannot save the template"))


def delete_template(name: str) -> Op[str]:
    """Remove template ``name``."""

    def run(store: Store, report: Report) -> str:
        from interviewplanner.services import templates

        templates.delete_template(store, name)
        return name

    return Op("delete template", run, changes=Changes(templates=True),
              failure_title=QCoreApplication.translate("Operations", "Cannot delete the template"))


def allow_flex(email: str) -> Op[Interviewer]:
    """Let interviewer ``email`` interview outside core hours (drop "core hours only")."""

    def run(store: Store, report: Report) -> Interviewer:
        from interviewplanner.services import roster

        person = roster.find_interviewer(store, email)
        overrides = replace(person.overrides, core_only=False)
        return roster.update_interviewer(store, replace(person, overrides=overrides))

    return Op("allow flex", run, changes=Changes(roster=True),
              failure_title=QCoreApplication.translate("Operations", "Cannot change the interviewer"))
