"""Any names and titles at all: the files stay well-formed and give the text back."""

from __future__ import annotations

from dataclasses import replace

import icalendar
from export_ics_support import check_physical_lines, parse, sample_booking, unescape
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from interviewplanner.core.booking import Party
from interviewplanner.ics.write import candidate_calendar, invite_for_session
from interviewplanner.ics.write.text import clean, one_line

names = st.text(max_size=60)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(candidate=names, interviewer=names, title=st.text(max_size=120))
def test_any_text_round_trips_and_injects_nothing(candidate: str, interviewer: str, title: str) -> None:
    booking = sample_booking()
    session = replace(booking.sessions[1], title=title)
    booking = replace(
        booking, sessions=(booking.sessions[0], session, booking.sessions[2]),
        candidate=Party(candidate, "jane@example.com", "America/Los_Angeles"),
        interviewers=(booking.interviewers[0], Party(interviewer, "Ann.Lee@example.com", "Europe/London"),
                      booking.interviewers[2]),
    )
    data = invite_for_session(booking, session)
    check_physical_lines(data)
    (event,) = parse(data).kids("VEVENT")
    assert unescape(event.one("SUMMARY").value) == clean(f"{title} – {candidate}")
    cns = {a.value: a.params["CN"][0] for a in event.all("ATTENDEE")}
    assert cns == {"mailto:Ann.Lee@example.com": one_line(interviewer).replace('"', "'"),
                   "mailto:jane@example.com": one_line(candidate).replace('"', "'")}
    parsed = icalendar.Calendar.from_ical(data).walk("VEVENT")[0]
    assert str(parsed["SUMMARY"]) == clean(f"{title} – {candidate}")
    check_physical_lines(candidate_calendar(booking))
