"""The Plan tab: build a panel plan, find times, preview one on the week view, book it.

Left, the plan in three pages (candidate, sessions, options) under a row of saved templates;
right, the dates to search and the ranked proposals (:mod:`.proposals`). The plan is built as
the PLAN.json object of SPEC §7 and read by :func:`interviewplanner.core.plan.plan_from_json`,
so a wrong field comes back with its name and is shown beside that field. Finding times,
booking, moving a booking and the templates are operations
(:mod:`interviewplanner.gui.operations.planning`) on the window's worker.

A booking here announces ``Changes(bookings=True)``: the week view and the roster's "This week"
column refresh themselves. While proposals are shown, a change of the roster, busy time,
bookings or settings made elsewhere runs the same search again, so the list never offers a
time that has gone. :meth:`PlannerPanel.start_reschedule` moves an existing booking instead
(same UIDs, SEQUENCE + 1): the booking's stored plan is loaded, its own time is left out of the
busy time, and the book button reads "Move here".

A loop over several days: each session carries its day (the sessions page groups them), the
options page's "Days apart at most" applies once more than one day is used. When a one-day panel
mixes people who never share hours enough for all of it, the planner proposes a split
(:meth:`PlannerPanel.propose_split`, from the sessions page's "Split over days…" or the
diagnosis when Find times found nothing): the days are worked out on the worker
(:func:`interviewplanner.gui.operations.planning.suggest_split`), shown, and applied in one click.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from interviewplanner.core.booking import Booking
from interviewplanner.core.intervals import Interval
from interviewplanner.core.model import Interviewer
from interviewplanner.core.overlap import SplitSuggestion
from interviewplanner.core.plan import Plan, PlanFieldError, plan_from_json, session_to_json
from interviewplanner.core.reasons import ReasonCode
from interviewplanner.core.timezones import at_local, get_zone, to_local
from interviewplanner.gui import formatting
from interviewplanner.gui.build import labelled, named, open_kept, splitter
from interviewplanner.gui.changes import Changes
from interviewplanner.gui.operations import planning as planning_ops
from interviewplanner.gui.ops import OpRunner
from interviewplanner.gui.panels.planner.candidate_form import CandidateForm
from interviewplanner.gui.panels.planner.options_form import OptionsForm
from interviewplanner.gui.panels.planner.proposals import ProposalsPanel
from interviewplanner.gui.panels.planner.sessions_editor import SessionsEditor
from interviewplanner.gui.panels.planner.words import field_problem, session_of
from interviewplanner.gui.presenters.next_steps import NextStep, Step, apply_to_sessions
from interviewplanner.gui.presenters.proposal_preview import FoundTimes, ProposalFacts, preview

CANDIDATE_PAGE, SESSIONS_PAGE, OPTIONS_PAGE = 0, 1, 2
REFRESH_FLAGS = ("roster", "busy", "bookings", "settings")
WINDOW_REASONS = frozenset({ReasonCode.OUTSIDE_WINDOW, ReasonCode.CORE_ONLY,
                            ReasonCode.CANDIDATE_UNAVAILABLE, ReasonCode.SAME_DAY,
                            ReasonCode.NOT_WORKING_DAY, ReasonCode.HORIZON_TOO_SHORT})
"""Reasons about time windows: when nothing fits for one of these, a split may help."""

if TYPE_CHECKING:  # the dialog module loads when first used
    from interviewplanner.gui.dialogs.book_dialog import BookDialog


def _scrolled(page: QWidget, parent: QWidget) -> QScrollArea:
    area = QScrollArea(parent)
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setWidget(page)
    return area


class PlannerPanel(QWidget):
    """Plan builder and proposals: the Plan tab.

    Signals:
        booked(object): a panel was booked here (the core :class:`Booking`).
        rescheduled(object, object): a booking was moved here (the Booking before, after).
        previewRequested(object): show this ``ProposalPreview`` on the week view (None: clear).
        editInterviewerRequested(str): open the settings of the interviewer with this e-mail.
        proposalsShown(int): a search's answer is shown; how many proposals (0: the diagnosis).
        rescheduleChanged(bool): moving a booking started (True) or ended (False).
        templatesLoaded(object): the saved template names arrived (a tuple of str).
    """

    booked = Signal(object)
    rescheduled = Signal(object, object)
    previewRequested = Signal(object)
    editInterviewerRequested = Signal(str)
    proposalsShown = Signal(int)
    rescheduleChanged = Signal(bool)
    templatesLoaded = Signal(object)

    def __init__(self, runner: OpRunner, parent: QWidget | None = None, *,
                 people: Callable[[], Sequence[Interviewer]],
                 display_zone: Callable[[], str],
                 now: Callable[[], datetime] = lambda: datetime.now(UTC)) -> None:
        """``people()`` is the roster, ``display_zone()`` the week view's zone."""
        super().__init__(parent)
        self.setObjectName("PlannerPanel")
        self.runner = runner
        self._people = people
        self._display_zone = display_zone
        self._now = now
        self._last: tuple[Plan, Interval, str | None] | None = None
        self._found: FoundTimes | None = None
        self._moving: Booking | None = None
        self._templates_loaded = False
        self._template_versions: dict[str, int] = {}  # loaded into the form: name -> version
        self._pending_search = False
        self.last_dialog: BookDialog | None = None
        self.last_question: QWidget | None = None
        self._preview_soon = QTimer(self)
        self._preview_soon.setSingleShot(True)
        self._preview_soon.setInterval(0)
        self._preview_soon.timeout.connect(self._preview)
        today = to_local(now(), get_zone(display_zone())).date()
        self.proposals = ProposalsPanel(self, first_day=today + timedelta(days=1),
                                        display_zone=display_zone())
        self.candidate = CandidateForm(self, dates=self.proposals.dates, today=lambda: today)
        self.sessions = SessionsEditor(self)
        self.options = OptionsForm(self)
        self._build()
        self._connect()
        runner.bus.changed.connect(self._on_changes)
        self.retranslate()
        self._set_tab_order()

    # -- construction ----------------------------------------------------------------------

    def _build(self) -> None:
        self._build_templates_row()
        self._build_move_banner()
        self.builder = QTabWidget(self)
        self.builder.setObjectName("planPages")
        self.builder.setDocumentMode(True)
        for page in (self.candidate, self.sessions, self.options):
            self.builder.addTab(_scrolled(page, self.builder), "")
        for form in (self.candidate, self.sessions):
            room = form.parentWidget()  # the scroll area's viewport
            if room is not None:
                form.side_by_side.watch(room)
        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(self.templates_row)
        column.addWidget(self.builder, 1)
        self.splitter = splitter(Qt.Orientation.Horizontal, self, "plannerSplitter",
                                 [(left, 5), (self.proposals, 6)])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.move_banner)
        layout.addWidget(self.splitter, 1)

    def _build_templates_row(self) -> None:
        self.templates_row = QHBoxLayout()
        self.templates_row.setContentsMargins(6, 6, 6, 0)
        self.template_label, self.template_combo = labelled(QComboBox, self, "templateName")
        self.template_combo.setMinimumContentsLength(8)
        self.template_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.load_button = named(QPushButton(self), "templateLoad")
        self.save_button = named(QPushButton(self), "templateSave")
        self.delete_button = named(QPushButton(self), "templateDelete")
        for widget in (self.template_label, self.template_combo, self.load_button,
                       self.save_button, self.delete_button):
            self.templates_row.addWidget(widget)
        self.templates_row.addStretch(1)

    def _build_move_banner(self) -> None:
        self.move_banner = QWidget(self)
        self.move_banner.setObjectName("moveBanner")
        self.move_banner.setStyleSheet("#moveBanner { background: #fff4ce; }")
        row = QHBoxLayout(self.move_banner)
        row.setContentsMargins(8, 4, 8, 4)
        self.move_label = QLabel(self.move_banner)
        self.move_label.setWordWrap(True)
        self.cancel_move_button = QPushButton(self.move_banner)
        self.cancel_move_button.setObjectName("cancelMove")
        row.addWidget(self.move_label, 1)
        row.addWidget(self.cancel_move_button)
        self.move_banner.hide()

    def _connect(self) -> None:
        self.load_button.clicked.connect(self.load_template)
        self.save_button.clicked.connect(self.save_template)
        self.delete_button.clicked.connect(self.delete_template)
        self.template_combo.currentIndexChanged.connect(lambda _i: self._update_buttons())
        self.cancel_move_button.clicked.connect(self.cancel_reschedule)
        self.proposals.findRequested.connect(self.find_times)
        self.proposals.bookRequested.connect(self.book_selected)
        self.proposals.currentChanged.connect(lambda _facts: self._preview_soon.start())
        self.proposals.stepChosen.connect(self.take_step)
        self.proposals.diagnosis.splitChosen.connect(self.propose_split)
        self.sessions.splitRequested.connect(self.propose_split)
        self.sessions.changed.connect(
            lambda: self.options.set_multi_day(self.sessions.model.multi_day))
        for form in (self.candidate, self.sessions, self.options):
            form.changed.connect(self._plan_edited)

    def _set_tab_order(self) -> None:
        c, s, o, p = self.candidate, self.sessions, self.options, self.proposals
        chain: list[QWidget] = [
            self.template_combo, self.load_button, self.save_button, self.delete_button,
            self.builder.tabBar(),
            c.name_edit, c.email_edit, c.zone_picker, c.language_combo, c.ranges_list,
            c.day_edit, c.from_edit, c.to_edit, c.add_button, c.remove_button, c.paste_edit, c.read_button,
            s.table, s.add_button, s.remove_button, s.up_button, s.down_button, s.split_button,
            s.title_edit, s.minutes_spin, s.people_list, s.pool_combo, s.count_spin,
            s.shadow_combo, s.day_spin,
            o.break_spin, o.grid_combo, o.same_day, o.ordered, o.days_apart, o.organizer_name,
            o.organizer_email, o.location,
            p.from_edit, p.to_edit, p.find_button, p.table, p.diagnosis, p.book_button,
            self.cancel_move_button]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def tab_chain(self) -> list[QWidget]:
        """The focus chain from the template box, as Tab walks it (tests read it)."""
        chain: list[QWidget] = []
        widget = self.template_combo.nextInFocusChain()
        while widget is not None and widget is not self.template_combo and len(chain) < 500:
            chain.append(widget)
            widget = widget.nextInFocusChain()
        return chain

    def retranslate(self) -> None:
        """Texts in the current language."""
        self.template_label.setText(self.tr("Temp&late:"))
        self.template_combo.setAccessibleName(self.tr("Saved plan templates"))
        self.load_button.setText(self.tr("Load"))
        self.load_button.setAccessibleName(self.tr("Load the template"))
        self.save_button.setText(self.tr("Save as…"))
        self.save_button.setAccessibleName(self.tr("Save the plan as a template"))
        self.delete_button.setText(self.tr("Delete"))
        self.delete_button.setAccessibleName(self.tr("Delete the template"))
        self.builder.setTabText(CANDIDATE_PAGE, self.tr("&Candidate"))
        self.builder.setTabText(SESSIONS_PAGE, self.tr("Sessi&ons"))
        self.builder.setTabText(OPTIONS_PAGE, self.tr("Options"))
        self.builder.tabBar().setAccessibleName(self.tr("Parts of the plan"))
        self.cancel_move_button.setText(self.tr("Stop moving"))
        self.cancel_move_button.setAccessibleName(self.tr("Stop moving the booking"))
        self.candidate.retranslate()
        self.sessions.retranslate()
        self.options.retranslate()
        self.proposals.retranslate()
        self._update_move_banner()
        self._update_buttons()

    def changeEvent(self, event: QEvent) -> None:
        """Re-translate on a language change."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        """Read the template names the first time the tab is shown."""
        super().showEvent(event)
        if not self._templates_loaded:
            self._templates_loaded = True
            self.reload_templates()

    # -- roster and zone -------------------------------------------------------------------

    def roster_changed(self) -> None:
        """The roster was (re)loaded: new names and pools to choose from."""
        self.sessions.set_people(self._people())

    def fill_zones(self, zones: Sequence[tuple[str, str]]) -> None:
        """Give the candidate's zone picker the full list (read on the worker)."""
        self.candidate.fill_zones(zones)

    def set_display_zone(self, zone: str) -> None:
        """Show the proposals' "When" column in ``zone`` (the week view's zone)."""
        if zone == self.proposals.model.display_zone:
            return
        self.proposals.model.set_display_zone(zone)
        self._preview_soon.start()

    # -- the plan --------------------------------------------------------------------------

    def plan_document(self) -> dict[str, Any]:
        """The plan as typed, as a PLAN.json object (not validated)."""
        return {"candidate": self.candidate.to_json(),
                "sessions": [session_to_json(s) for s in self.sessions.sessions],
                **self.options.to_json()}

    def build_plan(self) -> Plan | None:
        """The plan, or None after showing the first wrong field beside it (and focusing it)."""
        self.clear_errors()
        try:
            return plan_from_json(self.plan_document())
        except PlanFieldError as exc:
            self.show_field_error(exc.field, exc.problem)
            return None

    def show_field_error(self, field: str, problem: str) -> QWidget:
        """Show a PLAN.json field's problem beside it, switch to its page, focus it."""
        text = field_problem(field, problem)
        if field.startswith("candidate"):
            page, widget = CANDIDATE_PAGE, self.candidate.show_field_error(field, text)
        elif field.startswith("sessions"):
            page, widget = SESSIONS_PAGE, self.sessions.show_error(session_of(field), text)
        else:
            page, widget = OPTIONS_PAGE, self.options.show_field_error(field, text)
        self.builder.setCurrentIndex(page)
        widget.setFocus()
        return widget

    def clear_errors(self) -> None:
        """Hide every inline error."""
        self.candidate.clear_errors()
        self.sessions.clear_errors()
        self.options.clear_errors()

    def load_document(self, document: dict[str, Any]) -> None:
        """Fill every page from a PLAN.json object (a template or a booking's plan)."""
        try:
            plan = plan_from_json(document)
        except PlanFieldError as exc:
            self.show_field_error(exc.field, exc.problem)
            return
        self.candidate.load_json(dict(document.get("candidate") or {}),
                                 plan.candidate.availability)
        self.sessions.set_sessions(plan.sessions)
        self.options.load_json(document)
        self.clear_errors()

    def search_window(self) -> Interval | None:
        """The dates to search as UTC, read in the candidate's zone (None: last before first)."""
        first, last = self.proposals.dates()
        if last < first:
            return None
        zone = get_zone(self.candidate.zone() or "UTC")
        return Interval(at_local(first, time(0), zone),
                        at_local(last + timedelta(days=1), time(0), zone))

    def _plan_edited(self) -> None:
        if self._found is not None and self._found.proposals:
            self.proposals.status.setText(
                self.tr("The plan changed: Find times again to see times for it."))

    # -- finding times ---------------------------------------------------------------------

    def find_times(self) -> bool:
        """Search times for the plan as typed; False when the plan or the dates are wrong."""
        plan = self.build_plan()
        if plan is None:
            return False
        window = self.search_window()
        if window is None:
            self.proposals.show_dates_error(self.tr("The last day is before the first."))
            self.proposals.to_edit.setFocus()
            return False
        self._search(plan, window, self._moving.id if self._moving else None, focus=True)
        return True

    def _search(self, plan: Plan, window: Interval, exclude: str | None,
                keep: datetime | None = None, note: str = "", *, focus: bool = False) -> None:
        """Search on the worker; ``focus``: the answer takes the keyboard focus (a search the
        user asked for, not a refresh)."""
        self._last = (plan, window, exclude)
        self.proposals.set_searching(True)
        (planning_ops.find_times(plan, window, exclude_booking=exclude)
         .success(lambda found: self._show_found(found, keep, note, focus=focus))
         .finished(lambda: self.proposals.set_searching(False))
         .run(self.runner))

    def _show_found(self, found: FoundTimes, keep: datetime | None, note: str = "", *,
                    focus: bool = False) -> None:
        if self._last is None or found.window != self._last[1] or found.plan != self._last[0]:
            return  # an older search (the plan or dates changed meanwhile)
        self._found = found
        self.proposals.show_found(found, keep)
        if not found.proposals and self._may_split(found):
            (planning_ops.suggest_split(found.plan, found.window)
             .success(lambda split: self._offer_split(found, split)).run(self.runner))
        if note:
            self.proposals.status.setText(f"{note} {self.proposals.status.text()}".strip())
        if focus and self.isVisible():
            target = (self.proposals.table if found.proposals
                      else self.proposals.diagnosis.first_button())
            if target is not None:
                target.setFocus()
        self.proposalsShown.emit(len(found.proposals))

    # -- splitting over days ---------------------------------------------------------------

    @staticmethod
    def _may_split(found: FoundTimes) -> bool:
        """A one-day plan of several sessions that nothing fits for lack of shared hours."""
        plan = found.plan
        return (not plan.multi_day and len(plan.sessions) > 1
                and any(r.code in WINDOW_REASONS for r in found.reasons))

    def _offer_split(self, found: FoundTimes, split: SplitSuggestion | None) -> None:
        if split is not None and found is self._found:
            self.proposals.diagnosis.offer_split()

    def propose_split(self) -> None:
        """Work out on the worker which sessions to hold on which day, then show it."""
        plan = self.build_plan()
        window = self.search_window()
        if plan is None or window is None:
            return
        if plan.multi_day:
            self._tell_split(self.tr("The panel is already held over several days."))
            return
        (planning_ops.suggest_split(plan, window)
         .success(lambda split: self._show_split(plan, split)).run(self.runner))

    def split_text(self, plan: Plan, split: SplitSuggestion) -> str:
        """What the split proposes, in words: why, then each day's sessions."""
        why = self.tr("These people share at most {longest} in one stretch on the dates "
                      "searched; the whole panel needs {need}.").format(
            longest=formatting.format_duration(split.longest),
            need=formatting.format_duration(split.need))
        days = [self.tr("Day {day}: {sessions}").format(
                    day=day, sessions=", ".join(s.title for s, d in
                                                zip(plan.sessions, split.days, strict=True)
                                                if d == day))
                for day in sorted(set(split.days))]
        return "\n".join([why, "", *days])

    def _tell_split(self, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Split over days"), text,
                          QMessageBox.StandardButton.Ok, self)
        box.setObjectName("SplitAnswer")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.last_question = box
        box.open()

    def _show_split(self, plan: Plan, split: SplitSuggestion | None) -> None:
        if split is None:
            self._tell_split(self.tr(
                "No split is needed: the people of this panel share enough hours on one day "
                "(or splitting would not help)."))
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Split over days"),
                          self.split_text(plan, split), QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("SplitQuestion")
        apply = box.addButton(self.tr("&Split and find times"),
                              QMessageBox.ButtonRole.AcceptRole)
        apply.setObjectName("splitApply")
        box.setDefaultButton(apply)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(
            lambda button: self.apply_split(split) if button is apply else None)
        self.last_question = box
        box.open()

    def apply_split(self, split: SplitSuggestion) -> None:
        """Give each session its day of ``split`` and find times for the loop."""
        if len(split.days) != len(self.sessions.sessions):
            return  # the plan changed meanwhile
        self.sessions.apply_days(split.days)
        self.find_times()

    def refresh(self, note: str = "") -> None:
        """Run the last search again (its plan and dates), keeping the selected time;
        ``note`` goes before the count in the status line."""
        if self._last is None:
            return
        selected = self.proposals.selected()
        plan, window, exclude = self._last
        self._search(plan, window, exclude, selected.start if selected else None, note)

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches("templates"):
            self.reload_templates()
        if changes.touches(*REFRESH_FLAGS) and self._last is not None:
            self.refresh()

    def _preview(self) -> None:
        """Ask for the selected proposal's preview (after the list is drawn: moving the week
        view is its own event, and a run of arrow keys asks once)."""
        facts = self.proposals.selected()
        if facts is None:
            self.previewRequested.emit(None)
            return
        self.previewRequested.emit(preview(facts.proposal, self._display_zone()))

    # -- next steps ------------------------------------------------------------------------

    def take_step(self, step: NextStep) -> None:
        """Carry out a next step of the diagnosis."""
        if step.step is Step.WIDEN:
            self.proposals.widen(7)
            self.find_times()
        elif step.step is Step.ALLOW_FLEX:
            (planning_ops.allow_flex(step.email)
             .success(lambda person: self.proposals.status.setText(
                 self.tr("{name} may now interview outside core hours.").format(
                     name=person.name)))
             .run(self.runner))
        elif step.step is Step.EDIT_PERSON:
            self.editInterviewerRequested.emit(step.email)
        elif step.step in (Step.USE_POOL, Step.FEWER_FROM_POOL):
            self.sessions.set_sessions(apply_to_sessions(step, self.sessions.sessions))
            self.sessions.select_row(step.session)
            self.find_times()
        elif step.step is Step.ALLOW_DAYS:
            self.options.same_day.setChecked(False)
            self.find_times()
        elif step.step is Step.CANDIDATE:
            self.builder.setCurrentIndex(CANDIDATE_PAGE)
            self.candidate.ranges_list.setFocus()

    # -- booking ---------------------------------------------------------------------------

    def book_selected(self) -> BookDialog | None:
        """Ask to book (or move the booking to) the selected proposal; returns the dialog."""
        facts = self.proposals.selected()
        if facts is None or self._last is None:
            return None
        from interviewplanner.gui.dialogs.book_dialog import BookDialog  # loads when used

        dialog = BookDialog(facts, self, moving=self._moving is not None)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._book(facts))
        return open_kept(self, "last_dialog", dialog, until_destroyed=True)

    def _book(self, facts: ProposalFacts) -> None:
        if self._last is None:
            return
        plan, window, _exclude = self._last
        self.proposals.book_button.setEnabled(False)
        self.proposals.status.setText(self.tr("Booking…"))
        if self._moving is not None:
            (planning_ops.move_booking(self._moving.id, window, facts.proposal)
             .success(self._moved).failure(self._book_failed).run(self.runner))
        else:
            (planning_ops.book(plan, window, facts.proposal)
             .success(self._booked).failure(self._book_failed).run(self.runner))

    def _done(self, message: str) -> None:
        self._last = None
        self._found = None
        self.proposals.clear(message)

    def _booked(self, booking: Booking) -> None:
        when = formatting.format_datetime(booking.sessions[0].start, self._display_zone())
        self._done(self.tr("Booked {name}'s panel: {when}.").format(
            name=booking.candidate.name, when=when))
        self.booked.emit(booking)

    def _moved(self, result: tuple[Booking, Booking]) -> None:
        before, after = result
        when = formatting.format_datetime(after.sessions[0].start, self._display_zone())
        self._done(self.tr("Moved {name}'s panel to {when}.").format(
            name=after.candidate.name, when=when))
        self._end_move()
        self.rescheduled.emit(before, after)

    def _book_failed(self, exc: BaseException) -> None:
        from interviewplanner.gui.errors import show_error
        from interviewplanner.services.errors import ErrorCode, UserError

        title = self.tr("Cannot move the booking") if self._moving else self.tr("Cannot book")
        self.last_question = show_error(self, title, exc)
        self.proposals.status.setText("")
        if isinstance(exc, UserError) and exc.code is ErrorCode.PROPOSAL_TAKEN:
            self.refresh(self.tr("That time was taken meanwhile: searched again."))
        else:
            self.proposals.book_button.setEnabled(self.proposals.selected() is not None)

    # -- moving a booking ------------------------------------------------------------------

    @property
    def moving(self) -> Booking | None:
        """The booking being moved (None: booking a new panel)."""
        return self._moving

    def start_reschedule(self, booking_id: str) -> None:
        """Load booking ``booking_id``'s plan and find times to move it to (its own time is not
        busy); the book button becomes "Move here"."""
        (planning_ops.load_booking(booking_id).success(self._start_move).run(self.runner))

    def _start_move(self, loaded: tuple[Booking, dict[str, Any]]) -> None:
        booking, document = loaded
        self.load_document(document)
        self._moving = booking
        for page in (self.candidate, self.sessions):
            page.setEnabled(False)
        self.proposals.set_moving(True)
        self.proposals.clear()
        self._update_move_banner()
        self._update_buttons()
        self.rescheduleChanged.emit(True)
        self.find_times()

    def cancel_reschedule(self) -> None:
        """Stop moving the booking (the plan stays in the form)."""
        if self._moving is None:
            return
        self._end_move()
        self._done("")

    def _end_move(self) -> None:
        self._moving = None
        for page in (self.candidate, self.sessions):
            page.setEnabled(True)
        self.proposals.set_moving(False)
        self._update_move_banner()
        self._update_buttons()
        self.rescheduleChanged.emit(False)

    def _update_move_banner(self) -> None:
        booking = self._moving
        self.move_banner.setVisible(booking is not None)
        if booking is None:
            return
        when = formatting.format_datetime(booking.sessions[0].start, self._display_zone())
        self.move_label.setText(self.tr(
            "Moving {name}'s panel (booked for {when}). Choose a new time and press "
            "Move here.").format(name=booking.candidate.name, when=when))

    # -- templates -------------------------------------------------------------------------

    def reload_templates(self) -> None:
        """Read the template names again."""
        planning_ops.template_names().success(self._templates).run(self.runner)

    def _templates(self, names: tuple[str, ...]) -> None:
        chosen = self.template_combo.currentText()
        self.template_combo.clear()
        self.template_combo.addItems(list(names))
        index = self.template_combo.findText(chosen)
        self.template_combo.setCurrentIndex(index if index >= 0 else (0 if names else -1))
        self._update_buttons()
        self.templatesLoaded.emit(names)

    def _update_buttons(self) -> None:
        has = self.template_combo.currentIndex() >= 0
        self.load_button.setEnabled(has and self._moving is None)
        self.delete_button.setEnabled(has)

    def load_template(self) -> None:
        """Fill the plan from the chosen template."""
        name = self.template_combo.currentText()
        if name:
            (planning_ops.load_template(name).success(self._template_loaded)
             .run(self.runner))

    def _template_loaded(self, loaded: tuple[dict[str, Any], int]) -> None:
        document, version = loaded
        self._template_versions = {self.template_combo.currentText(): version}
        self.load_document(document)
        self.proposals.status.setText(self.tr("Template “{name}” loaded.").format(
            name=self.template_combo.currentText()))

    def save_template(self) -> QInputDialog | None:
        """Ask for a name, then save the plan as that template (replacing one of that name)."""
        if self.build_plan() is None:
            return None
        dialog = QInputDialog(self)
        dialog.setObjectName("TemplateNameDialog")
        dialog.setWindowTitle(self.tr("Save as template"))
        dialog.setLabelText(self.tr("Template &name (an existing one is replaced):"))
        dialog.setTextValue(self.template_combo.currentText())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.textValueSelected.connect(self._save_named)
        self.last_question = dialog
        dialog.open()
        return dialog

    def _save_named(self, name: str) -> None:
        plan = self.build_plan()
        if plan is None or not name.strip():
            return
        self.template_combo.setCurrentText(name.strip())
        expected = self._template_versions.get(name.strip())  # loaded: not over someone's save
        (planning_ops.save_template(name, plan, expected)
         .success(self._template_saved).run(self.runner))

    def _template_saved(self, saved: tuple[str, int]) -> None:
        name, version = saved
        self._template_versions = {name: version}
        self.proposals.status.setText(self.tr("Saved the template “{name}”.").format(name=name))
        index = self.template_combo.findText(name)
        if index < 0:
            self.template_combo.addItem(name)
        self.template_combo.setCurrentText(name)

    def delete_template(self) -> QMessageBox | None:
        """Ask, then delete the chosen template."""
        name = self.template_combo.currentText()
        if not name:
            return None
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Delete template"),
                          self.tr("Delete the template “{name}”?").format(name=name),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setObjectName("DeleteTemplateQuestion")
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        yes = box.button(QMessageBox.StandardButton.Yes)
        box.buttonClicked.connect(
            lambda button: planning_ops.delete_template(name).run(self.runner)
            if button is yes else None)
        self.last_question = box
        box.open()
        return box
