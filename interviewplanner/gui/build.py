"""Widgets built the same way wherever they appear: named widgets, labelled fields, the lists of
rows, splitters, and the non-blocking dialogs a panel keeps a handle on.

Texts are not set here: every panel sets them in its ``retranslate`` (the UI language can
change while a window is open).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QDialog, QLabel, QSplitter, QTableView, QWidget

W = TypeVar("W", bound=QWidget)
D = TypeVar("D", bound=QDialog)


def named(widget: W, name: str) -> W:
    """``widget`` with its object name set (tests, accessibility checks and the saved layout
    find it by that name)."""
    widget.setObjectName(name)
    return widget


def labelled(kind: type[W], parent: QWidget, name: str) -> tuple[QLabel, W]:
    """A label and a new ``kind`` field named ``name`` under ``parent``; the label's mnemonic
    (its "&" letter) focuses the field."""
    label = QLabel(parent)
    field = named(kind(parent), name)
    label.setBuddy(field)
    return label, field


def row_table(parent: QWidget, name: str, model: QAbstractItemModel, *,
              word_wrap: bool = False) -> QTableView:
    """A table of ``model`` that selects one whole row at a time, never edits in place and
    leaves Tab to move between widgets: how every list of rows behaves. Words are not wrapped
    (long texts end in "…") unless ``word_wrap``."""
    table = named(QTableView(parent), name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)
    table.setWordWrap(word_wrap)
    return table


def splitter(orientation: Qt.Orientation, parent: QWidget, name: str,
             parts: Sequence[tuple[QWidget, int]]) -> QSplitter:
    """A splitter of ``parts`` (widget, stretch factor) in order; no part can be collapsed."""
    split = named(QSplitter(orientation, parent), name)
    split.setChildrenCollapsible(False)
    for index, (widget, stretch) in enumerate(parts):
        split.addWidget(widget)
        split.setStretchFactor(index, stretch)
    return split


def open_kept(owner: object, attribute: str, dialog: D, *, until_destroyed: bool = False) -> D:
    """Open ``dialog`` (window-modal, without blocking) and keep it as ``owner.<attribute>``
    until it is finished (or, with ``until_destroyed``, deleted), so that the panel and its
    tests can reach the open dialog; returns ``dialog``."""
    def forget(*_args: object) -> None:
        if getattr(owner, attribute, None) is dialog:
            setattr(owner, attribute, None)

    (dialog.destroyed if until_destroyed else dialog.finished).connect(forget)
    setattr(owner, attribute, dialog)
    dialog.open()
    return dialog
