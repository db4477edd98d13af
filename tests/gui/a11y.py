"""What a screen reader sees: every control a user can reach must have an accessible name."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

CONTROLS = (QAbstractButton, QAbstractItemView, QAbstractSlider, QAbstractSpinBox, QComboBox,
            QLineEdit, QPlainTextEdit, QTextEdit, QTabBar)


def _reachable(widget: QWidget) -> bool:
    """A control the user can reach: visible, enabled or not, and either a known control
    type or a custom widget that takes keyboard focus."""
    if not widget.isVisibleTo(widget.window()):
        return False
    if isinstance(widget, CONTROLS):
        return True
    return widget.focusPolicy() != Qt.FocusPolicy.NoFocus and widget.isEnabled() \
        and type(widget).__module__.startswith("interviewplanner")


def _internal(widget: QWidget) -> bool:
    """Parts Qt builds inside a control (a combo box's line edit, a spin box's editor, the
    scroll bars and viewport of a view, a tool bar's extension button): their parent is named."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, (QComboBox, QAbstractSpinBox, QAbstractItemView)):
            return True
        parent = parent.parentWidget()
    name = widget.objectName()
    return name.startswith("qt_") or isinstance(widget, QAbstractSlider)


def name_of(widget: QWidget) -> str:
    """The accessible name a screen reader announces for ``widget``."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def nameless(root: QWidget) -> list[str]:
    """Describe every reachable control under ``root`` (itself included) without a name."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if _reachable(widget) and not _internal(widget) and not name_of(widget):
            found.append(f"{type(widget).__name__} {widget.objectName()!r} "
                         f"in {type(widget.parentWidget()).__name__}")
    return found
