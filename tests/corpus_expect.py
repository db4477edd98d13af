"""Judge an importer's answer for one corpus file against ``expected.json`` (its README's rules).

Shared by the reader-level and the CLI-level corpus tests, so both judge the same way.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

CORPUS = Path(__file__).parent / "data" / "corpus"

Span = tuple[datetime, datetime]


def expected() -> dict[str, Any]:
    """The parsed ``expected.json``."""
    data: dict[str, Any] = json.loads((CORPUS / "expected.json").read_text(encoding="utf-8"))
    return data


def files() -> list[str]:
    """Corpus file names, sorted."""
    return sorted(expected()["files"])


def _instant(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def _span(item: dict[str, Any], window: Span) -> Span | None:
    start = max(_instant(item["start"]), window[0])
    end = min(_instant(item["end"]), window[1])
    return (start, end) if start < end else None


def window_of(entry: dict[str, Any]) -> Span:
    """The UTC window an entry is judged in."""
    return _instant(entry["window"]["start"]), _instant(entry["window"]["end"])


def _merge(spans: list[Span]) -> list[Span]:
    out: list[Span] = []
    for start, end in sorted(spans):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


@dataclass
class Answer:
    """What an importer produced: rejected (with its message) or busy spans and warnings."""

    rejected: bool
    busy: list[Span]
    warnings: list[str]
    message: str = ""


def _choices(item: dict[str, Any], window: Span, warned: bool) -> list[Span | None]:
    options = [item, *[v for v in item.get("accepted_variants", [])
                       if warned or not v.get("requires_warning")]]
    return [_span(o, window) for o in options]


def primary_ok(entry: dict[str, Any], answer: Answer) -> tuple[bool, str]:
    """The primary check: the set of busy spans equals ``busy`` (with variants) plus optional ones."""
    window = window_of(entry)
    got = {s for s in answer.busy if s[0] < window[1] and s[1] > window[0]}
    got = {(max(s[0], window[0]), min(s[1], window[1])) for s in got}
    remaining = set(got)
    warned = bool(answer.warnings)
    for item in entry["busy"]:
        hits = [c for c in _choices(item, window, warned) if c is None or c in got]
        if not hits:
            return False, f"missing busy {item['start']}–{item['end']} ({item.get('summary', '')})"
        remaining.discard(hits[0])  # type: ignore[arg-type]
    optional = {_span(o, window) for o in entry.get("optional_busy", [])}
    extra = remaining - optional
    if extra:
        return False, f"unexpected busy {sorted(extra)}"
    return True, ""


def _alternative_ok(entry: dict[str, Any], alt: dict[str, Any], answer: Answer) -> bool:
    if alt.get("reject"):
        return answer.rejected
    if alt.get("requires_warning") and not answer.warnings:
        return False
    window = window_of(entry)
    want = [s for s in (_span(i, window) for i in [*entry["busy"], *alt.get("add", [])]) if s]
    got = [(max(s[0], window[0]), min(s[1], window[1])) for s in answer.busy
           if s[0] < window[1] and s[1] > window[0]]
    return _merge(got) == _merge(want)


def judge(name: str, answer: Answer) -> None:
    """Assert that ``answer`` is acceptable for corpus file ``name``."""
    entry = expected()["files"][name]
    alternatives = entry.get("alternatives", [])
    if any(_alternative_ok(entry, alt, answer) for alt in alternatives):
        return
    if entry["outcome"] == "reject":
        assert answer.rejected, f"{name}: must be rejected, got {len(answer.busy)} busy spans"
        assert answer.message, f"{name}: a rejection needs a clear message"
        return
    assert not answer.rejected, f"{name}: rejected ({answer.message}) but should import"
    ok, why = primary_ok(entry, answer)
    assert ok, f"{name}: {why}"
    if entry["outcome"] in ("import_with_warning", "partial_import_with_warning"):
        assert answer.warnings, f"{name}: a warning was expected"
