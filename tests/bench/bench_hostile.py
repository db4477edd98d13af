"""Hostile calendars: worst seconds and peak memory per input MB of ``read_calendar``.

Run from the repository root::

    .venv/bin/python tests/bench/bench_hostile.py [--seed N] [--scale 1.0]

A seeded set of shapes an attacker (or a broken server) can send: deep nesting, garbage lines,
one huge line, long folded lines, duplicated components, absurd recurrence rules, huge
RDATE/EXDATE lists, many VTIMEZONE blocks, many attendees. Each input is read in a fresh
subprocess (``read_calendar`` as the import uses it, 5 s expansion budget), which reports its
wall time and its peak resident memory above what the interpreter held before reading
(``ru_maxrss``; this misses memory the reader reuses below the interpreter's earlier
high-water mark, so ``--traced`` measures the peak of Python allocations with
:mod:`tracemalloc` instead, the input bytes themselves not included). The table lists each
input and, at the end, the worst seconds and the worst peak memory per input MB.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

HEAD = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//bench//hostile//EN\r\n"
TAIL = "END:VCALENDAR\r\n"
RULES = ["FREQ=SECONDLY", "FREQ=MINUTELY;BYSECOND=1,2,3", "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30",
         "FREQ=MINUTELY;COUNT=999999999;BYSECOND=1", "FREQ=HOURLY;UNTIL=99991231T235959Z",
         "FREQ=MONTHLY;BYDAY=5FR;BYMONTH=2;BYSETPOS=-1", "FREQ=DAILY;BYYEARDAY=366;BYWEEKNO=53"]


def _event(uid: str, *lines: str, start: str = "20261201T100000Z") -> str:
    body = [f"UID:{uid}", "DTSTAMP:20261101T000000Z", f"DTSTART:{start}", "DURATION:PT1H", *lines]
    return "BEGIN:VEVENT\r\n" + "".join(f"{line}\r\n" for line in body) + "END:VEVENT\r\n"


def _plain(rng: random.Random, count: int) -> str:
    return "".join(_event(f"p{i}", start=f"202612{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}"
                                          "0000Z") for i in range(count))


def nesting(rng: random.Random, scale: float) -> str:
    levels = int(100_000 * scale)
    return HEAD + _plain(rng, 20) + "BEGIN:X-A\r\n" * levels + "END:X-A\r\n" * levels + TAIL


def open_nesting(rng: random.Random, scale: float) -> str:
    return HEAD + "BEGIN:X-A\r\n" * int(200_000 * scale) + _plain(rng, 20) + TAIL


def garbage(rng: random.Random, scale: float) -> str:
    lines = "".join(f"garbage line {rng.random()}\r\n" for _ in range(int(200_000 * scale)))
    return HEAD + lines + _plain(rng, 20) + TAIL


def huge_line(rng: random.Random, scale: float) -> str:
    return HEAD + _event("big", "X-BLOB:" + "x" * int(8_000_000 * scale)) + TAIL


def folded(rng: random.Random, scale: float) -> str:
    text = "DESCRIPTION:" + "ほ" * int(1_000_000 * scale)
    parts = [text[i:i + 24] for i in range(0, len(text), 24)]
    return HEAD + _event("fold", "\r\n ".join(parts)) + TAIL


def duplicates(rng: random.Random, scale: float) -> str:
    one = _event("same", "RRULE:FREQ=DAILY;COUNT=400")
    return HEAD + one * int(20_000 * scale) + TAIL


def absurd_rules(rng: random.Random, scale: float) -> str:
    body = "".join(_event(f"r{i}", f"RRULE:{rng.choice(RULES)}", start="19700101T000000Z")
                   for i in range(int(2_000 * scale)))
    return HEAD + _plain(rng, 20) + body + TAIL


def date_lists(rng: random.Random, scale: float) -> str:
    days = ",".join(f"2027{m:02d}{d:02d}T100000Z" for m in range(1, 13) for d in range(1, 29))
    body = "".join(_event(f"d{i}", "RRULE:FREQ=DAILY", f"RDATE:{days}", f"EXDATE:{days}")
                   for i in range(int(300 * scale)))
    return HEAD + body + TAIL


def zones(rng: random.Random, scale: float) -> str:
    blocks = "".join(
        f"BEGIN:VTIMEZONE\r\nTZID:Z{i}\r\nBEGIN:STANDARD\r\nDTSTART:16010101T020000\r\n"
        f"TZOFFSETFROM:+0{i % 9}00\r\nTZOFFSETTO:+0{(i + 1) % 9}00\r\n"
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n"
        for i in range(int(3_000 * scale)))
    body = "".join(_event(f"z{i}", start="20261201T100000").replace(
        "DTSTART:", f"DTSTART;TZID=Z{i}:") for i in range(int(3_000 * scale)))
    return HEAD + blocks + body + TAIL


def attendees(rng: random.Random, scale: float) -> str:
    people = [f"ATTENDEE;CN=\"P {i}\";PARTSTAT=ACCEPTED:mailto:p{i}@example.com"
              for i in range(int(100_000 * scale))]
    return HEAD + _event("crowd", *people) + TAIL


SHAPES: dict[str, Callable[[random.Random, float], str]] = {
    "nesting 100k": nesting, "open nesting 200k": open_nesting, "garbage 200k lines": garbage,
    "one 8 MB line": huge_line, "folded 3 MB": folded, "20k duplicates": duplicates,
    "2k absurd rules": absurd_rules, "RDATE/EXDATE lists": date_lists,
    "3k VTIMEZONEs": zones, "100k attendees": attendees,
}

CHILD = r"""
import json, resource, sys, time, tracemalloc
from datetime import UTC, datetime
from interviewplanner.core.intervals import Interval
from interviewplanner.ics.read import read_calendar
traced = sys.argv[2] == "traced"
data = open(sys.argv[1], "rb").read()
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
if traced:
    tracemalloc.start()
