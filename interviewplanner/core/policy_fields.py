"""The one declaration of the flex-time policy's fields (SPEC §2) and of what can be wrong with them.

:data:`POLICY_FIELDS` lists every field of :class:`~interviewplanner.core.model.Policy` (and of
its per-interviewer overrides) with what the other layers need to know about it: its kind, the
bounds the core enforces, its command-line option and its storage column. The field's ``name`` is
also its JSON key and the key of its label in the faces' wording. Storage mapping, the CLI
options, ``interviewer list --json`` and the interviewer dialog all loop over this tuple; adding a
field here (and to ``Policy``) is how the policy grows.

Problems are values, never sentences: a :class:`PolicyProblem` names its code, the field it
belongs to and the numbers a face needs to word it (``cli/wording_policy.py`` in English,
``gui/wording/policy.py`` through ``tr()`` in English and Japanese).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum


class FieldKind(StrEnum):
    """What kind of value a policy field holds (and so how it is read, stored and shown)."""

    RANGE = "range"  # a local clock range such as 10:00-19:00
    FLAG = "flag"  # yes or no
    MINUTES = "minutes"  # a whole number of minutes within the field's bounds
    DAYS = "days"  # a set of weekdays, Monday = 0
    LIMIT = "limit"  # a count within the field's bounds, or "none" (no limit)


@dataclass(frozen=True, slots=True)
class PolicyField:
    """One field of the policy.

    ``name`` is the attribute of ``Policy`` and ``PolicyOverrides``, the JSON key and the label
    key; ``option`` the command-line option; ``column`` the storage column (for a range the
    prefix of ``<column>_start`` and ``<column>_end``). ``low``/``high`` bound a number (both
    inclusive). A limit may be "none": ``none_flag`` is the override's flag (and column) saying so.
    """

    name: str
    kind: FieldKind
    option: str
    column: str
    low: int | None = None
    high: int | None = None
    none_flag: str | None = None

    @property
    def numeric(self) -> bool:
        """True for fields holding a whole number."""
        return self.kind in (FieldKind.MINUTES, FieldKind.LIMIT)


POLICY_FIELDS: tuple[PolicyField, ...] = (
    PolicyField("window", FieldKind.RANGE, "--window", "window"),
    PolicyField("core", FieldKind.RANGE, "--core", "core"),
    PolicyField("core_only", FieldKind.FLAG, "--core-only", "core_only"),
    PolicyField("lunch_window", FieldKind.RANGE, "--lunch-window", "lunch"),
    PolicyField("lunch_minutes", FieldKind.MINUTES, "--lunch-minutes", "lunch_minutes", 0, 240),
    PolicyField("working_days", FieldKind.DAYS, "--days", "working_days"),
    PolicyField("max_per_day", FieldKind.LIMIT, "--max-per-day", "max_per_day", 0, 50,
                none_flag="no_day_limit"),
    PolicyField("max_per_week", FieldKind.LIMIT, "--max-per-week", "max_per_week", 0, 200,
                none_flag="no_week_limit"),
    PolicyField("buffer_minutes", FieldKind.MINUTES, "--buffer", "buffer_minutes", 0, 240),
)

FIELDS_BY_NAME: dict[str, PolicyField] = {f.name: f for f in POLICY_FIELDS}


class PolicyProblemCode(StrEnum):
    """Why a policy, or the text given for one of its fields, is refused."""

    NOT_A_RANGE = "not_a_range"  # the text is not a range of two 24-hour clock times
    RANGE_BACKWARDS = "range_backwards"  # a range whose end is not after its start
    NOT_A_NUMBER = "not_a_number"  # the text is not a whole number (nor "none" for a limit)
    OUT_OF_BOUNDS = "out_of_bounds"  # a number outside [low, high]
    LUNCH_TOO_LONG = "lunch_too_long"  # lunch longer than its window (``window`` says which)
    NOT_DAYS = "not_days"  # the text is not a list of days such as Mon-Fri or Mon,Tue,Thu
    NO_SUCH_WEEKDAY = "no_such_weekday"  # a working day outside 0 (Monday) .. 6 (Sunday)
    NO_WORKING_DAYS = "no_working_days"  # no working day at all


@dataclass(frozen=True, slots=True)
class PolicyProblem:
    """One thing wrong with a policy: a code, the field it is shown on, and what to word it with.

    ``text`` is what was given (for text that could not be read); ``value`` a number that was
    refused, with the field's bounds ``low``/``high`` (``high`` None: no upper bound);
    ``window`` a range the problem refers to, as ``HH:MM-HH:MM``; ``related`` other fields the
    problem concerns (a face may show it when any of them changed).
    """

    code: PolicyProblemCode
    field: str
    text: str = ""
    value: int | None = None
    low: int | None = None
    high: int | None = None
    window: str = ""
    related: tuple[str, ...] = ()

    @property
    def fields(self) -> tuple[str, ...]:
        """The field the problem is shown on, then the related ones."""
        return (self.field, *self.related)


class PolicyError(ValueError):
    """A policy (or the text for one) that breaks a rule; ``problems`` says which, as codes."""

    def __init__(self, problems: Iterable[PolicyProblem]) -> None:
        """Carry ``problems`` (at least one)."""
        self.problems: tuple[PolicyProblem, ...] = tuple(problems)
        super().__init__("; ".join(f"{p.field}: {p.code.value}" for p in self.problems))


def bounded(
    field: PolicyField, code: PolicyProblemCode, *, text: str = "", value: int | None = None
) -> PolicyProblem:
    """A problem of ``field`` carrying the field's bounds (for a number the user has to fix)."""
    return PolicyProblem(code, field.name, text=text, value=value, low=field.low, high=field.high)
