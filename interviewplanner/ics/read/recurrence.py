"""RRULE parsing and bounded expansion over a window (RFC 5545 §3.3.10, §3.8.5).

Expansion runs on naive wall-clock times (recurrence is defined in local time) with
:mod:`dateutil.rrule`, wrapped so that it can never run away:

* rules without COUNT start near the window: DTSTART is moved forward by a whole number of
  periods (exact for SECONDLY…WEEKLY), and so are COUNT rules without BY* parts (COUNT reduced);
* dateutil's own loop is guarded: it stops as soon as the period it looks at lies past the
  window (a rule that never matches, such as the 30th of February, would otherwise search up to
  the year 9999), and it checks the file's time budget (time spent expanding);
* an event with more than ``cap`` instances in the window, or with a runaway number of
  instances before the window, is reported as too expensive instead of half-expanded.
"""

from __future__ import annotations

import calendar
import re
import time
import types
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from datetime import time as clock_time
from typing import Any, Literal

import dateutil.rrule as du

from interviewplanner.ics.read.values import is_date_text, parse_date, parse_date_time, wall

Frequency = Literal[0, 1, 2, 3, 4, 5, 6]
FREQS: dict[str, Frequency] = {
    "YEARLY": du.YEARLY, "MONTHLY": du.MONTHLY, "WEEKLY": du.WEEKLY, "DAILY": du.DAILY,
    "HOURLY": du.HOURLY, "MINUTELY": du.MINUTELY, "SECONDLY": du.SECONDLY,
}
_PERIOD_SECONDS = {du.WEEKLY: 7 * 86400, du.DAILY: 86400, du.HOURLY: 3600, du.MINUTELY: 60,
                   du.SECONDLY: 1}
WEEKDAYS = {"MO": du.MO, "TU": du.TU, "WE": du.WE, "TH": du.TH, "FR": du.FR, "SA": du.SA,
            "SU": du.SU}
_BYDAY = re.compile(r"([+-]?)(\d{0,2})(MO|TU|WE|TH|FR|SA|SU)")
_INT_PARTS = {  # rule part -> (dateutil keyword, smallest, largest, negative allowed)
    "BYSECOND": ("bysecond", 0, 60, False),
    "BYMINUTE": ("byminute", 0, 59, False),
    "BYHOUR": ("byhour", 0, 23, False),
    "BYMONTHDAY": ("bymonthday", 1, 31, True),
    "BYYEARDAY": ("byyearday", 1, 366, True),
    "BYWEEKNO": ("byweekno", 1, 53, True),
    "BYMONTH": ("bymonth", 1, 12, False),
    "BYSETPOS": ("bysetpos", 1, 366, True),
}
MAX_INSTANCES = 100_000
MAX_BEFORE_WINDOW = 200_000
_MAX_LOOPS = 2_000_000
_MAX_INTERVAL = 1_000_000


class RRuleError(ValueError):
    """An RRULE that cannot be parsed (bad syntax or out-of-range parts)."""


class ExpansionError(RuntimeError):
    """Expansion gave up: too many instances, or the rule took too long."""


class BudgetExpired(ExpansionError):
    """The file's time budget ran out: the rule (and whatever comes after it) was not expanded."""


@dataclass(slots=True)
class Budget:
    """The time one file may spend expanding recurrences (events' and VTIMEZONE rules).

    The clock runs only while expansion runs (inside :meth:`running`): reading and tree
    building are linear in the file's size and not charged, so a large but honest file does not
    lose its recurring events to the time its parsing took. One rule may use at most a quarter
    of the budget (at least half a second), so a single pathological rule cannot starve the
    others. ``ran_out`` records that the budget was found spent: something was left unexpanded.
    """

    seconds: float
    spent: float = 0.0
    ran_out: bool = False
    _since: float | None = None

    @contextmanager
    def running(self) -> Iterator[None]:
        """Charge the time spent inside this block (nested blocks are charged once)."""
        if self._since is not None:
            yield
            return
        self._since = time.monotonic()
        try:
            yield
        finally:
            self.spent += time.monotonic() - self._since
            self._since = None

    def used(self) -> float:
        """Seconds charged so far, including the block running now."""
        running = time.monotonic() - self._since if self._since is not None else 0.0
        return self.spent + running

    def expired(self) -> bool:
        """True once the budget is spent (and from then on ``ran_out`` is set)."""
        if self.used() > self.seconds:
            self.ran_out = True
        return self.ran_out

    def rule_deadline(self) -> float:
        """The :func:`time.monotonic` deadline for one rule's expansion started now."""
        left = self.seconds - self.used()
        return time.monotonic() + min(left, max(self.seconds / 4, 0.5))


