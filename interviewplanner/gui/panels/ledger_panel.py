"""The Ledger tab (SPEC §11): who carried the awkward hours this month.

A month picker (previous, this month, next), the table of every interviewer's month
(:class:`~interviewplanner.gui.models.ledger_model.LedgerModel`) and a chart of their interview
time inside and outside their core hours, the most out-of-core first
(:class:`~interviewplanner.gui.widgets.ledger_chart.LedgerChartWidget`). A line under the title
says how evenly the early and late seats are spread. The tab reloads itself when bookings or the
roster change.

Tab order: previous month → this month → next month → table.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from itertools import pairwise

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from interviewplanner.core.ledger import LedgerRow, Month
from interviewplanner.gui import formatting
from interviewplanner.gui.changes import Changes
from interviewplanner.gui.models.ledger_model import LedgerModel
from interviewplanner.gui.operations import pacific
from interviewplanner.gui.ops import OpRunner
from interviewplanner.gui.presenters.ledger_rows import LedgerBar, ledger_bars, spread
from interviewplanner.gui.widgets.ledger_chart import LedgerChartWidget


class LedgerPanel(QWidget):
    """A month's ledger: table and chart.

    Signals:
        ledgerShown(object): a month's rows arrived and are shown (a tuple of LedgerRow).
    """

    ledgerShown = Signal(object)

    def __init__(self, runner: OpRunner, *, now: Callable[[], datetime],
                 parent: QWidget | None = None) -> None:
        """Work through ``runner``; the month shown first is ``now()``'s (UTC)."""
        super().__init__(parent)
        self.setObjectName("LedgerPanel")
        self.runner = runner
        self._now = now
        today = now()
        self.month: Month = (today.year, today.month)
        self.rows: tuple[LedgerRow, ...] = ()
        self._asked = False
        self.model = LedgerModel(self)
        self._build()
        runner.bus.changed.connect(self._on_changes)
        self.retranslate()

    def _build(self) -> None:
        self.prev_button = QToolButton(self)
        self.prev_button.setObjectName("ledgerPrevious")
        self.prev_button.setArrowType(Qt.ArrowType.LeftArrow)
        self.prev_button.clicked.connect(lambda: self.shift(-1))
        self.this_button = QPushButton(self)
        self.this_button.setObjectName("ledgerThisMonth")
        self.this_button.clicked.connect(self.this_month)
        self.next_button = QToolButton(self)
        self.next_button.setObjectName("ledgerNext")
        self.next_button.setArrowType(Qt.ArrowType.RightArrow)
        self.next_button.clicked.connect(lambda: self.shift(1))
        self.title = QLabel(self)
        self.title.setObjectName("ledgerMonth")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.spread_label = QLabel(self)
        self.spread_label.setObjectName("ledgerSpread")
        self.spread_label.setWordWrap(True)
        self._build_table()
        self._lay_out()

    def _build_table(self) -> None:
        self.table = QTableView(self)
        self.table.setObjectName("ledgerTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.chart = LedgerChartWidget(self)
        self.chart_scroll = QScrollArea(self)
        self.chart_scroll.setObjectName("ledgerChartScroll")
        self.chart_scroll.setWidgetResizable(True)
        self.chart_scroll.setWidget(self.chart)

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        top = QHBoxLayout()
        for widget in (self.prev_button, self.this_button, self.next_button):
            top.addWidget(widget)
        top.addSpacing(12)
        top.addWidget(self.title)
        top.addStretch(1)
        layout.addLayout(top, 0)
        layout.addWidget(self.spread_label, 0)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.setObjectName("ledgerSplitter")
        split.setChildrenCollapsible(False)
        split.addWidget(self.table)
        split.addWidget(self.chart_scroll)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([760, 480])
        layout.addWidget(split, 1)
        for first, second in pairwise(self.tab_order()):
            self.setTabOrder(first, second)

    def tab_order(self) -> list[QWidget]:
        """The panel's controls in keyboard order."""
        return [self.prev_button, self.this_button, self.next_button, self.table]

    # -- texts -----------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Texts in the current language."""
        self.prev_button.setAccessibleName(self.tr("Previous month"))
        self.prev_button.setToolTip(self.tr("Previous month"))
        self.this_button.setText(self.tr("&This month"))
        self.next_button.setAccessibleName(self.tr("Next month"))
        self.next_button.setToolTip(self.tr("Next month"))
        self.table.setAccessibleName(self.tr("Interview time per interviewer this month"))
        self.chart.setAccessibleName(self.tr("Interview time inside and outside core hours"))
        self.model.retranslate()
        self._show()

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate after a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def bar_label(self, bar: LedgerBar) -> str:
        """The text at the end of a bar: "2 early · 3 late" (or the out-of-core time)."""
        return self.tr("{early} early · {late} late").format(early=bar.early, late=bar.late)

    # -- data ------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the month's ledger on the worker."""
        self._asked = True
        pacific.month_ledger(self.month).success(self._loaded).run(self.runner)

    def shift(self, months: int) -> None:
        """Show the month ``months`` before (negative) or after this one."""
        index = self.month[0] * 12 + self.month[1] - 1 + months
        self.month = (index // 12, index % 12 + 1)
        self.reload()

    def this_month(self) -> None:
        """Show the current month."""
        today = self._now()
        self.month = (today.year, today.month)
        self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        """Read the ledger the first time the tab shows."""
        super().showEvent(event)
        if not self._asked:
            self.reload()

    def _on_changes(self, changes: Changes) -> None:
        if self._asked and changes.touches("bookings", "roster", "settings"):
            self.reload()

    def _loaded(self, rows: tuple[LedgerRow, ...]) -> None:
        self.rows = rows
        self.model.set_rows(rows)
        self._show()
        self.ledgerShown.emit(rows)

    def _show(self) -> None:
        self.title.setText(formatting.format_month(*self.month))
        self.chart.set_bars(ledger_bars(self.rows), self.bar_label,
                            (self.tr("inside core hours"), self.tr("outside core hours")))
        found = spread(self.rows)
        if found is None:
            self.spread_label.setText(self.tr("No interviews booked this month."))
            return
        self.spread_label.setText(self.tr(
            "Early or late interviews this month: fewest {fewest} ({fewest_name}), most {most} "
            "({most_name}). Among equally good proposals, the next awkward slot goes to whoever "
            "carried fewest.").format(fewest=found.fewest, fewest_name=found.fewest_name,
                                      most=found.most, most_name=found.most_name))
