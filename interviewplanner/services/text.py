"""One rule for one-line text people type (names, pool names, template names): trimmed, no
control characters, no longer than its column (:mod:`interviewplanner.core.text`)."""

from __future__ import annotations

from interviewplanner.core.text import control_character
from interviewplanner.services.errors import ControlCharacter, TextTooLong


def check_text(value: str, field: str, maximum: int) -> str:
    """``value`` without surrounding blanks; raise ControlCharacter or TextTooLong naming
    ``field`` when it holds a control character or is longer than ``maximum`` characters."""
    clean = value.strip()
    bad = control_character(clean)
    if bad is not None:
        raise ControlCharacter(field, bad)
    if len(clean) > maximum:
        raise TextTooLong(field, len(clean), maximum)
    return clean
