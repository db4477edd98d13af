"""Import benchmark: our .ics import against icalendar's parse alone and against ``khal import``.

Run from the repository root::

    .venv/bin/python tests/bench/bench_import.py [--sizes 5,50,200] [--seed N] [--khal-sample 10]

All sets come from one generated directory (person ``i`` depends only on the seed and ``i``, so
the 5 set is the first 5 files of the 50 set, which is the first 50 of the 200 set): every tool
reads the same bytes. For each size it measures wall time (``time.perf_counter``):

* **ours** – a fresh SQLite store in a temp dir (migrations applied), the interviewers added,
  then ``import_calendar`` for every file: read + parse + expand over the horizon
  2026-10-24..2027-11-23 + store, one transaction per file;
* **icalendar** – ``icalendar.Calendar.from_ical(data)`` for every file (read + parse, no
  recurrence expansion, nothing stored);
* **khal** – ``khal import --batch -a <calendar> <file>`` per file in a subprocess, against a
  temp config with one vdir calendar per interviewer and its own SQLite cache (khal writes the
  vdir and updates that cache during the import). khal is slow, so for sets larger than
  ``--khal-sample`` files it is timed on an evenly spaced subset and scaled linearly; the table
  says when that happened.

Best of ``--repeat`` (default 3) for sets up to 50 interviewers, ``--repeat-large`` (default 1)
above; khal runs once. Finally the 50 set (or the largest set not above it) is imported once
more under cProfile and the top functions are printed as a hint for speeding up the reader.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import partial
from pathlib import Path

import icalendar

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from gen_calendars import CalendarFile, generate, iter_sizes

from interviewplanner.core.intervals import Interval
from interviewplanner.core.model import Interviewer
from interviewplanner.services.import_calendar import import_calendar
from interviewplanner.storage.db import open_store

HORIZON = Interval(datetime(2026, 10, 24, tzinfo=UTC), datetime(2027, 11, 23, tzinfo=UTC))
TARGET_SIZE = 50
KHAL = Path(sys.executable).with_name("khal")


@dataclass(slots=True)
class OursResult:
    """What one run of our import produced."""

    seconds: float
    events: int
    busy_intervals: int
    warnings: int


@dataclass(slots=True)
class KhalResult:
    """Timing of khal over (a sample of) one set."""

    seconds: float  # scaled to the whole set
    measured_seconds: float
    sampled: int
    total: int
    failures: int
    stored_files: int


@dataclass(slots=True)
class Row:
    """One line of the result table."""

    size: int
    vevents: int
    megabytes: float
    ours: OursResult
    icalendar_seconds: float
    khal: KhalResult | None


# --------------------------------------------------------------------------------------------
# The three contenders


def run_ours(files: Sequence[CalendarFile], work: Path) -> OursResult:
    """Fresh store, add the interviewers, import every file; wall time of all of it."""
    folder = Path(tempfile.mkdtemp(prefix="ours-", dir=work))
    try:
        start = time.perf_counter()
        store = open_store(f"sqlite:///{folder / 'bench.db'}")
        try:
            with store.write() as uow:
                for f in files:
                    uow.interviewers.add(Interviewer(email=f.email, name=f.name, timezone=f.timezone))
            events = busy = warnings = 0
            for f in files:
                report = import_calendar(store, f.email, f.path, HORIZON)
                events += report.events
                busy += report.busy_intervals
                warnings += len(report.warnings)
        finally:
            store.close()
        return OursResult(time.perf_counter() - start, events, busy, warnings)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def run_icalendar(files: Sequence[CalendarFile]) -> float:
    """Read and parse every file with icalendar (no expansion); wall time."""
    start = time.perf_counter()
    for f in files:
        icalendar.Calendar.from_ical(f.path.read_bytes())
    return time.perf_counter() - start


def khal_config(folder: Path, files: Sequence[CalendarFile]) -> Path:
    """A khal config with one vdir calendar per interviewer and a private SQLite cache."""
    lines = ["[calendars]"]
    for f in files:
        vdir = folder / "vdirs" / f.path.stem
        vdir.mkdir(parents=True)
        lines += [f"[[{f.path.stem}]]", f"path = {vdir}", "type = calendar"]
    lines += [
        "[locale]", "timeformat = %H:%M", "dateformat = %Y-%m-%d", "longdateformat = %Y-%m-%d",
        "datetimeformat = %Y-%m-%d %H:%M", "longdatetimeformat = %Y-%m-%d %H:%M",
        "local_timezone = UTC", "default_timezone = UTC",
        "[sqlite]", f"path = {folder / 'khal.db'}",
    ]
    config = folder / "khal.conf"
    config.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return config


def sample(files: Sequence[CalendarFile], limit: int) -> list[CalendarFile]:
    """All files, or ``limit`` of them evenly spaced (so zones and exporters stay mixed)."""
    if limit <= 0 or len(files) <= limit:
        return list(files)
    step = len(files) / limit
    return [files[int(i * step)] for i in range(limit)]


def run_khal(files: Sequence[CalendarFile], work: Path, limit: int) -> KhalResult:
    """``khal import --batch`` of every (sampled) file into its own calendar; scaled wall time."""
    folder = Path(tempfile.mkdtemp(prefix="khal-", dir=work))
    try:
        config = khal_config(folder, files)
        chosen = sample(files, limit)
        env = {**os.environ, "LC_ALL": "C.UTF-8", "TZ": "UTC"}
        failures = 0
        start = time.perf_counter()
        for f in chosen:
            done = subprocess.run(
                [str(KHAL), "-c", str(config), "import", "--batch", "-a", f.path.stem, str(f.path)],
                capture_output=True, env=env, check=False)
            failures += done.returncode != 0
        measured = time.perf_counter() - start
        stored = sum(1 for _ in (folder / "vdirs").rglob("*.ics"))
        return KhalResult(measured * len(files) / len(chosen), measured, len(chosen), len(files),
                          failures, stored)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def best_of(repeat: int, action: Callable[[], float]) -> float:
    """The smallest of ``repeat`` timings."""
    return min(action() for _ in range(max(1, repeat)))


def profile_ours(files: Sequence[CalendarFile], work: Path, top: int = 10) -> str:
    """cProfile of one import of ``files``: top functions by cumulative and by own time."""
    profiler = cProfile.Profile()
    profiler.enable()
    run_ours(files, work)
    profiler.disable()
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out).strip_dirs()
    out.write(f"-- top {top} by cumulative time --\n")
    stats.sort_stats("cumulative").print_stats(top)
    out.write(f"-- top {top} by own time (tottime) --\n")
    stats.sort_stats("tottime").print_stats(top)
    text = out.getvalue()
    # pstats prints a preamble per call; keep the rows and the column header.
    keep = [line for line in text.splitlines()
            if line.strip() and not line.lstrip().startswith(("Ordered by", "List reduced"))
            and "function calls" not in line]
    return "\n".join(keep)


# --------------------------------------------------------------------------------------------
# Driver


def format_table(rows: Sequence[Row]) -> str:
    """The result table, plus a note line per scaled khal figure."""
    head = (f"{'size':>5} {'VEVENTs':>8} {'MB':>6} {'busy iv':>8} {'ours s':>8} {'icalendar s':>12} "
            f"{'khal s':>9} {'ours/ical':>10} {'khal/ours':>10}")
    lines = [head, "-" * len(head)]
    notes: list[str] = []
    for row in rows:
        khal = f"{row.khal.seconds:9.1f}" if row.khal else f"{'-':>9}"
        mark = ""
        if row.khal and row.khal.sampled < row.khal.total:
            mark = "*"
            notes.append(f"* size {row.size}: khal timed on {row.khal.sampled} of {row.khal.total} "
                         f"files ({row.khal.measured_seconds:.1f} s) and scaled linearly")
        if row.khal and row.khal.failures:
            notes.append(f"! size {row.size}: khal import failed on {row.khal.failures} file(s)")
        khal_ratio = f"{row.khal.seconds / row.ours.seconds:10.1f}" if row.khal else f"{'-':>10}"
        lines.append(
            f"{row.size:5d} {row.vevents:8d} {row.megabytes:6.1f} {row.ours.busy_intervals:8d} "
            f"{row.ours.seconds:8.2f} {row.icalendar_seconds:12.2f} {khal}{mark or ' '}"
            f"{row.ours.seconds / row.icalendar_seconds:9.2f} {khal_ratio}")
    return "\n".join([*lines, *notes])


SPEED_TARGETS = ((1.0, 10.0, "issue 2"), (0.18, 50.0, "issue 13"))
"""(most ours/icalendar, least khal/ours, where the target was set) on the 50 set."""


def verdict(rows: Sequence[Row]) -> list[str]:
    """Check the targets on the 50 set."""
    out: list[str] = []
    for row in rows:
        if row.size != TARGET_SIZE:
            continue
        ratio = row.ours.seconds / row.icalendar_seconds
        for most, least, origin in SPEED_TARGETS:
            out.append(f"{origin} target ours/icalendar <= {most} (size {TARGET_SIZE}): {ratio:.2f} "
                       f"-> {'MET' if ratio <= most else 'MISSED'}")
            if row.khal:
                speedup = row.khal.seconds / row.ours.seconds
                out.append(f"{origin} target khal/ours >= {least:g} (size {TARGET_SIZE}): "
                           f"{speedup:.1f} -> {'MET' if speedup >= least else 'MISSED'}")
    return out


def main(argv: Sequence[str] | None = None) -> int:
    """Generate, measure, print."""
    parser = argparse.ArgumentParser(description="Benchmark our .ics import against icalendar and khal.")
    parser.add_argument("--sizes", default="5,50,200", help="comma-separated interviewer counts")
    parser.add_argument("--seed", type=int, default=20261024)
    parser.add_argument("--repeat", type=int, default=3, help="best of N for sets up to 50")
    parser.add_argument("--repeat-large", type=int, default=1, help="best of N for sets above 50")
    parser.add_argument("--khal-sample", type=int, default=10,
                        help="time khal on at most this many files per set and scale (0 = all)")
    parser.add_argument("--no-khal", action="store_true", help="skip khal")
    parser.add_argument("--no-profile", action="store_true", help="skip the cProfile hint")
    parser.add_argument("--out", type=Path, default=None,
                        help="folder for the generated calendars (default: a temp dir, removed)")
    args = parser.parse_args(argv)
    sizes = sorted(set(iter_sizes(args.sizes)))
    if not args.no_khal and not KHAL.exists():
        parser.error(f"khal not found next to the interpreter ({KHAL}); use --no-khal")

    work = Path(tempfile.mkdtemp(prefix="ip-bench-"))
    try:
        out_dir = args.out or work / "calendars"
        started = time.perf_counter()
        every = generate(max(sizes), args.seed, out_dir)
        print(f"generated {len(every)} calendars (seed {args.seed}) in {out_dir} "
              f"in {time.perf_counter() - started:.1f} s; python {sys.version.split()[0]}, "
              f"icalendar {icalendar.__version__}, {os.cpu_count()} CPUs", flush=True)
        rows: list[Row] = []
        for size in sizes:
            files = every[:size]
            repeat = args.repeat if size <= TARGET_SIZE else args.repeat_large
            ours_runs = [run_ours(files, work) for _ in range(max(1, repeat))]
            ours = min(ours_runs, key=lambda r: r.seconds)
            print(f"[{size}] ours {ours.seconds:.2f} s (best of {len(ours_runs)}; "
                  f"{ours.events} events, {ours.busy_intervals} busy intervals, {ours.warnings} warnings)",
                  flush=True)
            ical = best_of(repeat, partial(run_icalendar, files))
            print(f"[{size}] icalendar parse {ical:.2f} s (best of {max(1, repeat)})", flush=True)
            khal = None if args.no_khal else run_khal(files, work, args.khal_sample)
            if khal:
                print(f"[{size}] khal {khal.measured_seconds:.1f} s for {khal.sampled}/{khal.total} files, "
                      f"{khal.failures} failures, {khal.stored_files} events in the vdirs", flush=True)
            rows.append(Row(size, sum(f.vevents for f in files), sum(f.size for f in files) / 1e6,
                            ours, ical, khal))
        print()
        print(format_table(rows))
        for line in verdict(rows):
            print(line)
        if not args.no_profile:
            eligible = [s for s in sizes if s <= TARGET_SIZE] or sizes[:1]
            size = max(eligible)
            print(f"\nprofile of our import, {size} interviewers (cProfile adds overhead):")
            print(profile_ours(every[:size], work))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
