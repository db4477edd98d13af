"""When no time fits: why, in plain words, and the next steps one click away.

The reasons come from the engine (the bottleneck first) and are worded by
:mod:`interviewplanner.gui.wording.reasons`; the steps by
:func:`interviewplanner.gui.presenters.next_steps.next_steps`. The panel carries a step out when
its button is pressed (:attr:`DiagnosisBox.stepChosen`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from interviewplanner.core.model import Interviewer
from interviewplanner.core.plan import Plan
from interviewplanner.core.reasons import Reason
from interviewplanner.gui.presenters.next_steps import NextStep, Step, next_steps


class DiagnosisBox(QFrame):
    """The reasons why nothing fits and a button per next step.

    Signals:
        stepChosen(object): the user pressed the button of this :class:`NextStep`.
        splitChosen(): the user pressed "Split over days…" (offered by :meth:`offer_split`).
    """

    stepChosen = Signal(object)
    splitChosen = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        """Empty until :meth:`show_reasons`."""
        super().__init__(parent)
        self.setObjectName("DiagnosisBox")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._reasons: tuple[Reason, ...] = ()
        self._steps: list[NextStep] = []
        self.title = QLabel(self)
        self.title.setObjectName("diagnosisTitle")
        font = QFont(self.title.font())
        font.setBold(True)
        self.title.setFont(font)
        self.text = QLabel(self)
        self.text.setObjectName("diagnosisText")
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons: list[QPushButton] = []
        self.button_row = QHBoxLayout()
        self.button_row.addStretch(1)
        self.split_button = QPushButton(self)
        self.split_button.setObjectName("diagnosisSplit")
        self.split_button.clicked.connect(self.splitChosen)
        self.split_button.hide()
        self.button_row.addWidget(self.split_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.text, 1)
        layout.addLayout(self.button_row)

    @property
    def steps(self) -> list[NextStep]:
        """The steps offered, in button order."""
        return list(self._steps)

    def show_reasons(self, reasons: Sequence[Reason], plan: Plan,
                     people: Mapping[str, Interviewer]) -> None:
        """Word ``reasons`` and offer the next steps for ``plan``."""
        self._reasons = tuple(reasons)
        self._steps = next_steps(reasons, plan, people)
        self.split_button.hide()
        self._fill()

    def offer_split(self) -> None:
        """Offer to split the panel over days (the planner found days that would fit)."""
        self.split_button.show()

    def retranslate(self) -> None:
        """Texts in the current language."""
        self._fill()

    def _fill(self) -> None:
        from interviewplanner.gui.wording.reasons import reasons_text

        self.title.setText(self.tr("No time fits the plan in these dates."))
        lines = reasons_text(self._reasons, 3)
        if not lines:
            lines = [self.tr("No single rule blocks it: the combination does not fit.")]
        self.text.setText("\n".join(f"• {line}" for line in lines))
        self.text.setAccessibleName(self.tr("Why no time fits"))
        self.split_button.setText(self.tr("Split over days…"))
        self.split_button.setAccessibleName(self.tr("Split the panel over several days"))
        for button in self.buttons:
            self.button_row.removeWidget(button)
            button.deleteLater()
        self.buttons = []
        for index, step in enumerate(self._steps):
            button = QPushButton(self.step_text(step), self)
            button.setObjectName(f"nextStep{index}")
            button.setAccessibleName(button.text())
            button.clicked.connect(lambda _c=False, chosen=step: self.stepChosen.emit(chosen))
            self.button_row.insertWidget(index, button)
            self.buttons.append(button)

    def step_text(self, step: NextStep) -> str:
        """The button text of ``step``."""
        texts = {
            Step.WIDEN: self.tr("Search one more week"),
            Step.ALLOW_FLEX: self.tr("Let {name} interview outside core hours"),
            Step.EDIT_PERSON: self.tr("Edit {name}…"),
            Step.USE_POOL: self.tr("Anyone from {pool} instead of {name}"),
            Step.ALLOW_DAYS: self.tr("Allow different days"),
            Step.CANDIDATE: self.tr("Edit the candidate's availability"),
        }
        if step.step is Step.FEWER_FROM_POOL:
            return self.tr("Ask {pool} for %n interviewer(s)", "", step.count).format(
                pool=step.pool)
        return texts[step.step].format(name=step.name, pool=step.pool)

    def first_button(self) -> QPushButton | None:
        """The first step's button (focus goes there when the box appears)."""
        if self.buttons:
            return self.buttons[0]
        return self.split_button if self.split_button.isVisibleTo(self) else None
