"""Remote calendars adapter (SPEC §9): ICS feeds over HTTP(S) and CalDAV collections.

:mod:`.feed` fetches a feed as a good HTTP citizen (conditional GET, bounded time, size cap,
redirects, gzip) with httpx; :mod:`.collection` reads and writes a CalDAV calendar collection
with the ``caldav`` package. Both hand back bytes and raise :class:`~.errors.RemoteError` (a
:class:`~.errors.RemoteFailure` code plus fields); reading the bytes is ``ics.read``'s job and
storing them the services'. This package knows neither ``ics`` nor ``storage``, nor any face.
"""

from interviewplanner.remote.errors import RemoteError, RemoteFailure
from interviewplanner.remote.urls import UrlProblem, clean_url

__all__ = ["RemoteError", "RemoteFailure", "UrlProblem", "clean_url"]
