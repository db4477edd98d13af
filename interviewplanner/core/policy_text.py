"""Policy field values as text: read what a user typed, write values for JSON and forms.

The command line (``--window 10:00-19:00``, ``--max-per-day none``, ``--days Mon-Fri``) and the
interviewer dialog read their text through :func:`read_fields`, so both accept the same input
and refuse it with the same :class:`~interviewplanner.core.policy_fields.PolicyProblem` codes.
Full-width digits and colons (``１０：００``) are read like ASCII ones.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping
from typing import Any

from interviewplanner.core.model import Policy, PolicyOverrides, TimeRange, parse_clock
from interviewplanner.core.policy_fields import (
    FIELDS_BY_NAME,
    POLICY_FIELDS,
    FieldKind,
    PolicyError,
    PolicyField,
    PolicyProblem,
    PolicyProblemCode,
    bounded,
)

DAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
NO_LIMIT = "none"  # the text of a limit set to no limit
_NO_LIMIT_WORDS = frozenset({NO_LIMIT, "-"})
_NUMBER = re.compile(r"^[+-]?\d+$")


def _normal(text: str) -> str:
    return unicodedata.normalize("NFKC", text).strip()


def _read_range(field: PolicyField, text: str) -> TimeRange:
    parts = text.replace("–", "-").replace("~", "-").replace("〜", "-").split("-")
    try:
        if len(parts) != 2:
            raise ValueError(text)
        start, end = parse_clock(parts[0]), parse_clock(parts[1])
    except ValueError:
        raise PolicyError([PolicyProblem(PolicyProblemCode.NOT_A_RANGE, field.name, text)]) from None
    if end <= start:
        raise PolicyError([PolicyProblem(PolicyProblemCode.RANGE_BACKWARDS, field.name, text)])
    return TimeRange(start, end)


def _read_number(field: PolicyField, text: str) -> int | None:
    if field.none_flag and text.lower() in _NO_LIMIT_WORDS:
        return None
    if not _NUMBER.match(text):
        raise PolicyError([bounded(field, PolicyProblemCode.NOT_A_NUMBER, text=text)])
    return int(text)


def parse_days(text: str) -> frozenset[int]:
    """``Mon-Fri`` or ``Mon,Tue,Thu`` to weekday numbers (Monday = 0); ValueError otherwise."""
    days: set[int] = set()
    for part in text.lower().replace(" ", "").split(","):
        ends = part.split("-")
        idx = [DAY_NAMES.index(e[:3]) if len(e) >= 3 and e[:3] in DAY_NAMES else -1 for e in ends]
        if -1 in idx or len(idx) > 2:
            raise ValueError(part)
        days.update(range(idx[0], idx[-1] + 1) if len(idx) == 2 else idx)
    return frozenset(days)


def _read_days(field: PolicyField, text: str) -> frozenset[int]:
    try:
        return parse_days(text)
    except ValueError as exc:
        problem = PolicyProblem(PolicyProblemCode.NOT_DAYS, field.name, str(exc))
        raise PolicyError([problem]) from None


_READERS: dict[FieldKind, Callable[[PolicyField, str], Any]] = {
    FieldKind.RANGE: _read_range, FieldKind.MINUTES: _read_number, FieldKind.LIMIT: _read_number,
    FieldKind.DAYS: _read_days,
}  # a flag is a switch (``--core-only``, a check box), never typed


def read_field(name: str, text: str) -> Any:
    """The value of policy field ``name`` written as ``text`` (None for a limit: no limit).

    Raises :class:`PolicyError` with the problem. Bounds and consistency are not checked here:
    they are the policy's own (:func:`interviewplanner.core.model.policy_problems`). A flag
    field is not read from text (KeyError).
    """
    field = FIELDS_BY_NAME[name]
    return _READERS[field.kind](field, _normal(text))


def read_fields(texts: Mapping[str, str]) -> dict[str, Any]:
    """Every field of ``texts`` read (:func:`read_field`); one PolicyError with every problem."""
    values: dict[str, Any] = {}
    problems: list[PolicyProblem] = []
    for name, text in texts.items():
        try:
            values[name] = read_field(name, text)
        except PolicyError as exc:
            problems.extend(exc.problems)
    if problems:
        raise PolicyError(problems)
    return values


def read_overrides(
    given: Mapping[str, Any], base: Policy
) -> tuple[PolicyOverrides, tuple[PolicyProblem, ...]]:
    """What a form describes: the overrides it sets, and every problem with them over ``base``.

    ``given`` maps field names to text to read (:func:`read_field`) or to values already made
    by a control (a flag, a set of days, None for a limit's "no limit"). The overrides hold
    what could be read; the problems are the unreadable text first, then the rules the
    overrides break on ``base`` (:meth:`PolicyOverrides.problems`), leaving out a rule that
    concerns a field whose text could not be read: that field's own problem comes first.
    """
    values = {n: v for n, v in given.items() if not isinstance(v, str)}
    unread: list[PolicyProblem] = []
    for name, text in given.items():
        if isinstance(text, str):
            try:
                values[name] = read_field(name, text)
            except PolicyError as exc:
                unread.extend(exc.problems)
    overrides = PolicyOverrides.from_values(values)
    bad = {p.field for p in unread}
    rules = [p for p in overrides.problems(base) if not bad & set(p.fields)]
    return overrides, (*unread, *rules)


def _days_text(days: frozenset[int]) -> str:
    ordered = sorted(days)
    if len(ordered) > 2 and ordered == list(range(ordered[0], ordered[-1] + 1)):
        return f"{DAY_NAMES[ordered[0]].title()}-{DAY_NAMES[ordered[-1]].title()}"
    return ",".join(DAY_NAMES[d].title() for d in ordered)


def field_text(name: str, value: Any) -> str:
    """``value`` of field ``name`` as :func:`read_field` reads it back (``10:00-19:00``, ``none``)."""
    kind = FIELDS_BY_NAME[name].kind
    if value is None:
        return NO_LIMIT
    if kind is FieldKind.DAYS:
        return _days_text(value)
    return str(value)


def field_json(name: str, value: Any) -> Any:
    """``value`` of field ``name`` as JSON: ranges as text, days as a sorted list, no limit null."""
    kind = FIELDS_BY_NAME[name].kind
    if kind is FieldKind.RANGE:
        return str(value)
    if kind is FieldKind.DAYS:
        return sorted(value)
    return value


def policy_json(policy: Policy) -> dict[str, Any]:
    """The ``"policy"`` object of ``interviewer list --json``: every field, in declaration order."""
    return {f.name: field_json(f.name, getattr(policy, f.name)) for f in POLICY_FIELDS}