@dataclass(frozen=True, slots=True)
class RuleSpec:
    """A parsed RRULE: frequency, INTERVAL, COUNT, UNTIL (wall time) and dateutil BY* keywords."""

    freq: Frequency
    interval: int
    count: int | None
    until: datetime | None
    by: dict[str, Any]


UntilReader = Callable[[datetime, bool], datetime]
"""Turns a parsed UNTIL ``(wall value, is_utc)`` into the series' wall clock."""


def _int_list(key: str, text: str) -> list[int]:
    _, low, high, negative = _INT_PARTS[key]
    values = []
    for item in text.split(","):
        try:
            number = int(item)
        except ValueError:
            raise RRuleError(f"{key}={text!r} is not a list of numbers") from None
        if not (low <= abs(number) <= high and (negative or number >= 0)):
            raise RRuleError(f"{key} value {number} is out of range")
        values.append(number)
    return values


def _weekdays(text: str) -> list[du.weekday]:
    days = []
    for item in text.upper().split(","):
        match = _BYDAY.fullmatch(item.strip())
        if match is None:
            raise RRuleError(f"BYDAY value {item!r} is not a weekday")
        sign, number, name = match.groups()
        nth = int(number) if number else 0
        if nth > 53 or (number and nth == 0):
            raise RRuleError(f"BYDAY value {item!r} is out of range")
        day = WEEKDAYS[name]
        days.append(day(-nth if sign == "-" else nth) if nth else day)
    return days


def _positive(key: str, text: str, limit: int) -> int:
    try:
        number = int(text)
    except ValueError:
        raise RRuleError(f"{key}={text!r} is not a number") from None
    if not 1 <= number <= limit:
        raise RRuleError(f"{key}={number} is out of range")
    return number


def _parts(text: str) -> dict[str, str]:
    parts: dict[str, str] = {}
    for chunk in text.strip().strip(";").split(";"):
        key, sep, value = chunk.partition("=")
        key = key.strip().upper()
        if not sep or not key or not value.strip():
            raise RRuleError(f"rule part {chunk[:30]!r} is not KEY=VALUE")
        if key in parts:
            raise RRuleError(f"rule part {key} appears twice")
        parts[key] = value.strip()
    return parts


def _until(text: str, read_until: UntilReader) -> datetime:
    try:
        if is_date_text(text):
            day = parse_date(text)
            return wall(day.year, day.month, day.day, hour=23, minute=59, second=59)
        value, is_utc = parse_date_time(text)
    except ValueError as exc:
        raise RRuleError(f"UNTIL: {exc}") from None
    return read_until(value, is_utc)


def parse_rrule(text: str, read_until: UntilReader) -> RuleSpec:
    """Parse an RRULE value; raise :class:`RRuleError` for anything malformed or out of range."""
    parts = _parts(text)
    freq = FREQS.get(parts.pop("FREQ", "").upper())
    if freq is None:
        raise RRuleError("FREQ is missing or unknown")
    interval = _positive("INTERVAL", parts.pop("INTERVAL", "1"), _MAX_INTERVAL)
    count = _positive("COUNT", parts["COUNT"], 10**9) if "COUNT" in parts else None
    parts.pop("COUNT", None)
    until_text = parts.pop("UNTIL", None)
    until = None if until_text is None else _until(until_text, read_until)
    by: dict[str, Any] = {}
    for key, value in parts.items():
        if key in _INT_PARTS:
            by[_INT_PARTS[key][0]] = _int_list(key, value)
        elif key == "BYDAY":
            by["byweekday"] = _weekdays(value)
        elif key == "WKST":
            if value.upper() not in WEEKDAYS:
                raise RRuleError(f"WKST={value!r} is not a weekday")
            by["wkst"] = WEEKDAYS[value.upper()]
        # other parts (X-…, RSCALE, SKIP) are ignored
    if "bysetpos" in by and len(by) == 1 + ("wkst" in by):
        raise RRuleError("BYSETPOS needs another BY* rule part")
    return RuleSpec(freq, interval, count, until, by)


