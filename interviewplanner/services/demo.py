"""Demo data: a Tokyo + US team of eight with five weeks of calendars (no Qt here).

The roster and the ``.ics`` files ship in ``interviewplanner/resources/demo`` (written once by
``tools/make_demo_data.py``). Loading adds the people through the roster service and imports
each calendar through the real import service. The calendars were generated for fixed dates;
on load every date is shifted by whole weeks so that the demo month starts one week before
"today" (weekdays and local wall-clock times are kept). The shifted copies are written to
``target`` and imported from there, so the stored source names point at real files.
"""

from __future__ import annotations

import json
import re
from datetime import date, timedelta
from importlib import resources
from pathlib import Path
from typing import Any

from interviewplanner.core.model import PolicyOverrides, TimeRange
from interviewplanner.services import roster
from interviewplanner.services.dates import parse_range
from interviewplanner.services.import_calendar import Progress, import_calendar
from interviewplanner.storage.db import Store

_DATED = re.compile(r"^(DTSTART|DTEND|EXDATE|RDATE|RECURRENCE-ID)([;:])")
_STAMP = re.compile(r"(\d{8})(?=T\d{6}Z?\b|\b)")
_UNTIL = re.compile(r"UNTIL=(\d{8})")


def demo_folder() -> Any:
    """The packaged demo folder (an importlib.resources Traversable)."""
    return resources.files("interviewplanner") / "resources" / "demo"


def demo_manifest() -> dict[str, Any]:
    """The parsed ``roster.json``."""
    text = (demo_folder() / "roster.json").read_text(encoding="utf-8")
    manifest: dict[str, Any] = json.loads(text)
    return manifest


def week_shift(base_monday: date, today: date) -> int:
    """Whole weeks to add so the demo starts on the Monday one week before ``today``'s week."""
    this_monday = today - timedelta(days=today.weekday())
    return ((this_monday - timedelta(days=7)) - base_monday).days // 7


def _shift_date(token: str, days: int) -> str:
    day = date(int(token[:4]), int(token[4:6]), int(token[6:8])) + timedelta(days=days)
    return f"{day:%Y%m%d}"


def _shift_line(line: str, days: int) -> str:
    if _DATED.match(line):
        head, _, value = line.partition(":")
        return f"{head}:" + _STAMP.sub(lambda m: _shift_date(m.group(1), days), value)
    if line.startswith("RRULE:"):
        return _UNTIL.sub(lambda m: "UNTIL=" + _shift_date(m.group(1), days), line)
    return line


def shift_calendar(text: str, weeks: int) -> str:
    """Move every date of a calendar by ``weeks`` whole weeks (DTSTART, DTEND, EXDATE, UNTIL...)."""
    if weeks == 0:
        return text
    days = weeks * 7
    lines = []
    in_zone = False  # VTIMEZONE rules keep their 1970 start dates
    for line in text.split("\r\n"):
        if line.startswith(("BEGIN:VTIMEZONE", "END:VTIMEZONE")):
            in_zone = line.startswith("BEGIN")
        lines.append(line if in_zone else _shift_line(line, days))
    return "\r\n".join(lines)


def _overrides(values: dict[str, Any]) -> PolicyOverrides:
    parsed: dict[str, Any] = {
        key: TimeRange.parse(value) if key in ("window", "core", "lunch_window") else value
        for key, value in values.items()
    }
    return PolicyOverrides(**parsed)


def load_demo_data(store: Store, target: Path, today: date, progress: Progress) -> int:
    """Add the demo team to ``store`` and import their calendars; returns people added.

    People whose e-mail is already on the roster are skipped (their calendars too).
    """
    manifest = demo_manifest()
    weeks = week_shift(date.fromisoformat(manifest["base_monday"]), today)
    target.mkdir(parents=True, exist_ok=True)
    horizon = parse_range(None, None)
    people = manifest["people"]
    known = {p.email for p in roster.list_interviewers(store)}
    added = 0
    for index, entry in enumerate(people):
        progress(entry["name"], index / len(people))
        if entry["email"] in known:
            continue
        roster.add_interviewer(store, roster.new_interviewer(
            name=entry["name"], email=entry["email"], timezone=entry["timezone"],
            country=entry["country"], pools=entry["pools"],
            overrides=_overrides(entry["overrides"])))
        source = (demo_folder() / entry["calendar"]).read_bytes().decode("utf-8")
        path = target / entry["calendar"]
        path.write_bytes(shift_calendar(source, weeks).encode("utf-8"))
        import_calendar(store, entry["email"], path, horizon)
        added += 1
    progress("done", 1.0)
    return added
