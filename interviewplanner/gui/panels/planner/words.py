"""The planner's own wording: a plan field's problem shown beside the field, and the parts of
pasted availability text that could not be read (codes of
:mod:`interviewplanner.core.availability_text`), through ``tr()`` in the ``PlannerWords`` context.

:func:`interviewplanner.core.plan.plan_from_json` names the wrong field (``sessions[1].minutes``)
and says what is wrong in a short English phrase; :func:`field_problem` turns the pair into a
sentence for the place in the form that holds that field.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from interviewplanner.core.availability_text import TextProblem
from interviewplanner.gui.i18n import QT_TRANSLATE_NOOP

CONTEXT = "PlannerWords"

_FIELD_PROBLEMS: dict[str, str] = {
    "candidate.name": QT_TRANSLATE_NOOP("PlannerWords", "Enter the candidate's name."),
    "candidate.timezone": QT_TRANSLATE_NOOP(
        "PlannerWords", "Choose the candidate's time zone from the list."),
    "candidate.email": QT_TRANSLATE_NOOP("PlannerWords", "Enter an e-mail address or nothing."),
    "candidate.availability": QT_TRANSLATE_NOOP(
        "PlannerWords", "Each available time must end after it starts."),
    "sessions": QT_TRANSLATE_NOOP("PlannerWords", "Add at least one session."),
    "title": QT_TRANSLATE_NOOP("PlannerWords", "Session {number} needs a title."),
    "minutes": QT_TRANSLATE_NOOP(
        "PlannerWords", "Session {number} needs a length from 1 minute to one day."),
    "interviewers": QT_TRANSLATE_NOOP(
        "PlannerWords", "Session {number} names the same interviewer twice."),
    "count": QT_TRANSLATE_NOOP(
        "PlannerWords", "Session {number} asks for people from a pool: choose the pool."),
    "seats": QT_TRANSLATE_NOOP(
        "PlannerWords",
        "Session {number} needs an interviewer: name someone or take people from a pool."),
    "session": QT_TRANSLATE_NOOP("PlannerWords", "Session {number} is not complete."),
    "break_minutes": QT_TRANSLATE_NOOP("PlannerWords", "The break must be 0 minutes or more."),
    "grid_minutes": QT_TRANSLATE_NOOP("PlannerWords", "Choose 5, 10, 15 or 30 minutes."),
    "organizer": QT_TRANSLATE_NOOP("PlannerWords", "Check the organizer's name and e-mail."),
    "plan": QT_TRANSLATE_NOOP("PlannerWords", "The plan is not complete."),
}

_TEXT_PROBLEMS: dict[str, str] = {
    "not_understood": QT_TRANSLATE_NOOP("PlannerWords", "“{text}”: not understood"),
    "bad_time": QT_TRANSLATE_NOOP("PlannerWords", "“{text}”: {detail} is not a time of day"),
    "bad_date": QT_TRANSLATE_NOOP("PlannerWords", "“{text}”: {detail} is not a date"),
    "single_time": QT_TRANSLATE_NOOP(
        "PlannerWords", "“{text}”: give a range (9–12), “after 14:00” or “until 11:00”"),
    "end_before_start": QT_TRANSLATE_NOOP("PlannerWords", "“{text}”: ends before it starts"),
    "outside_range": QT_TRANSLATE_NOOP("PlannerWords", "“{text}”: outside the dates searched"),
    "ambiguous_date": QT_TRANSLATE_NOOP(
        "PlannerWords", "“{text}”: that day number occurs twice in the dates searched"),
    "weekday_mismatch": QT_TRANSLATE_NOOP(
        "PlannerWords", "“{text}”: the weekday does not match the date"),
    "other_zone": QT_TRANSLATE_NOOP(
        "PlannerWords", "“{text}”: {detail} is not the candidate's time zone"),
    "nonexistent_time": QT_TRANSLATE_NOOP(
        "PlannerWords", "“{text}”: that time does not exist there (clocks change)"),
}

_SESSION_FIELD = re.compile(r"^sessions\[(\d+)\](?:\.(\w+))?")


def _tr(source: str) -> str:
    return QCoreApplication.translate(CONTEXT, source)


def session_of(field: str) -> int:
    """The session index a field path points into (``sessions[2].minutes`` → 2), or -1."""
    match = _SESSION_FIELD.match(field)
    return int(match.group(1)) if match else -1


def field_problem(field: str, problem: str) -> str:
    """A sentence for the form about ``field`` (a PLAN.json path) and the core's ``problem``."""
    match = _SESSION_FIELD.match(field)
    if match:
        number = int(match.group(1)) + 1
        part = match.group(2) or ("seats" if "interviewer" in problem else "session")
        source = _FIELD_PROBLEMS.get(part, _FIELD_PROBLEMS["session"])
        return _tr(source).format(number=number)
    key = field.split("[", maxsplit=1)[0]
    if key.startswith("organizer"):
        key = "organizer"
    return _tr(_FIELD_PROBLEMS.get(key, _FIELD_PROBLEMS["plan"]))


def text_problem(problem: TextProblem) -> str:
    """One part of pasted availability text that was left out, and why."""
    source = _TEXT_PROBLEMS.get(problem.code, _TEXT_PROBLEMS["not_understood"])
    return _tr(source).format(text=problem.text, detail=problem.detail or problem.text)
