"""Reads of the Overlap and Ledger tabs (SPEC §11): no changes, only answers."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from interviewplanner.core.intervals import Interval
from interviewplanner.core.ledger import LedgerRow, Month
from interviewplanner.core.overlap import Forecast
from interviewplanner.core.timezones import utc_midnight
from interviewplanner.gui.backend import Report
from interviewplanner.gui.ops import Op

if TYPE_CHECKING:
    from interviewplanner.gui.backend import Store


def forecast(emails: Sequence[str], first: date, last: date, *, candidate_zone: str | None,
             core: bool) -> Op[Forecast]:
    """The overlap forecast of ``emails`` (and a candidate) over the UTC dates ``[first, last)``."""
    chosen = tuple(emails)

    def run(store: Store, report: Report) -> Forecast:
        from interviewplanner.services import overlap

        window = Interval(utc_midnight(first), utc_midnight(last))
        return overlap.overlap(store, window, emails=chosen, candidate_zone=candidate_zone,
                               core=core)[1]

    return Op("overlap", run, failure_title=QCoreApplication.translate(
        "Operations", "Cannot work out the shared hours"))


def month_ledger(month: Month) -> Op[tuple[LedgerRow, ...]]:
    """Every interviewer's line of the ledger of ``month``."""

    def run(store: Store, report: Report) -> tuple[LedgerRow, ...]:
        from interviewplanner.services import ledger

        return tuple(ledger.ledger(store, month))

    return Op("ledger", run, failure_title=QCoreApplication.translate(
        "Operations", "Cannot read the ledger"))
