"""The private parts of dateutil that ``ics/read/recurrence.py`` reuses are the ones we tested.

:class:`~interviewplanner.ics.read.recurrence.GuardedRRule` runs dateutil's private generator
``rrule._iter`` with the private period helper ``_iterinfo`` swapped (through the function's
globals) for a subclass that checks the window and the time budget once per period. A dateutil
release may change those internals without notice, so ``pyproject.toml`` pins python-dateutil to
the tested series and these tests fail loudly, saying what to re-check, when the code differs.
"""

from __future__ import annotations

import hashlib
import inspect
from datetime import datetime
from importlib.metadata import version

import dateutil.rrule as du
import pytest

from interviewplanner.ics.read.recurrence import Budget, GuardedRRule, _Stop
from interviewplanner.ics.read.values import wall

TESTED_VERSION = "2.9.0.post0"
# sha256 of inspect.getsource(...) in the tested version.
TESTED_SOURCES = {
    "rrule._iter": "cfbde4a5a77f8960b1102b3d3c47be7f804c3fd8ffddf36e26567101babcca68",
    "_iterinfo": "4f454a48afc49caedfcb3212e8b4de7c0cfd10c520ce7322d470a977f124fe05",
    "rrulebase.__iter__": "6313997268ff5efc9990880a2c28989f03f8cd50bf3084dc45700fecafb58999",
}
PERIOD_HELPERS = ("ydayset", "mdayset", "wdayset", "ddayset")
RECHECK = (
    "python-dateutil {version} (tested: " + TESTED_VERSION + ") changed {what}, which "
    "interviewplanner/ics/read/recurrence.py reuses (GuardedRRule, _GuardedIterInfo). Re-check "
    "that rrule._iter still looks up _iterinfo as a module global and calls ydayset/mdayset/"
    "wdayset/ddayset(year, month, day) once per period, that _iterinfo.__init__ still sets "
    "self.rrule and fills every name in __slots__, and that rrulebase.__iter__ still calls "
    "self._iter(); then run tests/unit/ics/test_ics_recurrence.py, update the hashes in this "
    "file and the python-dateutil pin in pyproject.toml."
)


def _private(name: str) -> object:
    found = {"rrule._iter": vars(du.rrule)["_iter"], "_iterinfo": du._iterinfo,
             "rrulebase.__iter__": vars(du.rrulebase)["__iter__"]}
    return found[name]


def _recheck(what: str) -> str:
    return RECHECK.format(version=version("python-dateutil"), what=what)


@pytest.mark.parametrize("name", sorted(TESTED_SOURCES))
def test_private_dateutil_code_is_the_tested_one(name: str) -> None:
    source = inspect.getsource(_private(name))  # type: ignore[arg-type]
    digest = hashlib.sha256(source.encode("utf-8")).hexdigest()
    assert digest == TESTED_SOURCES[name], _recheck(f"the source of {name}")


def test_iter_finds_the_period_helper_through_its_globals() -> None:
    iterate = vars(du.rrule)["_iter"]
    assert iterate.__closure__ is None, _recheck("rrule._iter into a closure")
    names = iterate.__code__.co_names
    assert "_iterinfo" in names, _recheck("how rrule._iter finds _iterinfo")
    missing = [h for h in PERIOD_HELPERS if h not in names]
    assert not missing, _recheck(f"the period helpers rrule._iter calls (gone: {missing})")
    assert "rrule" in du._iterinfo.__slots__, _recheck("_iterinfo.__slots__ (no 'rrule')")
    for helper in PERIOD_HELPERS:
        parameters = list(inspect.signature(getattr(du._iterinfo, helper)).parameters)
        assert parameters == ["self", "year", "month", "day"], _recheck(f"_iterinfo.{helper}")


RULES = [
    {"freq": du.WEEKLY, "byweekday": [du.MO, du.WE, du.FR], "count": 40},
    {"freq": du.MONTHLY, "byweekday": [du.TU(-1)], "until": wall(2029, 1, 1)},
    {"freq": du.YEARLY, "bymonth": [2], "bymonthday": [29], "count": 3},
    {"freq": du.DAILY, "interval": 3, "byhour": [9, 17], "count": 50},
    {"freq": du.HOURLY, "interval": 7, "count": 60},
    {"freq": du.MONTHLY, "bysetpos": [-1], "byweekday": [du.MO, du.TU, du.WE, du.TH, du.FR],
     "count": 24},
]


@pytest.mark.parametrize("rule", RULES, ids=lambda rule: str(rule["freq"]))
def test_guarded_rule_gives_what_public_dateutil_gives(rule: dict[str, object]) -> None:
    start = wall(2026, 1, 31, hour=9, minute=30)
    guarded = GuardedRRule(stop=(9999, 12, 31), budget=Budget(60.0), dtstart=start, **rule)  # type: ignore[arg-type]
    plain = du.rrule(dtstart=start, **rule)  # type: ignore[arg-type]
    assert list(guarded) == list(plain), _recheck("what rrule._iter yields")
    assert guarded._loops > 0, _recheck("the calls of the period helpers (the guard never ran)")


def test_guard_stops_a_rule_that_never_matches() -> None:
    # February 30th never comes: plain dateutil would search every year up to 9999.
    guarded = GuardedRRule(du.YEARLY, stop=(2030, 12, 31), budget=Budget(60.0),
                           dtstart=wall(2026, 1, 1), bymonth=[2], bymonthday=[30])
    found: list[datetime] = []
    with pytest.raises(_Stop):
        found.extend(guarded)
    assert found == [], _recheck("where the period helpers are called")
