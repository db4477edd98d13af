"""TZID → tzinfo: the file's VTIMEZONE first, then an IANA name, then a Windows name.

A VTIMEZONE is turned into :class:`VTimezone`, a table of UTC transitions with PEP 495 ``fold``
support, so :func:`interviewplanner.core.timezones.to_utc` gives the same answers as with
:mod:`zoneinfo`: an ambiguous wall time is its first occurrence, a wall time in a gap takes the
offset before the gap. Windows names ("Tokyo Standard Time") map through the CLDR table that
the icalendar package ships. An unknown TZID is read in the interviewer's zone with one warning
per TZID naming the first line that used it.
"""

from __future__ import annotations

from bisect import bisect_right
from datetime import datetime, timedelta, tzinfo
from functools import lru_cache

from interviewplanner.core.read_notes import ReadCode, ReadNote
from interviewplanner.core.timezones import UnknownTimeZoneError, get_zone
from interviewplanner.ics.read.recurrence import Budget, BudgetExpired, expand, parse_rrule
from interviewplanner.ics.read.tree import Component
from interviewplanner.ics.read.values import (
    as_utc,
    parse_date_time,
    parse_utc_offset,
    split_list,
    wall,
)

_ZERO = timedelta(0)
_MAX_ONSETS = 5000


class VTimezone(tzinfo):
    """A zone defined by a VTIMEZONE block, as sorted UTC transitions."""

    def __init__(self, name: str, transitions: list[tuple[datetime, timedelta, timedelta]]) -> None:
        """``transitions`` are ``(naive UTC instant, offset before, offset after)``, sorted."""
        super().__init__()
        self._name = name
        self._before = [b for _, b, _ in transitions]
        self._after = [a for _, _, a in transitions]
        self._initial = transitions[0][1] if transitions else _ZERO
        self._first_wall = [t + max(b, a) for t, b, a in transitions]
        # Only the wall times of first occurrences are kept; the UTC instants and the second
        # occurrences follow from them and are derived when first needed (a file may define
        # thousands of zones, each with decades of transitions).
        self._utc_list: list[datetime] | None = None
        self._second_list: list[datetime] | None = None

    @property
    def _utc(self) -> list[datetime]:
        """The transitions' naive UTC instants."""
        if self._utc_list is None:
            self._utc_list = [w - max(b, a) for w, b, a
                              in zip(self._first_wall, self._before, self._after, strict=True)]
        return self._utc_list

    @property
    def _second_wall(self) -> list[datetime]:
        """Wall times of the transitions seen from after them (``fold=1``)."""
        if self._second_list is None:
            self._second_list = [t + min(b, a) for t, b, a
                                 in zip(self._utc, self._before, self._after, strict=True)]
        return self._second_list

    def utcoffset(self, dt: datetime | None) -> timedelta:
        """Offset for wall time ``dt`` (``fold=0``: before the transition in folds and gaps)."""
        if dt is None:
            return self._initial
        keys = self._second_wall if dt.fold else self._first_wall
        index = bisect_right(keys, dt.replace(tzinfo=None)) - 1
        return self._after[index] if index >= 0 else self._initial

    def wall_to_utc(self, local: datetime) -> datetime:
        """Aware UTC of naive wall time ``local`` with ``fold=0`` semantics.

        Same answer as :func:`interviewplanner.core.timezones.to_utc` for this zone (tests check
        that), without its generic probing, which matters when thousands of events are read.
        """
        index = bisect_right(self._first_wall, local) - 1
        offset = self._after[index] if index >= 0 else self._initial
        return as_utc(local - offset)

    def dst(self, dt: datetime | None) -> timedelta:
        """Not tracked separately (only the total offset matters here)."""
        return _ZERO

    def tzname(self, dt: datetime | None) -> str:
        """The TZID."""
        return self._name

    def fromutc(self, dt: datetime) -> datetime:
        """Wall time in this zone for the UTC instant ``dt`` (fold=1 in a repeated hour)."""
        naive = dt.replace(tzinfo=None)
        index = bisect_right(self._utc, naive) - 1
        if index < 0:
            return (naive + self._initial).replace(tzinfo=self)
        local = naive + self._after[index]
        repeated = self._before[index] > self._after[index] and (
            local < self._utc[index] + self._before[index]
        )
        return local.replace(tzinfo=self, fold=1 if repeated else 0)

    def __repr__(self) -> str:
        return f"VTimezone({self._name!r}, {len(self._utc)} transitions)"


def _onsets(observance: Component, offset_from: timedelta, years: tuple[int, int],
            budget: Budget) -> list[datetime]:
    """Local onset wall times of a STANDARD/DAYLIGHT block (DTSTART, RRULE, RDATE)."""
    start_text = observance.text("DTSTART")
    if not start_text:
        raise ValueError(f"{observance.name} at line {observance.line} has no DTSTART")
    start = parse_date_time(start_text)[0]
    onsets = [start]
    rule_text = observance.text("RRULE")
    low, high = wall(years[0], 1, 1), wall(years[1] + 1, 1, 1)
    if rule_text and start < high:
        spec = parse_rrule(rule_text, lambda value, utc: value + offset_from if utc else value)
        onsets += expand(spec, start, max(start, low), high, budget=budget, cap=_MAX_ONSETS)
    for prop in observance.all("RDATE"):
        for item in split_list(prop.value):
            onsets.append(parse_date_time(item.partition("/")[0])[0])
    return onsets


_BUILT: dict[tuple[object, ...], VTimezone] = {}
_BUILT_MAX = 256


