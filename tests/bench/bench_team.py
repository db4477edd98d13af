"""Team mode benchmark: the same work on SQLite and on PostgreSQL, in one run (issue 10).

Run from the repository root (not part of the pytest run)::

    .venv/bin/python tests/bench/bench_team.py [--pg URL] [--repeat 7] [--import-size 50]

Without ``--pg`` (or ``INTERVIEWPLANNER_TEST_PG``) a throw-away PostgreSQL server is started the
way the tests start it (``tests/backends.py``: initdb + pg_ctl in a temporary folder, on
loopback, fsync off) and stopped at the end. Each back-end gets a fresh store.

* **propose / book** on the slot engine's benchmark scenario (``bench_propose.world``: a pool of
  20 interviewers over Tokyo, Los Angeles, New York and London with a year of calendar each and a
  few booked interviews, a 4-session panel for a London candidate, 10 business days, 15-minute
  grid), stored in the database (people with their policies, busy time as one source each):
  ``planning.propose_plan`` (read everything once + engine) and ``bookings.book`` (proposal 1:
  the same search again, then the write transaction that locks, re-checks and stores), each
  followed by a cancel so that every round starts from the same data. Median of ``--repeat``;
  the two back-ends take turns in every round.
* **import** of the import benchmark's 50-interviewer set (``gen_calendars.generate``, the same
  files for both back-ends): add the people, then ``import_calendar`` per file (read, parse,
  expand over the horizon, store in one transaction each), into a fresh store; the back-ends take
  turns, best of ``--import-rounds``.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from bench_propose import world
from gen_calendars import generate

from interviewplanner.core.intervals import Interval
from interviewplanner.core.plan import plan_to_json
from interviewplanner.services import bookings, planning
from interviewplanner.services.import_calendar import import_calendar
from interviewplanner.storage.db import Store, open_store
from tests.backends import ENV_SERVER, PostgresServer, _bindir, _external, _start_local

HORIZON = Interval(datetime(2026, 10, 24, tzinfo=UTC), datetime(2027, 11, 23, tzinfo=UTC))


@contextmanager
def postgres(url: str | None) -> Iterator[PostgresServer]:
    """A server given by URL, else a throw-away one (stopped afterwards)."""
    given = url or os.environ.get(ENV_SERVER)
    if given:
        yield _external(given)
        return
    bindir = _bindir()
    if bindir is None:
        raise SystemExit("no PostgreSQL server binaries: install postgresql or pass --pg URL")
    server = _start_local(bindir)
    try:
        yield server
    finally:
        server.stop()


def median_ms(repeat: int, action: Callable[[], object]) -> float:
    """Median wall time of ``action`` in milliseconds."""
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def fill_scenario(store: Store, seed: int) -> tuple[object, dict[str, object], Interval]:
    """Store the engine benchmark's world; its plan, the plan's JSON and the search window."""
    w = world(seed, 20, 10)
    with store.write() as uow:
        ids = {e: uow.interviewers.add(p).id for e, p in w.people.items()}
    for email, person_id in ids.items():
        assert person_id is not None
        busy = sorted(w.busy[email] + w.booked[email], key=lambda iv: iv.start)
        with store.write() as uow:
            uow.busy.replace_source(person_id, "calendar.ics", busy, None, len(busy), [])
    return w.plan, plan_to_json(w.plan), Interval(w.start, w.end)


def latencies(stores: dict[str, Store], seed: int, repeat: int) -> dict[str, tuple[float, float]]:
    """Median propose and book milliseconds per back-end, the back-ends taking turns in every
    round (so that a busy moment of the machine costs both alike)."""
    setups = {name: fill_scenario(store, seed) for name, store in stores.items()}
    times: dict[str, tuple[list[float], list[float]]] = {name: ([], []) for name in stores}
    for name, store in stores.items():  # warm: holiday tables, zones, connections
        plan, _document, window = setups[name]
        planning.propose_plan(store, plan, window, limit=10)  # type: ignore[arg-type]
    for _ in range(repeat):
        for name, store in stores.items():
            plan, document, window = setups[name]
            started = time.perf_counter()
            planning.propose_plan(store, plan, window, limit=10)  # type: ignore[arg-type]
            times[name][0].append((time.perf_counter() - started) * 1000)
            started = time.perf_counter()
            booking = bookings.book(store, plan, document, window, 1)  # type: ignore[arg-type]
            times[name][1].append((time.perf_counter() - started) * 1000)
            bookings.cancel(store, booking.id)
    return {name: (statistics.median(p), statistics.median(b)) for name, (p, b) in times.items()}


def import_seconds(store: Store, files: list) -> float:  # type: ignore[type-arg]
    """Add the people and import every file; wall seconds."""
    from interviewplanner.core.model import Interviewer

    started = time.perf_counter()
    with store.write() as uow:
        for f in files:
            uow.interviewers.add(Interviewer(email=f.email, name=f.name, timezone=f.timezone))
    for f in files:
        import_calendar(store, f.email, f.path, HORIZON)
    return time.perf_counter() - started


def main() -> None:
    """Measure both back-ends and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pg", help="admin URL of a PostgreSQL server to use")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--import-size", type=int, default=50)
    parser.add_argument("--import-rounds", type=int, default=2)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bench-team-"))
    try:
        files = generate(args.import_size, 20261024, work / "calendars")
        with postgres(args.pg) as server:
            fresh = {"SQLite": lambda: f"sqlite:///{work / f'{time.time_ns()}.db'}",
                     "PostgreSQL": lambda: server.url(server.create_database())}
            stores = {name: open_store(make()) for name, make in fresh.items()}
            try:
                latency = latencies(stores, args.seed, args.repeat)
            finally:
                for store in stores.values():
                    store.close()
            imported: dict[str, float] = {name: float("inf") for name in fresh}
            for _ in range(args.import_rounds):  # the back-ends take turns; best of the rounds
                for name, make in fresh.items():
                    with open_store(make()) as store:
                        imported[name] = min(imported[name], import_seconds(store, files))
        for name in fresh:
            propose, book = latency[name]
            print(f"{name:<11} propose {propose:7.1f} ms   book {book:7.1f} ms   "
                  f"import of {len(files)} {imported[name]:6.2f} s")
        lite, pg = latency["SQLite"], latency["PostgreSQL"]
        print(f"PostgreSQL / SQLite: propose {pg[0] / lite[0]:.2f}x, book {pg[1] / lite[1]:.2f}x, "
              f"import {imported['PostgreSQL'] / imported['SQLite']:.2f}x")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
