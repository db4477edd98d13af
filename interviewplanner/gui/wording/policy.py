"""The flex-time policy in the user's language: field labels and problems (English, Japanese).

The core declares the fields (:data:`~interviewplanner.core.policy_fields.POLICY_FIELDS`) and
reports :class:`~interviewplanner.core.policy_fields.PolicyProblem` codes; the interviewer
dialog shows :func:`field_label` next to each field and :func:`problem_text` under it.
Everything goes through ``QCoreApplication.translate`` in the ``PolicyWording`` context.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from interviewplanner.core.policy_fields import PolicyProblem, PolicyProblemCode
from interviewplanner.gui.i18n import QT_TRANSLATE_NOOP

CONTEXT = "PolicyWording"

LABELS: dict[str, str] = {
    "window": QT_TRANSLATE_NOOP("PolicyWording", "Working window"),
    "core": QT_TRANSLATE_NOOP("PolicyWording", "Core hours"),
    "core_only": QT_TRANSLATE_NOOP("PolicyWording", "core hours only"),
    "lunch_window": QT_TRANSLATE_NOOP("PolicyWording", "Lunch window"),
    "lunch_minutes": QT_TRANSLATE_NOOP("PolicyWording", "Lunch (minutes)"),
    "working_days": QT_TRANSLATE_NOOP("PolicyWording", "Working days"),
    "max_per_day": QT_TRANSLATE_NOOP("PolicyWording", "Max interviews a day"),
    "max_per_week": QT_TRANSLATE_NOOP("PolicyWording", "Max interviews a week"),
    "buffer_minutes": QT_TRANSLATE_NOOP("PolicyWording", "Buffer (minutes)"),
}
"""Label of each policy field (source text; translated by :func:`field_label`)."""

_NUMBER = QT_TRANSLATE_NOOP("PolicyWording", "Enter a whole number from {low} to {high}.")
_AT_LEAST = QT_TRANSLATE_NOOP("PolicyWording", "Enter a whole number of {low} or more.")

PROBLEMS: dict[PolicyProblemCode, str] = {
    PolicyProblemCode.NOT_A_RANGE: QT_TRANSLATE_NOOP(
        "PolicyWording", "Use a range such as 10:00–19:00, with times on the 24-hour clock."),
    PolicyProblemCode.RANGE_BACKWARDS: QT_TRANSLATE_NOOP(
        "PolicyWording", "The end must be later than the start, e.g. 10:00–19:00."),
    PolicyProblemCode.NOT_A_NUMBER: _NUMBER,
    PolicyProblemCode.OUT_OF_BOUNDS: _NUMBER,
    PolicyProblemCode.LUNCH_TOO_LONG: QT_TRANSLATE_NOOP(
        "PolicyWording", "{minutes} min of lunch do not fit in the lunch window {window}."),
    PolicyProblemCode.NOT_DAYS: QT_TRANSLATE_NOOP(
        "PolicyWording", "Use days such as Mon-Fri or Mon,Tue,Thu."),
    PolicyProblemCode.NO_SUCH_WEEKDAY: QT_TRANSLATE_NOOP(
        "PolicyWording", "Working days run from Monday to Sunday."),
    PolicyProblemCode.NO_WORKING_DAYS: QT_TRANSLATE_NOOP(
        "PolicyWording", "Choose at least one working day."),
}
"""Source text of each problem code; :func:`problem_text` fills in the numbers."""


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def field_label(name: str) -> str:
    """The translated label of policy field ``name``."""
    return _tr(LABELS[name])


def problem_text(problem: PolicyProblem) -> str:
    """One policy problem as a translated sentence, for showing under its field."""
    text = PROBLEMS[problem.code]
    if text == _NUMBER and problem.high is None:
        text = _AT_LEAST
    return _tr(text).format(low=problem.low, high=problem.high, minutes=problem.value,
                            window=problem.window.replace("-", "–"))
