"""Content lines → properties and the BEGIN/END component tree, recovering per component.

A content line is ``NAME *(";" PARAM "=" VALUE *("," VALUE)) ":" VALUE`` (RFC 5545 §3.1). Names
are case-insensitive (kept upper-case here). Parameters are parsed lazily, only for the
properties the reader looks at, which keeps the tokenizer lean.

Recovery rules: an ``END`` for a component that is not the innermost open one closes the
components in between (they are marked broken); a ``BEGIN`` of a top-level component (VEVENT,
VTODO, ...) while another one is still open closes it as broken; a line that is not a content
line is ignored with a warning; components still open at the end of the file are broken
(truncated download).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import NamedTuple

_NAME = re.compile(r"([A-Za-z0-9-]+)([;:])")
_PARAM = re.compile(r';([A-Za-z0-9-]+)=((?:"[^"]*"|[^";:,]*)(?:,(?:"[^"]*"|[^";:,]*))*)')
_PARAM_VALUE = re.compile(r'"([^"]*)"|([^",]*)')
TOP_LEVEL = frozenset({"VEVENT", "VTODO", "VJOURNAL", "VFREEBUSY", "VTIMEZONE"})


class PropertyError(ValueError):
    """A property whose parameters cannot be parsed."""


class Prop(NamedTuple):
    """One property: upper-case name, the line it starts on, and the text after the name."""

    name: str
    line: int
    rest: str

    def split(self) -> tuple[dict[str, list[str]], str]:
        """Return ``(params, value)``; parameter names upper-case, values unquoted."""
        return split_params(self.rest, self.line)

    @property
    def value(self) -> str:
        """The value text (after the first unquoted colon)."""
        if self.rest.startswith(":"):
            return self.rest[1:]
        return self.split()[1]


@dataclass(slots=True)
class Component:
    """A ``BEGIN:X`` … ``END:X`` block with its properties and sub-components."""

    name: str
    line: int
    props: dict[str, list[Prop]] = field(default_factory=dict)
    children: list[Component] = field(default_factory=list)
    broken: str | None = None

    def first(self, name: str) -> Prop | None:
        """The first property called ``name`` (upper-case), if any."""
        found = self.props.get(name)
        return found[0] if found else None

    def all(self, name: str) -> list[Prop]:
        """Every property called ``name`` (upper-case), in file order."""
        return self.props.get(name, [])

    def text(self, name: str) -> str | None:
        """The raw value of the first property ``name``, stripped, or ``None``."""
        prop = self.first(name)
        if prop is None:
            return None
        try:
            return prop.value.strip()
        except PropertyError:
            return None


def _unquote(raw: str) -> list[str]:
    """Split a parameter value list on commas outside quotes and remove the quotes."""
    values: list[str] = []
    pos = 0
    while True:
        match = _PARAM_VALUE.match(raw, pos)
        if match is None:  # pragma: no cover - the pattern can always match empty
            break
        quoted = match.group(1)
        value = quoted if quoted is not None else match.group(2)
        if "^" in value:  # RFC 6868 caret encoding
            value = value.replace("^n", "\n").replace("^'", '"').replace("^^", "^")
        values.append(value)
        pos = match.end()
        if pos >= len(raw) or raw[pos] != ",":
            return values
        pos += 1
    return values


def split_params(rest: str, line: int) -> tuple[dict[str, list[str]], str]:
    """Parse ``;A=b;C="d,e":value`` into ``({"A": ["b"], "C": ["d,e"]}, "value")``."""
    params: dict[str, list[str]] = {}
    pos = 0
    while pos < len(rest) and rest[pos] == ";":
        match = _PARAM.match(rest, pos)
        if match is None:
            raise PropertyError(f"line {line}: malformed parameter near {rest[pos:pos + 30]!r}")
        params.setdefault(match.group(1).upper(), []).extend(_unquote(match.group(2)))
        pos = match.end()
    if pos >= len(rest) or rest[pos] != ":":
        raise PropertyError(f"line {line}: property has no ':' before its value")
    return params, rest[pos + 1:]


def param(params: dict[str, list[str]], name: str) -> str | None:
    """The first value of parameter ``name`` (upper-case), or ``None``."""
    values = params.get(name)
    return values[0] if values else None


def _unclosed(component: Component, first: str) -> None:
    """Mark ``component`` broken: the line ``first`` came before its END."""
    component.broken = (
        f"{component.name} starting at line {component.line} has no END:{component.name} "
        f"({first} came first)"
    )


@dataclass(slots=True)
class _TreeBuilder:
    """Builds the component tree from logical lines, recording warnings as it goes."""

    roots: list[Component] = field(default_factory=list)
    stack: list[Component] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def begin(self, name: str, line: int) -> None:
        """Open a component; close an unfinished sibling first when nesting is impossible."""
        if name in TOP_LEVEL:
            self._unwind_to_calendar(line, name)
        component = Component(name, line)
        if self.stack:
            self.stack[-1].children.append(component)
        else:
            self.roots.append(component)
        self.stack.append(component)

    def _unwind_to_calendar(self, line: int, name: str) -> None:
        while self.stack and self.stack[-1].name != "VCALENDAR":
            _unclosed(self.stack.pop(), f"BEGIN:{name} at line {line}")

    def end(self, name: str, line: int) -> None:
        """Close the innermost component called ``name`` and anything open inside it."""
        names = [c.name for c in self.stack]
        if name not in names:
            self.warnings.append(f"line {line}: END:{name} without a matching BEGIN; ignored")
            return
        while self.stack[-1].name != name:
            _unclosed(self.stack.pop(), f"END:{name} at line {line}")
        self.stack.pop()

    def prop(self, name: str, line: int, rest: str) -> None:
        """Attach a property to the innermost open component."""
        if not self.stack:
            self.warnings.append(f"line {line}: {name} outside any component; ignored")
            return
        self.stack[-1].props.setdefault(name, []).append(Prop(name, line, rest))

    def finish(self, last_line: int) -> None:
        """Mark whatever is still open as truncated."""
        for component in self.stack:
            component.broken = (
                f"{component.name} starting at line {component.line} is truncated: the file "
                f"ends at line {last_line} without END:{component.name}"
            )
        if self.stack:
            self.warnings.append(
                f"line {last_line}: the file is truncated (no END:{self.stack[0].name})"
            )
        self.stack.clear()


def _garbage(text: str, line: int) -> str:
    """Warning text for a line that is not a content line (no value is echoed: titles are private)."""
    kind = "an empty name" if text[:1] in (":", ";") else "no 'NAME:value' form"
    return f"line {line}: not an iCalendar content line ({kind}); ignored"


def build_tree(lines: list[tuple[int, str]]) -> tuple[list[Component], list[str]]:
    """Build the component tree; return the root components and the recovery warnings."""
    builder = _TreeBuilder()
    match_name = _NAME.match
    for line, text in lines:
        found = match_name(text)
        if found is None:
            builder.warnings.append(_garbage(text, line))
            continue
        name = found.group(1).upper()
        if name in ("BEGIN", "END") and found.group(2) == ":":
            value = text[found.end():].strip().upper()
            if not value:
                builder.warnings.append(f"line {line}: {name} without a component name; ignored")
            elif name == "BEGIN":
                builder.begin(value, line)
            else:
                builder.end(value, line)
            continue
        builder.prop(name, line, text[found.end() - 1:])
    builder.finish(lines[-1][0] if lines else 0)
    return builder.roots, builder.warnings
