"""The "Interviewer" filter combo the bookings and sources panels share.

Its first item (data :data:`EVERYONE`) means no filter; the rest are one item per person,
refilled each time the list reloads while keeping the person chosen, if still there.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

EVERYONE = ""


def chosen_person(combo: QComboBox) -> str:
    """The e-mail the filter keeps, or :data:`EVERYONE`."""
    return str(combo.currentData() or EVERYONE)


def refill_people(combo: QComboBox, people: Iterable[tuple[str, str]], *,
                  email_tips: bool = False) -> None:
    """Replace the people of ``combo`` by ``people`` ((name, e-mail) pairs), keeping the one
    chosen if still listed (else "everyone"), without emitting a change of selection.
    ``email_tips`` puts each e-mail in its item's tooltip."""
    chosen = chosen_person(combo)
    combo.blockSignals(True)
    try:
        while combo.count() > 1:
            combo.removeItem(1)
        for name, email in people:
            combo.addItem(name, email)
            if email_tips:
                combo.setItemData(combo.count() - 1, email, Qt.ItemDataRole.ToolTipRole)
        combo.setCurrentIndex(max(combo.findData(chosen), 0))
    finally:
        combo.blockSignals(False)
