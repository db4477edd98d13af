"""What replacing a calendar source writes: the checks on its busy time and its row values.

Both writers of an import use these, so that they refuse the same input with the same words and
store the same values: the repositories (SQLAlchemy, :mod:`.repositories`) and the import's
writer without SQLAlchemy (:mod:`.quick_write`).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from operator import attrgetter, lt
from typing import Any

from interviewplanner.core.intervals import Interval

__all__ = ["check_intervals", "require_aware", "source_import_values"]

_START = attrgetter("start")
_END = attrgetter("end")
_ZONE = attrgetter("tzinfo")


def require_aware(value: datetime, what: str) -> None:
    """Raise :class:`ValueError` for a naive datetime."""
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"{what} must be an aware datetime, got naive {value.isoformat()}")


def check_intervals(intervals: Sequence[Interval], titles: Sequence[str | None] | None) -> None:
    """Reject naive or reversed intervals and a title list of the wrong length.

    The usual case (every time in UTC, none reversed) is decided by ``map`` over C functions;
    only input that fails it is walked one interval at a time, to name the first bad one.
    """
    if titles is not None and len(titles) != len(intervals):
        raise ValueError(f"{len(titles)} titles for {len(intervals)} intervals")
    starts = list(map(_START, intervals))
    ends = list(map(_END, intervals))
    if set(map(_ZONE, starts)) | set(map(_ZONE, ends)) <= {UTC} and not any(map(lt, ends, starts)):
        return
    for iv in intervals:
        require_aware(iv.start, "busy start")
        require_aware(iv.end, "busy end")
        if iv.end < iv.start:
            raise ValueError(f"busy interval ends before it starts: {iv.start} > {iv.end}")


def source_import_values(events: int, warnings: Sequence[str], keep_titles: bool,
                         imported_at: datetime | None) -> dict[str, Any]:
    """The columns of a source row that an import sets (the rest stay as they are)."""
    return {"events": events, "warnings": list(warnings), "keep_titles": keep_titles,
            "imported_at": imported_at or datetime.now(UTC)}
