"""Refresh benchmark (SPEC §9): 50 subscribed feeds of ~350 KB on a loopback HTTP server.

Run from the repository root::

    .venv/bin/python tests/bench/bench_refresh.py [--people 50] [--seed 7] [--repeat 3]

The calendars come from ``gen_calendars.py`` (year-long Google/Apple/Outlook-shaped exports,
~350 KB each on average). A threaded ``http.server`` on 127.0.0.1 (``tests/live_support.py``)
serves them with ETag and Last-Modified. Measured, best of ``--repeat`` (wall time):

* **import** – ``import_calendar`` of the same files into a fresh store (the baseline);
* **refresh, all changed** – a fresh store with every feed subscribed, first ``refresh``
  (every answer a 200 with the whole body; read, parsed and stored exactly like an import);
* **refresh, all unchanged** – the next ``refresh`` on that store: every request conditional,
  every answer a 304 (the script checks both: statuses and what the server saw);
* **refresh, all changed again** – every feed gets new bytes (one more event), then ``refresh``.

The conflict watch runs after a refresh that changed busy time (no bookings here, so it costs
one query). Nothing leaves the machine.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parents[1])]

from gen_calendars import CalendarFile, generate  # noqa: E402

from interviewplanner.services import roster  # noqa: E402
from interviewplanner.services.dates import parse_range  # noqa: E402
from interviewplanner.services.import_calendar import import_calendar  # noqa: E402
from interviewplanner.services.sources import add_source, refresh  # noqa: E402
from interviewplanner.storage.db import Store, open_store  # noqa: E402
from tests.live_support import FeedServer, feed_server  # noqa: E402


def _store(folder: Path, files: list[CalendarFile]) -> Store:
    store = open_store(f"sqlite:///{folder / 'bench.db'}")
    for f in files:
        roster.add_interviewer(store, roster.new_interviewer(
            name=f.name, email=f.email, timezone=f.timezone))
    return store


def _best(repeat: int, prepare: Callable[[Path], object], run: Callable[[object], object]) -> float:
    best = float("inf")
    for _ in range(repeat):
        with tempfile.TemporaryDirectory() as tmp:
            state = prepare(Path(tmp))
            started = time.perf_counter()
            run(state)
            best = min(best, time.perf_counter() - started)
            if isinstance(state, tuple) and isinstance(state[0], Store):
                state[0].close()
    return best


def _subscribed(server: FeedServer, files: list[CalendarFile], folder: Path) -> Store:
    store = _store(folder, files)
    for f in files:
        add_source(store, f.email, server.url(f"/{f.path.name}"))
    return store


def _with_one_more_event(data: bytes, number: int, round_: int) -> bytes:
    extra = (f"BEGIN:VEVENT\r\nUID:bench-{round_}-{number}@example.com\r\nDTSTAMP:20261130T000000Z\r\n"
             "DTSTART:20261215T010000Z\r\nDTEND:20261215T020000Z\r\nEND:VEVENT\r\n").encode()
    return data.replace(b"END:VCALENDAR", extra + b"END:VCALENDAR")


def main() -> None:
    """Generate, serve, measure, print a table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=50)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp, feed_server() as server:
        files = generate(args.people, args.seed, Path(tmp) / "calendars")
        size = sum(f.size for f in files)
        for f in files:
            server.publish(f"/{f.path.name}", f.path.read_bytes())
        horizon = parse_range(None, None)

        def imported(state: object) -> None:
            store = state[0]  # type: ignore[index]
            for f in files:
                import_calendar(store, f.email, f.path, horizon)

        t_import = _best(args.repeat, lambda d: (_store(d, files),), imported)

        def first(state: object) -> None:
            report = refresh(state[0])  # type: ignore[index]
            statuses = {o.status.value for o in report.outcomes}
            assert statuses == {"updated"}, statuses

        t_changed = _best(args.repeat, lambda d: (_subscribed(server, files, d),), first)

        def primed(folder: Path) -> tuple[Store]:
            store = _subscribed(server, files, folder)
            refresh(store)
            return (store,)

        def second(state: object) -> None:
            report = refresh(state[0])  # type: ignore[index]
            statuses = {o.status.value for o in report.outcomes}
            assert statuses == {"unchanged"}, statuses

        seen_before = len(server.seen)
        t_unchanged = _best(args.repeat, primed, second)
        not_modified = sum(1 for s in server.seen[seen_before:] if s.status == 304)

        rounds = iter(range(1_000))

        def changed_again(folder: Path) -> tuple[Store]:
            store = primed(folder)[0]
            round_ = next(rounds)
            for number, f in enumerate(files):
                server.publish(f"/{f.path.name}",
                               _with_one_more_event(f.path.read_bytes(), number, round_))
            return (store,)

        t_again = _best(args.repeat, changed_again, first)
    mib = size / 1_048_576
    print(f"{args.people} feeds, {mib:.1f} MiB in all ({size // args.people // 1024} KiB each "
          f"on average), best of {args.repeat}:")
    print(f"  import-ics of the same files          {t_import:7.2f} s")
    print(f"  refresh, all changed (200, first)     {t_changed:7.2f} s")
    print(f"  refresh, all unchanged (304)          {t_unchanged:7.3f} s   "
          f"({not_modified} answers 304 over {args.repeat} runs)")
    print(f"  refresh, all changed again (200)      {t_again:7.2f} s")


if __name__ == "__main__":
    main()