class _Stop(Exception):
    """Internal: dateutil's loop reached a period past the window."""


def _check(rule: Any, period_start: tuple[int, int, int]) -> None:
    rule.guard_check(period_start)


class _GuardedIterInfo(du._iterinfo):
    """dateutil's period helper with a check on every period of the loop.

    It deliberately declares no ``__slots__``: dateutil's ``__init__`` initialises every name in
    ``self.__slots__``, which must stay the parent's list.
    """

    def ydayset(self, year: int, month: int, day: int) -> Any:
        _check(self.rrule, (year, 1, 1))
        return super().ydayset(year, month, day)

    def mdayset(self, year: int, month: int, day: int) -> Any:
        _check(self.rrule, (year, month, 1))
        return super().mdayset(year, month, day)

    def wdayset(self, year: int, month: int, day: int) -> Any:
        _check(self.rrule, (year, month, day))
        return super().wdayset(year, month, day)

    def ddayset(self, year: int, month: int, day: int) -> Any:
        _check(self.rrule, (year, month, day))
        return super().ddayset(year, month, day)


_GUARDED_GLOBALS = dict(vars(du))
_GUARDED_GLOBALS["_iterinfo"] = _GuardedIterInfo
_GUARDED_ITER: Any = types.FunctionType(
    vars(du.rrule)["_iter"].__code__, _GUARDED_GLOBALS, "_iter"
)


class GuardedRRule(du.rrule):
    """A dateutil rrule whose generator stops past ``stop`` and honours a :class:`Budget`.

    dateutil's ``_iter`` is reused unchanged; only its period helper is swapped (through the
    function's globals, so dateutil itself is not modified for anyone else). Those are private
    names: ``pyproject.toml`` pins python-dateutil to the tested series, and
    ``tests/unit/ics/test_ics_dateutil_internals.py`` fails, saying what to re-check, when they
    change.
    """

    _iter = _GUARDED_ITER

    def __init__(self, freq: Frequency, *, stop: tuple[int, int, int], budget: Budget,
                 **kwargs: Any) -> None:
        super().__init__(freq, **kwargs)
        self._stop = stop
        self._budget = budget
        self._deadline = budget.rule_deadline()
        self._loops = 0

    def guard_check(self, period_start: tuple[int, int, int]) -> None:
        """Called by dateutil's loop once per period: stop past the window or over budget."""
        if period_start > self._stop:
            raise _Stop
        self._loops += 1
        if self._loops & 1023 == 0:
            _check_loops(self._loops, self._deadline, self._budget)


_DAY_PARTS = ("byweekno", "byyearday", "bymonthday", "byweekday")


def _implicit_parts(spec: RuleSpec, dtstart: datetime) -> dict[str, Any]:
    """dateutil's defaults taken from DTSTART (RFC 5545), made explicit so DTSTART can move."""
    by = dict(spec.by)
    if not any(key in by for key in _DAY_PARTS):
        if spec.freq == du.YEARLY:
            by.setdefault("bymonth", [dtstart.month])
        by["bymonthday"] = [dtstart.day]
    return by


