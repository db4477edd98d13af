"""Fold content lines at 75 octets (RFC 5545 §3.1) and join them with CRLF.

A physical line holds at most 75 octets before its CRLF; a continuation line starts with one
space, which counts toward its 75. Breaks fall only between whole characters, so every physical
line is valid UTF-8 on its own. Where it can, the folder also avoids breaks that careless
readers get wrong: next to a space (some strip leading or trailing blanks), inside a backslash
escape, and before a combining mark, zero-width joiner or variation selector.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

__all__ = ["LIMIT", "fold", "join_lines"]

LIMIT = 75
CRLF = b"\r\n"
_GLUE = {"\u200d", "\u200c"}  # joiners: never start a line with one or end a line with one


def fold(line: str) -> bytes:
    """Return ``line`` as folded octets without the final CRLF."""
    chunks: list[bytes] = []
    rest = line
    budget = LIMIT
    while len(rest.encode("utf-8")) > budget:
        cut = _break_at(rest, budget)
        chunks.append(rest[:cut].encode("utf-8"))
        rest = rest[cut:]
        budget = LIMIT - 1
    chunks.append(rest.encode("utf-8"))
    return (CRLF + b" ").join(chunks)


def join_lines(lines: Iterable[str]) -> bytes:
    """Fold every logical line and join them with CRLF, ending with a CRLF."""
    return b"".join(fold(line) + CRLF for line in lines)


def _break_at(text: str, budget: int) -> int:
    """Index of the character that starts the next physical line (a good break if possible)."""
    widest = _widest_prefix(text, budget)
    protected = _escape_seconds(text[: widest + 1])
    for cut in range(widest, max(widest - 12, 0), -1):
        if _good_break(text, cut, protected):
            return cut
    return widest


def _widest_prefix(text: str, budget: int) -> int:
    """The largest number of leading characters whose UTF-8 form fits in ``budget`` octets."""
    used = 0
    for index, char in enumerate(text):
        used += len(char.encode("utf-8"))
        if used > budget:
            return max(index, 1)
    return len(text)


def _escape_seconds(text: str) -> set[int]:
    """Indexes of the second character of each backslash escape pair in ``text``."""
    seconds: set[int] = set()
    index = 0
    while index < len(text):
        if text[index] == "\\":
            seconds.add(index + 1)
            index += 1
        index += 1
    return seconds


def _good_break(text: str, cut: int, protected: set[int]) -> bool:
    """True when breaking before ``text[cut]`` splits no escape, blank run or grapheme."""
    before, after = text[cut - 1], text[cut]
    if cut in protected or before.isspace() or after.isspace():
        return False
    if before in _GLUE or after in _GLUE:
        return False
    return not _extends_previous(after)


def _extends_previous(char: str) -> bool:
    """True for characters that belong to the previous one (combining marks, selectors)."""
    if unicodedata.combining(char) or unicodedata.category(char) in {"Mn", "Me", "Mc"}:
        return True
    code = ord(char)
    return 0xFE00 <= code <= 0xFE0F or 0xE0100 <= code <= 0xE01EF or 0x1F3FB <= code <= 0x1F3FF
