"""One of the coordinators of the contention test: book, reschedule and cancel through the CLI.

Not collected by pytest (no ``test_`` prefix). ``contention_child.py DB_URL PLAN SEED ROUNDS``:
prints ``ready`` once imported, waits for one line on stdin (so that every process starts at
once), then runs ROUNDS random actions through ``interviewplanner.cli.main.main`` in this
process (as ``--as coordinator-SEED``) and prints one JSON line: every action with its exit
code and what it wrote on stderr.
"""

from __future__ import annotations

import contextlib
import io
import json
import random
import sys

from interviewplanner.cli.main import main as cli

RANGE = ("--from", "2031-03-03", "--to", "2031-03-08")


def _run(db: str, who: str, *args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = cli(["--db", db, "--as", who, *args])
    return code, out.getvalue(), err.getvalue()


def _bookings(db: str, who: str) -> list[dict[str, object]]:
    code, out, err = _run(db, who, "bookings", "--json")
    if code != 0:
        raise SystemExit(f"bookings failed: {err}")
    return list(json.loads(out)["bookings"])


def main() -> int:
    """Run the rounds and report them."""
    db, plan, seed, rounds = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    rng, who = random.Random(seed), f"coordinator-{seed}"
    print("ready", flush=True)
    sys.stdin.readline()
    done: list[dict[str, object]] = []
    for _ in range(rounds):
        action = rng.choice(("book", "book", "reschedule", "cancel"))
        if action == "book":
            args: tuple[str, ...] = ("book", "--plan", plan, *RANGE, "--proposal",
                                     str(rng.randint(1, 3)))
        else:
            known = [b["booking_id"] for b in _bookings(db, who)]
            if not known:
                continue
            target = str(rng.choice(known))
            args = (("reschedule", target, *RANGE, "--proposal", str(rng.randint(1, 3)))
                    if action == "reschedule" else ("cancel", target))
        code, _out, err = _run(db, who, *args)
        done.append({"action": action, "code": code, "err": err})
    print(json.dumps(done), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
