"""User actions of team mode (SPEC §10): test a database, keep its password, watch the others.

Several coordinators share one store. The window polls the store's change log (a quiet
operation every few seconds, :mod:`interviewplanner.gui.team`) and announces what the others
committed on the change bus, so the views reload exactly as after one of its own operations.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from interviewplanner.gui.backend import Report
from interviewplanner.gui.ops import Op

if TYPE_CHECKING:
    from interviewplanner.gui.backend import Store
    from interviewplanner.services.team import DatabaseInfo, OthersChanges


def check_connection(url: str) -> Op[DatabaseInfo]:
    """Connect to ``url`` and say what is there, changing nothing (Settings → Test connection).

    Detached: it runs even when the current database cannot be opened.
    """

    def run(store: Store, report: Report) -> DatabaseInfo:
        from interviewplanner.services.team import check_database

        return check_database(url)

    return Op("test connection", run, detached=True,
              failure_title=QCoreApplication.translate("Operations", "Cannot connect"))


def remember_password(url: str, password: str) -> Op[None]:
    """File the database password in the system keyring (Settings keep only the URL)."""

    def run(store: Store, report: Report) -> None:
        from interviewplanner.services.team import remember_password as remember

        remember(url, password)

    return Op("remember password", run, detached=True,
              failure_title=QCoreApplication.translate("Operations", "Cannot keep the password"))


def others_changes(after: int | None) -> Op[OthersChanges]:
    """What other coordinators committed after change-log entry ``after`` (None: start
    watching now, nothing to report yet). Quiet: it does not show the window as busy."""

    def run(store: Store, report: Report) -> OthersChanges:
        from interviewplanner.services import team

        if after is None:
            return team.OthersChanges(team.last_change(store), ())
        return team.changes_since(store, after)

    return Op("watch", run, quiet=True,
              failure_title=QCoreApplication.translate("Operations", "Cannot read the changes"))
