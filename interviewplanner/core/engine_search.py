"""The exact grid search behind :func:`interviewplanner.core.engine.propose`.

1. Every panel start ``t`` on the grid is a bit of a Python ``int``. For each session (at its
   offset in a given order) the candidate's allowed time and each named interviewer's
   :func:`~interviewplanner.core.engine_rules.free_segments` become bit masks in one pass over
   their segments; AND-ing them leaves the starts that pass every single-interview necessary
   condition. Pool members get one mask per session.
2. Each surviving start is checked exactly: same local day for the candidate, every named
   person's whole set of interviews (:func:`~interviewplanner.core.engine_rules.check_person`),
   then the pool seats are filled by branch and bound over members sorted by their seat value
   (the additive part of the score), so the best feasible choice is found whenever one exists.

All rules are per person and monotone (adding an interview never makes a person *more*
feasible), so checking each person as they are added is exact.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from itertools import pairwise, permutations

from interviewplanner.core.engine_rules import (
    CandidateCalendar,
    PersonCalendar,
    Span,
    check_person,
    free_segments,
)
from interviewplanner.core.intervals import Interval
from interviewplanner.core.ledger import Carried, Month
from interviewplanner.core.model import CompanySettings, Interviewer
from interviewplanner.core.plan import Plan
from interviewplanner.core.ranking import ScoreParts, combine, load_term, seat_weight


@dataclass(frozen=True, slots=True)
class Staffing:
    """Who holds each session (plan order), and the people chosen from pools."""

    staff: tuple[tuple[str, ...], ...]
    pooled: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Found:
    """A feasible panel start with its best order and people, and its score.

    ``layout`` holds each session's span, in time order, for a loop over several days (empty for
    a one-day panel, whose spans follow from ``t`` and ``order``).
    """

    score: float
    t: int
    order: tuple[int, ...]
    staffing: Staffing
    layout: tuple[tuple[int, Span], ...] = ()
    fairness: int = 0  # out-of-core seats already carried this month by their holders (Σ)

    def sort_key(self) -> tuple[float, int, int, tuple[str, ...]]:
        """Best score first, then the fairer rotation of awkward seats, then earlier start, then
        names (in time order)."""
        names = tuple(e for i in self.order for e in self.staffing.staff[i])
        return -self.score, self.fairness, self.t, names


@dataclass(slots=True)
class Context:
    """Everything one search needs, precomputed (people keyed by primary e-mail)."""

    plan: Plan
    people: dict[str, Interviewer]
    cals: dict[str, PersonCalendar]
    cand: CandidateCalendar
    named: tuple[tuple[str, ...], ...]
    pools: tuple[tuple[str, ...], ...]
    t0: int
    k: int
    origin_day: int
    horizon_days: int
    company: CompanySettings  # the policy the people's overrides change
    booked: dict[str, list[Interval]] = field(default_factory=dict)
    end_minute: int = 0  # the search range's end, whole minutes since the epoch
    carried: dict[str, dict[Month, Carried]] = field(default_factory=dict)  # per person, month
    _segments: dict[str, list[Span]] = field(default_factory=dict)
    _rotating: bool | None = None
    _weights: tuple[float, float, float] | None = None

    @property
    def weights(self) -> tuple[float, float, float]:
        """Cached :func:`~interviewplanner.core.ranking.seat_weight` of the plan."""
        if self._weights is None:
            self._weights = seat_weight(self.plan)
        return self._weights

    @property
    def grid(self) -> int:
        """Grid step in minutes."""
        return self.plan.grid_minutes

    @property
    def blocks(self) -> tuple[tuple[int, ...], ...]:
        """Session indices of each block (one block unless the plan is a loop over days)."""
        return self.plan.blocks

    def block_orders(self, block: int) -> tuple[tuple[int, ...], ...]:
        """Orders to try inside a block: the plan's, or every permutation when not ``ordered``."""
        indices = self.blocks[block]
        return (indices,) if self.plan.ordered else tuple(permutations(indices))

    @property
    def orders(self) -> tuple[tuple[int, ...], ...]:
        """Session orders to try for a one-day plan (its only block)."""
        return self.block_orders(0)

    def starts(self, span: int) -> int:
        """How many grid starts leave room for ``span`` minutes before the range ends."""
        if not self.end_minute:
            return self.k
        last = self.end_minute - span
        return max(0, (last - self.t0) // self.grid + 1) if last >= self.t0 else 0

    def order_span(self, order: Sequence[int]) -> int:
        """Minutes from the first start to the last end of ``order`` held back to back."""
        return self.plan.block_minutes(tuple(order))

    def offsets(self, order: Sequence[int]) -> dict[int, int]:
        """Minutes from the panel start to each session's start (by session index)."""
        out, at = {}, 0
        for idx in order:
            out[idx] = at
            at += self.plan.sessions[idx].minutes + self.plan.break_minutes
        return out

    def spans(self, order: Sequence[int], t: int) -> dict[int, Span]:
        """Each session's ``(start, end)`` for a panel starting at ``t``."""
        sessions = self.plan.sessions
        return {i: (t + off, t + off + sessions[i].minutes) for i, off in self.offsets(order).items()}

    @property
    def rotating(self) -> bool:
        """True when someone has carried out-of-core seats (fair rotation has work to do)."""
        if self._rotating is None:
            self._rotating = any(c.outside_core for months in self.carried.values()
                                 for c in months.values())
        return self._rotating

    def rotation_key(self, email: str, span: Span) -> tuple[int, int]:
        """How much of this seat's kind (early, late) ``email`` carried that month; (0, 0) when
        the seat lies in their core hours (see :mod:`interviewplanner.core.ledger`)."""
        rules = self.cals[email].day_of(span[0])
        if rules is None:
            return 0, 0
        month = self.carried.get(email, {}).get((rules.day.year, rules.day.month))
        if month is None:
            return 0, 0
        return month.rotation_key(span[0] < rules.cs, span[1] > rules.ce)

    def fairness(self, spans: Mapping[int, Span], staff: Sequence[Sequence[str]]) -> int:
        """Σ over the seats at ``spans`` of what their holders carried of that seat's kind."""
        if not self.rotating:
            return 0
        return sum(self.rotation_key(e, span)[0] for i, span in spans.items() for e in staff[i])

    def found_spans(self, found: Found) -> dict[int, Span]:
        """Each session's ``(start, end)`` in a found proposal."""
        return dict(found.layout) if found.layout else self.spans(found.order, found.t)

    def segments(self, email: str) -> list[Span]:
        """Cached :func:`free_segments` of a person."""
        if email not in self._segments:
            self._segments[email] = free_segments(self.cals[email])
        return self._segments[email]


# ---------------------------------------------------------------- masks


def span_mask(ctx: Context, segments: Sequence[Span], off: int, length: int) -> int:
    """Bits ``k`` such that ``[t_k + off, t_k + off + length)`` lies in one of ``segments``."""
    mask = 0
    for a, b in segments:
        lo = max(0, -((ctx.t0 + off - a) // ctx.grid))
        hi = min(ctx.k - 1, (b - length - off - ctx.t0) // ctx.grid)
        if lo <= hi:
            mask |= ((1 << (hi - lo + 1)) - 1) << lo
    return mask


@dataclass(frozen=True, slots=True)
class OrderMasks:
    """Starts passing every necessary condition, and per-session pool member masks."""

    order: tuple[int, ...]
    base: int
    members: dict[int, dict[str, int]]
    span: int  # minutes from the first start to the last end of ``order`` held back to back


def order_masks(ctx: Context, order: tuple[int, ...]) -> OrderMasks:
    """Compute :class:`OrderMasks` for one session order."""
    cand = list(zip(ctx.cand.allowed_starts, ctx.cand.allowed_ends, strict=True))
    span = ctx.order_span(order)
    base = (1 << min(ctx.k, ctx.starts(span))) - 1
    members: dict[int, dict[str, int]] = {}
    for idx, off in ctx.offsets(order).items():
        minutes = ctx.plan.sessions[idx].minutes
        base &= span_mask(ctx, cand, off, minutes)
        for email in ctx.named[idx]:
            base &= span_mask(ctx, ctx.segments(email), off, minutes)
        if ctx.plan.sessions[idx].count:
            members[idx] = {e: span_mask(ctx, ctx.segments(e), off, minutes) for e in ctx.pools[idx]}
    return OrderMasks(order, base, members, span)


def bits(mask: int) -> Iterator[int]:
    """Indices of the set bits of ``mask``, lowest first."""
    while mask:
        low = mask & -mask
        yield low.bit_length() - 1
        mask ^= low


# ---------------------------------------------------------------- scoring in minutes


def seat_parts(cal: PersonCalendar, span: Span) -> tuple[int, float]:
    """Core minutes and load term of one seat."""
    s, e = span
    rules = cal.day_of(s)
    if rules is None:
        return 0, 0.0
    return max(0, min(e, rules.ce) - max(s, rules.cs)), load_term(rules.booked_week)


def seat_value(ctx: Context, cal: PersonCalendar, span: Span) -> float:
    """The additive share of the score that one seat contributes."""
    core, load = seat_parts(cal, span)
    w_core, w_load, w_flex = ctx.weights
    return w_core * core + w_load * load + w_flex * (core == span[1] - span[0])


def parts(ctx: Context, t: int, order: Sequence[int], staff: Sequence[Sequence[str]]) -> ScoreParts:
    """The :class:`ScoreParts` of a staffed panel start (same sums as ``score_parts``)."""
    return spans_parts(ctx, ctx.spans(order, t), staff, t)


def spans_parts(
    ctx: Context, spans: Mapping[int, Span], staff: Sequence[Sequence[str]], first: int
) -> ScoreParts:
    """The :class:`ScoreParts` of sessions at ``spans`` (the panel's first start ``first``)."""
    core = seat_minutes = full = 0
    loads: list[float] = []
    for idx, (s, e) in sorted(spans.items(), key=lambda kv: kv[1]):
        for email in staff[idx]:
            c, load = seat_parts(ctx.cals[email], (s, e))
            core, seat_minutes, full = core + c, seat_minutes + e - s, full + (c == e - s)
            loads.append(load)
    preferred = sum(ctx.cand.preferred_minutes(s, e) for s, e in spans.values())
    return ScoreParts(core, seat_minutes, preferred, sum(e - s for s, e in spans.values()),
                      ctx.cand.day_index(first) - ctx.origin_day, ctx.horizon_days,
                      tuple(loads), full, len(loads))


# ---------------------------------------------------------------- staffing


@dataclass(slots=True)
class _Need:
    idx: int
    span: Span
    count: int
    options: list[tuple[float, str]]


class _Staffer:
    """Branch and bound over pool seats: the best-valued feasible choice, or none."""

    def __init__(self, ctx: Context, needs: list[_Need], held: dict[str, list[Span]]) -> None:
        self.ctx, self.needs, self.held = ctx, needs, held
        tops = [sum(v for v, _ in n.options[: n.count]) for n in needs]
        self.bounds = [sum(tops[j:]) for j in range(len(needs) + 1)]
        self.best = float("-inf")
        self.best_pick: list[tuple[str, ...]] | None = None
        self.picks: list[list[str]] = [[] for _ in needs]

    def run(self) -> list[tuple[str, ...]] | None:
        """Search; return the chosen e-mails per need (None when no choice is feasible)."""
        self._seat(0, 0, self.needs[0].count, 0.0)
        return self.best_pick

    def _seat(self, j: int, pos: int, need: int, acc: float) -> None:
        if need == 0:
            if j + 1 < len(self.needs):
                self._seat(j + 1, 0, self.needs[j + 1].count, acc)
            elif acc > self.best:
                self.best, self.best_pick = acc, [tuple(p) for p in self.picks]
            return
        opts, span = self.needs[j].options, self.needs[j].span
        for i in range(pos, len(opts) - need + 1):
            if acc + sum(v for v, _ in opts[i : i + need]) + self.bounds[j + 1] <= self.best:
                return
            value, email = opts[i]
            trial = [*self.held.get(email, ()), span]
            if check_person(self.ctx.cals[email], trial) is None:
                before = self._push(j, email, trial)
                self._seat(j, i + 1, need - 1, acc + value)
                self._pop(j, email, before)

    def _push(self, j: int, email: str, trial: list[Span]) -> list[Span] | None:
        before = self.held.get(email)
        self.held[email] = trial
        self.picks[j].append(email)
        return before

    def _pop(self, j: int, email: str, before: list[Span] | None) -> None:
        self.picks[j].pop()
        if before is None:
            del self.held[email]
        else:
            self.held[email] = before


def named_hold(ctx: Context, spans: Mapping[int, Span]) -> dict[str, list[Span]] | None:
    """Each named interviewer's sessions at ``spans``, or None when one of them cannot hold them."""
    held: dict[str, list[Span]] = {}
    for idx, span in spans.items():
        for email in ctx.named[idx]:
            held.setdefault(email, []).append(span)
    ok = all(check_person(ctx.cals[e], ivs) is None for e, ivs in held.items())
    return held if ok else None


def _needs(ctx: Context, masks: OrderMasks, spans: Mapping[int, Span], bit: int) -> list[_Need]:
    """The pool seats of ``masks.order`` at ``spans``: members free alone, best value first;
    among equal values the one who carried fewest seats of that kind this month, then e-mail
    (the branch and bound keeps the first best choice it meets: fair rotation breaks ties)."""
    needs = []
    rotating = ctx.rotating
    for idx, members in masks.members.items():
        span = spans[idx]
        options = [(seat_value(ctx, ctx.cals[e], span), e) for e, m in members.items() if m >> bit & 1]
        options.sort(key=lambda o: (-o[0], o[1]))
        if rotating and any(a[0] == b[0] for a, b in pairwise(options)):
            options.sort(key=lambda o: (-o[0], ctx.rotation_key(o[1], span), o[1]))
        needs.append(_Need(idx, span, ctx.plan.sessions[idx].count, options))
    return needs


def same_day_ok(ctx: Context, t: int, span: int) -> bool:
    """True unless the block of ``span`` minutes starting at ``t`` must fall on one candidate
    day and crosses local midnight. A block of a loop over days always must."""
    end = t + span
    one_day = ctx.plan.same_day or ctx.plan.multi_day
    return not one_day or ctx.cand.day_index(t) == ctx.cand.day_index(end - 1)


def _staff(
    ctx: Context, spans: Mapping[int, Span], make_needs: Callable[[], list[_Need]]
) -> Staffing | None:
    """The best staffing of the sessions at ``spans``: named people plus the pool seats that
    ``make_needs`` lists (called only once the named people fit)."""
    held = named_hold(ctx, spans)
    if held is None:
        return None
    needs = make_needs()
    if any(len(n.options) < n.count for n in needs):
        return None
    picks = _Staffer(ctx, needs, held).run() if needs else []
    if picks is None:
        return None
    chosen = {n.idx: tuple(sorted(p)) for n, p in zip(needs, picks, strict=True)}
    staff = tuple(ctx.named[i] + chosen.get(i, ()) if i in spans else ()
                  for i in range(len(ctx.plan.sessions)))
    in_time = sorted(spans, key=lambda i: spans[i])
    return Staffing(staff, tuple(e for i in in_time for e in chosen.get(i, ())))


def staff_start(ctx: Context, masks: OrderMasks, bit: int) -> Staffing | None:
    """The best staffing of the panel (or block) starting at grid index ``bit`` in ``masks.order``."""
    t = ctx.t0 + bit * ctx.grid
    if not same_day_ok(ctx, t, masks.span):
        return None
    spans = ctx.spans(masks.order, t)
    return _staff(ctx, spans, lambda: _needs(ctx, masks, spans, bit))


def staff_chain(ctx: Context, chain: Sequence[tuple[OrderMasks, int]]) -> Staffing | None:
    """The best joint staffing of several blocks, each ``(masks, bit)`` (already one-day checked)."""
    spans: dict[int, Span] = {}
    for masks, bit in chain:
        spans.update(ctx.spans(masks.order, ctx.t0 + bit * ctx.grid))
    return _staff(ctx, spans, lambda: [n for masks, bit in chain
                                       for n in _needs(ctx, masks, spans, bit)])


def search(ctx: Context) -> list[Found]:
    """Every feasible grid start with its best order and staffing, scored."""
    best: dict[int, Found] = {}
    for order in ctx.orders:
        masks = order_masks(ctx, order)
        for bit in bits(masks.base):
            staffing = staff_start(ctx, masks, bit)
            if staffing is None:
                continue
            t = ctx.t0 + bit * ctx.grid
            found = Found(combine(parts(ctx, t, order, staffing.staff)), t, order, staffing)
            if t not in best or found.score > best[t].score:
                best[t] = found
    return ranked(ctx, list(best.values()))


def ranked(ctx: Context, found: list[Found]) -> list[Found]:
    """``found`` in rank order; equal scores get their fairness of rotation first."""
    if ctx.rotating:
        ties = Counter(f.score for f in found)
        found = [replace(f, fairness=ctx.fairness(ctx.found_spans(f), f.staffing.staff))
                 if ties[f.score] > 1 else f for f in found]
    return sorted(found, key=Found.sort_key)


def diverse_top(found: Sequence[Found], limit: int, spacing: int) -> list[Found]:
    """Greedy top ``limit`` in rank order, skipping any start within ``spacing`` minutes of one
    already taken."""
    taken: list[Found] = []
    for f in found:
        if len(taken) >= limit:
            break
        if all(abs(f.t - g.t) >= spacing for g in taken):
            taken.append(f)
    return taken
