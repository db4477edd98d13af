"""Candidate availability typed or pasted as text → UTC intervals (PLAN.json ``availability``).

A candidate answers "when are you free?" in their own words: "Tue 9–12, Wed after 14:00",
"Mon-Fri 9:00-17:00", "12/8 10-12", "火 9-12、水 14時以降", "until 11am". :func:`parse_availability`
reads such text as wall time in the candidate's zone, on the concrete dates of a planning range,
and returns aware UTC :class:`~interviewplanner.core.intervals.Interval` s, merged and sorted —
exactly what ``Candidate.availability`` holds and PLAN.json writes (SPEC §2, §7). Whatever it
cannot read comes back as a :class:`TextProblem` (a code, the part as typed, the offending
fragment); nothing is dropped silently. The GUI words the codes.

How the text is read (decisions; SPEC §2 is silent):

- The text is split into parts at line breaks, commas, semicolons, "、", "and", "&", "と".
  A part names days and/or times. A part without days takes the days of the part before it
  ("Tue 9-12, 14-16"); the first such part means every weekday (Mon–Fri) of the range. A part
  with days but no times takes the times of the next part ("Mon, Wed 9-12"), or, when it is the
  last, the candidate's default hours (08:00–20:00, the SPEC's allowed window).
- Days: weekday names in English and Japanese ("Tue", "Tuesday", "火", "火曜日"), ranges
  ("Mon-Fri", "月〜金", "月から金"), "weekdays"/"平日", "weekend"/"週末"/"土日", "every day"/"毎日";
  dates "12/8" (month/day unless ``day_first``), "2026-12-08", "Dec 8", "8 Dec", "12月8日",
  "8日" and "the 8th" (the one day of that number in the range), date ranges ("12/8-12/10",
  "12/8-10", "12月8日〜10日"); a weekday next to a date ("Tue 12/8", "12/8(火)") is checked.
- Times: "9", "9:30", "09:30", "9am", "9:30 p.m.", "noon", "midnight", "14時", "14時半", "午後2時";
  ranges with "-", "–", "—", "~", "〜", "to", "till", "から…まで", "between … and …"; "after 14:00",
  "from 2pm", "14時以降", "14時から", "14:00-" run to the default end (20:00, or midnight when
  later); "until 11am", "before 11", "11時まで", "~11時" start at the default start (08:00, or
  midnight when earlier); "morning" 08–12, "afternoon" 12–18, "evening" 17–21, "午前" 08–12,
  "午後" 12–20, "all day"/"終日" 08–20 (the default hours where they appear).
- am/pm carries across a range ("2-5pm", "10-2pm", "9am-5"). An hour of 1 to 6 written without
  am/pm and without a leading zero ("1-3", "after 2", "9-5") is read as afternoon: interviews at
  3 a.m. are never meant. "03:00" means 03:00.
- Wall times in a spring-forward gap are moved to the instant of the change (the interval keeps
  only existing local time); ambiguous times of the autumn fold are their first occurrence.
- A zone abbreviation that is not the candidate's zone ("9-12 EST" for Los Angeles) is a
  problem, not a conversion; the candidate's own ("PST", "日本時間") is accepted.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, tzinfo
from typing import TypedDict

from interviewplanner.core.intervals import Interval, normalise
from interviewplanner.core.timezones import UTC, exists_locally, get_zone, to_local, to_utc

__all__ = [
    "DEFAULT_HOURS", "PROBLEM_CODES", "ParsedAvailability", "TextProblem", "format_availability",
    "parse_availability",
]

DEFAULT_HOURS = (time(8), time(20))
"""The candidate's allowed hours without explicit availability (SPEC §2): the default span of
"all day", "after …" and "until …"."""

PROBLEM_CODES = {
    "not_understood": "words the parser does not know (the whole part is left out)",
    "bad_time": "a time that does not exist on a clock (25:00, 9:75, 13pm)",
    "bad_date": "a date that does not exist (2/30) or a reversed date range",
    "single_time": "one time without a range, 'after' or 'until' (Tue 9)",
    "end_before_start": "a time range that ends before it starts (12-9)",
    "outside_range": "dates or weekdays that fall outside the planning range",
    "ambiguous_date": "a day number ('8日', 'the 8th') that occurs twice in the range",
    "weekday_mismatch": "a weekday next to a date that falls on another weekday",
    "other_zone": "a time-zone abbreviation that is not the candidate's zone",
    "nonexistent_time": "a range that lies wholly in a spring-forward gap",
}
"""Every :attr:`TextProblem.code`, with what it means."""

_DAY_MINUTES = 24 * 60


@dataclass(frozen=True, slots=True)
class TextProblem:
    """A part of the text that produced no availability: why (``code``), the part as typed
    (``text``) and the fragment at fault (``detail``, may be empty)."""

    code: str
    text: str
    detail: str = ""


@dataclass(frozen=True, slots=True)
class ParsedAvailability:
    """UTC intervals (merged, sorted) and the parts that could not be used."""

    intervals: tuple[Interval, ...]
    problems: tuple[TextProblem, ...]


# -- normalising and tokens -----------------------------------------------------------------

_DASHES = str.maketrans(dict.fromkeys("–—−‐‑‒―~〜～", "-"))


def _normalise(text: str) -> tuple[str, list[int]]:
    """NFKC, case-folded, every dash as "-"; with the original index of each character."""
    out: list[str] = []
    index: list[int] = []
    for i, char in enumerate(text):
        folded = unicodedata.normalize("NFKC", char).casefold().translate(_DASHES)
        out.append(folded)
        index.extend([i] * len(folded))
    index.append(len(text))
    return "".join(out), index


@dataclass(frozen=True, slots=True)
class _Clock:
    """A time as written: hour and minute, "am"/"pm" when given, and whether an hour of 1 to 6
    may mean the afternoon (no am/pm, no leading zero)."""

    hour: int
    minute: int
    marker: str | None = None
    loose: bool = False
    bare: bool = False  # digits only: "10" (may be a day number after a date)


@dataclass(frozen=True, slots=True)
class _Date:
    """A date as written; ``year`` and ``month`` may be missing."""

    year: int | None
    month: int | None
    day: int


@dataclass(frozen=True, slots=True)
class _Token:
    kind: str
    start: int
    end: int
    text: str
    clock: _Clock | None = None
    when: _Date | None = None
    weekdays: frozenset[int] = frozenset()
    name: str = ""


_ALPHA_END = r"(?![a-z])"
_MONTHS = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
           "sep": 9, "oct": 10, "nov": 11, "dec": 12}
_MONTH = (r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|"
          r"aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?" + _ALPHA_END)
_YEAR = r"(?:,?\s*(?P<year>20\d\d)(?![\d:-]))?"
_ORDINAL = r"(?:st|nd|rd|th)?"
_EN_DAYS = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}
_EN_DAY = (r"(?P<wd>mon(?:day)?|tue(?:s(?:day)?)?|wed(?:s|nesday)?|thu(?:r(?:s(?:day)?)?)?|"
           r"fri(?:day)?|sat(?:urday)?|sun(?:day)?)(?:s)?\.?" + _ALPHA_END)
_JA_DAYS = {"月": 0, "火": 1, "水": 2, "木": 3, "金": 4, "土": 5, "日": 6}
_PERIODS = {
    "morning": (time(8), time(12)), "afternoon": (time(12), time(18)),
    "evening": (time(17), time(21)), "pm": (time(12), time(20)), "all": (time(8), time(20)),
}
_ZONE_WORDS = {
    "pt": ("pst", "pdt"), "pacific": ("pst", "pdt"), "et": ("est", "edt"), "eastern": ("est", "edt"),
    "ct": ("cst", "cdt"), "central": ("cst", "cdt"), "mt": ("mst", "mdt"), "mountain": ("mst", "mdt"),
    "日本時間": ("jst",), "jst": ("jst",),
}


def _words(*alternatives: str) -> str:
    return "(?:" + "|".join(alternatives) + ")" + _ALPHA_END


def _make_date(match: re.Match[str]) -> _Date:
    groups = match.groupdict()
    month = _MONTHS[groups["mon"][:3]] if groups.get("mon") else _int(groups.get("m"))
    return _Date(_int(groups.get("year")), month, int(groups["d"]))


def _int(text: str | None) -> int | None:
    return int(text) if text else None


def _make_clock(match: re.Match[str]) -> _Clock:
    groups = match.groupdict()
    hour_text = groups["h"]
    minute = 30 if groups.get("half") else int(groups.get("min") or 0)
    marker = groups.get("ap")
    if marker:
        marker = {"午前": "am", "午後": "pm"}.get(marker, marker.replace(".", "")[:1] + "m")
    loose = marker is None and len(hour_text) == 1
    bare = not any(groups.get(k) for k in ("min", "half", "ap", "ji"))
    return _Clock(int(hour_text), minute, marker, loose, bare)


def _hhmm(match: re.Match[str]) -> _Clock:
    digits = match.group(0)
    if len(digits) <= 2:
        return _Clock(int(digits), 0, None, len(digits) == 1, bare=True)
    return _Clock(int(digits[:-2]), int(digits[-2:]))


class _Extras(TypedDict, total=False):
    """What a token rule reads from its match, besides the text."""

    clock: _Clock
    when: _Date
    weekdays: frozenset[int]
    name: str


_Builder = Callable[[re.Match[str]], _Extras]
_RULES: list[tuple[str, re.Pattern[str], _Builder]] = []


def _rule(kind: str, pattern: str, build: _Builder = lambda _m: {}) -> None:
    _RULES.append((kind, re.compile(pattern), build))


_rule("date", r"(?P<year>\d{4})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})(?!\d)",
      lambda m: {"when": _make_date(m)})
_rule("date", r"(?:(?P<year>\d{4})年)?(?:(?P<m>\d{1,2})月)?(?P<d>\d{1,2})日(?!本)",
      lambda m: {"when": _make_date(m)})
_rule("slash_date", r"(?P<a>\d{1,2})/(?P<b>\d{1,2})(?:/(?P<y>\d{4}|\d{2}))?(?![\d/])",
      lambda m: {"name": f"{m['a']}/{m['b']}/{m['y'] or ''}"})
_rule("date", _MONTH + r"\s*(?P<d>\d{1,2})" + _ORDINAL + r"(?![\d:])" + _YEAR,
      lambda m: {"when": _make_date(m)})
_rule("date", r"(?P<d>\d{1,2})" + _ORDINAL + r"\s*(?:of\s+)?" + _MONTH + _YEAR,
      lambda m: {"when": _make_date(m)})
_rule("date", r"(?:the\s+)?(?P<d>\d{1,2})(?:st|nd|rd|th)" + _ALPHA_END,
      lambda m: {"when": _make_date(m)})
_ZONE_ABBREVIATIONS = ("pst", "pdt", "est", "edt", "cst", "cdt", "mst", "mdt", "jst", "bst", "gmt",
                       "utc", "cet", "cest", "ist", "aest", "aedt", "hst", "akst", "akdt", "kst",
                       "sgt", "hkt", "wet", "eet", "eest", "nzst", "nzdt")
_rule("zone", r"(?P<z>" + "|".join(sorted((*_ZONE_WORDS, *_ZONE_ABBREVIATIONS), key=len, reverse=True))
      + r")(?:\s+time)?" + _ALPHA_END, lambda m: {"name": m["z"]})
_rule("days", _words(r"weekdays?", r"week\s+days", r"every\s+weekday") + r"|平日",
      lambda _m: {"weekdays": frozenset(range(5))})
_rule("days", _words(r"weekends?") + r"|週末|土日",
      lambda _m: {"weekdays": frozenset({5, 6})})
_rule("days", _words(r"every\s*day", r"daily", r"any\s+day") + r"|毎日",
      lambda _m: {"weekdays": frozenset(range(7))})
_rule("day", _EN_DAY, lambda m: {"weekdays": frozenset({_EN_DAYS[m["wd"][:3]]})})
_rule("day", r"(?P<jd>[月火水木金土日])(?:曜日|曜)?",
      lambda m: {"weekdays": frozenset({_JA_DAYS[m["jd"]]})})
_rule("time", r"(?P<ap>午前|午後)?\s*(?P<h>\d{1,2})(?P<ji>時)(?:(?P<min>\d{1,2})分|(?P<half>半))?",
      lambda m: {"clock": _make_clock(m)})
_rule("time", r"(?P<ap>午前|午後)\s*(?P<h>\d{1,2})(?::(?P<min>\d{2}))?",
      lambda m: {"clock": _make_clock(m)})
_rule("time", r"(?P<h>\d{1,2})(?:[:.](?P<min>\d{2}))?\s*(?P<ap>a\.?m\.?|p\.?m\.?)" + _ALPHA_END,
      lambda m: {"clock": _make_clock(m)})
_rule("time", r"(?P<h>\d{1,2}):(?P<min>\d{2})(?!\d)", lambda m: {"clock": _make_clock(m)})
_rule("time", _words("noon", "midday") + r"|正午", lambda _m: {"clock": _Clock(12, 0, "pm")})
_rule("time", _words("midnight"), lambda _m: {"clock": _Clock(12, 0, "am")})
_rule("time", r"\d{1,4}(?![\d:])", lambda m: {"clock": _hhmm(m)})
_rule("period", _words(r"(?:in\s+the\s+)?mornings?", "am") + r"|午前中?|朝",
      lambda _m: {"name": "morning"})
_rule("period", _words(r"(?:in\s+the\s+)?afternoons?"), lambda _m: {"name": "afternoon"})
_rule("period", _words(r"(?:in\s+the\s+)?evenings?") + r"|夕方|夜", lambda _m: {"name": "evening"})
_rule("period", _words("pm") + r"|午後", lambda _m: {"name": "pm"})
_rule("period", _words(r"all\s+day", r"any\s*time", r"whole\s+day", r"full\s+day") +
      r"|終日|一日中|いつでも", lambda _m: {"name": "all"})
_rule("kara", r"から|より")
_rule("after_post", _words("onwards?", r"or\s+later", r"and\s+later", "later") + r"|以降|以後|過ぎ|すぎ|\+")
_rule("until_post", r"までに|まで|以前|前")
_rule("after", _words("after", "from", "since", r"starting(?:\s+(?:at|from))?", r"not\s+before",
                      r"no\s+earlier\s+than"))
_rule("until", _words("until", "till", "til", "before", r"up\s+to", "by", r"not\s+after",
                      r"no\s+later\s+than"))
_rule("between", _words("between", "betw"))
_rule("dash", r"-|" + _words("to", "through", "thru"))
_rule("and", _words("and", "or", "plus") + r"|&|と|および|及び|または|又は")
_rule("list", r"[/・]")
_rule("sep", r"[,;、。\n]|\.(?=\s|$)")
_rule("filler", _words(r"i\s*am", "i'm", "im", r"we\s+are", r"i\s+can(?:\s+do)?", r"can\s+do",
                       "on", "at", "the", "is", "are", "be", "available", "availability", "avail",
                       "free", "ok", "okay", "fine", "works?", "good", "any", "time", "times",
                       "only", "also", "every", "each", "local") +
      r"|空いています|空いてます|対応可能|大丈夫|可能|空き|です|ます|でしたら|なら|頃|ごろ|ぐらい|くらい|"
      r"等|など|曜日|曜|[でにはのもがを可]|[()\[\]「」【】\"'*•:!?]")
_WORD = re.compile(r"[a-z][a-z'.]*|\d+|[^\s]")
_SPACE = re.compile(r"[ \t\r\f\v\u3000]+")


def _tokenise(text: str) -> list[_Token]:
    """Tokens of normalised ``text``; runs of unknown characters become one "word" token."""
    tokens: list[_Token] = []
    pos = 0
    while pos < len(text):
        space = _SPACE.match(text, pos)
        if space:
            pos = space.end()
            continue
        token = _next_token(text, pos)
        tokens.append(token)
        pos = token.end
    return _merge_words(tokens, text)


def _next_token(text: str, pos: int) -> _Token:
    for kind, pattern, build in _RULES:
        match = pattern.match(text, pos)
        if match and match.end() > pos:
            extra = build(match)
            return _Token(kind, pos, match.end(), match.group(0), **extra)
    match = _WORD.match(text, pos)
    end = match.end() if match else pos + 1
    return _Token("word", pos, end, text[pos:end])


def _merge_words(tokens: list[_Token], text: str) -> list[_Token]:
    """Adjacent unknown tokens (as in "都合") are reported as one word."""
    merged: list[_Token] = []
    for token in tokens:
        if token.kind == "word" and merged and merged[-1].kind == "word" and \
                merged[-1].end == token.start:
            start = merged.pop().start
            merged.append(_Token("word", start, token.end, text[start:token.end]))
        else:
            merged.append(token)
    return merged


# -- parts ----------------------------------------------------------------------------------


@dataclass(slots=True)
class _Part:
    """One part of the text: its tokens and what they say."""

    tokens: list[_Token]
    days: set[date] | None = None  # None: no days named
    spans: list[tuple[int, int]] = field(default_factory=list)  # minutes since local midnight
    problem: TextProblem | None = None


class _Trouble(Exception):
    """A part cannot be used: ``code`` (see PROBLEM_CODES) and the tokens at fault (reported
    as the text from the first to the last, or each on its own when ``separate``)."""

    def __init__(self, code: str, *tokens: _Token, separate: bool = False) -> None:
        super().__init__(code)
        self.code = code
        self.tokens = tokens
        self.separate = separate

    def detail(self, original: str, index: list[int]) -> str:
        """The fragment at fault as the user typed it."""
        if not self.tokens:
            return ""
        if self.separate:
            return " ".join(original[index[t.start]:index[t.end]] for t in self.tokens)
        return original[index[self.tokens[0].start]:index[self.tokens[-1].end]]


def _split(tokens: list[_Token]) -> list[list[_Token]]:
    """Parts between separators; "between 9 and 12" keeps its "and", "Tue, Dec 8" its comma."""
    parts: list[list[_Token]] = [[]]
    between = False
    for i, token in enumerate(tokens):
        between = between or token.kind == "between"
        if token.kind == "and" and between:
            parts[-1].append(_Token("dash", token.start, token.end, token.text))
            between = False
        elif token.kind in ("sep", "and") and not _joins_day_and_date(tokens, i):
            parts.append([])
            between = False
        elif token.kind not in ("sep", "and"):
            parts[-1].append(token)
    return [part for part in parts if part]


def _joins_day_and_date(tokens: Sequence[_Token], i: int) -> bool:
    """True for the comma of "Tuesday, December 8"."""
    return (tokens[i].kind == "sep" and 0 < i < len(tokens) - 1 and
            tokens[i - 1].kind == "day" and tokens[i + 1].kind in ("date", "slash_date"))


@dataclass(frozen=True, slots=True)
class _Context:
    first_day: date
    last_day: date
    zone: tzinfo
    day_first: bool
    default_start: int
    default_end: int
    zone_names: frozenset[str]


def _minutes(clock: time) -> int:
    return clock.hour * 60 + clock.minute


# -- days -----------------------------------------------------------------------------------


def _range_days(ctx: _Context) -> list[date]:
    count = (ctx.last_day - ctx.first_day).days + 1
    return [ctx.first_day + timedelta(days=i) for i in range(count)]


def _weekday_dates(weekdays: Iterable[int], ctx: _Context) -> set[date]:
    wanted = set(weekdays)
    return {day for day in _range_days(ctx) if day.weekday() in wanted}


def _weekday_range(first: int, last: int) -> frozenset[int]:
    """Weekdays from ``first`` to ``last`` inclusive, wrapping after Sunday ("Fri-Mon")."""
    count = (last - first) % 7 + 1
    return frozenset((first + i) % 7 for i in range(count))


def _slash_date(token: _Token, ctx: _Context) -> _Date:
    a_text, b_text, year_text = token.name.split("/")
    a, b = int(a_text), int(b_text)
    month, day = (b, a) if ctx.day_first else (a, b)
    year = int(year_text) if year_text else None
    if year is not None and year < 100:
        year += 2000
    return _Date(year, month, day)


def _as_date(token: _Token, ctx: _Context) -> _Date:
    if token.kind == "slash_date":
        return _slash_date(token, ctx)
    assert token.when is not None  # every "date" token carries one
    return token.when


def _resolve(written: _Date, ctx: _Context, *tokens: _Token) -> date:
    """The one date of the range that ``written`` names (the year or month may be missing)."""
    years = [written.year] if written.year else range(ctx.first_day.year - 1, ctx.last_day.year + 2)
    months = [written.month] if written.month else range(1, 13)
    valid, inside = 0, []
    for year in years:
        for month in months:
            try:
                day = date(year, month, written.day)
            except ValueError:
                continue
            valid += 1
            if ctx.first_day <= day <= ctx.last_day:
                inside.append(day)
    if not valid:
        raise _Trouble("bad_date", *tokens)
    if not inside:
        raise _Trouble("outside_range", *tokens)
    if len(inside) > 1:
        raise _Trouble("ambiguous_date", *tokens)
    return inside[0]


def _check_weekday(day: date, token: _Token) -> None:
    if day.weekday() not in token.weekdays:
        raise _Trouble("weekday_mismatch", token)


def _date_spec(tokens: Sequence[_Token], i: int, ctx: _Context) -> tuple[set[date], int]:
    """A date, a date with its weekday, or a date range starting at token ``i``."""
    first_token = tokens[i]
    written = _as_date(first_token, ctx)
    first = _resolve(written, ctx, first_token)
    j = _skip_fillers(tokens, i + 1)
    if j < len(tokens) and tokens[j].kind == "day":
        _check_weekday(first, tokens[j])
        j = _skip_fillers(tokens, j + 1)
    end = _date_range_end(tokens, j, written, ctx)
    if end is None:
        return {first}, j
    last_written, j = end
    last = _resolve(last_written, ctx, tokens[j - 1])
    if last < first:
        raise _Trouble("bad_date", first_token, tokens[j - 1])
    return {first + timedelta(days=k) for k in range((last - first).days + 1)}, j


def _date_range_end(tokens: Sequence[_Token], j: int, start: _Date,
                    ctx: _Context) -> tuple[_Date, int] | None:
    """The end of "12/8-12/10", "12/8-10" or "12月8日〜10日" after the dash at ``j``."""
    if j + 1 >= len(tokens) or tokens[j].kind not in ("dash", "kara"):
        return None
    nxt = tokens[j + 1]
    if nxt.kind in ("date", "slash_date"):
        written = _as_date(nxt, ctx)
        month = written.month if written.month else start.month
        return _Date(written.year or start.year, month, written.day), j + 2
    following = tokens[j + 2].kind if j + 2 < len(tokens) else "end"
    clock = nxt.clock
    if (nxt.kind == "time" and clock is not None and clock.bare and clock.hour > start.day
            and following not in ("dash", "until_post", "after_post", "kara")):
        return _Date(start.year, start.month, clock.hour), j + 2
    return None


def _day_spec(tokens: Sequence[_Token], i: int, ctx: _Context) -> tuple[set[date], int] | None:
    """Days named at token ``i`` (weekdays, weekday ranges, dates), or None if none are."""
    token = tokens[i]
    if token.kind in ("date", "slash_date"):
        return _date_spec(tokens, i, ctx)
    if token.kind == "day" and i + 1 < len(tokens) and tokens[i + 1].kind in ("date", "slash_date"):
        days, j = _date_spec(tokens, i + 1, ctx)
        for day in days:
            _check_weekday(day, token)
        return days, j
    if token.kind not in ("day", "days"):
        return None
    weekdays, j = token.weekdays, i + 1
    if (token.kind == "day" and j + 1 < len(tokens) and tokens[j].kind in ("dash", "kara")
            and tokens[j + 1].kind == "day"):
        weekdays = _weekday_range(min(token.weekdays), min(tokens[j + 1].weekdays))
        j += 2
    days = _weekday_dates(weekdays, ctx)
    if not days:
        raise _Trouble("outside_range", *tokens[i:j])
    return days, j


def _skip_fillers(tokens: Sequence[_Token], j: int) -> int:
    while j < len(tokens) and tokens[j].kind == "filler":
        j += 1
    return j


# -- times ----------------------------------------------------------------------------------


def _clock(token: _Token) -> _Clock:
    assert token.clock is not None  # every "time" token carries one
    return token.clock


def _clock_minutes(token: _Token, marker: str | None = None, *, end: bool = False,
                   afternoon_if_loose: bool = True) -> int:
    """Minutes since midnight of the time ``token`` names, with ``marker`` (am/pm) carried
    over from the other end of a range when it has none; a loose 1-6 is read as afternoon.
    As an ``end``, midnight ("0:00", "12am", "midnight") is the end of the day (24:00)."""
    clock = _clock(token)
    hour, minute = clock.hour, clock.minute
    if minute >= 60 or hour > 24 or (hour == 24 and minute):
        raise _Trouble("bad_time", token)
    written = clock.marker or (marker if 1 <= hour <= 12 else None)
    if written is not None:
        if not 1 <= hour <= 12:
            raise _Trouble("bad_time", token)
        hour = hour % 12 + (12 if written == "pm" else 0)
    elif clock.loose and afternoon_if_loose and 1 <= hour <= 6:
        hour += 12
    minutes = hour * 60 + minute
    return _DAY_MINUTES if end and minutes == 0 else minutes


def _written_24h(clock: _Clock) -> bool:
    """True for a time that can only be 24-hour: "0:30", "09:00", "13", "17:30"."""
    return clock.marker is None and (clock.hour == 0 or clock.hour >= 13 or
                                     (clock.hour < 10 and not clock.loose))


def _range_minutes(start: _Token, end: _Token) -> tuple[int, int]:
    """A written range in minutes; am/pm written on one end carries to the other, and a
    range written in 24-hour style ("0:30-1:30", "13-15") is read exactly as written."""
    a, b = _clock(start), _clock(end)
    if b.marker and not a.marker:
        b_min = _clock_minutes(end, end=True)
        shared = _clock_minutes(start, b.marker)
        return (shared if shared < b_min else
                _clock_minutes(start, afternoon_if_loose=False)), b_min
    if a.marker and not b.marker:
        a_min = _clock_minutes(start)
        b_min = _clock_minutes(end, a.marker, end=True)
        if b_min <= a_min and a.marker == "am":
            b_min = _clock_minutes(end, "pm", end=True)
        return a_min, b_min
    literal = _written_24h(a) or _written_24h(b)
    a_min = _clock_minutes(start, afternoon_if_loose=not literal)
    b_min = _clock_minutes(end, end=True, afternoon_if_loose=not literal)
    if b_min <= a_min and b.loose and not literal and b_min + 720 > a_min:
        b_min += 720
    return a_min, b_min


def _after(token: _Token, ctx: _Context) -> tuple[int, int]:
    """"after 14:00": to the default end, or to midnight when that is earlier."""
    minutes = _clock_minutes(token)
    return minutes, ctx.default_end if minutes < ctx.default_end else _DAY_MINUTES


def _until(token: _Token, ctx: _Context) -> tuple[int, int]:
    """"until 11am": from the default start, or from midnight when that is later."""
    minutes = _clock_minutes(token, end=True)
    return (ctx.default_start if minutes > ctx.default_start else 0), minutes


def _period(name: str, ctx: _Context) -> tuple[int, int]:
    if name == "all":
        return ctx.default_start, ctx.default_end
    start, end = _PERIODS[name]
    return _minutes(start), _minutes(end)


def _kind(tokens: Sequence[_Token], j: int) -> str:
    return tokens[j].kind if j < len(tokens) else "end"


def _time_spec(tokens: Sequence[_Token], i: int, ctx: _Context) -> tuple[tuple[int, int], int] | None:
    """A time range, "after", "until" or a period at token ``i``, or None if none starts here."""
    kind = tokens[i].kind
    if kind == "period":
        return _period(tokens[i].name, ctx), i + 1
    if kind in ("after", "between") and _kind(tokens, i + 1) == "time":
        if _kind(tokens, i + 2) in ("dash", "until", "kara") and _kind(tokens, i + 3) == "time":
            return _range_minutes(tokens[i + 1], tokens[i + 3]), _after_range(tokens, i + 4)
        if kind == "between":
            raise _Trouble("single_time", tokens[i], tokens[i + 1])
        return _after(tokens[i + 1], ctx), i + 2
    if kind in ("until", "dash") and _kind(tokens, i + 1) == "time":
        return _until(tokens[i + 1], ctx), i + 2
    if kind == "time":
        return _time_from(tokens, i, ctx)
    return None


def _after_range(tokens: Sequence[_Token], j: int) -> int:
    """Skip the "まで" that closes "9時から12時まで"."""
    return j + 1 if _kind(tokens, j) == "until_post" else j


def _time_from(tokens: Sequence[_Token], i: int, ctx: _Context) -> tuple[tuple[int, int], int]:
    """A range ("9-12"), "14時以降", "14:00-" or "11時まで" starting with the time at ``i``."""
    token, nxt = tokens[i], _kind(tokens, i + 1)
    if nxt in ("dash", "kara", "until") and _kind(tokens, i + 2) == "time":
        return _range_minutes(token, tokens[i + 2]), _after_range(tokens, i + 3)
    if nxt in ("after_post", "kara", "dash"):
        return _after(token, ctx), i + 2
    if nxt == "until_post":
        return _until(token, ctx), i + 2
    raise _Trouble("single_time", token)


# -- a part ---------------------------------------------------------------------------------


def _check_zone(token: _Token, ctx: _Context) -> None:
    names = _ZONE_WORDS.get(token.name, (token.name,))
    if not any(name in ctx.zone_names for name in names):
        raise _Trouble("other_zone", token)


def _read_part(part: _Part, ctx: _Context) -> None:
    """Fill ``part.days`` and ``part.spans`` from its tokens (raises :class:`_Trouble`)."""
    tokens, i = part.tokens, 0
    while i < len(tokens):
        token = tokens[i]
        if token.kind in ("filler", "list") or (token.kind == "dash" and i == 0 and
                                                 _kind(tokens, 1) != "time"):
            i += 1
            continue
        if token.kind == "zone":
            _check_zone(token, ctx)
            i += 1
            continue
        days = _day_spec(tokens, i, ctx)
        if days is not None:
            part.days = (part.days or set()) | days[0]
            i = days[1]
            continue
        span = _time_spec(tokens, i, ctx)
        if span is None:
            raise _Trouble("not_understood", token)
        if span[0][1] <= span[0][0]:
            raise _Trouble("end_before_start", *tokens[i:span[1]])
        part.spans.append(span[0])
        i = span[1]


def _parse_part(tokens: list[_Token], ctx: _Context, original: str, index: list[int]) -> _Part:
    part = _Part(tokens)
    try:
        unknown = [token for token in tokens if token.kind == "word"]
        if unknown:
            raise _Trouble("not_understood", *unknown, separate=True)
        _read_part(part, ctx)
    except _Trouble as trouble:
        part.problem = TextProblem(trouble.code, _part_text(part, original, index),
                                   trouble.detail(original, index))
    return part


# -- wall time to UTC -----------------------------------------------------------------------


def _gap_instant(wall: datetime, zone: tzinfo) -> datetime:
    """The instant the clocks jump over the non-existent wall time ``wall``."""
    late = to_utc(wall, zone)  # read with the offset before the gap: after the change
    low, high = 0, 26 * 3600  # seconds before ``late``; Apia once skipped a whole day
    while high - low > 1:
        middle = (low + high) // 2
        moment = late - timedelta(seconds=middle)
        if to_local(moment, zone).replace(tzinfo=None) >= wall:
            low = middle
        else:
            high = middle
    return late - timedelta(seconds=low)


def _instant(day: date, minutes: int, zone: tzinfo) -> datetime:
    """UTC instant of wall time ``minutes`` after local midnight of ``day`` (24:00 allowed)."""
    wall = datetime.combine(day, time(0)) + timedelta(minutes=minutes)
    if exists_locally(wall, zone):
        return to_utc(wall, zone)
    return _gap_instant(wall, zone)


def _intervals(part: _Part, ctx: _Context) -> list[Interval]:
    result = []
    for day in sorted(part.days or ()):
        for start, end in part.spans:
            first, last = _instant(day, start, ctx.zone), _instant(day, end, ctx.zone)
            if last > first:
                result.append(Interval(first, last))
    return result


# -- the whole text -------------------------------------------------------------------------


def _zone_names(zone: tzinfo, around: date) -> frozenset[str]:
    """Abbreviations the zone uses in the year of ``around`` ("pst", "pdt")."""
    names = set()
    for month in range(1, 13, 3):
        moment = datetime(around.year, month, 1, 12, tzinfo=UTC).astimezone(zone)
        names.add((moment.tzname() or "").casefold())
    return frozenset(names)


def _context(zone: str | tzinfo, first_day: date, last_day: date, hours: tuple[time, time],
             day_first: bool) -> _Context:
    tz = get_zone(zone) if isinstance(zone, str) else zone
    return _Context(first_day, last_day, tz, day_first, _minutes(hours[0]),
                    _minutes(hours[1]) or _DAY_MINUTES, _zone_names(tz, first_day))


def _inherit(parts: list[_Part], ctx: _Context) -> None:
    """Give parts without days the days before them, parts without times the times after."""
    weekdays = _weekday_dates(range(5), ctx)
    previous: set[date] | None = None
    for part in parts:
        if part.days is None and part.spans:
            part.days = previous if previous is not None else weekdays
        previous = part.days if part.days is not None else previous
    following: list[tuple[int, int]] = [(ctx.default_start, ctx.default_end)]
    for part in reversed(parts):
        if part.days is not None and not part.spans:
            part.spans = list(following)
        following = part.spans or following


def parse_availability(text: str, zone: str | tzinfo, first_day: date, last_day: date, *,
                       hours: tuple[time, time] = DEFAULT_HOURS,
                       day_first: bool = False) -> ParsedAvailability:
    """Read availability text as wall time in ``zone`` on the days ``first_day`` to ``last_day``
    (inclusive, the zone's local dates) and return it as merged UTC intervals plus the parts
    that could not be used.

    ``hours`` is the span of "all day" and the open end of "after …"/"until …" (default
    08:00–20:00). ``day_first`` reads "8/12" as 8 December (default: month first, as in the US
    and Japan). Raises ValueError when ``last_day`` is before ``first_day``.
    """
    if last_day < first_day:
        raise ValueError("last_day is before first_day")
    ctx = _context(zone, first_day, last_day, hours, day_first)
    normal, index = _normalise(text)
    parts = [_parse_part(tokens, ctx, text, index) for tokens in _split(_tokenise(normal))]
    usable = [part for part in parts if part.problem is None and (part.days is not None or part.spans)]
    _inherit(usable, ctx)
    intervals: list[Interval] = []
    problems = [part.problem for part in parts if part.problem is not None]
    for part in usable:
        found = _intervals(part, ctx)
        if not found and part.days:
            problems.append(TextProblem("nonexistent_time", _part_text(part, text, index)))
        intervals.extend(found)
    return ParsedAvailability(tuple(normalise(intervals)), tuple(problems))


def _part_text(part: _Part, original: str, index: list[int]) -> str:
    return original[index[part.tokens[0].start]:index[part.tokens[-1].end]]


# -- writing text that reads back -----------------------------------------------------------

_WEEKDAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def format_availability(intervals: Iterable[Interval], zone: str | tzinfo) -> str:
    """One line per local day, "Tue 2026-12-08 10:00-12:00", that :func:`parse_availability`
    reads back to the same intervals (an end at local midnight is written 24:00).

    Whole minutes only; a time in the repeated hour of an autumn fold is written as wall time
    and reads back as its first occurrence."""
    tz = get_zone(zone) if isinstance(zone, str) else zone
    lines = []
    for interval in normalise(intervals):
        lines.extend(_day_lines(interval, tz))
    return "\n".join(lines)


def _day_lines(interval: Interval, zone: tzinfo) -> list[str]:
    lines = []
    start = to_local(interval.start, zone)
    end = to_local(interval.end, zone)
    day = start.date()
    while datetime.combine(day, time(0)) < end.replace(tzinfo=None):
        first = start.strftime("%H:%M") if day == start.date() else "00:00"
        last = end.strftime("%H:%M") if day == end.date() else "24:00"
        if first != last:
            lines.append(f"{_WEEKDAY_NAMES[day.weekday()]} {day.isoformat()} {first}-{last}")
        day += timedelta(days=1)
    return lines
