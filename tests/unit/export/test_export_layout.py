"""Export folder layout, file names safe everywhere, who each file is for, and the advice."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest
from export_ics_support import KEN, LONG_JA_TITLE, cancelled, rescheduled, sample_booking

from interviewplanner.core.booking import Party
from interviewplanner.ics.write import ExportedFile, calendar_for, export_booking, update_advice
from interviewplanner.ics.write.folder import NameBook, slugify

SAFE_NAME = re.compile(r"[a-z0-9][a-z0-9-]*\.ics")


def test_layout_and_readers(tmp_path: Path) -> None:
    booking = sample_booking()
    files = export_booking(booking, tmp_path)
    assert files == [
        ExportedFile(Path("invites/01-session.ics"), "invite",
                     ("ken@example.com", "raj@example.com", "jane@example.com")),
        ExportedFile(Path("invites/02-hiring-manager-final-round.ics"), "invite",
                     ("Ann.Lee@example.com", "jane@example.com")),
        ExportedFile(Path("invites/03-system-design.ics"), "invite",
                     ("raj@example.com", "ken@example.com", "jane@example.com")),
        ExportedFile(Path("calendars/ken-example-com.ics"), "calendar", ("ken@example.com",)),
        ExportedFile(Path("calendars/ann-lee-example-com.ics"), "calendar", ("Ann.Lee@example.com",)),
        ExportedFile(Path("calendars/raj-example-com.ics"), "calendar", ("raj@example.com",)),
        ExportedFile(Path("calendars/candidate.ics"), "calendar", ("jane@example.com",)),
        ExportedFile(Path("calendars/all-sessions.ics"), "calendar", ("recruiting@example.com",)),
    ]
    on_disk = sorted(str(p.relative_to(tmp_path)) for p in tmp_path.rglob("*") if p.is_file())
    assert on_disk == sorted(str(f.path) for f in files)
    assert all(SAFE_NAME.fullmatch(f.path.name) for f in files)


def test_export_overwrites_a_previous_export(tmp_path: Path) -> None:
    booking = sample_booking()
    export_booking(booking, tmp_path)
    files = export_booking(cancelled(booking), tmp_path)
    assert b"METHOD:CANCEL" in (tmp_path / files[0].path).read_bytes()
    assert not list(tmp_path.rglob(".tmp-*"))


@pytest.mark.parametrize(("text", "slug"), [
    ("Hiring manager, final; round", "hiring-manager-final-round"),
    (LONG_JA_TITLE, "session"),
    ("Café  Über—Design!", "cafe-uber-design"),
    ("CON", "con-file"),
    ("../../etc/passwd", "etc-passwd"),
    ("x" * 80, "x" * 48),
])
def test_slugify_gives_portable_names(text: str, slug: str) -> None:
    assert slugify(text, "session") == slug


def test_clashing_email_slugs_get_numbered(tmp_path: Path) -> None:
    twin = Party("Ken Twin", "ken.example@com", "Asia/Tokyo")
    booking = sample_booking()
    first = replace(booking.sessions[0], interviewers=("ken@example.com", "ken.example@com"))
    booking = replace(booking, interviewers=(*booking.interviewers, twin),
                      sessions=(first, *booking.sessions[1:]))
    names = [f.path.name for f in export_booking(booking, tmp_path) if f.kind == "calendar"]
    assert {"ken-example-com.ics", "ken-example-com-2.ics"} <= set(names)
    assert NameBook(("candidate",)).claim("candidate") == "candidate-2"


def test_only_people_on_the_panel_get_a_calendar(tmp_path: Path) -> None:
    idle = Party("Idle Person", "idle@example.com", "Europe/London")
    booking = sample_booking(interviewers=(KEN, idle, *sample_booking().interviewers[1:]))
    files = export_booking(booking, tmp_path)
    assert all("idle" not in str(f.path) for f in files)
    with pytest.raises(ValueError, match="no session"):
        calendar_for(booking, "idle@example.com")


def test_advice_for_a_new_booking_an_update_and_a_cancellation() -> None:
    booking = sample_booking()
    new, update = update_advice(booking), update_advice(rescheduled(booking, timedelta(days=1)))
    cancel = update_advice(cancelled(booking))
    assert any("invites/" in s for s in new)
    assert any("Google Calendar" in s and "delete the old event first" in s for s in update)
    assert any("delete the interview" in s for s in cancel)
    assert all(len(s) < 200 and s.endswith(".") for s in (*new, *update, *cancel))