def _rebase_calendar(spec: RuleSpec, dtstart: datetime,
                     low: datetime) -> tuple[datetime, int | None, dict[str, Any]]:
    """MONTHLY/YEARLY without COUNT: start on the 1st of a whole period before ``low``'s."""
    unit = 12 if spec.freq == du.YEARLY else 1
    months = (low.year - dtstart.year) * 12 + low.month - dtstart.month
    skip = (months - 1) // (unit * spec.interval) if months > 0 else 0
    if skip <= 0 or spec.count is not None:
        return dtstart, spec.count, spec.by
    index = dtstart.year * 12 + dtstart.month - 1 + skip * unit * spec.interval
    year, month = divmod(index, 12)
    start = dtstart.replace(year=year, month=1 if unit == 12 else month + 1, day=1)
    return start, None, _implicit_parts(spec, dtstart)


def _rebase(spec: RuleSpec, dtstart: datetime,
            low: datetime) -> tuple[datetime, int | None, dict[str, Any]]:
    """Move DTSTART forward by whole periods to just before ``low`` where that is exact.

    Returns the new start, the remaining COUNT and the BY* parts to use.
    """
    if dtstart >= low:
        return dtstart, spec.count, spec.by
    if spec.freq in (du.YEARLY, du.MONTHLY):
        return _rebase_calendar(spec, dtstart, low)
    if spec.count is not None and spec.by:
        return dtstart, spec.count, spec.by
    step = timedelta(seconds=_PERIOD_SECONDS[spec.freq] * spec.interval)
    skip = (low - dtstart) // step
    if spec.count is not None:
        skip = min(skip, spec.count)
        return dtstart + skip * step, spec.count - skip, spec.by
    return dtstart + skip * step, None, spec.by


def _estimate_too_many(spec: RuleSpec, start: datetime, low: datetime, high: datetime,
                       cap: int) -> bool:
    """For rules without BY* parts (one instance per period): more than ``cap`` in the window?"""
    period = _PERIOD_SECONDS.get(spec.freq)
    if spec.by or period is None:
        return False
    span = (high - max(start, low)).total_seconds()
    estimate = span / (period * spec.interval)
    if spec.count is not None:
        estimate = min(estimate, spec.count)
    return estimate > cap


def _make_rule(spec: RuleSpec, start: datetime, count: int | None, *, by: dict[str, Any],
               high: datetime, budget: Budget) -> GuardedRRule:
    until = spec.until
    if count is not None and until is not None:  # both are not allowed; honour the earlier end
        until = None
    stop = (high.year, high.month, high.day)
    return GuardedRRule(spec.freq, stop=stop, budget=budget, dtstart=start,
                        interval=spec.interval, count=count, until=until, **by)


def _walk(rule: GuardedRRule, spec: RuleSpec, low: datetime, high: datetime,
          cap: int) -> Iterator[datetime]:
    before = 0
    found = 0
    for moment in rule:
        if moment >= high or (spec.until is not None and moment > spec.until):
            return
        if moment < low:
            before += 1
            if before > MAX_BEFORE_WINDOW:
                raise ExpansionError("the recurrence has too many instances before the horizon")
            continue
        found += 1
        if found > cap:
            raise ExpansionError(f"the recurrence has more than {cap} instances in the horizon")
        yield moment


def expand(spec: RuleSpec, dtstart: datetime, low: datetime, high: datetime, *,
           budget: Budget, cap: int = MAX_INSTANCES) -> list[datetime]:
    """Wall-clock starts of the rule's instances in ``[low, high)`` (DTSTART not added here).

    Raises :class:`ExpansionError` when the rule is too expensive, :class:`BudgetExpired` when
    the file's budget runs out. The time spent here is charged to ``budget``.
    """
    with budget.running():
        return _expand(spec, dtstart, low, high, budget=budget, cap=cap)


def _expand(spec: RuleSpec, dtstart: datetime, low: datetime, high: datetime, *,
            budget: Budget, cap: int) -> list[datetime]:
    if budget.expired():
        raise BudgetExpired("the time budget for this file ran out")
    start, count, by = _rebase(spec, dtstart, low)
    if count == 0 or start >= high:
        return []
    if _estimate_too_many(spec, start, low, high, cap):
        raise ExpansionError(f"the recurrence has more than {cap} instances in the horizon")
    days = _plain_weekly(spec, by)
    if days is not None:  # the usual series: no dateutil machinery
        return _expand_weekly(spec, days, start, count=count, low=low, high=high, budget=budget,
                              cap=cap)
    result: list[datetime] = []
    try:
        rule = _make_rule(spec, start, count, by=by, high=high, budget=budget)
        for moment in _walk(rule, spec, low, high, cap):
            result.append(moment)
    except _Stop:
        pass
    except (ValueError, OverflowError) as exc:  # dateutil: "empty rule", date overflow
        raise RRuleError(str(exc)) from None
    return result


