"""Generate the demo roster and its calendars (run once; the output is committed).

A Tokyo + US team of eight with five weeks of realistic Google-Calendar-style ``.ics`` exports:
recurring stand-ups (with an EXDATE), weekly syncs, fortnightly 1:1s, a cross-office sync, one-off
meetings, an all-day vacation, a transparent focus block, a declined and a tentative invitation,
and a cancelled meeting. Seeded, so running it again gives byte-identical files.

The calendars start on :data:`BASE_MONDAY`; :mod:`interviewplanner.services.demo` shifts them by whole
weeks on load so that the demo month always surrounds "today".

    .venv/bin/python tools/make_demo_data.py
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

OUT = Path(__file__).resolve().parent.parent / "interviewplanner" / "resources" / "demo"
BASE_MONDAY = date(2026, 11, 16)
WEEKS = 5
SEED = 20261116
UTC = ZoneInfo("UTC")


@dataclass
class Person:
    """One demo interviewer and the shape of their calendar."""

    slug: str
    name: str
    email: str
    timezone: str
    country: str
    pools: list[str]
    overrides: dict[str, Any] = field(default_factory=dict)
    japanese: bool = False


TEAM = [
    Person("sato", "佐藤 花子", "hanako.sato@example.com", "Asia/Tokyo", "JP",
           ["backend", "hiring-manager"], japanese=True),
    Person("takahashi", "高橋 健二", "kenji.takahashi@example.com", "Asia/Tokyo", "JP",
           ["backend", "sre"], {"lunch_window": "11:30-14:00"}, japanese=True),
    Person("suzuki", "鈴木 結衣", "yui.suzuki@example.com", "Asia/Tokyo", "JP",
           ["frontend", "design"], {"core_only": True}, japanese=True),
    Person("chen", "Emily Chen", "emily.chen@example.com", "Asia/Tokyo", "JP",
           ["frontend", "backend"], {"max_per_day": 1}),
    Person("johnson", "Michael Johnson", "michael.johnson@example.com", "America/New_York", "US",
           ["backend", "hiring-manager"]),
    Person("raman", "Priya Raman", "priya.raman@example.com", "America/New_York", "US",
           ["sre", "backend"], {"window": "09:00-18:00", "core": "11:00-15:00",
                                "lunch_window": "12:00-13:00"}),
    Person("kim", "David Kim", "david.kim@example.com", "America/Los_Angeles", "US",
           ["frontend", "design"], {"buffer_minutes": 15}),
    Person("lopez", "Sarah Lopez", "sarah.lopez@example.com", "America/Los_Angeles", "US",
           ["design", "hiring-manager"], {"max_per_week": 4}),
]

TITLES_EN = ["Design review", "Sprint planning", "Customer call", "Roadmap sync",
             "Hiring debrief", "Architecture review", "Incident retro", "Vendor demo",
             "Quarterly planning", "Pairing session", "Budget review", "Team lunch"]
TITLES_JA = ["設計レビュー", "スプリント計画", "顧客との打ち合わせ", "採用面接の振り返り",
             "アーキテクチャ検討会", "障害ふりかえり", "ベンダーデモ", "四半期計画",
             "ペアプロ", "予算レビュー", "部内勉強会", "1on1 (マネージャー)"]

VTIMEZONES = {
    "Asia/Tokyo": ["BEGIN:VTIMEZONE", "TZID:Asia/Tokyo", "X-LIC-LOCATION:Asia/Tokyo",
                   "BEGIN:STANDARD", "TZOFFSETFROM:+0900", "TZOFFSETTO:+0900", "TZNAME:JST",
                   "DTSTART:19700101T000000", "END:STANDARD", "END:VTIMEZONE"],
}


def _us_vtimezone(zone: str, std: str, dst: str, std_name: str, dst_name: str) -> list[str]:
    return ["BEGIN:VTIMEZONE", f"TZID:{zone}", f"X-LIC-LOCATION:{zone}",
            "BEGIN:DAYLIGHT", f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{dst}", f"TZNAME:{dst_name}",
            "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
            "BEGIN:STANDARD", f"TZOFFSETFROM:{dst}", f"TZOFFSETTO:{std}", f"TZNAME:{std_name}",
            "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
            "END:VTIMEZONE"]


VTIMEZONES["America/New_York"] = _us_vtimezone("America/New_York", "-0500", "-0400", "EST", "EDT")
VTIMEZONES["America/Los_Angeles"] = _us_vtimezone(
    "America/Los_Angeles", "-0800", "-0700", "PST", "PDT")


def fold(line: str) -> list[str]:
    """Fold one content line at 75 octets without splitting a UTF-8 character."""
    out: list[str] = []
    current, size, limit = "", 0, 75
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            out.append(current)
            current, size, limit = " ", 1, 75
        current += char
        size += width
    out.append(current)
    return out


def escape(text: str) -> str:
    """RFC 5545 TEXT escaping."""
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def local(day: date, clock: time) -> str:
    """A local DATE-TIME value."""
    return datetime.combine(day, clock).strftime("%Y%m%dT%H%M%S")


class Calendar:
    """Builds one person's calendar file."""

    def __init__(self, person: Person, rng: random.Random) -> None:
        self.person = person
        self.rng = rng
        self.lines: list[str] = []
        self.count = 0
        self.stamp = "20261113T020304Z"

    def uid(self) -> str:
        """A Google-looking UID."""
        self.count += 1
        token = "".join(self.rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(26))
        return f"{token}@google.com"

    def event(self, start: str, end: str, summary: str, *, tz: str | None = None,
              extra: tuple[str, ...] = (), all_day: bool = False) -> None:
        """Append one VEVENT."""
        zone = tz or self.person.timezone
        if all_day:
            head = [f"DTSTART;VALUE=DATE:{start}", f"DTEND;VALUE=DATE:{end}"]
        else:
            head = [f"DTSTART;TZID={zone}:{start}", f"DTEND;TZID={zone}:{end}"]
        me = self.person
        body = [
            "BEGIN:VEVENT", *head, *[x for x in extra if x.startswith(("RRULE", "EXDATE"))],
            f"DTSTAMP:{self.stamp}",
            f"ORGANIZER;CN={me.name}:mailto:{me.email}", f"UID:{self.uid()}",
            *[x for x in extra if x.startswith("ATTENDEE")],
            "CREATED:20261001T000000Z", "DESCRIPTION:", f"LAST-MODIFIED:{self.stamp}",
            "LOCATION:", "SEQUENCE:0",
            *([x for x in extra if x.startswith("STATUS")] or ["STATUS:CONFIRMED"]),
            f"SUMMARY:{escape(summary)}",
            *([x for x in extra if x.startswith("TRANSP")] or ["TRANSP:OPAQUE"]),
            "END:VEVENT",
        ]
        self.lines.extend(body)

    def render(self) -> bytes:
        """The whole file, CRLF, folded."""
        me = self.person
        head = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN",
                "VERSION:2.0", "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
                f"X-WR-CALNAME:{me.email}", f"X-WR-TIMEZONE:{me.timezone}",
                *VTIMEZONES[me.timezone]]
        if me.timezone != "Asia/Tokyo":
            head += VTIMEZONES["Asia/Tokyo"]
        lines = [*head, *self.lines, "END:VCALENDAR"]
        folded = [part for line in lines for part in fold(line)]
        return ("\r\n".join(folded) + "\r\n").encode("utf-8")


