"""Plain values that cross from the worker to the GUI thread (no Qt, no storage imports).

Kept apart from :mod:`interviewplanner.gui.tasks` so that the window can be built without
importing SQLAlchemy: the worker imports the services (and the store) on its first task.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from interviewplanner.core.intervals import Interval
from interviewplanner.core.model import CompanySettings, ImportReport, Interviewer
from interviewplanner.gui.presenters.week_layout import PersonWeek, WeekLayout


@dataclass(frozen=True, slots=True)
class RosterSnapshot:
    """Everything the roster table and the dialogs need, read in one go."""

    people: tuple[Interviewer, ...]
    company: CompanySettings
    interviews_this_week: dict[str, int] = field(default_factory=dict)  # e-mail -> count
    # e-mail -> (early, late) interviews this month: seats before / after their core hours
    awkward_this_month: dict[str, tuple[int, int]] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class WeekData:
    """A week ready to draw: the rows' input and the geometry built from it."""

    rows: tuple[PersonWeek, ...]
    layout: WeekLayout
    title: str = ""  # the week's dates in the UI language (Babel loads on the worker)


@dataclass(frozen=True, slots=True)
class ImportRequest:
    """One interviewer's calendar files to import over a horizon."""

    email: str
    paths: tuple[Path, ...]
    horizon: Interval
    keep_titles: bool = False


@dataclass(frozen=True, slots=True)
class FileOutcome:
    """What happened to one file of an import: a report, or the error (worded by the GUI)."""

    path: Path
    report: ImportReport | None = None
    error: Exception | None = None