_WEEKLY_PARTS = frozenset({"byweekday", "wkst"})


def _plain_weekly(spec: RuleSpec, by: dict[str, Any]) -> tuple[list[int], int] | None:
    """For a WEEKLY rule with no BY* part but BYDAY (and WKST): the days of the week it takes,
    as offsets from the week's start, sorted, and the week's first day; else ``None``.

    dateutil ignores a weekday's ordinal (``1MO``) for WEEKLY rules, and so does this.
    """
    if spec.freq != du.WEEKLY or not _WEEKLY_PARTS.issuperset(by):
        return None
    first = by["wkst"].weekday if "wkst" in by else calendar.firstweekday()
    if "byweekday" not in by:
        return None  # the day comes from DTSTART: left to dateutil
    offsets = sorted({(day.weekday - first) % 7 for day in by["byweekday"]})
    return offsets, first


def _expand_weekly(spec: RuleSpec, days: tuple[list[int], int], start: datetime, *,
                   count: int | None, low: datetime, high: datetime, budget: Budget,
                   cap: int) -> list[datetime]:
    """What :class:`GuardedRRule` walked by :func:`_walk` gives for a plain WEEKLY rule (see
    :func:`_plain_weekly`), computed directly: the same instances, the same stops, the same
    errors, at the same points.

    dateutil's first period runs from DTSTART's day to the end of its week (weeks begin on
    WKST); each later one is a whole week, ``INTERVAL`` weeks after the previous week's start.
    Every period is checked as :meth:`GuardedRRule.guard_check` does. UNTIL ends the walk (it
    does in dateutil when there is no COUNT, and in ``_walk`` always); COUNT counts from DTSTART.
    """
    offsets, first_weekday = days
    until = spec.until
    left = count if count is not None else _MAX_LOOPS * 7 + 1  # more than can be walked
    clock = clock_time(start.hour, start.minute, start.second)
    first = start.toordinal()
    week = first - (start.weekday() - first_weekday) % 7
    stop = date(high.year, high.month, high.day).toordinal()
    last = date.max.toordinal()
    step = spec.interval * 7
    deadline = budget.rule_deadline()
    combine, from_ordinal = datetime.combine, date.fromordinal
    result: list[datetime] = []
    loops = before = 0
    period = first
    while period <= stop:
        loops += 1
        if loops & 1023 == 0:
            _check_loops(loops, deadline, budget)
        for offset in offsets:
            day = week + offset
            if day < first:
                continue
            if day > last:
                return result
            moment = combine(from_ordinal(day), clock)
            if moment >= high or (until is not None and moment > until):
                return result
            left -= 1
            if left < 0:
                return result
            if moment < low:
                before += 1
                if before > MAX_BEFORE_WINDOW:
                    raise ExpansionError("the recurrence has too many instances before the horizon")
                continue
            if len(result) >= cap:
                raise ExpansionError(f"the recurrence has more than {cap} instances in the horizon")
            result.append(moment)
        week += step
        period = week
        if period > last:
            return result
    return result


def _check_loops(loops: int, deadline: float, budget: Budget) -> None:
    """:meth:`GuardedRRule.guard_check`'s every-1024th-period check."""
    if loops > _MAX_LOOPS:
        raise ExpansionError("the recurrence rule searches too long without matching")
    if time.monotonic() > deadline:
        if budget.expired():
            raise BudgetExpired("the time budget for this file ran out")
        raise ExpansionError("the recurrence takes too long to expand")


def day_start(day: date) -> datetime:
    """Wall-clock midnight starting ``day``."""
    return wall(day.year, day.month, day.day)
