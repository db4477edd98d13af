"""Tooltip HTML of the week view: what lies under the mouse, in local and display time.

Names that come from data (people, holidays, candidates, session titles) are HTML-escaped.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from html import escape

from PySide6.QtCore import QCoreApplication

from interviewplanner.gui.presenters.week_layout import Block, Kind, RowLayout, WeekLayout
from interviewplanner.gui.widgets.week_view.geometry import Area, Hit
from interviewplanner.gui.widgets.week_view.overlay import Highlight
from interviewplanner.gui.widgets.week_view.words import (
    date_text,
    kind_name,
    span_text,
    time_text,
    zone_name,
)


def _with_times(what: str, block: Block, own: str, display: str) -> str:
    """``what`` followed by the block's time in the person's zone, and in the display zone
    when it differs."""
    local = span_text(block.interval.start, block.interval.end, own)
    if own == display:
        return f"{what} {local}"
    shown = span_text(block.interval.start, block.interval.end, display)
    return QCoreApplication.translate("WeekView", "{what} {local} local · {shown} here").format(
        what=what, local=local, shown=shown)


def block_line(block: Block, row: RowLayout, display: str) -> str:
    """One line of HTML naming ``block`` of ``row`` (kind, name, local and shown times)."""
    text = f"<b>{escape(kind_name(block.kind))}</b>"
    if block.kind in (Kind.HOLIDAY, Kind.CLOSURE):
        return f"{text}: {escape(block.label)}" if block.label else text
    if block.kind == Kind.WEEKEND:
        return text
    if block.kind == Kind.LUNCH:
        text += " " + QCoreApplication.translate("WeekView", "({minutes} min)").format(
            minutes=block.label)
    if block.kind == Kind.BOOKED:
        names = " — ".join(escape(n) for n in (block.label, block.detail) if n)
        text += f": {names}" if names else ""
    return _with_times(text, block, row.person.timezone, display)


def _head(layout: WeekLayout, row: RowLayout, instant: datetime) -> str:
    own = row.person.timezone
    here = QCoreApplication.translate("WeekView", "{time} in {zone}").format(
        time=f"{date_text(instant, layout.zone)} {time_text(instant, layout.zone)}",
        zone=escape(zone_name(layout.zone)))
    return (f"<b>{escape(row.person.name)}</b> — {date_text(instant, own)} "
            f"{time_text(instant, own)} ({escape(zone_name(own))})<br>{here}")


def row_tooltip(layout: WeekLayout, index: int, minute: float,
                highlights: Sequence[Highlight] = (), overlay_label: str = "") -> str:
    """HTML for the point ``minute`` of row ``index``."""
    row = layout.rows[index]
    lines = [block_line(b, row, layout.zone) for b in row.blocks_at(minute)]
    for part in highlights:
        if part.start <= minute < part.end:
            name = overlay_label or QCoreApplication.translate("WeekView", "Preview")
            lines.append(f"<b>{escape(name)}</b> "
                         f"{span_text(part.interval.start, part.interval.end, layout.zone)}")
    if not lines:
        lines = [QCoreApplication.translate("WeekView", "Outside working hours")]
    return _head(layout, row, layout.instant(minute)) + "<br>" + "<br>".join(lines)


def _span_at(blocks: Sequence[Block], minute: float) -> Block | None:
    return next((b for b in blocks if b.start <= minute < b.end), None)


def strip_tooltip(layout: WeekLayout, minute: float) -> str:
    """HTML for the point ``minute`` of the strip: whether everyone shown is free in core
    hours then, and if not, who is not."""
    zone = layout.zone
    free = _span_at(layout.all_free, minute)
    if free is not None:
        return QCoreApplication.translate(
            "WeekView", "Everyone shown is free in core hours {start}–{end} ({zone})").format(
            start=time_text(free.interval.start, zone), end=time_text(free.interval.end, zone),
            zone=escape(zone_name(zone)))
    if _span_at(layout.all_core, minute) is None:
        return QCoreApplication.translate("WeekView", "Not everyone shown is in core hours now")
    names = ", ".join(escape(r.person.name) for r in layout.rows
                      if not r.is_free_in_core(minute))
    return QCoreApplication.translate(
        "WeekView", "Everyone shown is in core hours, but not free: {names}").format(names=names)


def tooltip(layout: WeekLayout | None, hit: Hit,
            highlights: dict[int, tuple[Highlight, ...]] | None = None,
            overlay_label: str = "") -> str:
    """Rich text describing what lies at ``hit`` (empty when nothing)."""
    if layout is None or hit.minute is None or not 0 <= hit.minute < layout.minutes:
        return ""
    if hit.area == Area.STRIP:
        return strip_tooltip(layout, hit.minute)
    if hit.area == Area.ROW:
        parts = (highlights or {}).get(hit.row, ())
        return row_tooltip(layout, hit.row, hit.minute, parts, overlay_label)
    return ""
