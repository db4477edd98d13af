"""Seeded generator of year-long .ics calendars shaped like real Google/Apple/Outlook exports.

Used by ``bench_import.py``; also runnable on its own::

    .venv/bin/python tests/bench/gen_calendars.py --sizes 5,50 --seed 7 --out tests/bench/out

Each interviewer gets one file. What it holds (per person, per year):

* a VTIMEZONE for every TZID it uses: IANA names (Google/Apple style, with X-LIC-LOCATION) or
  Windows names ("Tokyo Standard Time", Outlook style, with the 1601 DTSTART rules);
* 8-16 weekly series (BYDAY lists, some INTERVAL=2, some with UNTIL or COUNT), some started a
  year before, with EXDATE (single and comma lists) and RECURRENCE-ID overrides that move an
  instance or cancel it (STATUS:CANCELLED, the way Google exports them);
* a few hundred one-off meetings (Google writes them in UTC, the others with a TZID), some
  declined / tentative / needs-action by the owner (ATTENDEE lines), some TRANSP:TRANSPARENT,
  some organised from another office's zone;
* 4-10 all-day out-of-office blocks (VALUE=DATE, multi-day);
* Japanese and ASCII SUMMARY/DESCRIPTION/LOCATION text, folded at 75 octets with CRLF.
  Some "legacy" exporters fold in the middle of a multi-byte UTF-8 character (RFC 5545 §3.1
  warns about them), so a reader has to unfold bytes before decoding.

Everything is drawn from ``random.Random(seed)`` and DTSTAMPs are fixed, so the same seed and
size produce the same bytes.
"""

from __future__ import annotations

import argparse
import hashlib
import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from dateutil.rrule import FR, MO, SA, SU, TH, TU, WE, WEEKLY, rrule, weekday

ZONES: tuple[str, ...] = ("Asia/Tokyo", "America/Los_Angeles", "America/New_York", "Europe/London")

WINDOWS_NAMES: dict[str, str] = {
    "Asia/Tokyo": "Tokyo Standard Time",
    "America/Los_Angeles": "Pacific Standard Time",
    "America/New_York": "Eastern Standard Time",
    "Europe/London": "GMT Standard Time",
}

# Generated span: a little before the benchmark horizon (2026-10-24..2027-11-23) to a little after,
# so expansion has to clip at both ends.
SPAN_START = date(2026, 8, 1)
SPAN_END = date(2027, 12, 31)
DTSTAMP = "20261020T083000Z"

BYDAY_CODES: dict[str, weekday] = {"MO": MO, "TU": TU, "WE": WE, "TH": TH, "FR": FR, "SA": SA, "SU": SU}

JA_TITLES: tuple[str, ...] = (
    "週次定例", "採用面接（バックエンド）", "1on1：佐藤さん", "プロダクトレビュー", "全社ミーティング",
    "チームランチ", "設計レビュー：決済基盤の移行計画について", "顧客打ち合わせ（株式会社サンプル）",
    "評価面談", "オンボーディング説明会", "スプリント計画", "振り返り会", "歯医者",
    "通院のため不在", "ハッカソン準備🍣", "部門予算の確認と来期の採用計画のすり合わせ",
)
EN_TITLES: tuple[str, ...] = (
    "Weekly sync", "Interview: backend engineer", "1:1 with Alex", "Product review",
    "All hands", "Team lunch", "Design review: payments platform migration", "Customer call",
    "Performance review", "Onboarding session", "Sprint planning", "Retro", "Dentist",
    "Focus time", "Hiring committee", "Quarterly business review with the APAC leadership team",
)
OOO_TITLES: tuple[str, ...] = (
    "Out of office", "Vacation", "夏季休暇", "有給休暇", "Conference trip (KubeCon)",
    "出張：大阪", "Parental leave", "Sick leave", "年末年始休暇",
)
DESCRIPTIONS: tuple[str, ...] = (
    "会議室：東京オフィス 12F 大会議室（定員20名）\nZoom: https://example.zoom.us/j/81234567890?pwd=abcDEF123",
    "Agenda:\n1. Status, blockers; next steps\n2. Hiring pipeline, offers\n3. AOB",
    "議題：\n・前回の宿題の確認\n・来期の目標設定について、各チームから共有\n・その他",
    "Join with Google Meet: https://meet.google.com/abc-defg-hij\nOr dial: +1 650-555-0100 PIN: 123456789#",
    "",
)
LOCATIONS: tuple[str, ...] = (
    "Tokyo HQ 12F, Room Fuji", "東京本社 大会議室", "Zoom", "SF office - Golden Gate",
    "NYC 5th floor, Hudson", "London, King's Cross, Room Thames", "",
)
FIRST_NAMES: tuple[str, ...] = ("Aiko", "Ben", "Chen", "Daisuke", "Emma", "Felix", "Hana", "Ivan",
                                "Julia", "Kenji", "Laura", "Mei", "Noah", "Olivia", "Ryo", "Sara")
