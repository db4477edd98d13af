"""Bytes → logical content lines (RFC 5545 §3.1), before any text decoding.

Order matters: strip a BOM, split physical lines (CRLF, LF or lone CR), unfold at the byte level
(a fold is a line break followed by exactly one space or tab, and only that one blank is removed),
and only then decode. A fold may split a multi-byte UTF-8 character, so decoding a physical line
on its own would corrupt it. UTF-8 is decoded strictly; a file that is not UTF-8 is read as
Shift_JIS (cp932) with a warning, and as UTF-8 with replacement characters as a last resort.

The whole file is handled with a few byte- and string-wide operations (line breaks normalised to
LF, folds removed, one decode) into one :class:`DecodedText`; its lines are then handed out in
chunks (:meth:`DecodedText.chunks`), so no per-line object lives longer than its chunk. That
keeps both the time (no per-line Python work before the tree builder's own loop) and the peak
memory (a few copies of the input, not a list of objects per line) low.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from itertools import accumulate, repeat

from interviewplanner.core.read_notes import ReadCode, ReadNote

_UTF8_BOM = b"\xef\xbb\xbf"
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_FOLD_BLANKS = (0x20, 0x09)
_FOLD = re.compile(rb"\n[ \t]")
BLANKS = " \t\n\r\x0b\x0c"
"""What ``bytes.strip()`` removes: a line of only these is blank (and skipped)."""
CHUNK_CHARS = 1 << 16
"""About how many characters of text one chunk of lines covers."""


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


def _normalise(data: bytes) -> bytes:
    """Line breaks as single LFs: CRLF → LF, or lone CR → LF in a file without any LF.

    Same physical lines as :func:`physical_lines` (one CR before each LF, and at the very end,
    is dropped).
    """
    if b"\n" in data:
        if b"\r" not in data:
            return data
        data = data.replace(b"\r\n", b"\n")
        return data[:-1] if data.endswith(b"\r") else data
    return data.replace(b"\r", b"\n")


def _unfold(data: bytes) -> tuple[bytes, list[int]]:
    """LF-normalised ``data`` without its folds, and for each fold removed the 0-based index of
    the logical line it extends (logical lines being what is left once the folds are removed);
    sorted.

    Split at the folds, then counted and joined in C: the line breaks before fold ``k`` are
    those of the first ``k + 1`` pieces (a loop over the folds' matches took twice as long).
    """
    parts = _FOLD.split(data)
    return b"".join(parts), list(accumulate(map(bytes.count, parts[:-1], repeat(b"\n"))))


@dataclass(slots=True)
class DecodedText:
    """A whole file's logical lines as one decoded text, LF-separated, blank lines included.

    ``folds`` lists, per fold removed, the 0-based index of the logical line it was in, so that
    each line's first physical line number can be recovered: line ``i`` starts on physical line
    ``i + 1 + (folds in lines before i)``.
    """

    text: str
    folds: list[int]
    encoding: str
    warnings: list[ReadNote]

    def number(self, index: int) -> int:
        """The physical line number on which logical line ``index`` (0-based) starts."""
        return index + 1 + bisect_left(self.folds, index)

    def blocks(self, size: int = CHUNK_CHARS) -> Iterator[tuple[Sequence[int], str]]:
        """``(line numbers, text)`` for consecutive runs of lines, about ``size`` characters
        each; a run's text is its lines joined by LF (blank lines included: callers skip
        them)."""
        text, folds = self.text, self.folds
        length = len(text)
        pos = index = fold = 0
        while pos <= length:
            end = text.find("\n", pos + size)
            if end < 0:
                end = length
            count = text.count("\n", pos, end) + 1
            first = index + 1 + fold
            if fold == len(folds) or folds[fold] >= index + count:
                yield range(first, first + count), text[pos:end]
            else:
                # Each line starts one physical line after the one before, plus one per fold in
                # that one: one step per fold, then running sums in C (the last line's folds
                # only move the next run's lines, hence the extra step dropped at the end).
                upto = bisect_left(folds, index + count, fold)
                steps = [1] * (count + 1)
                steps[0] = first
                for line in folds[fold:upto]:
                    steps[line + 1 - index] += 1
                fold = upto
                numbers = list(accumulate(steps))
                numbers.pop()
                yield numbers, text[pos:end]
            index += count
            pos = end + 1

    def chunks(self, size: int = CHUNK_CHARS) -> Iterator[tuple[Sequence[int], list[str]]]:
        """``(line numbers, texts)`` for consecutive runs of lines, about ``size`` characters
        each (blank lines included: callers skip them)."""
        for numbers, block in self.blocks(size):
            yield numbers, block.split("\n")

    def lines(self) -> Iterator[tuple[int, str]]:
        """Every non-blank logical line with its number, in order."""
        for numbers, texts in self.chunks():
            for number, text in zip(numbers, texts, strict=True):
                if text.strip(BLANKS):
                    yield number, text


def decode(data: bytes) -> DecodedText:
    """Turn raw ``.ics`` bytes into one decoded text of logical lines (BOM stripped, line breaks
    normalised, unfolded at the byte level, then decoded)."""
    warnings: list[ReadNote] = []
    data = _normalise(_strip_bom(data, warnings))
    folds: list[int] = []
    if b"\n " in data or b"\n\t" in data:
        data, folds = _unfold(data)
    try:
        return DecodedText(data.decode("utf-8"), folds, "utf-8", warnings)
    except UnicodeDecodeError as exc:
        bad = exc.start
    line = DecodedText("", folds, "", warnings).number(data.count(b"\n", 0, bad))
    try:
        text = data.decode("cp932")
    except UnicodeDecodeError:
        warnings.append(ReadNote.of(ReadCode.ENCODING_REPLACED, line))
        return DecodedText(data.decode("utf-8", errors="replace"), folds, "utf-8", warnings)
    warnings.append(ReadNote.of(ReadCode.ENCODING_SHIFT_JIS, line))
    return DecodedText(text, folds, "cp932", warnings)


def read_lines(data: bytes) -> LogicalLines:
    """Turn raw ``.ics`` bytes into decoded logical lines (BOM stripped, unfolded, decoded)."""
    decoded = decode(data)
    return LogicalLines(list(decoded.lines()), decoded.encoding, decoded.warnings)
