"""Child process of the booking race test: pick proposal 1, wait for "go", then book it.

Not collected by pytest (no ``test_`` prefix). Prints ``picked`` when it has its proposal, then
reads one line from stdin, then prints ``booked <id>`` or ``refused <message>``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from interviewplanner.services.bookings import book_proposal, pick
from interviewplanner.services.dates import parse_range
from interviewplanner.services.errors import UserError
from interviewplanner.services.planning import read_plan
from interviewplanner.storage.db import open_store


def main() -> int:
    """Run one side of the race."""
    db, plan_path = sys.argv[1], Path(sys.argv[2])  # a database URL, the plan
    window = parse_range("2026-12-01", "2026-12-10")
    plan, document = read_plan(plan_path)
    with open_store(db) as store:
        chosen = pick(store, plan, window, 1)
        print("picked", json.dumps([s.start.isoformat() for s in chosen.sessions]), flush=True)
        sys.stdin.readline()
        try:
            booking = book_proposal(store, plan, document, window, chosen)
        except UserError as exc:
            print("refused", exc, flush=True)
        else:
            print("booked", booking.id, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
