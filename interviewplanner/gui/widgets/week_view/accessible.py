"""What the week view shows, in words: the summary a screen reader reads, and the selection.

:func:`week_summary` describes the whole week (who is shown, when everyone is free in core
hours, each person's holidays, busy time and booked interviews, the preview); times are in the
display zone, like the picture. :func:`cell_text` describes one person's day (the keyboard
selection) with each block's local time and, when it differs, the display zone's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from html import unescape

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from interviewplanner.core.intervals import Interval, normalise
from interviewplanner.core.timezones import get_zone, to_local
from interviewplanner.gui.presenters.week_layout import Kind, RowLayout, WeekLayout
from interviewplanner.gui.widgets.week_view.overlay import Highlight
from interviewplanner.gui.widgets.week_view.tooltips import block_line
from interviewplanner.gui.widgets.week_view.words import (
    day_text,
    kind_name,
    short_weekday,
    span_text,
    strip_name,
    zone_name,
)

MAX_ITEMS = 12
"""Busy times listed per person before "and N more"."""


def plain(html: str) -> str:
    """Tooltip HTML as plain text (line breaks become "; ")."""
    return unescape(re.sub(r"<[^>]+>", "", html.replace("<br>", "; ")))


def _when(interval: Interval, zone: str) -> str:
    """``Wed 10:00–11:30`` in ``zone``."""
    return f"{short_weekday(to_local(interval.start, get_zone(zone)))} " \
           f"{span_text(interval.start, interval.end, zone)}"


def _listed(items: list[str]) -> list[str]:
    if len(items) <= MAX_ITEMS:
        return items
    more = QCoreApplication.translate("WeekView", "and {count} more").format(
        count=len(items) - MAX_ITEMS)
    return [*items[:MAX_ITEMS], more]


def _person(row: RowLayout, zone: str) -> str:
    """One person's sentence: holidays and closures by name, busy time, booked interviews."""
    own = get_zone(row.person.timezone)
    items: list[str] = []
    for block in row.blocks:
        if block.kind in (Kind.HOLIDAY, Kind.CLOSURE):
            day = to_local(block.interval.start, own).date()
            items.append(f"{kind_name(block.kind)} {day_text(day)} ({block.label})")
    busy = normalise(b.interval for b in row.blocks if b.kind == Kind.BUSY)
    items += _listed([QCoreApplication.translate("WeekView", "busy {when}").format(
        when=_when(i, zone)) for i in busy])
    booked = [b for b in row.blocks if b.kind == Kind.BOOKED]
    for block in booked:
        names = " — ".join(n for n in (block.label, block.detail) if n)
        text = QCoreApplication.translate("WeekView", "interview {when}").format(
            when=_when(block.interval, zone))
        items.append(f"{text} ({names})" if names else text)
    if not busy and not booked:
        items.append(QCoreApplication.translate("WeekView", "no busy time"))
    return f"{row.person.name} ({zone_name(row.person.timezone)}): {', '.join(items)}"


def week_summary(layout: WeekLayout | None, highlights: dict[int, tuple[Highlight, ...]],
                 overlay_label: str = "") -> str:
    """The whole week in sentences (empty view: the hint shown on screen)."""
    if layout is None:
        return QCoreApplication.translate(
            "WeekView", "Select interviewers in the roster to see their week.")
    monday = QLocale().toString(QDate(layout.monday.year, layout.monday.month,
                                      layout.monday.day), QLocale.FormatType.LongFormat)
    parts = [QCoreApplication.translate(
        "WeekView", "Week of {day}, in {zone} time. People shown: {count}.").format(
        day=monday, zone=zone_name(layout.zone), count=len(layout.rows))]
    if layout.all_free:
        spans = ", ".join(_when(b.interval, layout.zone) for b in layout.all_free)
        parts.append(f"{strip_name()}: {spans}.")
    elif len(layout.rows) > 1:
        parts.append(QCoreApplication.translate(
            "WeekView", "No time this week when everyone shown is free in core hours") + ".")
    parts += [_person(row, layout.zone) + "." for row in layout.rows]
    if highlights:
        shown = "; ".join(f"{layout.rows[i].person.name} "
                          + ", ".join(_when(h.interval, layout.zone) for h in marked)
                          for i, marked in sorted(highlights.items()))
        name = overlay_label or QCoreApplication.translate("WeekView", "Preview")
        parts.append(f"{name}: {shown}.")
    return " ".join(parts)


def cell_text(layout: WeekLayout, row_index: int, day_index: int,
              highlights: Sequence[Highlight] = ()) -> str:
    """One person's display day: every block on it, with local and display times."""
    row = layout.rows[row_index]
    day = layout.days[day_index]
    blocks = row.blocks_between(day.start, day.end)
    working = any(b.kind == Kind.WINDOW for b in blocks)
    lines = [plain(block_line(b, row, layout.zone)) for b in blocks
             if not (working and b.kind == Kind.WEEKEND)]  # a weekend edge on a working day
    for part in highlights:
        if part.start < day.end and part.end > day.start:
            name = QCoreApplication.translate("WeekView", "Preview")
            lines.append(f"{name} {span_text(part.interval.start, part.interval.end, layout.zone)}")
    if not lines:
        lines = [QCoreApplication.translate("WeekView", "Outside working hours")]
    return f"{row.person.name}, {day_text(day.day)}: " + "; ".join(lines)
