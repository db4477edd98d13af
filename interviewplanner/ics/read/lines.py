"""Bytes → logical content lines (RFC 5545 §3.1), before any text decoding.

Order matters: strip a BOM, split physical lines (CRLF, LF or lone CR), unfold at the byte level
(a fold is a line break followed by exactly one space or tab, and only that one blank is removed),
and only then decode. A fold may split a multi-byte UTF-8 character, so decoding a physical line
on its own would corrupt it. UTF-8 is decoded strictly; a file that is not UTF-8 is read as
Shift_JIS (cp932) with a warning, and as UTF-8 with replacement characters as a last resort.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from interviewplanner.core.read_notes import ReadCode, ReadNote

_UTF8_BOM = b"\xef\xbb\xbf"
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_FOLD_BLANKS = (0x20, 0x09)


@dataclass(frozen=True, slots=True)
class LogicalLines:
    """Unfolded, decoded content lines with the 1-based physical line each one starts on."""

    lines: list[tuple[int, str]]
    encoding: str
    warnings: list[ReadNote] = field(default_factory=list)


def _strip_bom(data: bytes, warnings: list[ReadNote]) -> bytes:
    """Remove a UTF-8 BOM; re-encode UTF-16 (with BOM) input as UTF-8."""
    if data.startswith(_UTF8_BOM):
        return data[len(_UTF8_BOM):]
    if data.startswith(_UTF16_BOMS):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            return data
        warnings.append(ReadNote.of(ReadCode.ENCODING_UTF16, 1))
        return text.encode("utf-8")
    return data


def physical_lines(data: bytes) -> list[bytes]:
    """Split on CRLF, LF or (when the file has no LF at all) lone CR."""
    if b"\n" in data:
        lines = data.split(b"\n")
        return [line[:-1] if line.endswith(b"\r") else line for line in lines]
    return data.split(b"\r")


def unfold(physical: list[bytes]) -> list[tuple[int, bytes]]:
    """Join folded lines at the byte level; each result keeps its first physical line number."""
    logical: list[tuple[int, bytes]] = []
    parts: list[bytes] = []
    start = 0
    for number, line in enumerate(physical, start=1):
        if line and line[0] in _FOLD_BLANKS and parts:
            parts.append(line[1:])
            continue
        if parts:
            logical.append((start, b"".join(parts)))
        parts, start = [line], number
    if parts:
        logical.append((start, b"".join(parts)))
    return [(number, line) for number, line in logical if line.strip()]


def _first_bad_line(logical: list[tuple[int, bytes]]) -> int:
    """Line number of the first logical line that is not valid UTF-8."""
    for number, line in logical:
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            return number
    return 1


def _decode(logical: list[tuple[int, bytes]],
            warnings: list[ReadNote]) -> tuple[list[str], str]:
    """Decode all lines with one encoding: UTF-8, else cp932, else UTF-8 with replacements."""
    if not logical:
        return [], "utf-8"
    blob = b"\n".join(line for _, line in logical)
    try:
        return blob.decode("utf-8").split("\n"), "utf-8"
    except UnicodeDecodeError:
        bad = _first_bad_line(logical)
    try:
        text = blob.decode("cp932")
    except UnicodeDecodeError:
        warnings.append(ReadNote.of(ReadCode.ENCODING_REPLACED, bad))
        return blob.decode("utf-8", errors="replace").split("\n"), "utf-8"
    warnings.append(ReadNote.of(ReadCode.ENCODING_SHIFT_JIS, bad))
    return text.split("\n"), "cp932"


def read_lines(data: bytes) -> LogicalLines:
    """Turn raw ``.ics`` bytes into decoded logical lines (BOM stripped, unfolded, decoded)."""
    warnings: list[ReadNote] = []
    data = _strip_bom(data, warnings)
    logical = unfold(physical_lines(data))
    texts, encoding = _decode(logical, warnings)
    lines = [(number, text) for (number, _), text in zip(logical, texts, strict=True)]
    return LogicalLines(lines, encoding, warnings)
