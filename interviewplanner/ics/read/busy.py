"""Busy semantics (SPEC §4): which occurrences count as busy, and VFREEBUSY periods.

An event occurrence is busy unless it is TRANSP:TRANSPARENT, STATUS:CANCELLED, or the owner's
own ATTENDEE entry says PARTSTAT=DECLINED (any of the owner's addresses, case-insensitive,
``mailto:`` stripped). TENTATIVE and NEEDS-ACTION stay busy; TRANSP defaults to OPAQUE, also for
all-day events. A VFREEBUSY period is busy unless its FBTYPE is FREE (missing FBTYPE = BUSY).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from interviewplanner.core.read_notes import ReadCode, ReadNote
from interviewplanner.ics.read.times import TimeReader
from interviewplanner.ics.read.tree import Component, PropertyError, param
from interviewplanner.ics.read.values import split_list


def normalise_address(address: str) -> str:
    """Lower-case an e-mail address and drop a ``mailto:`` prefix and surrounding blanks."""
    text = address.strip().strip('"').strip()
    if text[:7].lower() == "mailto:":
        text = text[7:]
    return text.strip().lower()


def owner_set(emails: Iterable[str]) -> frozenset[str]:
    """The owner's addresses, normalised for matching."""
    return frozenset(normalise_address(e) for e in emails if e.strip())


def _owner_declined(component: Component, owner: frozenset[str]) -> bool:
    for prop in component.all("ATTENDEE"):
        if "DECLINED" not in prop.rest.upper():
            continue
        try:
            params, value = prop.split()
        except PropertyError:
            continue
        addresses = {normalise_address(value), normalise_address(param(params, "EMAIL") or "")}
        if addresses & owner and (param(params, "PARTSTAT") or "").upper() == "DECLINED":
            return True
    return False


def free_reason(component: Component, owner: frozenset[str]) -> str | None:
    """Why this VEVENT (master or override) is free, or ``None`` when it is busy."""
    props = component.props
    if "TRANSP" in props and (component.text("TRANSP") or "").upper() == "TRANSPARENT":
        return "TRANSP:TRANSPARENT"
    if "STATUS" in props and (component.text("STATUS") or "").upper() == "CANCELLED":
        return "STATUS:CANCELLED"
    if owner and "ATTENDEE" in props and _owner_declined(component, owner):
        return "declined by the owner"
    return None


def freebusy_periods(component: Component, reader: TimeReader,
                     warnings: list[ReadNote]) -> list[tuple[datetime, datetime]]:
    """Busy ``(start, end)`` UTC pairs of a VFREEBUSY; bad periods are warned about and skipped."""
    result: list[tuple[datetime, datetime]] = []
    for prop in component.all("FREEBUSY"):
        try:
            params, value = prop.split()
        except PropertyError as exc:
            warnings.append(ReadNote.of(ReadCode.FREEBUSY_MALFORMED, exc.line, detail=exc.detail))
            continue
        if (param(params, "FBTYPE") or "BUSY").upper() == "FREE":
            continue
        for item in split_list(value):
            try:
                start, end = reader.read_period(item, {}, prop.line)
                result.append((start.utc, end))
            except (ValueError, OverflowError) as exc:
                warnings.append(ReadNote.of(ReadCode.FREEBUSY_PERIOD_INVALID, prop.line,
                                            detail=str(exc)))
    return result
