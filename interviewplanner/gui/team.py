"""Team mode in the window (SPEC §10): other coordinators' changes, the team settings.

Several coordinators (several windows, the command line) share one store. Every committed write
leaves a row in the store's change log (what kinds of data, by whom, from which open store;
``interviewplanner.storage.changes``). :class:`TeamWatch` asks for the rows after the last one it
saw every :data:`INTERVAL_MS` milliseconds, as a quiet operation on the worker (one indexed query,
the same on SQLite and PostgreSQL), skips the window's own writes, and announces the rest on the
window's change bus: the views reload exactly as after one of the window's own operations. A
status-bar note says who changed what.

Why a polled log rather than PostgreSQL's LISTEN/NOTIFY or SQLite's ``PRAGMA data_version``:
it works the same on both back-ends, needs no connection held open for notifications, and
says *who* changed *what* (the flags and the note), which neither of the others does.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QSettings, QTimer, Signal

from interviewplanner.config import (
    coordinator_name,
    default_db_path,
    mask_password,
    split_password,
    to_url,
    with_password,
)
from interviewplanner.gui import errors
from interviewplanner.gui.changes import EVERYTHING, Changes
from interviewplanner.gui.operations import team as team_ops

if TYPE_CHECKING:
    from interviewplanner.gui.backend import Job
    from interviewplanner.gui.dialogs.settings_dialog import SettingsDialog
    from interviewplanner.gui.ops import OpRunner
    from interviewplanner.services.team import DatabaseInfo, OthersChanges

log = logging.getLogger(__name__)

INTERVAL_MS = 3000
"""How often the store's change log is read."""

_ORDER = ("roster", "busy", "bookings", "settings", "templates", "sources")
"""The kinds of data in the order a note names them."""


def _words() -> dict[str, str]:
    """Each kind of data in the UI language (literal calls, so that lupdate sees them)."""
    return {
        "roster": QCoreApplication.translate("TeamWatch", "the roster"),
        "busy": QCoreApplication.translate("TeamWatch", "busy time"),
        "bookings": QCoreApplication.translate("TeamWatch", "bookings"),
        "settings": QCoreApplication.translate("TeamWatch", "the company settings"),
        "templates": QCoreApplication.translate("TeamWatch", "templates"),
        "sources": QCoreApplication.translate("TeamWatch", "calendar sources"),
    }


def changes_of(kinds: frozenset[str]) -> Changes:
    """The change flags of the kinds of data another coordinator touched."""
    known = set(Changes.__dataclass_fields__)
    return Changes(**{kind: True for kind in kinds if kind in known})


def note(others: OthersChanges) -> str:
    """"Ken and Amy changed bookings and busy time." in the UI language."""
    words = _words()
    what = [words[k] for k in _ORDER if k in others.kinds]
    joiner = QCoreApplication.translate("TeamWatch", ", ")
    return QCoreApplication.translate("TeamWatch", "{people} changed {what}.").format(
        people=joiner.join(others.people), what=joiner.join(what))


class TeamWatch(QObject):
    """Polls the store's change log and announces other coordinators' changes.

    Signals:
        noticed(str): a note for the status bar ("Ken changed bookings.").
        announced(object): the Changes announced on the bus (for tests).
    """

    noticed = Signal(str)
    announced = Signal(object)

    def __init__(self, runner: OpRunner, parent: QObject | None = None,
                 interval_ms: int = INTERVAL_MS) -> None:
        """Watch on ``runner``'s worker and announce on its bus (after :meth:`start`)."""
        super().__init__(parent)
        self._runner = runner
        self._last: int | None = None
        self._job: Job | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.poll)

    @property
    def active(self) -> bool:
        """True while watching."""
        return self._timer.isActive()

    @property
    def position(self) -> int | None:
        """The last change-log entry seen (None before the first read)."""
        return self._last

    def start(self) -> None:
        """Start watching from the end of the log as it is now."""
        self._last = None
        self._timer.start()
        self.poll()

    def stop(self) -> None:
        """Stop watching (the window closes)."""
        self._timer.stop()

    def restart(self) -> None:
        """Another database: start again from the end of its log."""
        if self.active:
            self.start()

    def poll(self) -> Job | None:
        """Read the log once (nothing happens while the previous read is still running)."""
        if self._job is not None and not self._job.done:
            return None
        op = team_ops.others_changes(self._last).success(self._arrived).failure(self._failed)
        self._job = op.run(self._runner)
        return self._job

    def _arrived(self, others: OthersChanges) -> None:
        first = self._last is None
        self._last = others.last
        if first or not others.changes:
            return
        changes = changes_of(others.kinds)
        self._runner.bus.announce(changes)
        self.announced.emit(changes)
        self.noticed.emit(note(others))

    def _failed(self, exc: BaseException) -> None:
        log.info("reading the change log failed: %r", exc)  # tried again at the next tick


