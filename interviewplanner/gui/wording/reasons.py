"""Why a time does not fit, in the user's language: every core :class:`ReasonCode` through tr().

The core's :class:`~interviewplanner.core.reasons.Reason` values explain "no proposal fits" and
a booking whose time was taken meanwhile. :func:`reason_text` words one of them in the
``ReasonWording`` context (English source, Japanese from the shipped translation); dates are
written by :mod:`interviewplanner.gui.formatting` with the weekday (``Fri, Dec 25, 2026`` /
``2026年12月25日(金)``).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from PySide6.QtCore import QCoreApplication

from interviewplanner.core.reasons import Reason, ReasonCode
from interviewplanner.gui.formatting import format_date
from interviewplanner.gui.i18n import QT_TRANSLATE_NOOP

CONTEXT = "ReasonWording"

REASONS: dict[ReasonCode, str] = {
    ReasonCode.UNKNOWN_PERSON: QT_TRANSLATE_NOOP(
        "ReasonWording", "{email} is not on the roster."),
    ReasonCode.POOL_TOO_SMALL: QT_TRANSLATE_NOOP(
        "ReasonWording", "Pool “{pool}” has {have} interviewers; the session needs {need}."),
    ReasonCode.HORIZON_TOO_SHORT: QT_TRANSLATE_NOOP(
        "ReasonWording", "The panel needs {need} minutes, more than the search range holds."),
    ReasonCode.CANDIDATE_UNAVAILABLE: QT_TRANSLATE_NOOP(
        "ReasonWording", "The candidate is not available at those times."),
    ReasonCode.SAME_DAY: QT_TRANSLATE_NOOP(
        "ReasonWording", "The sessions would fall on different days for the candidate."),
    ReasonCode.DAYS_APART: QT_TRANSLATE_NOOP(
        "ReasonWording", "The days of the loop cannot be held at most {need} days apart."),
    ReasonCode.NOT_WORKING_DAY: QT_TRANSLATE_NOOP(
        "ReasonWording", "{who} does not work on {day}."),
    ReasonCode.HOLIDAY: QT_TRANSLATE_NOOP(
        "ReasonWording", "{who} is on a {country} holiday on {day} ({detail})."),
    ReasonCode.CLOSURE: QT_TRANSLATE_NOOP(
        "ReasonWording", "The company is closed for {who} on {day} ({detail})."),
    ReasonCode.OUTSIDE_WINDOW: QT_TRANSLATE_NOOP(
        "ReasonWording", "{who}'s working hours ({detail}) do not cover those times."),
    ReasonCode.CORE_ONLY: QT_TRANSLATE_NOOP(
        "ReasonWording", "{who} interviews only in core hours ({detail})."),
    ReasonCode.BUSY: QT_TRANSLATE_NOOP(
        "ReasonWording", "{who} is busy at those times."),
    ReasonCode.BUFFER: QT_TRANSLATE_NOOP(
        "ReasonWording", "{who} needs {need} free minutes between interviews."),
    ReasonCode.LOAD_LIMIT_DAY: QT_TRANSLATE_NOOP(
        "ReasonWording", "{who} would go over the limit of {need} interviews on {day}."),
    ReasonCode.LOAD_LIMIT_WEEK: QT_TRANSLATE_NOOP(
        "ReasonWording", "{who} would go over the limit of {need} interviews in the week of {day}."),
    ReasonCode.LUNCH: QT_TRANSLATE_NOOP(
        "ReasonWording", "{who} would lose the {need}-minute lunch on {day}."),
    ReasonCode.POOL_BUSY: QT_TRANSLATE_NOOP(
        "ReasonWording", "Pool “{pool}” has at most {have} of the {need} interviewers needed free."),
    ReasonCode.POOL_CONFLICT: QT_TRANSLATE_NOOP(
        "ReasonWording", "Pool “{pool}” cannot staff every session of the panel at once."),
}
"""Source text of each reason code; :func:`reason_text` translates it and fills in the fields."""


def format_day(day: date | None) -> str:
    """``day`` with its weekday in the UI language (empty for ``None``)."""
    return "" if day is None else format_date(day, weekday=True)


def reason_text(reason: Reason) -> str:
    """One reason as a translated sentence, e.g. "Kim is busy at those times." /
    "Kimさんはその時間は予定があります。"."""
    text = QCoreApplication.translate(CONTEXT, REASONS[reason.code])
    return text.format(who=reason.who or reason.email, email=reason.email,
                       day=format_day(reason.day), detail=reason.detail, pool=reason.pool,
                       country=reason.country, need=reason.need, have=reason.have)


def reasons_text(reasons: Iterable[Reason], most: int = 3) -> list[str]:
    """The first ``most`` reasons as translated sentences (the bottleneck first)."""
    return [reason_text(r) for r in list(reasons)[:most]]