def weekdays() -> list[date]:
    """Every Monday-Friday of the demo period."""
    days = [BASE_MONDAY + timedelta(days=i) for i in range(WEEKS * 7)]
    return [d for d in days if d.weekday() < 5]


def until() -> str:
    """UNTIL for the recurring series (end of the demo period, UTC)."""
    end = BASE_MONDAY + timedelta(days=WEEKS * 7)
    return f"{end:%Y%m%d}T000000Z"


def recurring(cal: Calendar) -> None:
    """Stand-up, weekly team sync, fortnightly 1:1, cross-office sync."""
    me, rng = cal.person, cal.rng
    first = BASE_MONDAY
    standup = time(10, 0) if me.japanese or me.timezone == "Asia/Tokyo" else time(10, 30)
    skip = first + timedelta(days=rng.choice([9, 10, 16, 17]))
    standup_end = (datetime.combine(first, standup) + timedelta(minutes=15)).time()
    cal.event(local(first, standup), local(first, standup_end),
              "チーム朝会 (Daily standup)" if me.japanese else "Daily standup",
              extra=(f"RRULE:FREQ=WEEKLY;WKST=SU;UNTIL={until()};BYDAY=MO,TU,WE,TH,FR",
                     f"EXDATE;TZID={me.timezone}:{local(skip, standup)}"))
    sync_day = first + timedelta(days=rng.choice([1, 2, 3]))
    hour = rng.choice([14, 15, 16])
    cal.event(local(sync_day, time(hour)), local(sync_day, time(hour + 1)),
              "週次定例" if me.japanese else "Weekly team sync",
              extra=(f"RRULE:FREQ=WEEKLY;UNTIL={until()}",))
    one_day = first + timedelta(days=rng.choice([0, 3, 4]))
    cal.event(local(one_day, time(17, 0)), local(one_day, time(17, 30)),
              "1on1" if me.japanese else "1:1 with manager",
              extra=(f"RRULE:FREQ=WEEKLY;INTERVAL=2;UNTIL={until()}",))
    # One meeting across the Pacific: Tuesday 09:00 in Tokyo is Monday afternoon in the US.
    tue = first + timedelta(days=1)
    cal.event(local(tue, time(9, 0)), local(tue, time(9, 45)), "JP/US sync",
              tz="Asia/Tokyo", extra=(f"RRULE:FREQ=WEEKLY;UNTIL={until()}",))


