"""libical (through its GObject bindings, Debian ``gir1.2-ical-3.0`` + ``python3-gi``).

libical checks RFC 5546's per-METHOD rules (``check_restrictions``) and resolves every DTSTART
and DTEND through the file's own VTIMEZONE, so it also checks the generated time zones.
The bindings live in the system Python, so the probe runs as ``/usr/bin/python3``.
"""

from __future__ import annotations

import json
import subprocess
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from export_ics_support import EVIL_NAME, cancelled, in_params, rescheduled, sample_booking

from interviewplanner.core.booking import Booking
from interviewplanner.ics.write import export_booking

SYSTEM_PYTHON = Path("/usr/bin/python3")
PROBE = Path(__file__).with_name("libical_probe.py")


def probe(paths: list[Path]) -> list[dict[str, Any]]:
    """Run the libical probe on ``paths``; skip when the bindings are not installed."""
    if not SYSTEM_PYTHON.exists():
        pytest.skip("/usr/bin/python3 is missing (needed for libical's bindings)")
    done = subprocess.run([str(SYSTEM_PYTHON), str(PROBE), *map(str, paths)], capture_output=True,
                          text=True, encoding="utf-8", timeout=120, check=False)
    if done.returncode == 3:
        pytest.skip("libical's GObject bindings are missing: apt-get install gir1.2-ical-3.0 python3-gi")
    assert done.returncode == 0, done.stderr
    result: list[dict[str, Any]] = json.loads(done.stdout)
    return result


def export(booking: Booking, folder: Path) -> dict[str, dict[str, Any]]:
    """Export ``booking`` and probe every file; results by relative path."""
    files = export_booking(booking, folder)
    results = probe([folder / f.path for f in files])
    return {str(f.path): r for f, r in zip(files, results, strict=True)}


def seconds(moment: datetime) -> int:
    """Epoch seconds of an aware instant."""
    return int(moment.astimezone(UTC).timestamp())


@pytest.mark.parametrize("version", ["new", "rescheduled", "cancelled"])
def test_libical_accepts_every_file_under_rfc5546_method_rules(tmp_path: Path, version: str) -> None:
    booking = sample_booking()
    if version == "rescheduled":
        booking = rescheduled(booking, timedelta(days=2, hours=1))
    elif version == "cancelled":
        booking = cancelled(booking)
    for path, result in export(booking, tmp_path).items():
        assert result["restrictions_ok"], path
        assert result["errors"] == 0, path
        expected = "publish" if path.startswith("calendars/") else (
            "cancel" if version == "cancelled" else "request")
        assert result["method"] == expected
        for event in result["events"]:
            assert event["sequence"] == booking.sequence
            assert event["status"] == ("cancelled" if version == "cancelled" else "confirmed")


def test_libical_resolves_instants_through_our_vtimezones(tmp_path: Path) -> None:
    booking = sample_booking()
    by_uid = {f"{s.uid}@interviewplanner": s for s in booking.sessions}
    for path, result in export(booking, tmp_path).items():
        for event in result["events"]:
            session = by_uid[event["uid"]]
            assert (event["start"], event["end"]) == (seconds(session.start), seconds(session.end)), path
            assert event["summary"] == f"{session.title} – {EVIL_NAME}"


def test_libical_reads_attendees_and_quoted_names(tmp_path: Path) -> None:
    results = export(sample_booking(), tmp_path)
    (event,) = results["invites/03-system-design.ics"]["events"]
    assert event["attendees"] == [
        ["mailto:raj@example.com", "Raj Patel"],
        ["mailto:ken@example.com", "佐藤 健"],
        ["mailto:jane@example.com", in_params(EVIL_NAME)],
    ]


def test_the_probe_does_catch_a_method_violation(tmp_path: Path) -> None:
    export_booking(sample_booking(), tmp_path)
    bad = tmp_path / "bad.ics"
    data = (tmp_path / "invites/01-session.ics").read_bytes()
    bad.write_bytes(data.replace(b"METHOD:REQUEST", b"METHOD:PUBLISH"))  # ATTENDEE not allowed
    (result,) = probe([bad])
    assert not result["restrictions_ok"]
