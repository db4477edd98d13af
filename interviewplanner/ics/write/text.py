"""Safe values for hand-written content lines (RFC 5545 §3.1, §3.2, §3.3.11; RFC 5546).

Everything the app writes into an .ics file passes through one of these functions, so that no
name, title or note can break a line, add a property or smuggle a parameter:

* :func:`clean` removes control characters (C0 except newline, DEL, C1), turns CR/CRLF and the
  Unicode line/paragraph separators into ``\\n``, tabs into spaces, and lone surrogates into
  U+FFFD (they cannot be encoded as UTF-8);
* :func:`escape_text` escapes a TEXT value: ``\\`` → ``\\\\``, ``;`` → ``\\;``, ``,`` → ``\\,``,
  newline → ``\\n``;
* :func:`param_value` makes a parameter value: newlines become spaces and ``"`` becomes ``'``
  (a quoted-string cannot contain a double quote), and the value is always double-quoted;
* :func:`param_token` passes enumerated parameter values (ROLE, PARTSTAT, ...) through a strict
  check instead of quoting them;
* :func:`mailto` builds a CAL-ADDRESS from an e-mail address: the address percent-encoded per
  RFC 6068 (UTF-8), so that it is carried exactly, never altered.
"""

from __future__ import annotations

import re
from urllib.parse import quote

__all__ = ["clean", "escape_text", "is_web_url", "mailto", "one_line", "param_token", "param_value"]

_NEWLINES = re.compile(r"\r\n|\r|\u2028|\u2029|\x85")
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_SURROGATES = re.compile(r"[\ud800-\udfff]")
_TEXT_SPECIALS = re.compile(r"[\\;,\n]")
_TOKEN = re.compile(r"[A-Za-z0-9-]+")
_WEB_URL = re.compile(r"https?://[!#-;=?-\[\]_a-z~]+", re.IGNORECASE)
_MAILTO_SAFE = "@!$&'()*+="
"""Besides ASCII letters, digits and ``-._~``: the characters a mailto ``addr-spec`` may carry
as they are (RFC 6068 section 2). Everything else, non-ASCII included, is percent-encoded."""


def clean(value: str) -> str:
    """Return ``value`` with control characters removed and line breaks normalised to ``\\n``."""
    value = _SURROGATES.sub("\ufffd", value)
    value = _NEWLINES.sub("\n", value).replace("\t", " ")
    return _CONTROLS.sub("", value)


def one_line(value: str) -> str:
    """Return ``value`` cleaned and flattened to one line (line breaks become single spaces)."""
    return " ".join(part.strip() for part in clean(value).split("\n") if part.strip())


def escape_text(value: str) -> str:
    """Return ``value`` as an escaped RFC 5545 TEXT value (after :func:`clean`)."""
    return _TEXT_SPECIALS.sub(_escape_one, clean(value))


def _escape_one(match: re.Match[str]) -> str:
    """Escape one TEXT special character."""
    char = match.group(0)
    return "\\n" if char == "\n" else "\\" + char


def param_value(value: str) -> str:
    """Return ``value`` as a double-quoted parameter value; ``"`` is written as ``'``."""
    return '"' + one_line(value).replace('"', "'") + '"'


def param_token(value: str) -> str:
    """Return an enumerated parameter value (e.g. ``REQ-PARTICIPANT``) after checking it."""
    if not _TOKEN.fullmatch(value):
        raise ValueError(f"not a parameter token: {value!r}")
    return value


def mailto(email: str) -> str:
    """Return the CAL-ADDRESS ``mailto:`` URI of ``email``, percent-encoded per RFC 6068:
    decoding it gives ``email`` back exactly, and no character of it can end the value, add a
    parameter or break the line (``:;,"`` CR LF and the like are all encoded)."""
    return "mailto:" + quote(_SURROGATES.sub("\ufffd", email), safe=_MAILTO_SAFE)


def is_web_url(value: str) -> bool:
    """True when ``value`` is a plain http(s) URL that can be written as a URI value as is."""
    return _WEB_URL.fullmatch(value) is not None
