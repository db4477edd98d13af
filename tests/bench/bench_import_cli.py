"""The whole ``import-ics`` process on one merged calendar against icalendar's parse of it.

Issue 13 item 6 counts it this way: a merged calendar of ~10k events (~7.6 MB) imported by a
fresh ``python -m interviewplanner import-ics`` process (interpreter start, imports, store,
read, expand, store, report) against ``icalendar.Calendar.from_ical`` alone on the same bytes,
in this process; target ≤ 0.18x. Run::

    .venv/bin/python tests/bench/bench_import_cli.py [--megabytes 7.6] [--seed 20261024] [--repeat 3]

The merged file takes the generated calendars of ``gen_calendars.py`` (the import benchmark's
set, same seed) in order until it holds ``--megabytes``: their events and each time zone once.
The store is created and the interviewer added first (not timed); each timed run re-imports
the same file into it (replacing the source, as a user's re-import does). Best of ``--repeat``
for both; the package is byte-compiled first, as an installed one is.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import icalendar

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gen_calendars import generate

ROOT = Path(__file__).resolve().parents[2]
EMAIL = "merged@example.com"


def merged(folder: Path, megabytes: float, seed: int) -> tuple[bytes, int]:
    """One VCALENDAR with the events of the first generated calendars; (bytes, VEVENTs)."""
    files = generate(60, seed, folder / "calendars")
    zones: dict[bytes, bytes] = {}
    events: list[bytes] = []
    count = size = 0
    for f in files:
        if size >= megabytes * 1_000_000:
            break
        text = f.path.read_bytes()
        body = text.split(b"BEGIN:VTIMEZONE")
        for part in body[1:]:
            block, _, _rest = part.partition(b"END:VTIMEZONE\r\n")
            tzid = block.split(b"TZID:", 1)[1].split(b"\r\n", 1)[0]
            zones.setdefault(tzid, b"BEGIN:VTIMEZONE" + block + b"END:VTIMEZONE\r\n")
        first = text.index(b"BEGIN:VEVENT")
        last = text.rindex(b"END:VCALENDAR")
        events.append(text[first:last])
        count += f.vevents
        size += len(text)
    data = (b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//bench//merged//EN\r\n"
            + b"".join(zones.values()) + b"".join(events) + b"END:VCALENDAR\r\n")
    return data, count


def cli(*argv: str, env: dict[str, str]) -> float:
    """Wall seconds of one fresh CLI process (it must succeed)."""
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "interviewplanner", *argv], env=env, check=True,
                   capture_output=True, timeout=600)
    return time.perf_counter() - start


def main() -> None:
    """Build the merged file, time the CLI import and icalendar's parse, print the ratio."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--megabytes", type=float, default=7.6)
    parser.add_argument("--seed", type=int, default=20261024)
    parser.add_argument("--repeat", type=int, default=3)
    options = parser.parse_args()
    subprocess.run([sys.executable, "-m", "compileall", "-q", "interviewplanner"], check=True,
                   cwd=ROOT)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        data, vevents = merged(folder, options.megabytes, options.seed)
        path = folder / "merged.ics"
        path.write_bytes(data)
        env = {**os.environ, "INTERVIEWPLANNER_DB": str(folder / "store.db"),
               "INTERVIEWPLANNER_CACHE_DIR": str(folder / "cache")}
        cli("interviewer", "add", "--name", "Merged", "--email", EMAIL, "--tz", "Asia/Tokyo",
            env=env)
        ours = min(cli("import-ics", "--interviewer", EMAIL, str(path), "--from",
                       "2026-10-24", "--to", "2027-11-23", env=env)
                   for _ in range(options.repeat))
        parse = []
        for _ in range(options.repeat):
            start = time.perf_counter()
            icalendar.Calendar.from_ical(data)
            parse.append(time.perf_counter() - start)
        python = min(cli("--version", env=env) for _ in range(options.repeat))
    print(f"merged calendar: {len(data) / 1e6:.1f} MB, {vevents} VEVENTs (seed {options.seed})")
    print(f"import-ics process, best of {options.repeat}: {ours:.2f} s "
          f"(of which starting the CLI, --version: {python:.2f} s)")
    print(f"icalendar parse only, best of {options.repeat}: {min(parse):.2f} s")
    ratio = ours / min(parse)
    print(f"ours/icalendar: {ratio:.2f} (issue 13 target <= 0.18: "
          f"{'MET' if ratio <= 0.18 else 'NOT MET'})")


if __name__ == "__main__":
    main()
