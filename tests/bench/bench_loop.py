"""Benchmark of loops over several days (issue 12): a 6-session, 2-block loop, pool of 20.

Run: ``.venv/bin/python tests/bench/bench_loop.py [--seed N] [--days 15]``

The people, calendars and bookings are those of ``bench_propose.world`` (a pool of 20 over
Tokyo, Los Angeles, New York and London, a year of meetings each, two named London
interviewers, a London candidate, 15-minute grid). The plan is six sessions in two blocks:

    day 1: Coding 45 min (2 from the pool), Manager 45 (named), Design 60 (1 from the pool)
    day 2: System 60 (2 from the pool), Culture 30 (named), Wrap-up 30 (1 from the pool)

with blocks at most 3 days apart. In the same run, for the ratio:

* **the one-day panel**: the same six sessions as one block (the engine's one-day search);
* **an exhaustive baseline**: every feasible start of block 1 paired with every feasible start
  of block 2 on an allowed date, each pair staffed jointly by the exact branch and bound (no
  decomposition, no bound on the pairs); it must give the same top-10 scores as the engine.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from itertools import product
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from interviewplanner.core.engine import DIVERSITY_MINUTES, _roster, build_context
from interviewplanner.core.engine_days import LoopSearch
from interviewplanner.core.engine_search import Found, diverse_top, spans_parts, staff_chain
from interviewplanner.core.plan import SessionSpec
from interviewplanner.core.ranking import combine
from tests.bench.bench_propose import run_engine, timed, world
from tests.unit.engine.engine_reference import World


def loop_world(seed: int, pool: int, business_days: int) -> World:
    """The benchmark's people and calendars with the 6-session, 2-block loop."""
    w = world(seed, pool, business_days)
    named = [e for s in w.plan.sessions for e in s.interviewers]
    sessions = (
        SessionSpec("Coding", 45, (), "backend", 2), SessionSpec("Manager", 45, (named[0],)),
        SessionSpec("Design", 60, (), "backend", 1),
        SessionSpec("System", 60, (), "backend", 2, day=2),
        SessionSpec("Culture", 30, (named[1],), day=2),
        SessionSpec("Wrap-up", 30, (), "backend", 1, day=2),
    )
    return replace(w, plan=replace(w.plan, sessions=sessions, max_days_between=3))


def one_day(w: World) -> World:
    """The same sessions held as one block."""
    return replace(w, plan=replace(w.plan, sessions=tuple(replace(s, day=1) for s in w.plan.sessions)))


def run_exhaustive(w: World) -> list[float]:
    """Top-10 scores: every pair of block starts staffed jointly, the best pair per first start."""
    ctx = build_context(w.plan, roster=_roster(w.people), busy=w.busy, booked=w.booked,
                        company=w.company, start=w.start, end=w.end)
    loop = LoopSearch(ctx)
    found: list[Found] = []
    for first in loop.options[0]:
        best: Found | None = None
        for second in loop.options[1]:
            if not 1 <= second.day - first.day <= w.plan.max_days_between:
                continue
            choices = [[m for m in loop.masks[j] if m.base >> o.bit & 1]
                       for j, o in enumerate((first, second))]
            for m1, m2 in product(*choices):
                staffing = staff_chain(ctx, [(m1, first.bit), (m2, second.bit)])
                if staffing is None:
                    continue
                spans = {**ctx.spans(m1.order, first.t), **ctx.spans(m2.order, second.t)}
                score = combine(spans_parts(ctx, spans, staffing.staff, first.t))
                if best is None or score > best.score:
                    best = Found(score, first.t, (*m1.order, *m2.order), staffing)
        if best is not None:
            found.append(best)
    found.sort(key=Found.sort_key)
    return [f.score for f in diverse_top(found, 10, DIVERSITY_MINUTES)]


def main() -> None:
    """Print the loop's time, the one-day panel's, the exhaustive baseline's and the ratios."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--days", type=int, default=15, help="business days in the range")
    args = parser.parse_args()
    w = loop_world(args.seed, 20, args.days)
    cold, _ = timed(run_engine, w, 1)
    print(f"first call in the process (loads holiday tables): {cold * 1000:.0f} ms")
    loop_s, loop_top = timed(run_engine, w, 5)
    print(f"6-session 2-block loop, pool 20, {args.days} business days, 15-min grid: engine top 10 "
          f"in {loop_s * 1000:.1f} ms (median of 5, warm; target < 300 ms); "
          f"{len(loop_top)} proposals, best score {loop_top[0] if loop_top else None}")
    day_s, day_top = timed(run_engine, one_day(w), 5)
    print(f"same six sessions as one block: {day_s * 1000:.1f} ms ({len(day_top)} proposals); "
          f"loop / one day = {loop_s / day_s:.2f}")
    base_s, base_top = timed(run_exhaustive, w, 1)
    same = len(base_top) == len(loop_top) and all(
        abs(a - b) < 1e-9 for a, b in zip(base_top, loop_top, strict=True))
    print(f"exhaustive pairs baseline: {base_s * 1000:.0f} ms; ratio {base_s / loop_s:.1f}x; "
          f"same top-10 scores: {'yes' if same else 'NO'}")


if __name__ == "__main__":
    main()
