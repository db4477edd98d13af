"""File names and writing for an export folder: ASCII slugs safe on Windows, macOS and Linux.

Names are lower-case ASCII letters, digits and hyphens (at most 48 characters), never a Windows
device name, and unique even on case-insensitive file systems: a clash gets ``-2``, ``-3``, ...
Files are written atomically (a temporary file in the same folder, then a rename).
"""

from __future__ import annotations

import os
import re
import tempfile
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

__all__ = ["ExportedFile", "FileKind", "NameBook", "slugify", "write_atomic"]

FileKind = Literal["invite", "calendar"]
_NOT_SLUG = re.compile(r"[^a-z0-9]+")
_MAX_SLUG = 48
_WINDOWS_DEVICES = frozenset(
    {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)), *(f"lpt{i}" for i in range(10))}
)


@dataclass(frozen=True, slots=True)
class ExportedFile:
    """One written file: ``path`` relative to the export folder, its kind and its readers."""

    path: Path
    kind: FileKind
    for_: tuple[str, ...]


def slugify(text: str, fallback: str) -> str:
    """Lower-case ASCII slug of ``text`` (accents dropped, other characters become hyphens).

    ``fallback`` is used when nothing is left (e.g. a title written only in Japanese).
    """
    decomposed = unicodedata.normalize("NFKD", text.lower())
    bare = "".join(char for char in decomposed if not unicodedata.combining(char))
    slug = _NOT_SLUG.sub("-", bare).strip("-")[:_MAX_SLUG].strip("-")
    slug = slug or fallback
    return f"{slug}-file" if slug in _WINDOWS_DEVICES else slug


class NameBook:
    """Hands out unique file stems within one folder."""

    def __init__(self, reserved: tuple[str, ...] = ()) -> None:
        """Start with ``reserved`` stems already taken."""
        self._taken = set(reserved)

    def claim(self, stem: str) -> str:
        """Return ``stem``, or ``stem-2``, ``stem-3``... whichever is still free, and take it."""
        candidate, counter = stem, 1
        while candidate in self._taken:
            counter += 1
            candidate = f"{stem}-{counter}"
        self._taken.add(candidate)
        return candidate


def write_atomic(target: Path, data: bytes) -> None:
    """Write ``data`` to ``target`` (parents created) so readers never see a partial file."""
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temp_name = tempfile.mkstemp(prefix=".tmp-", suffix=".ics", dir=target.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        Path(temp_name).replace(target)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise
