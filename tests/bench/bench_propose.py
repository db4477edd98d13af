"""Benchmark of the slot engine against a straightforward baseline (issue 3).

Run: ``.venv/bin/python tests/bench/bench_propose.py [--seed N] [--quick]``

A seeded generator (``random.Random(seed)``) builds a pool of interviewers spread over Tokyo,
Los Angeles, New York and London, each with a year of calendar (2-6 meetings on every working
day, out-of-office days) and a few booked interviews, and a 4-session panel (45/45/60/30 min, two
sessions needing 2 from the pool, two with a named London interviewer) for a London candidate,
on a 15-minute grid. The same seed gives the same calendars whatever the pool size or horizon.

The baseline is written here, on top of the tests' independent checker: scan every grid start,
check the candidate, then every combination of pool members that are individually free (every
rule read with plain datetimes and ``zoneinfo``), score every valid combination with the
engine's public ``score_proposal``, keep each start's best, rank, and take a diverse top 10 with
the engine's rule. Its busy time is clipped to the search range first (which only helps it).
The two must agree on the top 10 scores; the table shows the times and how the engine's cost
grows with pool size and horizon.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time as clock
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from interviewplanner.core.engine import DIVERSITY_MINUTES, propose
from interviewplanner.core.intervals import Interval
from interviewplanner.core.model import CompanySettings, Interviewer, Policy, PolicyOverrides, TimeRange
from interviewplanner.core.plan import Candidate, Plan, SessionSpec
from tests.unit.engine.engine_reference import World, all_feasible, score

OFFICES = [("Asia/Tokyo", "JP"), ("America/Los_Angeles", "US"), ("America/New_York", "US"),
           ("Europe/London", "GB")]
YEAR_START = date(2026, 6, 1)
SEARCH_START = datetime(2026, 11, 9, tzinfo=UTC)  # a Monday


def _at(day: date, minute: int, zone: str) -> datetime:
    return datetime.combine(day, time(minute // 60, minute % 60), tzinfo=ZoneInfo(zone)).astimezone(UTC)


def year_of_calendar(rng: random.Random, zone: str) -> list[Interval]:
    """A year of meetings on working days and a few out-of-office days, in ``zone``."""
    out: list[Interval] = []
    for i in range(365):
        day = YEAR_START + timedelta(days=i)
        if day.weekday() >= 5:
            continue
        if rng.random() < 0.03:
            out.append(Interval(_at(day, 0, zone), _at(day + timedelta(days=1), 0, zone)))
            continue
        for _ in range(rng.randint(2, 6)):
            start = rng.randrange(8 * 60, 19 * 60, 15)
            out.append(Interval(_at(day, start, zone), _at(day, start + rng.choice([30, 45, 60, 90]), zone)))
    return out


def _policy(rng: random.Random) -> Policy:
    return replace(
        Policy(),
        window=TimeRange.parse(rng.choice(["10:00-19:00", "10:00-19:00", "08:00-20:00", "09:00-18:00"])),
        lunch_window=TimeRange.parse(rng.choice(["12:00-13:00", "11:30-14:00"])),
        buffer_minutes=rng.choice([0, 0, 10]),
    )


def world(seed: int, pool: int, business_days: int) -> World:
    """The benchmark instance: ``pool`` interviewers, a 4-session panel, ``business_days`` days."""
    rng = random.Random(seed)
    people: dict[str, Interviewer] = {}
    busy: dict[str, list[Interval]] = {}
    booked: dict[str, list[Interval]] = {}
    end = SEARCH_START + timedelta(days=business_days // 5 * 7 + business_days % 5)
    for i in range(pool + 2):
        zone, country = OFFICES[i % 4] if i < pool else OFFICES[3]
        email = f"p{i:02d}@example.com"
        pools = ("backend",) if i < pool else ()
        people[email] = Interviewer(email, f"P{i:02d}", zone, country, pools=pools,
                                    overrides=PolicyOverrides.of(_policy(rng)))
        calendar = year_of_calendar(rng, zone)
        mine = [iv for iv in calendar if SEARCH_START <= iv.start < end and iv.duration <= timedelta(hours=1)]
        picker = random.Random(seed * 1000 + i)  # bookings do not disturb the other draws
        booked[email] = picker.sample(mine, min(len(mine), picker.randint(0, 3)))
        busy[email] = calendar
    named = [f"p{pool:02d}@example.com", f"p{pool + 1:02d}@example.com"]
    plan = Plan(Candidate("Candidate", "Europe/London"), (
        SessionSpec("Coding", 45, (), "backend", 2), SessionSpec("Manager", 45, (named[0],)),
        SessionSpec("Design", 60, (), "backend", 2), SessionSpec("Culture", 30, (named[1],))))
    return World(plan, people, busy, booked, CompanySettings(), SEARCH_START, end)


def run_engine(w: World) -> list[float]:
    """Top-10 scores from the engine (empty when nothing fits: the time then includes diagnosis)."""
    result = propose(w.plan, w.people, w.busy, w.booked, w.company, w.start, w.end, 10)
    return [p.score for p in result.proposals]


def run_baseline(w: World) -> list[float]:
    """Top-10 scores from the straightforward baseline."""
    lo, hi = w.start - timedelta(days=2), w.end + timedelta(days=2)
    clipped = {e: [b for b in v if b.end > lo and b.start < hi] for e, v in w.busy.items()}
    w = replace(w, busy=clipped)
    best: dict[datetime, tuple[float, tuple[str, ...]]] = {}
    for sessions in all_feasible(w):
        t, names = sessions[0].start, tuple(e for s in sessions for e in s.interviewers)
        candidate = (score(w, sessions), names)
        if t not in best or (-candidate[0], candidate[1]) < (-best[t][0], best[t][1]):
            best[t] = candidate
    ranked = sorted(best.items(), key=lambda kv: (-kv[1][0], kv[0], kv[1][1]))
    taken: list[tuple[datetime, float]] = []
    for t, (s, _) in ranked:
        if len(taken) < 10 and all(abs(t - u) >= timedelta(minutes=DIVERSITY_MINUTES) for u, _ in taken):
            taken.append((t, s))
    return [s for _, s in taken]


def timed(fn: Callable[[World], list[float]], w: World, repeat: int) -> tuple[float, list[float]]:
    """Median wall time in seconds over ``repeat`` runs, and the last result."""
    times, result = [], []
    for _ in range(repeat):
        t0 = clock.perf_counter()
        result = fn(w)
        times.append(clock.perf_counter() - t0)
    return statistics.median(times), result


def main() -> None:
    """Print the comparison and the growth table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--quick", action="store_true", help="skip the baseline")
    args = parser.parse_args()
    main_world = world(args.seed, 20, 10)
    cold, _ = timed(run_engine, main_world, 1)  # also warms the holiday and zone caches
    print(f"first call in the process (loads holiday tables): {cold * 1000:.0f} ms")
    engine_s, engine_top = timed(run_engine, main_world, 5)
    print(f"pool 20, 10 business days, 15-min grid: engine top 10 in {engine_s * 1000:.1f} ms "
          f"(median of 5, warm); best score {engine_top[0] if engine_top else None}")
    if not args.quick:
        base_s, base_top = timed(run_baseline, main_world, 1)
        same = len(base_top) == len(engine_top) and all(
            abs(a - b) < 1e-9 for a, b in zip(base_top, engine_top, strict=True))
        print(f"baseline top 10 in {base_s * 1000:.0f} ms; ratio {base_s / engine_s:.0f}x; "
              f"same top-10 scores: {'yes' if same else 'NO'}")
    print("\nengine ms, median of 3 (proposals found; * = none fit, time includes the diagnosis)")
    print("business days        5            10            20")
    for pool in (10, 20, 40):
        cells = []
        for days in (5, 10, 20):
            w = world(args.seed, pool, days)
            run_engine(w)
            seconds, top = timed(run_engine, w, 3)
            cells.append(f"{seconds * 1000:7.1f} ({len(top):>2}{'*' if not top else ' '})")
        print(f"pool {pool:>2}   " + "  ".join(cells))


if __name__ == "__main__":
    main()
