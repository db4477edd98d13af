"""A CalDAV read hands at most the same 64 MiB to the calendar reader as a feed or a file."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from interviewplanner.remote.collection import MAX_BYTES, joined
from interviewplanner.remote.errors import RemoteError, RemoteFailure
from interviewplanner.remote.feed import FeedLimits

EVENT = "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:a\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"


def test_resources_are_joined_each_ending_a_line() -> None:
    items = [SimpleNamespace(data=EVENT), SimpleNamespace(data=EVENT.rstrip())]
    assert joined(items, MAX_BYTES) == (EVENT * 2).encode()


def test_past_the_cap_the_read_is_refused() -> None:
    items = [SimpleNamespace(data=EVENT)] * 10
    limit = len(EVENT.encode()) * 10
    assert len(joined(items, limit)) == limit
    with pytest.raises(RemoteError) as refused:
        joined(items, limit - 1)
    assert refused.value.code is RemoteFailure.TOO_LARGE


def test_the_cap_is_the_feeds() -> None:
    assert MAX_BYTES == FeedLimits().max_bytes == 64 * 1024 * 1024