class TeamSettings(QObject):
    """The team part of Settings: who the coordinator is and which database the window uses.

    Kept in QSettings: ``team/name`` (empty: the operating system's user name) and ``db/url``
    (without its password, which goes to the system keyring; empty: the default file).
    ``--db`` and ``INTERVIEWPLANNER_DB`` still win at start-up.

    Signals:
        switched(str): the window now uses another database (shown without its password).
        message(str): a note for the status bar.
    """

    switched = Signal(str)
    message = Signal(str)

    def __init__(self, runner: OpRunner, settings: QSettings, watch: TeamWatch,
                 parent: QObject | None = None) -> None:
        """Apply settings to ``runner``'s backend; restart ``watch`` on another database."""
        super().__init__(parent)
        self._runner = runner
        self._settings = settings
        self._watch = watch

    def dialog_values(self) -> dict[str, str]:
        """The keyword arguments of the Settings dialog's team section."""
        backend = self._runner.backend
        return {"coordinator": str(self._settings.value("team/name", "") or ""),
                "default_coordinator": coordinator_name(),
                "database": _shown(split_password(backend.db_url)[0]),
                "default_database": str(default_db_path())}

    def connection_text(self, info: DatabaseInfo) -> tuple[bool, str]:
        """What "Test connection" found, in the UI language: (usable, text)."""
        if info.newer:
            return False, self.tr(
                "Connected to {where}, but it was written by a newer interviewplanner "
                "(schema {revision}): update the app first.").format(
                where=info.where, revision=info.revision)
        if info.revision is None:
            return True, self.tr("Connected to {where}: an empty database, which "
                                 "interviewplanner sets up when you use it.").format(
                where=info.where)
        people = self.tr("%n interviewer(s)", "", info.interviewers)
        bookings = self.tr("%n booking(s)", "", info.bookings)
        return True, self.tr("Connected to {where}: {people}, {bookings}.").format(
            where=info.where, people=people, bookings=bookings)

    def test(self, dialog: SettingsDialog, url: str) -> Job:
        """Run "Test connection" for ``url`` and show the answer in ``dialog``."""

        def answer(ok: bool, text: str) -> None:
            if shiboken6.isValid(dialog):
                dialog.show_test_result(ok, mask_password(text))

        def failed(exc: BaseException) -> None:
            message, advice = errors.describe(exc)
            answer(False, f"{message} {advice}")

        return (team_ops.check_connection(url)
                .success(lambda info: answer(*self.connection_text(info)))
                .failure(failed).run(self._runner))

    def apply(self, name: str, database: str, password: str) -> bool:
        """Store the team settings; switch the database when it changed (True then)."""
        backend = self._runner.backend
        self._settings.setValue("team/name", name)
        backend.coordinator = name or coordinator_name()
        bare = split_password(database)[0]
        target = to_url(bare) if bare else to_url(str(default_db_path()))
        if target == split_password(backend.db_url)[0] and not password:
            return False
        self._settings.setValue("db/url", bare)
        if password:
            (team_ops.remember_password(target, password)
             .failure(lambda _exc: self.message.emit(self.tr(
                 "There is no system keyring here: the database password is kept until you "
                 "quit (or put it in ~/.pgpass).")))
             .run(self._runner))
        backend.switch(with_password(target, password))
        self._runner.bus.announce(EVERYTHING)
        self._watch.restart()
        self.switched.emit(_shown(mask_password(target)))
        return True


def _shown(url: str) -> str:
    """A database as Settings show it: an SQLite file as its path, a server as its URL."""
    return url.removeprefix("sqlite:///") if url.startswith("sqlite:///") else url
