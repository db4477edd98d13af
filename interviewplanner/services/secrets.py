"""Where the password of a feed or CalDAV collection comes from (SPEC §9).

Never from the store: a source records only the *name* of an environment variable
(given on the command line) or that the system keyring holds the password
(the GUI). The password is read when a request needs it and goes nowhere else: not into the
store, a log, an error or a message.
"""

from __future__ import annotations

import os
from collections.abc import Mapping

from interviewplanner.core.sources import Source
from interviewplanner.services.errors import ErrorCode, KeyringUnavailable, SourceError

KEYRING_SERVICE = "interviewplanner"
"""The service name the passwords are filed under in the system keyring."""


def keyring_user(url: str, username: str | None) -> str:
    """The keyring entry's user name for a source: its user name and URL."""
    return f"{username or ''} {url}"


def password_for(source: Source, environ: Mapping[str, str] | None = None) -> str | None:
    """The password of ``source`` now (``None`` when it needs none).

    Raises SourceError(PASSWORD_MISSING) when the variable is unset or empty, or the keyring
    has no entry; KeyringUnavailable when there is no usable keyring.
    """
    url = source.url or source.name
    if source.password_env:
        value = (os.environ if environ is None else environ).get(source.password_env, "")
        if not value:
            raise SourceError(ErrorCode.PASSWORD_MISSING, url, variable=source.password_env)
        return value
    if source.password_keyring:
        stored = _keyring_get(keyring_user(url, source.username))
        if not stored:
            raise SourceError(ErrorCode.PASSWORD_MISSING, url, variable=None)
        return stored
    return None


def save_password(url: str, username: str | None, password: str) -> None:
    """File ``password`` in the system keyring for the source at ``url``."""
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(KEYRING_SERVICE, keyring_user(url, username), password)
    except (KeyringError, RuntimeError, OSError) as exc:
        raise KeyringUnavailable(type(exc).__name__) from None


def forget_password(url: str, username: str | None) -> None:
    """Remove the source's password from the keyring (nothing happens when there is none)."""
    import keyring
    from keyring.errors import KeyringError, PasswordDeleteError

    try:
        keyring.delete_password(KEYRING_SERVICE, keyring_user(url, username))
    except (PasswordDeleteError, KeyringError, RuntimeError, OSError):
        return


def _keyring_get(user: str) -> str | None:
    import keyring
    from keyring.errors import KeyringError

    try:
        return keyring.get_password(KEYRING_SERVICE, user)
    except (KeyringError, RuntimeError, OSError) as exc:
        raise KeyringUnavailable(type(exc).__name__) from None
