"""Handlers of team mode's commands: ``db copy`` (SPEC §10)."""

from __future__ import annotations

import argparse
import sys

from interviewplanner.cli.commands import emit, opened
from interviewplanner.config import to_url
from interviewplanner.services import team
from interviewplanner.storage.db import describe_url


def _progress(table: str, done: int, total: int) -> None:
    """One line per table on stderr, rewritten in place on a terminal."""
    line = f"copying {table}: {done}/{total} rows"
    if sys.stderr.isatty():
        print(f"\r{line}", end="\n" if done >= total else "", file=sys.stderr, flush=True)
    elif done >= total:
        print(line, file=sys.stderr, flush=True)


def db_copy(args: argparse.Namespace) -> int:
    """``db copy --to DEST``: everything into an empty store of either kind."""
    dest = to_url(args.dest)
    with opened(args) as store:
        copied = team.copy_database(store, dest, progress=_progress)
        source = store.where
    where = describe_url(dest)
    emit(args, {"from": source, "to": where, "tables": copied},
         f"copied {sum(copied.values())} rows in {len(copied)} tables from {source} to {where}")
    return 0