LAST_NAMES: tuple[str, ...] = ("Sato", "Suzuki", "Takahashi", "Smith", "Johnson", "Brown", "Lee",
                               "Garcia", "Tanaka", "Watanabe", "Jones", "Miller", "Davis", "Ito")


@dataclass(frozen=True, slots=True)
class CalendarFile:
    """One generated export: whose it is and what is in it."""

    path: Path
    email: str
    name: str
    timezone: str
    style: str
    vevents: int
    size: int


@dataclass(slots=True)
class _Ctx:
    """Per-file generation state."""

    rng: random.Random
    style: str
    tz: str
    email: str
    uid_domain: str
    used_zones: set[str] = field(default_factory=set)
    lines: list[str] = field(default_factory=list)
    vevents: int = 0


# --------------------------------------------------------------------------------------------
# Text encoding helpers


def escape_text(value: str) -> str:
    """Escape a TEXT value (RFC 5545 §3.3.11)."""
    return (value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\\n").replace("\n", "\\n"))


def fold(line: str, *, split_chars: bool) -> bytes:
    """Encode ``line`` as UTF-8 and fold it at 75 octets with CRLF + space.

    With ``split_chars`` the fold falls exactly on the 75th octet even inside a multi-byte
    character (what some exporters do); otherwise it backs off to a character boundary.
    """
    raw = line.encode("utf-8")
    if len(raw) <= 75:
        return raw + b"\r\n"
    parts: list[bytes] = []
    limit = 75
    while len(raw) > limit:
        cut = limit
        if not split_chars:
            while cut > 1 and (raw[cut] & 0xC0) == 0x80:
                cut -= 1
        parts.append(raw[:cut])
        raw = raw[cut:]
        limit = 74  # continuation lines start with a space
    parts.append(raw)
    return b"\r\n ".join(parts) + b"\r\n"


# --------------------------------------------------------------------------------------------
# VTIMEZONE blocks

_IANA_RULES: dict[str, list[str]] = {
    "Asia/Tokyo": [
        "BEGIN:STANDARD", "TZOFFSETFROM:+0900", "TZOFFSETTO:+0900", "TZNAME:JST",
        "DTSTART:19700101T000000", "END:STANDARD",
    ],
    "America/Los_Angeles": [
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:-0800", "TZOFFSETTO:-0700", "TZNAME:PDT",
        "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:-0700", "TZOFFSETTO:-0800", "TZNAME:PST",
        "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
    ],
    "America/New_York": [
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400", "TZNAME:EDT",
        "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500", "TZNAME:EST",
        "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
    ],
    "Europe/London": [
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100", "TZNAME:BST",
        "DTSTART:19700329T010000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000", "TZNAME:GMT",
        "DTSTART:19701025T020000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
    ],
}

_WINDOWS_RULES: dict[str, list[str]] = {
    "Asia/Tokyo": [
        "BEGIN:STANDARD", "DTSTART:16010101T000000", "TZOFFSETFROM:+0900", "TZOFFSETTO:+0900",
        "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:16010101T000000", "TZOFFSETFROM:+0900",
        "TZOFFSETTO:+0900", "END:DAYLIGHT",
    ],
    "America/Los_Angeles": [
        "BEGIN:STANDARD", "DTSTART:16010101T020000", "TZOFFSETFROM:-0700", "TZOFFSETTO:-0800",
        "RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=11", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:-0800", "TZOFFSETTO:-0700",
        "RRULE:FREQ=YEARLY;BYDAY=2SU;BYMONTH=3", "END:DAYLIGHT",
    ],
    "America/New_York": [
        "BEGIN:STANDARD", "DTSTART:16010101T020000", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500",
        "RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=11", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400",
        "RRULE:FREQ=YEARLY;BYDAY=2SU;BYMONTH=3", "END:DAYLIGHT",
    ],
    "Europe/London": [
        "BEGIN:STANDARD", "DTSTART:16010101T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000",
        "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T010000", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100",
        "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT",
    ],
}


def tzid_for(ctx: _Ctx, zone: str) -> str:
    """The TZID this exporter writes for ``zone``; remembers it for the VTIMEZONE section."""
    ctx.used_zones.add(zone)
    return WINDOWS_NAMES[zone] if ctx.style == "outlook" else zone


def vtimezone(style: str, zone: str) -> list[str]:
    """The VTIMEZONE block for ``zone`` in the exporter's style."""
    if style == "outlook":
        return ["BEGIN:VTIMEZONE", f"TZID:{WINDOWS_NAMES[zone]}", *_WINDOWS_RULES[zone], "END:VTIMEZONE"]
    return ["BEGIN:VTIMEZONE", f"TZID:{zone}", f"X-LIC-LOCATION:{zone}", *_IANA_RULES[zone],
            "END:VTIMEZONE"]


# --------------------------------------------------------------------------------------------
# Value helpers


def fmt_local(value: datetime) -> str:
    """A local (TZID) DATE-TIME value."""
    return value.strftime("%Y%m%dT%H%M%S")


def fmt_utc(value: datetime, zone: str) -> str:
    """The UTC form of the naive local ``value`` in ``zone``."""
    aware = value.replace(tzinfo=ZoneInfo(zone))
    return aware.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def new_uid(ctx: _Ctx) -> str:
    """A UID in the exporter's shape."""
    bits = ctx.rng.getrandbits(128)
    if ctx.style == "outlook":
        return f"040000008200E00074C5B7101A82E008000000{bits:032X}"
    if ctx.style == "apple":
        h = f"{bits:032X}"
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"
    return f"{bits:026x}@{ctx.uid_domain}"


def title(ctx: _Ctx) -> str:
    """A SUMMARY: Japanese more often for Tokyo people, English otherwise."""
    ja_share = 0.7 if ctx.tz == "Asia/Tokyo" else 0.15
    return ctx.rng.choice(JA_TITLES if ctx.rng.random() < ja_share else EN_TITLES)


def random_weekday(rng: random.Random, start: date, end: date) -> date:
    """A random Monday-Friday date in [start, end]."""
    span = (end - start).days
    while True:
        day = start + timedelta(days=rng.randint(0, span))
        if day.weekday() < 5:
            return day


def random_time(rng: random.Random, first: int = 9, last: int = 18) -> time:
    """A start time on the quarter hour between ``first`` and ``last`` o'clock."""
    return time(rng.randint(first, last - 1), rng.choice((0, 0, 15, 30, 30, 45)))


# --------------------------------------------------------------------------------------------
# Components


def common_props(ctx: _Ctx, uid: str, summary: str, *, sequence: int = 0) -> list[str]:
    """Properties every exporter writes on a VEVENT, in its own order."""
    rng = ctx.rng
    props = [f"DTSTAMP:{DTSTAMP}", f"UID:{uid}"]
    if ctx.style == "google":
        props += ["CREATED:20250912T010203Z", f"LAST-MODIFIED:{DTSTAMP}", f"SEQUENCE:{sequence}"]
    elif ctx.style == "apple":
        props += ["CREATED:20250912T010203Z", f"SEQUENCE:{sequence}",
                  f"X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:{rng.choice(('AUTOMATIC', 'DISABLED'))}"]
    else:
        props += ["CLASS:PUBLIC", "PRIORITY:5", f"SEQUENCE:{sequence}"]
    description = rng.choice(DESCRIPTIONS)
    if description:
        props.append(f"DESCRIPTION:{escape_text(description)}")
    location = rng.choice(LOCATIONS)
    if location:
        props.append(f"LOCATION:{escape_text(location)}")
    props.append(f"SUMMARY:{escape_text(summary)}")
    return props


def attendees(ctx: _Ctx, partstat: str) -> list[str]:
    """ORGANIZER and ATTENDEE lines with the owner's own PARTSTAT."""
    rng = ctx.rng
    others = [f"{rng.choice(FIRST_NAMES).lower()}.{rng.choice(LAST_NAMES).lower()}@example.com"
              for _ in range(rng.randint(1, 4))]
    guests = ";X-NUM-GUESTS=0" if ctx.style == "google" else ""
    lines = [f"ORGANIZER;CN={others[0]}:mailto:{others[0]}"]
    for other in others:
        lines.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;"
                     f"CN={other}{guests}:mailto:{other}")
    owner = ctx.email.upper() if rng.random() < 0.1 else ctx.email  # case differs sometimes
    lines.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT={partstat};RSVP=TRUE;"
                 f"CN={ctx.email}{guests}:mailto:{owner}")
    return lines


