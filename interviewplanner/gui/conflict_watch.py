"""The conflict watch in the window (SPEC §9): check the bookings again when what they are
checked against changes (busy time, the roster's policies, the company settings).

The recheck runs on the worker and announces ``Changes(bookings=True)``; the Bookings tab then
flags what conflicts. It lives in the window, not in the Calendars tab, so that it runs whether
or not that tab has been opened (the tabs are built when first needed).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, Signal

from interviewplanner.gui.changes import Changes
from interviewplanner.gui.ops import OpRunner

log = logging.getLogger(__name__)


class ConflictWatch(QObject):
    """Runs the conflict watch on every change that can put a booking in conflict.

    Signals:
        message(str): a sentence for the status bar (a recheck that failed).
    """

    message = Signal(str)

    def __init__(self, runner: OpRunner, now: Callable[[], datetime],
                 parent: QObject | None = None) -> None:
        """Recheck through ``runner`` when its change bus announces a relevant change."""
        super().__init__(parent)
        self.runner = runner
        self._now = now
        runner.bus.changed.connect(self._on_changes)

    def check_zone_data(self) -> None:
        """At start-up: recheck only when the time-zone database changed since the last check."""
        self._recheck(only_if_zone_data_changed=True)

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches("roster", "settings") or (changes.busy and not changes.sources):
            self._recheck(only_if_zone_data_changed=False)

    def _recheck(self, *, only_if_zone_data_changed: bool) -> None:
        from interviewplanner.gui.operations import sources as source_ops

        (source_ops.recheck(only_if_zone_data_changed=only_if_zone_data_changed,
                            now=self._now())
         .failure(self._failed).run(self.runner))  # no dialog if it fails

    def _failed(self, exc: BaseException) -> None:
        """The watch runs by itself: a failure (a busy store) goes to the status bar."""
        from interviewplanner.gui import errors

        log.warning("conflict watch failed: %r", exc)
        self.message.emit(errors.describe(exc)[0])
