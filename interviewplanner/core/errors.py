"""The shape every error of the program shares: a stable code and the fields to word it.

Services (:mod:`interviewplanner.services.errors`), the store
(:mod:`interviewplanner.storage.errors`) and the remote calendars
(:mod:`interviewplanner.remote.errors`) each raise their own subclass with their own code enum;
the faces word them. ``str()`` is for logs only.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any


class CodedError(Exception):
    """An error with a ``code`` (a member of the subclass's enum) and keyword ``fields``."""

    code: StrEnum

    def __init__(self, code: StrEnum, **fields: Any) -> None:
        """An error with ``code`` and keyword ``fields``."""
        super().__init__(code.value, fields)
        self.code = code
        self.fields: dict[str, Any] = fields

    def __str__(self) -> str:
        details = ", ".join(f"{k}={v!r}" for k, v in self.fields.items())
        return f"{self.code.value}({details})"
