"""Text that people type: which characters may be stored, how long it may be, and how stored
text is shown on a terminal.

Names, pool names, titles and the like are one line of printable text. Control characters
(C0 such as ESC, CR and LF, DEL, C1 such as CSI), the Unicode line and paragraph separators and
the bidirectional overrides and isolates are refused where text enters: stored, they would move
a terminal's cursor, recolour it or reorder what it shows, and break tables and invites. The
lengths are the store's column widths (``storage/tables.py``; a test keeps them equal), checked
in code because SQLite does not enforce ``VARCHAR(n)``.
"""

from __future__ import annotations

import re

NAME_LENGTH = 200
"""Interviewer, candidate, organizer and template names."""
POOL_LENGTH = 100
"""Pool names."""
EMAIL_LENGTH = 320
"""E-mail addresses as stored (RFC 5321 allows 254 in a path; the column is wider)."""
TITLE_LENGTH = 1000
"""Session titles and locations (stored as TEXT; an invite's SUMMARY is kept short)."""

_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
"""Characters never stored in one-line text: C0, DEL, C1, LS, PS, bidi embeddings, overrides
and isolates."""


def control_character(text: str) -> str | None:
    """The first character of ``text`` that may not be stored, as ``"U+001B"``; else ``None``."""
    found = _UNSAFE.search(text)
    return None if found is None else f"U+{ord(found.group()):04X}"


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def terminal_safe(text: str, *, keep_newlines: bool = True) -> str:
    """``text`` with every unsafe character written as a visible escape (``\\x1b``,
    ``\\u2028``), so that printing it cannot drive the terminal. Line feeds the program wrote
    itself are kept when ``keep_newlines``."""
    if keep_newlines:
        return "\n".join(_UNSAFE.sub(_escape, line) for line in text.split("\n"))
    return _UNSAFE.sub(_escape, text)


_JSON_UNSAFE = re.compile("[\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def json_safe(document: str) -> str:
    """A JSON text with the unsafe characters that ``json.dumps(ensure_ascii=False)`` leaves
    raw (DEL, C1, LS, PS, bidi controls) written as ``\\uXXXX`` escapes: the same JSON value,
    safe to print. (JSON already escapes C0 controls; these only occur inside strings.)"""
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", document)
