"""User actions on the roster: load it, add or edit an interviewer, remove one."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from interviewplanner.core.model import Interviewer
from interviewplanner.gui.backend import Report
from interviewplanner.gui.changes import Changes
from interviewplanner.gui.ops import Op
from interviewplanner.gui.values import RosterSnapshot

if TYPE_CHECKING:
    from interviewplanner.gui.backend import ReadStore, Store
    from interviewplanner.services.removal import Removal



def load_roster(now: datetime | None = None) -> Op[RosterSnapshot]:
    """The roster, the company settings, confirmed interviews in the week of ``now`` (the
    window's clock; the system's when None), and the early and late ones of its month."""

    def run(store: ReadStore, report: Report) -> RosterSnapshot:
        from interviewplanner.services import ledger, roster
        from interviewplanner.services.calendar_week import interviews_this_week

        people = roster.list_interviewers(store)
        month = ledger.parse_month(None, now=now)
        awkward = {r.email: (r.carried.early, r.carried.late) for r in ledger.ledger(store, month)}
        return RosterSnapshot(tuple(people), roster.company_settings(store),
                              interviews_this_week(store, now), awkward)

    return Op("roster", run, reads_only=True,
              failure_title=QCoreApplication.translate("Operations", "Cannot read the roster"))


def save_interviewer(person: Interviewer, *, new: bool) -> Op[Interviewer]:
    """Add (``new``) or update an interviewer; the result is the stored interviewer."""

    def run(store: Store, report: Report) -> Interviewer:
        from interviewplanner.services import roster

        if new:
            return roster.add_interviewer(store, person)
        return roster.update_interviewer(store, person)

    return Op("save interviewer", run, changes=Changes(roster=True),
              failure_title=QCoreApplication.translate("Operations", "Cannot save the interviewer"))


def remove_interviewer(email: str, now: datetime) -> Op[Removal]:
    """Remove the interviewer ``email`` with their calendars; refused (InterviewerHasBookings)
    while they have a confirmed booking that is not over at ``now``."""

    def run(store: Store, report: Report) -> Removal:
        from interviewplanner.services.removal import remove_interviewer

        return remove_interviewer(store, email, now=now)

    return Op("remove interviewer", run, changes=Changes(roster=True, busy=True),
              failure_title=QCoreApplication.translate("Operations",
                                                       "Cannot remove the interviewer"))
