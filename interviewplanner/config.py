"""Application paths and the database location (no Qt).

The store is chosen in this order: ``--db`` (a path or a full SQLAlchemy URL), the
``INTERVIEWPLANNER_DB`` environment variable (same forms), then (the desktop app only) the
database in Settings, then ``interviewplanner.db`` in the platform's user data folder
(``platformdirs``). The coordinator recorded with each change is ``--as NAME`` (the desktop app:
the name in Settings), else the operating system's user name.
"""

from __future__ import annotations

import getpass
import os
import re
from pathlib import Path

import platformdirs

APP_NAME = "interviewplanner"
ENV_DB = "INTERVIEWPLANNER_DB"


def data_dir() -> Path:
    """The per-user data folder (created on demand)."""
    path = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_db_path() -> Path:
    """Where the embedded SQLite store lives when nothing else is said."""
    return data_dir() / "interviewplanner.db"


def to_url(path_or_url: str) -> str:
    """Turn a file path into a SQLite URL; leave a URL (``scheme://...``) as it is."""
    if "://" in path_or_url:
        return path_or_url
    path = Path(path_or_url).expanduser().resolve()
    return f"sqlite:///{path}"


_CREDENTIALS = re.compile(r"(//[^/@:\s]*):[^/\s]*@")  # to the last "@" before the path


def mask_password(url: str) -> str:
    """``url`` with the password of ``scheme://user:password@host`` replaced by ``***`` (the
    same rule as the store's messages; for the faces, before the store is even loaded)."""
    return _CREDENTIALS.sub(r"\1:***@", url)


def split_password(url: str) -> tuple[str, str]:
    """``url`` without its password, and the password, URL-decoded ("" when it has none)."""
    from urllib.parse import unquote

    match = _CREDENTIALS.search(url)
    if match is None:
        return url, ""
    start, end = match.span()
    password = url[start + len(match.group(1)) + 1:end - 1]
    return url[:start] + match.group(1) + "@" + url[end:], unquote(password)


def with_password(url: str, password: str) -> str:
    """``url`` (without a password) with ``password`` put in after the user name."""
    from urllib.parse import quote

    bare, _old = split_password(url)
    if not password or "://" not in bare:
        return bare
    scheme, rest = bare.split("://", 1)
    if "@" not in rest.split("/", 1)[0]:
        return bare  # no user name to attach it to
    user, host = rest.split("@", 1)
    return f"{scheme}://{user}:{quote(password, safe='')}@{host}"


def chosen_database(cli_value: str | None = None) -> str | None:
    """The database named by ``--db`` or ``INTERVIEWPLANNER_DB`` as a URL (None: neither)."""
    chosen = cli_value or os.environ.get(ENV_DB)
    return to_url(chosen) if chosen else None


def coordinator_name(cli_value: str | None = None) -> str:
    """Who makes the changes: ``--as NAME``, else the operating system's user name."""
    if cli_value and cli_value.strip():
        return cli_value.strip()
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no user name in the environment nor the password database
        return "unknown"


def database_url(cli_value: str | None = None) -> str:
    """The database URL from the command line, the environment, or the default file."""
    chosen = cli_value or os.environ.get(ENV_DB)
    if chosen:
        return to_url(chosen)
    return to_url(str(default_db_path()))
