"""Use case: publish a booking into a CalDAV calendar collection (SPEC §9).

One resource per session, with the export's UIDs (:func:`~interviewplanner.ics.write.resources.
session_resources`): publishing again after a reschedule replaces the same resources with the
booking's new SEQUENCE; after a cancel they say STATUS:CANCELLED. A resource's name comes from
its UID, and a UID already held under another name is updated there, so there are never two
resources for one session.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from interviewplanner.core.booking import Booking
from interviewplanner.ics.write.resources import session_resources
from interviewplanner.remote import RemoteError, clean_url
from interviewplanner.remote.collection import Credentials, publish_resources
from interviewplanner.services.bookings import get_booking
from interviewplanner.services.errors import ErrorCode, InvalidUrl, SourceError
from interviewplanner.services.sources import source_error
from interviewplanner.storage.db import Store


@dataclass(frozen=True, slots=True)
class Published:
    """What a publish did: the booking as published, where, and the resources it wrote."""

    booking: Booking
    collection: str
    uids: tuple[str, ...]
    created: int
    updated: int


def password_from(variable: str | None, environ: Mapping[str, str]) -> str | None:
    """The password in environment variable ``variable`` (None: no variable given)."""
    return environ.get(variable) if variable else None


def publish_booking(store: Store, booking_id: str, collection_url: str, *,
                    username: str | None, password_env: str | None,
                    environ: Mapping[str, str], verify: bool | str = True) -> Published:
    """PUT every session of booking ``booking_id`` into the collection at ``collection_url``.

    Raises NotFoundError, InvalidUrl, SourceError(PASSWORD_MISSING) when the variable is unset,
    or a SourceError saying how the server refused.
    """
    url, problem = clean_url(collection_url, caldav=True)
    if problem is not None:
        raise InvalidUrl(url, problem.value, caldav=True)
    password = password_from(password_env, environ)
    if password_env and not password:
        raise SourceError(ErrorCode.PASSWORD_MISSING, url, variable=password_env)
    booking = get_booking(store, booking_id)
    resources = session_resources(booking)
    try:
        result = publish_resources(url, Credentials(username, password), resources,
                                   verify=verify)
    except RemoteError as exc:
        raise source_error(exc, url) from None
    return Published(booking, url, tuple(resources), result.created, result.updated)
