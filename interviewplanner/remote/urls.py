"""Checking and normalising the URL of a feed or CalDAV collection."""

from __future__ import annotations

from enum import StrEnum
from urllib.parse import urlsplit, urlunsplit


class UrlProblem(StrEnum):
    """Why a URL cannot be a source."""

    SCHEME = "scheme"  # not http, https or webcal
    NO_HOST = "no_host"
    PASSWORD_IN_URL = "password_in_url"  # a password belongs in a variable or the keyring


_SCHEMES = {"https": "https", "http": "http", "webcal": "https", "webcals": "https"}


def clean_url(url: str, *, caldav: bool = False) -> tuple[str, UrlProblem | None]:
    """``url`` as it is fetched (``webcal://`` read as ``https://``) and what is wrong with it.

    A CalDAV collection URL must be http(s) and keeps a trailing slash. The user name may be in
    the URL; a password never: that is :attr:`UrlProblem.PASSWORD_IN_URL`.
    """
    text = url.strip()
    try:
        parts = urlsplit(text)
        scheme = parts.scheme.lower()
        host = parts.hostname
        password = parts.password
    except ValueError:
        return text, UrlProblem.NO_HOST
    wanted = {"http": "http", "https": "https"} if caldav else _SCHEMES
    if scheme not in wanted:
        return text, UrlProblem.SCHEME
    if not host:
        return text, UrlProblem.NO_HOST
    if password:
        return without_password(text), UrlProblem.PASSWORD_IN_URL
    path = parts.path or "/"
    if caldav and not path.endswith("/"):
        path += "/"
    return urlunsplit((wanted[scheme], parts.netloc, path, parts.query, "")), None


def without_password(url: str) -> str:
    """``url`` with any password in its user part replaced by ``***``."""
    try:
        parts = urlsplit(url)
        if parts.password is None:
            return url
    except ValueError:
        return url
    user = parts.username or ""
    host = parts.netloc.rsplit("@", 1)[-1]
    return urlunsplit((parts.scheme, f"{user}:***@{host}", parts.path, parts.query, parts.fragment))