began = time.perf_counter()
parsed = read_calendar(data, owner_emails=["owner@example.com"], owner_tz="Asia/Tokyo",
                       horizon=Interval(datetime(2026, 11, 1, tzinfo=UTC),
                                        datetime(2027, 11, 1, tzinfo=UTC)))
seconds = time.perf_counter() - began
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before
if traced:
    peak = tracemalloc.get_traced_memory()[1] // 1024
print(json.dumps({"seconds": seconds, "peak_kib": peak, "busy": len(parsed.busy),
                  "skipped": len(parsed.skipped), "warnings": len(parsed.warnings),
                  "cut_short": len(parsed.cut_short)}))
"""


def main() -> None:
    """Generate the set, read each input in a subprocess, print the table and the worst."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--traced", action="store_true",
                        help="peak memory from tracemalloc (every Python allocation, slower: "
                             "the seconds column then includes its overhead) instead of ru_maxrss")
    parser.add_argument("--only", default="", help="comma-separated substrings of input names")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    worst_seconds, worst_ratio = (0.0, ""), (0.0, "")
    print(f"{'input':22} {'MB':>6} {'seconds':>8} {'peak MB':>8} {'peak/MB':>8}  result")
    with tempfile.TemporaryDirectory() as folder:
        for name, make in SHAPES.items():
            if args.only and not any(part in name for part in args.only.split(",")):
                continue
            path = Path(folder) / "input.ics"
            path.write_bytes(make(rng, args.scale).encode("utf-8"))
            size = path.stat().st_size / 1_048_576
            done = subprocess.run([sys.executable, "-c", CHILD, str(path),
                                   "traced" if args.traced else "rss"], capture_output=True,
                                  text=True, check=True, timeout=600)
            got = json.loads(done.stdout)
            peak = got["peak_kib"] / 1024
            ratio = peak / size
            print(f"{name:22} {size:6.2f} {got['seconds']:8.2f} {peak:8.1f} {ratio:8.1f}  "
                  f"busy {got['busy']}, skipped {got['skipped']}, warnings {got['warnings']}"
                  f"{', CUT SHORT ' + str(got['cut_short']) if got['cut_short'] else ''}")
            worst_seconds = max(worst_seconds, (got["seconds"], name))
            worst_ratio = max(worst_ratio, (ratio, name))
    print(f"worst: {worst_seconds[0]:.2f} s ({worst_seconds[1]}); "
          f"peak memory {worst_ratio[0]:.1f} MB per input MB ({worst_ratio[1]})")


if __name__ == "__main__":
    main()