def one_offs(cal: Calendar) -> None:
    """Three to six ad-hoc meetings a week inside office hours."""
    me, rng = cal.person, cal.rng
    titles = TITLES_JA if me.japanese else TITLES_EN
    for day in weekdays():
        for _ in range(rng.choice([0, 1, 1, 1, 2])):
            start = time(rng.choice([10, 11, 13, 14, 15, 16, 17]), rng.choice([0, 0, 30]))
            minutes = rng.choice([30, 30, 45, 60, 60, 90])
            end_dt = datetime.combine(day, start) + timedelta(minutes=minutes)
            cal.event(local(day, start), end_dt.strftime("%Y%m%dT%H%M%S"), rng.choice(titles))


def specials(cal: Calendar) -> None:
    """Vacation, focus time, declined / tentative invitations, a cancelled meeting."""
    me, rng = cal.person, cal.rng
    days = weekdays()
    if me.slug in ("chen", "kim"):
        off = days[rng.randrange(6, len(days) - 2)]
        cal.event(f"{off:%Y%m%d}", f"{off + timedelta(days=2):%Y%m%d}",
                  "休暇" if me.japanese else "Vacation (OOO)", all_day=True)
    focus = days[rng.randrange(len(days))]
    cal.event(local(focus, time(13, 0)), local(focus, time(15, 0)), "Focus time",
              extra=("TRANSP:TRANSPARENT",))
    declined = days[rng.randrange(len(days))]
    cal.event(local(declined, time(11, 0)), local(declined, time(12, 0)), "All-hands rehearsal",
              extra=(f"ATTENDEE;CN={me.name};PARTSTAT=DECLINED:mailto:{me.email}",))
    tentative = days[rng.randrange(len(days))]
    cal.event(local(tentative, time(16, 0)), local(tentative, time(17, 0)), "Offsite planning",
              extra=(f"ATTENDEE;CN={me.name};PARTSTAT=TENTATIVE:mailto:{me.email}",))
    cancelled = days[rng.randrange(len(days))]
    cal.event(local(cancelled, time(14, 0)), local(cancelled, time(15, 0)), "Vendor call",
              extra=("STATUS:CANCELLED",))


def main() -> None:
    """Write ``roster.json`` and one ``.ics`` per person into the package's demo folder."""
    rng = random.Random(SEED)
    OUT.mkdir(parents=True, exist_ok=True)
    roster = []
    for person in TEAM:
        cal = Calendar(person, rng)
        recurring(cal)
        one_offs(cal)
        specials(cal)
        (OUT / f"{person.slug}.ics").write_bytes(cal.render())
        roster.append({"name": person.name, "email": person.email, "timezone": person.timezone,
                       "country": person.country, "pools": person.pools,
                       "overrides": person.overrides, "calendar": f"{person.slug}.ics"})
    document = {"base_monday": BASE_MONDAY.isoformat(), "weeks": WEEKS, "people": roster}
    (OUT / "roster.json").write_text(json.dumps(document, ensure_ascii=False, indent=2) + "\n",
                                     encoding="utf-8")
    print(f"wrote {len(roster)} calendars to {OUT}")


if __name__ == "__main__":
    main()
