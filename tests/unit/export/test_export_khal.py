"""khal as a real client: import an interviewer's file, then list it at their local times."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from export_ics_support import EVIL_NAME, rescheduled, sample_booking

from interviewplanner.core.booking import Booking
from interviewplanner.core.timezones import get_zone, to_local
from interviewplanner.ics.write import calendar_for

KHAL = Path(sys.executable).with_name("khal")
CONFIG = """\
[calendars]
[[interviews]]
path = {calendar}
type = calendar
[locale]
local_timezone = {zone}
default_timezone = {zone}
timeformat = %H:%M
dateformat = %Y-%m-%d
longdateformat = %Y-%m-%d
datetimeformat = %Y-%m-%d %H:%M
longdatetimeformat = %Y-%m-%d %H:%M
[sqlite]
path = {database}
"""

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which(str(KHAL)) is None, reason="khal is not installed"),
]


class Khal:
    """A throw-away khal set-up with one calendar, in the reader's zone."""

    def __init__(self, home: Path, zone: str) -> None:
        """Write the config under ``home``."""
        self.home = home
        (home / "calendar").mkdir(parents=True)
        self.config = home / "khal.conf"
        self.config.write_text(CONFIG.format(calendar=home / "calendar", zone=zone,
                                             database=home / "khal.db"), encoding="utf-8")

    def run(self, *args: str) -> str:
        """Run khal with this config and return its standard output."""
        env = {**os.environ, "HOME": str(self.home), "XDG_CONFIG_HOME": str(self.home),
               "XDG_DATA_HOME": str(self.home), "LANG": "C.UTF-8", "TZ": "UTC"}
        done = subprocess.run([str(KHAL), "-c", str(self.config), *args], capture_output=True,
                              text=True, encoding="utf-8", env=env, timeout=120, check=False)
        assert done.returncode == 0, done.stderr
        return done.stdout

    def import_file(self, path: Path) -> None:
        """``khal import --batch`` into the calendar."""
        self.run("import", "--batch", "-a", "interviews", str(path))

    def events(self) -> list[dict[str, str]]:
        """Every event in late 2026 as khal lists it (local start/end, title, uid)."""
        out = self.run("list", "--json", "uid", "--json", "start", "--json", "end", "--json", "title",
                       "2026-11-25", "30d")
        return [event for line in out.splitlines() if line.strip() for event in json.loads(line)]


def local_rows(booking: Booking, email: str) -> set[tuple[str, str, str, str]]:
    """What khal should show for ``email``: uid, local start, local end, title."""
    zone = booking.party(email).timezone
    rows = set()
    for session in booking.sessions:
        if email in session.interviewers or email in session.shadows:
            start, end = (to_local(t, get_zone(zone)) for t in (session.start, session.end))
            rows.add((f"{session.uid}@interviewplanner", f"{start:%Y-%m-%d %H:%M}",
                      f"{end:%Y-%m-%d %H:%M}", f"{session.title} – {EVIL_NAME}"))
    return rows


@pytest.mark.parametrize("email", ["ken@example.com", "Ann.Lee@example.com", "raj@example.com"])
def test_khal_lists_sessions_at_the_interviewers_local_times(tmp_path: Path, email: str) -> None:
    booking = sample_booking()
    khal = Khal(tmp_path, booking.party(email).timezone)
    file = tmp_path / "mine.ics"
    file.write_bytes(calendar_for(booking, email))
    khal.import_file(file)
    shown = {(e["uid"], e["start"], e["end"], e["title"]) for e in khal.events()}
    assert shown == local_rows(booking, email)


def test_khal_replaces_the_event_on_reimport_of_a_reschedule(tmp_path: Path) -> None:
    booking = sample_booking()
    later = rescheduled(booking, timedelta(days=1, hours=1))
    khal = Khal(tmp_path, "Asia/Tokyo")
    for version, name in ((booking, "v1.ics"), (later, "v2.ics")):
        (tmp_path / name).write_bytes(calendar_for(version, "ken@example.com"))
        khal.import_file(tmp_path / name)
    shown = {(e["uid"], e["start"], e["end"], e["title"]) for e in khal.events()}
    assert shown == local_rows(later, "ken@example.com")
    assert ("b1-s1@interviewplanner", "2026-12-02 11:00", "2026-12-02 12:00") in {r[:3] for r in shown}