def _block_key(component: Component, years: tuple[int, int]) -> tuple[object, ...]:
    """Everything a VTIMEZONE's meaning depends on (not its line numbers)."""
    return (years, tuple(
        (child.name, bool(child.broken),
         tuple((name, tuple(p.rest for p in props)) for name, props in sorted(child.props.items())))
        for child in component.children
    ), component.text("TZID"))


def cached_vtimezone(component: Component, years: tuple[int, int], budget: Budget) -> VTimezone:
    """:func:`build_vtimezone`, reusing the zone built for an identical block before.

    Exports repeat the same few VTIMEZONE blocks in every file; building one takes ~10 ms.
    """
    key = _block_key(component, years)
    found = _BUILT.get(key)
    if found is None:
        found = build_vtimezone(component, years, budget)
        if len(_BUILT) >= _BUILT_MAX:
            _BUILT.clear()
        _BUILT[key] = found
    return found


def build_vtimezone(component: Component, years: tuple[int, int], budget: Budget) -> VTimezone:
    """Build a :class:`VTimezone` from a VTIMEZONE component; raise ValueError if unusable.

    Recurring transitions are generated for the calendar ``years`` (first, last) only; outside
    them the nearest known offset applies.
    """
    name = component.text("TZID") or ""
    transitions: list[tuple[datetime, timedelta, timedelta]] = []
    for observance in component.children:
        if observance.name not in ("STANDARD", "DAYLIGHT") or observance.broken:
            continue
        offset_from = parse_utc_offset(observance.text("TZOFFSETFROM") or "")
        offset_to = parse_utc_offset(observance.text("TZOFFSETTO") or "")
        for onset in _onsets(observance, offset_from, years, budget):
            transitions.append((onset - offset_from, offset_from, offset_to))
    if not transitions:
        raise ValueError("it has no usable STANDARD/DAYLIGHT block")
    transitions.sort(key=lambda item: item[0])
    return VTimezone(name, transitions)


@lru_cache(maxsize=1)
def _windows_table() -> dict[str, str]:
    """CLDR windowsZones (Windows name → IANA name), as shipped by icalendar."""
    from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

    return dict(WINDOWS_TO_OLSON)


@lru_cache(maxsize=1)
def _lower_case_zones() -> dict[str, str]:
    """IANA names by lower-case spelling (some producers change the case)."""
    from zoneinfo import available_timezones

    return {name.lower(): name for name in available_timezones()}


def _iana(name: str) -> tzinfo | None:
    try:
        return get_zone(name)
    except UnknownTimeZoneError:
        return None


@lru_cache(maxsize=512)
def zone_by_name(tzid: str) -> tzinfo | None:
    """Resolve a TZID by name only: IANA, ``/vendor/Area/City``, Windows, then any case."""
    name = tzid.strip().strip('"').strip()
    if not name:
        return None
    candidates = [name]
    if name.startswith("/"):
        parts = name.strip("/").split("/")
        candidates += ["/".join(parts[i:]) for i in range(len(parts))]
    for candidate in candidates:
        zone = _iana(candidate)
        if zone is not None:
            return zone
    windows = _windows_table().get(name)
    if windows and _iana(windows) is not None:
        return _iana(windows)
    lowered = _lower_case_zones().get(name.lower())
    return _iana(lowered) if lowered else None


class ZoneResolver:
    """Resolves TZIDs for one file and collects the warnings that resolution produced."""

    def __init__(self, vtimezones: list[Component], fallback: tzinfo, fallback_name: str,
                 years: tuple[int, int], budget: Budget) -> None:
        """``fallback`` is the interviewer's zone, used for unknown TZIDs; ``years`` bound
        the transitions generated from VTIMEZONE rules."""
        self._blocks: dict[str, Component] = {}
        for block in vtimezones:
            tzid = (block.text("TZID") or "").strip()
            if tzid and not block.broken:
                self._blocks.setdefault(tzid, block)
        self._zones: dict[str, tzinfo] = {}
        self._fallback = fallback
        self._fallback_name = fallback_name
        self._years = years
        self._budget = budget
        self.warnings: list[ReadNote] = []
        self.cut_short: list[int] = []  # VTIMEZONE blocks the time budget left unbuilt

    def zone(self, tzid: str, line: int) -> tzinfo:
        """The tzinfo for ``tzid`` (first use at ``line``); never raises."""
        found = self._zones.get(tzid)
        if found is None:
            found = self._resolve(tzid, line)
            self._zones[tzid] = found
        return found

    def known(self, tzid: str) -> tzinfo | None:
        """Resolve without the interviewer fallback (for X-WR-TIMEZONE)."""
        return self.zone(tzid, 0) if tzid in self._blocks else zone_by_name(tzid)

    def _resolve(self, tzid: str, line: int) -> tzinfo:
        block = self._blocks.get(tzid.strip())
        if block is not None:
            try:
                return cached_vtimezone(block, self._years, self._budget)
            except Exception as exc:  # any damage in the block: fall back to the name
                if isinstance(exc, BudgetExpired):
                    self.cut_short.append(block.line)
                self.warnings.append(ReadNote.of(ReadCode.VTIMEZONE_UNUSABLE, block.line,
                                                 tzid=tzid, detail=str(exc)))
        zone = zone_by_name(tzid)
        if zone is not None:
            return zone
        self.warnings.append(ReadNote.of(ReadCode.UNKNOWN_TZID, line, tzid=tzid,
                                         zone=self._fallback_name))
        return self._fallback
