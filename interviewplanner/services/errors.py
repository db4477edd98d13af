"""Errors that the faces show to the user as one clear sentence."""

from __future__ import annotations


class UserError(Exception):
    """Something the user can fix: bad input, an unknown person, an unreadable file."""


class NotFoundError(UserError):
    """A named thing (interviewer, booking) does not exist."""