def outlook_busy(ctx: _Ctx, status: str) -> list[str]:
    """Outlook's busy-status extension lines."""
    if ctx.style != "outlook":
        return []
    return [f"X-MICROSOFT-CDO-BUSYSTATUS:{status}", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY"]


def emit(ctx: _Ctx, props: list[str]) -> None:
    """Append one VEVENT (with a VALARM now and then) to the file."""
    ctx.lines.append("BEGIN:VEVENT")
    ctx.lines.extend(props)
    if ctx.rng.random() < 0.3:
        ctx.lines += ["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:Reminder",
                      f"TRIGGER:-PT{ctx.rng.choice((5, 10, 15, 30))}M", "END:VALARM"]
    ctx.lines.append("END:VEVENT")
    ctx.vevents += 1


def dt_props(ctx: _Ctx, zone: str, start: datetime, end: datetime, *, utc: bool) -> list[str]:
    """DTSTART/DTEND (or DURATION, now and then) for a timed event."""
    if utc:
        props = [f"DTSTART:{fmt_utc(start, zone)}"]
        end_prop = f"DTEND:{fmt_utc(end, zone)}"
    else:
        tzid = tzid_for(ctx, zone)
        props = [f"DTSTART;TZID={tzid}:{fmt_local(start)}"]
        end_prop = f"DTEND;TZID={tzid}:{fmt_local(end)}"
    if ctx.style == "apple" and ctx.rng.random() < 0.15:
        minutes = int((end - start).total_seconds()) // 60
        hours, rest = divmod(minutes, 60)
        end_prop = f"DURATION:PT{hours}H{rest}M" if hours else f"DURATION:PT{rest}M"
    return [*props, end_prop]


def weekly_series(ctx: _Ctx) -> None:
    """One weekly series with its EXDATEs and RECURRENCE-ID overrides."""
    rng = ctx.rng
    standup = rng.random() < 0.15
    if standup:
        days = ["MO", "TU", "WE", "TH", "FR"]
        length = 15
        interval = 1
    else:
        days = sorted(rng.sample(["MO", "TU", "WE", "TH", "FR"], rng.choice((1, 1, 1, 2, 3))),
                      key=["MO", "TU", "WE", "TH", "FR"].index)
        length = rng.choice((30, 30, 45, 60, 60, 90))
        interval = rng.choice((1, 1, 1, 2))
    # Some series come from another office (a US person in a Tokyo meeting at their evening).
    zone = ctx.tz if rng.random() < 0.8 else rng.choice(ZONES)
    first_day = SPAN_START - timedelta(days=rng.randint(-120, 420))
    while first_day.weekday() != list(BYDAY_CODES).index(days[0]):
        first_day += timedelta(days=1)
    start = datetime.combine(first_day, random_time(rng))
    end = start + timedelta(minutes=length)
    uid = new_uid(ctx)
    summary = "Daily standup" if standup else title(ctx)

    rule = f"FREQ=WEEKLY;{'INTERVAL=2;' if interval == 2 else ''}BYDAY={','.join(days)}"
    kind = rng.random()
    until: datetime | None = None
    count: int | None = None
    if kind < 0.2:
        until = datetime.combine(SPAN_START + timedelta(days=rng.randint(60, 400)), time(23, 59, 59))
        rule += f";UNTIL={fmt_utc(until, zone)}"
    elif kind < 0.35:
        count = rng.randint(10, 80)
        rule += f";COUNT={count}"
    if ctx.style == "apple" and rng.random() < 0.5:
        rule += ";WKST=SU"

    span_end = datetime.combine(SPAN_END, time(23, 59))
    dates = list(rrule(WEEKLY, dtstart=start, interval=interval, count=count,
                       until=min(until, span_end) if until else (None if count else span_end),
                       byweekday=[BYDAY_CODES[d] for d in days],
                       wkst=SU if "WKST=SU" in rule else MO))
    in_span = [d for d in dates if SPAN_START <= d.date() <= SPAN_END]

    props = [*common_props(ctx, uid, summary, sequence=rng.randint(0, 3)),
             *dt_props(ctx, zone, start, end, utc=False), f"RRULE:{rule}"]
    tzid = tzid_for(ctx, zone)
    exdates: list[datetime] = []
    if in_span and rng.random() < 0.4:
        exdates = sorted(rng.sample(in_span, min(len(in_span), rng.randint(1, 4))))
        if ctx.style == "apple" and len(exdates) > 1:
            props.append(f"EXDATE;TZID={tzid}:" + ",".join(fmt_local(d) for d in exdates))
        else:
            props += [f"EXDATE;TZID={tzid}:{fmt_local(d)}" for d in exdates]
    if rng.random() < 0.5:
        props += attendees(ctx, "ACCEPTED")
    props += outlook_busy(ctx, "BUSY")
    props.append("TRANSP:OPAQUE")
    emit(ctx, props)

    candidates = [d for d in in_span if d not in exdates]
    if candidates and rng.random() < 0.5:
        overrides(ctx, uid, summary, zone=zone, length=length, candidates=candidates)


def overrides(ctx: _Ctx, uid: str, summary: str, *, zone: str, length: int,
              candidates: list[datetime]) -> None:
    """RECURRENCE-ID overrides of a series: some instances moved, some cancelled."""
    rng = ctx.rng
    tzid = tzid_for(ctx, zone)
    for original in sorted(rng.sample(candidates, min(len(candidates), rng.randint(1, 4)))):
        override = [*common_props(ctx, uid, summary, sequence=rng.randint(1, 4)),
                    f"RECURRENCE-ID;TZID={tzid}:{fmt_local(original)}"]
        if rng.random() < 0.3:
            # Google writes a cancelled instance as an override with STATUS:CANCELLED.
            override += [*dt_props(ctx, zone, original, original + timedelta(minutes=length), utc=False),
                         "STATUS:CANCELLED"]
        else:
            moved = original + timedelta(hours=rng.choice((-2, -1, 1, 2, 3, 24, 48)))
            override += [*dt_props(ctx, zone, moved, moved + timedelta(minutes=length), utc=False),
                         "STATUS:CONFIRMED"]
        override += outlook_busy(ctx, "BUSY")
        emit(ctx, override)


def one_off(ctx: _Ctx) -> None:
    """A single meeting; Google writes these in UTC."""
    rng = ctx.rng
    zone = ctx.tz if rng.random() < 0.85 else rng.choice(ZONES)
    day = random_weekday(rng, SPAN_START, SPAN_END)
    start = datetime.combine(day, random_time(rng))
    end = start + timedelta(minutes=rng.choice((15, 30, 30, 45, 60, 60, 60, 90, 120)))
    props = [*common_props(ctx, new_uid(ctx), title(ctx), sequence=rng.randint(0, 2)),
             *dt_props(ctx, zone, start, end, utc=ctx.style == "google" and rng.random() < 0.9)]
    roll = rng.random()
    busy = "BUSY"
    if roll < 0.05:
        props += attendees(ctx, "DECLINED")
        busy = "FREE"
    elif roll < 0.08:
        props += attendees(ctx, "TENTATIVE")
        props.append("STATUS:TENTATIVE")
        busy = "TENTATIVE"
    elif roll < 0.10:
        props += attendees(ctx, "NEEDS-ACTION")
    elif roll < 0.45:
        props += attendees(ctx, "ACCEPTED")
    if rng.random() < 0.05:
        props.append("TRANSP:TRANSPARENT")
        busy = "FREE"
    else:
        props.append("TRANSP:OPAQUE")
    if rng.random() < 0.02:
        props.append("STATUS:CANCELLED")
    props += outlook_busy(ctx, busy)
    emit(ctx, props)


def all_day(ctx: _Ctx) -> None:
    """An all-day out-of-office block, one to ten days long."""
    rng = ctx.rng
    first = random_weekday(rng, SPAN_START, SPAN_END)
    last = first + timedelta(days=rng.choice((1, 1, 1, 2, 3, 5, 7, 10)))
    props = [*common_props(ctx, new_uid(ctx), rng.choice(OOO_TITLES)),
             f"DTSTART;VALUE=DATE:{first:%Y%m%d}", f"DTEND;VALUE=DATE:{last:%Y%m%d}"]
    if rng.random() < 0.2:
        props.append("TRANSP:TRANSPARENT")
        props += outlook_busy(ctx, "FREE")
    else:
        props.append("TRANSP:OPAQUE")
        props += outlook_busy(ctx, "OOF")
    emit(ctx, props)


# --------------------------------------------------------------------------------------------
# Files


def person_calendar(rng: random.Random, index: int, zone: str) -> tuple[bytes, str, str, str, int]:
    """Bytes of one person's export, with their e-mail, name, exporter style and VEVENT count."""
    style = rng.choices(("google", "apple", "outlook"), weights=(50, 25, 25))[0]
    first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
    name = f"{first} {last}"
    email = f"{first.lower()}.{last.lower()}{index:03d}@example.com"
    ctx = _Ctx(rng=rng, style=style, tz=zone, email=email,
               uid_domain="google.com" if style == "google" else "example.com")
    split_chars = rng.random() < 0.15  # a "legacy" exporter that folds inside UTF-8 sequences

    for _ in range(rng.randint(8, 16)):
        weekly_series(ctx)
    span_years = (SPAN_END - SPAN_START).days / 365
    for _ in range(int(rng.randint(250, 400) * span_years)):
        one_off(ctx)
    for _ in range(rng.randint(4, 10)):
        all_day(ctx)

    header = {
        "google": ["PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
                   "CALSCALE:GREGORIAN", "METHOD:PUBLISH", f"X-WR-CALNAME:{email}",
                   f"X-WR-TIMEZONE:{zone}"],
        "apple": ["VERSION:2.0", "PRODID:-//Apple Inc.//macOS 14.5//EN", "CALSCALE:GREGORIAN",
                  f"X-WR-CALNAME:{escape_text(name + ' – 仕事')}", f"X-WR-TIMEZONE:{zone}"],
        "outlook": ["PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "VERSION:2.0",
                    "METHOD:PUBLISH", "X-CALSTART:20260801T000000Z", f"X-WR-CALNAME:{escape_text(name)}"],
    }[style]
    zones = [vtimezone(style, z) for z in ZONES if z in ctx.used_zones]
    lines = ["BEGIN:VCALENDAR", *header, *(line for block in zones for line in block), *ctx.lines,
             "END:VCALENDAR"]
    data = b"".join(fold(line, split_chars=split_chars) for line in lines)
    return data, email, name, style, ctx.vevents


def generate(count: int, seed: int, out_dir: Path) -> list[CalendarFile]:
    """Write ``count`` calendars into ``out_dir`` (created) and describe them.

    People are spread round-robin over Tokyo, Los Angeles, New York and London. The stream for
    person ``i`` depends only on ``seed`` and ``i``, so the 5-person set is a prefix of the 50 set.
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    files: list[CalendarFile] = []
    for index in range(count):
        zone = ZONES[index % len(ZONES)]
        person_seed = int.from_bytes(hashlib.sha256(f"{seed}:{index}".encode()).digest()[:8], "big")
        data, email, name, style, vevents = person_calendar(random.Random(person_seed), index, zone)
        path = out_dir / f"person{index:03d}.ics"
        path.write_bytes(data)
        files.append(CalendarFile(path=path, email=email, name=name, timezone=zone, style=style,
                                  vevents=vevents, size=len(data)))
    return files


def iter_sizes(text: str) -> Iterator[int]:
    """Parse a comma-separated list of sizes."""
    for part in text.split(","):
        if part.strip():
            yield int(part)


def main() -> None:
    """Command line: write the calendar sets and print a one-line summary per set."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="5,50,200")
    parser.add_argument("--seed", type=int, default=20261024)
    parser.add_argument("--out", type=Path, default=Path(__file__).parent / "out")
    args = parser.parse_args()
    for size in iter_sizes(args.sizes):
        files = generate(size, args.seed, args.out / f"set{size}")
        styles = {s: sum(f.style == s for f in files) for s in ("google", "apple", "outlook")}
        print(f"{size:4d} interviewers: {sum(f.vevents for f in files):7d} VEVENTs, "
              f"{sum(f.size for f in files) / 1e6:6.1f} MB, styles {styles} -> {args.out / f'set{size}'}")


if __name__ == "__main__":
    main()
