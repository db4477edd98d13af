"""Content lines → properties and the BEGIN/END component tree, recovering per component.

A content line is ``NAME *(";" PARAM "=" VALUE *("," VALUE)) ":" VALUE`` (RFC 5545 §3.1). Names
are case-insensitive (kept upper-case here). Parameters are parsed lazily, only for the
properties the reader looks at, which keeps the tokenizer lean.

Recovery rules: an ``END`` for a component that is not the innermost open one closes the
components in between (they are marked broken); a ``BEGIN`` of a top-level component (VEVENT,
VTODO, ...) while another one is still open closes it as broken; a line that is not a content
line is ignored with a warning; components still open at the end of the file (truncated
download), or when a new ``BEGIN:VCALENDAR`` comes, are broken; a component nested deeper than
:data:`MAX_DEPTH` is ignored with what is inside it, with one warning naming its line. Building
takes time linear in the number of lines, however deep the nesting.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from interviewplanner.core.read_notes import ReadCode, ReadNote
from interviewplanner.ics.read.lines import BLANKS

_NAME = re.compile(r"([A-Za-z0-9-]+)([;:])")
_LINES = re.compile(r"^(?:([A-Za-z0-9-]++)(?=[;:]))?(.*)", re.MULTILINE)
"""Each line of an LF-joined run of lines as ``(name, rest)``: the name as :data:`_NAME` finds
it and the text after it, or ``("", line)`` for a line that is not a content line."""
_PARAM = re.compile(r';([A-Za-z0-9-]+)=((?:"[^"]*"|[^";:,]*)(?:,(?:"[^"]*"|[^";:,]*))*)')
_PARAM_VALUE = re.compile(r'"([^"]*)"|([^",]*)')
TOP_LEVEL = frozenset({"VEVENT", "VTODO", "VJOURNAL", "VFREEBUSY", "VTIMEZONE"})
_BEGIN_END = frozenset({"BEGIN", "END"})
_HEADS: dict[str, dict[str, list[str]]] = {}
"""Parsed parameters by their text (``;TZID=Tokyo Standard Time``), for unquoted ones only."""
_HEADS_CACHED = 4096
_NAMES_CACHED = 4096  # spellings of property names remembered per file (bounded: hostile input)


class PropertyError(ValueError):
    """A property whose parameters cannot be parsed; ``detail`` says why, without the line."""

    def __init__(self, line: int, detail: str) -> None:
        super().__init__(f"line {line}: {detail}")
        self.line = line
        self.detail = detail


class Prop(NamedTuple):
    """One property: upper-case name, the line it starts on, and the text after the name."""

    name: str
    line: int
    rest: str

    def split(self) -> tuple[dict[str, list[str]], str]:
        """Return ``(params, value)``; parameter names upper-case, values unquoted.

        The parameters may be shared with other properties spelling them the same way: read
        them, never change them.
        """
        rest = self.rest
        if rest[:1] == ":":
            return {}, rest[1:]
        colon = rest.find(":")
        if colon < 0 or '"' in rest:
            return split_params(rest, self.line)
        # Without quotes the parameters end at the first colon: cache them by that text.
        head = rest[:colon]
        params = _HEADS.get(head)
        if params is None:
            params, value = split_params(rest, self.line)
            if len(_HEADS) >= _HEADS_CACHED:
                _HEADS.clear()
            _HEADS[head] = params
            return params, value
        return params, rest[colon + 1:]

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
    items: list[Prop] = field(default_factory=list)
    children: list[Component] = field(default_factory=list)
    broken: ReadNote | None = None
    by_name: dict[str, list[Prop]] | None = None

    @property
    def props(self) -> dict[str, list[Prop]]:
        """The properties by upper-case name, each list in file order.

        Built on first use: while the tree is built, a component holds just its list of
        ``items`` (a dict of lists per component would be most of the tree's memory).
        """
        found = self.by_name
        if found is None:
            found = {}
            for prop in self.items:
                if prop.name in found:
                    found[prop.name].append(prop)
                else:
                    found[prop.name] = [prop]
            self.by_name = found
        return found

    def first(self, name: str) -> Prop | None:
        """The first property called ``name`` (upper-case), if any."""
        found = (self.by_name if self.by_name is not None else self.props).get(name)
        return found[0] if found else None

    def all(self, name: str) -> list[Prop]:
        """Every property called ``name`` (upper-case), in file order."""
        return (self.by_name if self.by_name is not None else self.props).get(name, [])

    def text(self, name: str) -> str | None:
        """The raw value of the first property ``name``, stripped, or ``None``."""
        return first_text(self.by_name if self.by_name is not None else self.props, name)


def first_text(props: dict[str, list[Prop]], name: str) -> str | None:
    """The raw value of the first property ``name`` of ``props``, stripped, or ``None``."""
    found = props.get(name)
    if not found:
        return None
    rest = found[0].rest
    if rest[:1] == ":":
        return rest[1:].strip()
    try:
        return found[0].value.strip()
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
            raise PropertyError(line, f"malformed parameter near {rest[pos:pos + 30]!r}")
        params.setdefault(match.group(1).upper(), []).extend(_unquote(match.group(2)))
        pos = match.end()
    if pos >= len(rest) or rest[pos] != ":":
        raise PropertyError(line, "property has no ':' before its value")
    return params, rest[pos + 1:]


def param(params: dict[str, list[str]], name: str) -> str | None:
    """The first value of parameter ``name`` (upper-case), or ``None``."""
    values = params.get(name)
    return values[0] if values else None


def _unclosed(component: Component, came: str, came_line: int) -> None:
    """Mark ``component`` broken: ``came`` (e.g. ``BEGIN:VEVENT``) at ``came_line`` came
    before its END."""
    component.broken = ReadNote.of(ReadCode.COMPONENT_UNCLOSED, component.line,
                                   name=component.name, came=came, came_line=came_line)


MAX_DEPTH = 8
"""Components nested deeper than this are ignored, with what is inside them (real files nest 3
deep: VCALENDAR > VEVENT > VALARM, VCALENDAR > VTIMEZONE > STANDARD)."""


@dataclass(slots=True)
class TreeBuilder:
    """Builds the component tree from logical lines, recording warnings as it goes.

    Every line costs a bounded number of steps, whatever the nesting: which component names are
    open is counted in ``open_names`` (an END never scans the stack to find its BEGIN), and each
    component is pushed and popped once. ``steps`` counts that work, so tests can check that
    building is linear in the number of lines. Components nested deeper than :data:`MAX_DEPTH`
    are not built: ``ignored`` holds only their names, until the END that closes the outermost
    of them (or a BEGIN of a top-level component, which ends any nesting).

    ``keep``, when set, names the only properties stored (the reader looks at a few dozen; an
    export's descriptions, alarms and vendor extensions are then never copied out of the text).
    ``names`` caches each spelling's upper-case form (``""`` when not kept), which also shares
    one string per name.
    """

    roots: list[Component] = field(default_factory=list)
    stack: list[Component] = field(default_factory=list)
    warnings: list[ReadNote] = field(default_factory=list)
    open_names: dict[str, int] = field(default_factory=dict)
    ignored: list[str] = field(default_factory=list)
    ignored_names: dict[str, int] = field(default_factory=dict)
    steps: int = 0
    keep: frozenset[str] | None = None
    names: dict[str, str] = field(default_factory=dict)

    def build(self, lines: list[tuple[int, str]]) -> tuple[list[Component], list[ReadNote]]:
        """Build the tree from non-blank ``lines``; return the root components and the warnings."""
        self.feed(lines)
        self.steps += len(lines)
        self.finish(lines[-1][0] if lines else 0)
        return self.roots, self.warnings

    def build_blocks(self, blocks: Iterable[tuple[Sequence[int], str]]
                     ) -> tuple[list[Component], list[ReadNote]]:
        """Build the tree from runs of ``(line numbers, LF-joined lines)`` (blank lines are
        skipped), as :meth:`~interviewplanner.ics.read.lines.DecodedText.blocks` gives them.

        Each run is split into names and rests by one regex pass (:data:`_LINES`), in C: a
        match per line and the slicing after it took a third of the building.
        """
        last = 0
        for numbers, block in blocks:
            rows = _LINES.findall(block)
            self._feed_rows(zip(numbers, rows, strict=True))
            self.steps += len(rows)
            for index in range(len(rows) - 1, -1, -1):
                raw, rest = rows[index]
                if raw or rest.strip(BLANKS):
                    last = numbers[index]
                    break
        self.finish(last)
        return self.roots, self.warnings

    def feed(self, lines: Iterable[tuple[int, str]]) -> None:
        """Read content lines into the tree (blank lines are skipped)."""
        self._feed_rows((line, _split_line(text)) for line, text in lines)

    def _feed_rows(self, rows: Iterable[tuple[int, tuple[str, str]]]) -> None:
        """Read ``(line, (name as spelt, rest))`` rows (see :data:`_LINES`) into the tree.

        Properties, by far the most lines, are attached in the loop itself (the hot path of a
        whole import); BEGIN and END go through :meth:`begin` and :meth:`end`. Properties whose
        names are not in ``keep`` (when it is set) are checked but not stored.
        """
        new_prop = tuple.__new__
        names = self.names
        begin_end = _BEGIN_END
        stack, ignored, warnings = self.stack, self.ignored, self.warnings
        for line, (raw, rest) in rows:
            if not raw:
                self._not_content(rest, line)
                continue
            name = names.get(raw)
            if name is None:
                name = self._kind(raw)
            if name in begin_end:
                if rest[:1] == ":":
                    self._begin_end(name, rest[1:], line)
                    continue
                if self.keep is not None and name not in self.keep:
                    name = ""  # a property called BEGIN or END, left out by ``keep``
            if ignored:
                continue
            if stack:
                if name:  # not a property left out by ``keep``
                    stack[-1].items.append(new_prop(Prop, (name, line, rest)))
            else:
                warnings.append(ReadNote.of(ReadCode.PROPERTY_OUTSIDE_COMPONENT, line,
                                            name=name or raw.upper()))

    def _begin_end(self, name: str, value: str, line: int) -> None:
        """``BEGIN:value`` or ``END:value``."""
        value = value.strip().upper()
        if not value:
            self.warnings.append(ReadNote.of(ReadCode.BEGIN_END_WITHOUT_NAME, line, name=name))
        elif name == "BEGIN":
            self.begin(value, line)
        else:
            self.end(value, line)

    def _not_content(self, text: str, line: int) -> None:
        """A line that is not a content line: skipped if blank, else warned about."""
        if text.strip(BLANKS):
            self.warnings.append(_garbage(text, line))

    def _kind(self, raw: str) -> str:
        """The upper-case name for spelling ``raw``, or ``""`` for a property that ``keep``
        leaves out; remembered while few names were seen."""
        name = raw.upper()
        if self.keep is not None and name not in self.keep and name not in _BEGIN_END:
            name = ""
        if len(self.names) < _NAMES_CACHED:
            self.names[raw] = name
        return name

    def begin(self, name: str, line: int) -> None:
        """Open a component; close an unfinished sibling first when nesting is impossible."""
        if name == "VCALENDAR" and self.stack:
            self._new_calendar(line)
        elif name in TOP_LEVEL:
            self._drop_ignored()
            self._unwind_to_calendar(line, name)
        if len(self.stack) >= MAX_DEPTH:
            if not self.ignored:
                self.warnings.append(ReadNote.of(ReadCode.NESTED_TOO_DEEP, line, name=name,
                                                 depth=MAX_DEPTH))
            self.ignored.append(name)
            _count(self.ignored_names, name, 1)
            return
        component = Component(name, line)
        if self.stack:
            self.stack[-1].children.append(component)
        else:
            self.roots.append(component)
        self.stack.append(component)
        _count(self.open_names, name, 1)

    def _pop(self) -> Component:
        self.steps += 1
        component = self.stack.pop()
        _count(self.open_names, component.name, -1)
        return component

    def _pop_ignored(self) -> str:
        self.steps += 1
        name = self.ignored.pop()
        _count(self.ignored_names, name, -1)
        return name

    def _drop_ignored(self) -> None:
        while self.ignored:
            self._pop_ignored()

    def _new_calendar(self, line: int) -> None:
        """A VCALENDAR cannot nest: whatever is open ends here (a truncated calendar followed
        by another one), so the next calendar's events are not hidden inside the first."""
        self._drop_ignored()
        self.warnings.append(ReadNote.of(ReadCode.CALENDAR_WHILE_OPEN, line,
                                         name=self.stack[0].name, opened=self.stack[0].line))
        while self.stack:
            _unclosed(self._pop(), "BEGIN:VCALENDAR", line)

    def _unwind_to_calendar(self, line: int, name: str) -> None:
        while self.stack and self.stack[-1].name != "VCALENDAR":
            _unclosed(self._pop(), f"BEGIN:{name}", line)

    def end(self, name: str, line: int) -> None:
        """Close the innermost component called ``name`` and anything open inside it."""
        stack = self.stack
        if stack and stack[-1].name == name and not self.ignored:  # the usual, well-formed END
            self.steps += 1
            stack.pop()
            _count(self.open_names, name, -1)
            return
        if name in self.ignored_names:
            while self._pop_ignored() != name:
                pass
            return
        if name not in self.open_names:
            self.warnings.append(ReadNote.of(ReadCode.END_WITHOUT_BEGIN, line, name=name))
            return
        self._drop_ignored()
        while self.stack[-1].name != name:
            _unclosed(self._pop(), f"END:{name}", line)
        self._pop()

    def finish(self, last_line: int) -> None:
        """Mark whatever is still open as truncated."""
        self._drop_ignored()
        for component in self.stack:
            self.steps += 1
            component.broken = ReadNote.of(ReadCode.COMPONENT_TRUNCATED, component.line,
                                           name=component.name, last=last_line)
        if self.stack:
            self.warnings.append(ReadNote.of(ReadCode.FILE_TRUNCATED, last_line,
                                             name=self.stack[0].name))
        self.stack.clear()
        self.open_names.clear()


def _count(counts: dict[str, int], name: str, delta: int) -> None:
    """Add ``delta`` to ``counts[name]``, removing names that drop to zero."""
    left = counts.get(name, 0) + delta
    if left:
        counts[name] = left
    else:
        del counts[name]


def _split_line(text: str) -> tuple[str, str]:
    """One line as :data:`_LINES` splits it: ``(name as spelt, rest)`` or ``("", text)``."""
    found = _NAME.match(text)
    return (found[1], text[len(found[1]):]) if found is not None else ("", text)


def _garbage(text: str, line: int) -> ReadNote:
    """The warning for a line that is not a content line (no value is kept: titles are private)."""
    code = ReadCode.EMPTY_NAME_LINE if text[:1] in (":", ";") else ReadCode.NOT_CONTENT_LINE
    return ReadNote.of(code, line)


def build_tree(lines: list[tuple[int, str]], *,
               keep: frozenset[str] | None = None) -> tuple[list[Component], list[ReadNote]]:
    """Build the component tree from non-blank ``lines``; return the root components and the
    recovery warnings. ``keep``: see :class:`TreeBuilder`."""
    return TreeBuilder(keep=keep).build(lines)
