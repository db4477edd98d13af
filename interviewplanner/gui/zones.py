"""Time-zone lists for the pickers (no Qt; computed once, on a worker when possible)."""

from __future__ import annotations

from datetime import UTC, datetime
from functools import lru_cache

import pytz

from interviewplanner.core.timezones import get_zone, is_known_zone


def utc_offset_text(offset_minutes: int) -> str:
    """``UTC+09:00`` / ``UTC−05:00`` for an offset in minutes."""
    sign = "+" if offset_minutes >= 0 else "−"
    hours, minutes = divmod(abs(offset_minutes), 60)
    return f"UTC{sign}{hours:02d}:{minutes:02d}"


def zone_label(name: str, now: datetime | None = None) -> str:
    """``Asia/Tokyo  (UTC+09:00)``: the name with spaces for underscores and today's offset."""
    moment = now or datetime.now(UTC)
    offset = moment.astimezone(get_zone(name)).utcoffset()
    minutes = int(offset.total_seconds() // 60) if offset is not None else 0
    return f"{name.replace('_', ' ')}  ({utc_offset_text(minutes)})"


@lru_cache(maxsize=1)
def zone_entries() -> tuple[tuple[str, str], ...]:
    """(label, IANA name) for every zone of ``pytz.common_timezones`` this machine knows.

    The offsets are today's; the list is computed once per run (about 0.2 s, so the GUI asks
    for it on its worker thread first).
    """
    now = datetime.now(UTC)
    return tuple((zone_label(name, now), name) for name in pytz.common_timezones
                 if is_known_zone(name))
