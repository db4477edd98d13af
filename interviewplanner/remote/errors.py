"""What can go wrong with a remote calendar, as a code plus fields (never a sentence)."""

from __future__ import annotations

import ssl
from enum import StrEnum
from typing import Any

from interviewplanner.core.errors import CodedError


class RemoteFailure(StrEnum):
    """Why fetching or publishing failed. The comment lists each code's ``fields``."""

    HTTP_STATUS = "http_status"  # status (the server's answer, e.g. 404 or 500)
    AUTH = "auth"  # status (401 or 403), with_credentials (True: they were refused)
    TIMEOUT = "timeout"  # seconds (the time allowed in all)
    CERTIFICATE = "certificate"  # detail (what the TLS library said)
    UNREACHABLE = "unreachable"  # detail (what the network said: no such host, refused...)
    TOO_LARGE = "too_large"  # limit_mebibytes
    TOO_MANY_REDIRECTS = "too_many_redirects"  # count
    PROTOCOL = "protocol"  # detail (the server answered something that is not CalDAV/HTTP)


class RemoteError(CodedError):
    """A remote calendar could not be read or written: ``code`` and ``fields``."""

    code: RemoteFailure

    def __init__(self, code: RemoteFailure, **fields: Any) -> None:
        """An error with ``code`` and keyword ``fields``."""
        super().__init__(code, **fields)


def certificate_problem(exc: BaseException) -> str | None:
    """The TLS library's words when ``exc`` (or what caused it) is a certificate failure."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, ssl.SSLCertVerificationError):
            return str(current.verify_message or current.reason or current)
        if isinstance(current, ssl.SSLError):
            return str(current.reason or current)
        text = str(current)
        if "CERTIFICATE_VERIFY_FAILED" in text or "certificate verify failed" in text:
            return "certificate verify failed"
        current = current.__cause__ or current.__context__
    return None
