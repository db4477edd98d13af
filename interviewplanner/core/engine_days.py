"""Loops over several days (SPEC §11): an exact search over blocks held on different days.

A plan whose sessions carry several ``day`` values is a chain of *blocks*; block ``j`` is held on
one candidate-local date, 1 to ``max_days_between`` days after block ``j - 1``'s. The score is a
sum over seats and sessions plus the date term of the first block (``ranking.additive_value``),
and every rule is per person, so the search splits:

1. each block alone is searched like a one-day panel (:func:`block_options`): every feasible
   grid start with its best order and people and its additive value;
2. for each feasible start of the first block, a depth-first walk over the later blocks' starts
   on the allowed dates, best value first, bounded by the best values the remaining blocks can
   still add. At a leaf the blocks' own best choices are checked together for the people who sit
   in more than one block (load limits, lunch, buffers count across blocks); if they clash, the
   leaf is staffed jointly by the same branch and bound as one day (every order of every block),
   which is exact. Since a leaf's joint value never exceeds the sum of its blocks' own values,
   the walk stops as soon as no remaining leaf can beat the best one found.

So if any arrangement exists it is found, and each first-block start gets its best loop. When
none exists, :meth:`LoopSearch.diagnose` says why: the first block that cannot be held at all
(the one-day diagnosis of that block), blocks that never fall within ``max_days_between`` days of
each other, or the people who cannot hold the sessions of several blocks together.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from itertools import product

from interviewplanner.core.diagnosis import diagnose, named_reasons, reason_order
from interviewplanner.core.engine_rules import Span, check_person
from interviewplanner.core.engine_search import (
    Context,
    Found,
    OrderMasks,
    Staffing,
    bits,
    order_masks,
    ranked,
    spans_parts,
    staff_chain,
    staff_start,
)
from interviewplanner.core.ranking import W_DATE, additive_value, combine, date_term
from interviewplanner.core.reasons import Reason, ReasonCode

EPS = 1e-9
"""Slack when comparing a bound (a float sum) with an exact score."""
MAX_DIAGNOSED_LOOPS = 5000
"""How many combinations of block starts the diagnosis looks at when each block fits alone."""


@dataclass(frozen=True, slots=True)
class BlockOption:
    """One feasible start of one block alone: its best order and people, and their value."""

    t: int
    day: int  # candidate-local day index
    masks: OrderMasks
    bit: int
    staffing: Staffing
    value: float


def block_options(ctx: Context, block: int) -> tuple[list[BlockOption], list[OrderMasks]]:
    """Every feasible start of ``block`` held alone (best value per start), and its masks."""
    all_masks = [order_masks(ctx, order) for order in ctx.block_orders(block)]
    best: dict[int, BlockOption] = {}
    for masks in all_masks:
        for bit in bits(masks.base):
            staffing = staff_start(ctx, masks, bit)
            if staffing is None:
                continue
            t = ctx.t0 + bit * ctx.grid
            value = additive_value(spans_parts(ctx, ctx.spans(masks.order, t), staffing.staff, t),
                                   ctx.plan)
            if t not in best or value > best[t].value:
                best[t] = BlockOption(t, ctx.cand.day_index(t), masks, bit, staffing, value)
    return sorted(best.values(), key=lambda o: o.t), all_masks


def _by_day(options: Sequence[BlockOption]) -> dict[int, list[BlockOption]]:
    out: dict[int, list[BlockOption]] = {}
    for option in sorted(options, key=lambda o: (-o.value, o.t)):
        out.setdefault(option.day, []).append(option)
    return out


def _merged(ctx: Context, chain: Sequence[BlockOption]) -> tuple[dict[int, Span], Staffing]:
    """The spans and staffing of a chain of blocks, each with its own best choice."""
    spans: dict[int, Span] = {}
    staff: list[tuple[str, ...]] = [() for _ in ctx.plan.sessions]
    pooled: list[str] = []
    for option in chain:
        spans.update(ctx.spans(option.masks.order, option.t))
        for i in option.masks.order:
            staff[i] = option.staffing.staff[i]
        pooled += option.staffing.pooled
    return spans, Staffing(tuple(staff), tuple(pooled))


def _together(ctx: Context, spans: dict[int, Span], staffing: Staffing) -> bool:
    """True when everyone keeps every rule holding all their sessions of the chain at once."""
    held: dict[str, list[Span]] = {}
    for idx, span in spans.items():
        for email in staffing.staff[idx]:
            held.setdefault(email, []).append(span)
    return all(check_person(ctx.cals[e], ivs) is None for e, ivs in held.items() if len(ivs) > 1)


class LoopSearch:
    """The exact search for a loop over several days, and its diagnosis when nothing fits."""

    def __init__(self, ctx: Context) -> None:
        """Search every block alone first (each block's feasible starts and masks)."""
        self.ctx = ctx
        found = [block_options(ctx, b) for b in range(len(ctx.blocks))]
        self.options = [options for options, _ in found]
        self.masks = [masks for _, masks in found]
        self.later = [_by_day(options) for options in self.options]
        tops = [max((o.value for o in options), default=0.0) for options in self.options]
        self.tails = [sum(tops[j:]) for j in range(len(tops) + 1)]
        self._best: tuple[float, Found] | None = None

    # ------------------------------------------------------------ search

    def run(self) -> list[Found]:
        """Each feasible first-block start with its best loop, in rank order."""
        if not all(self.options):
            return []
        out: list[Found] = []
        for first in self.options[0]:
            self._best = None
            self._visit(1, [first], first.value)
            if self._best is not None:
                out.append(self._best[1])
        return ranked(self.ctx, out)

    def _next(self, j: int, previous: BlockOption) -> Iterator[BlockOption]:
        """Block ``j``'s starts on the dates allowed after ``previous``, best value first."""
        gap = self.ctx.plan.max_days_between
        days = [self.later[j].get(previous.day + d, []) for d in range(1, gap + 1)]
        return heapq.merge(*days, key=lambda o: (-o.value, o.t))

    def _visit(self, j: int, chain: list[BlockOption], acc: float) -> None:
        if j == len(self.options):
            self._leaf(chain)
            return
        for option in self._next(j, chain[-1]):
            bound = acc + option.value + self.tails[j + 1]
            if self._best is not None and bound < self._best[0] - EPS:
                return
            self._visit(j + 1, [*chain, option], acc + option.value)

    def _score(self, spans: dict[int, Span], staffing: Staffing) -> float:
        return combine(spans_parts(self.ctx, spans, staffing.staff, min(s for s, _ in spans.values())))

    def _joint(self, chain: Sequence[BlockOption]) -> tuple[float, dict[int, Span], Staffing] | None:
        """The best joint staffing of the chain's starts over every order of every block."""
        best: tuple[float, dict[int, Span], Staffing] | None = None
        choices = [[m for m in self.masks[j] if m.base >> o.bit & 1] for j, o in enumerate(chain)]
        for masks in product(*choices):
            links = [(m, o.bit) for m, o in zip(masks, chain, strict=True)]
            staffing = staff_chain(self.ctx, links)
            if staffing is None:
                continue
            spans: dict[int, Span] = {}
            for m, o in zip(masks, chain, strict=True):
                spans.update(self.ctx.spans(m.order, o.t))
            score = self._score(spans, staffing)
            if best is None or score > best[0]:
                best = (score, spans, staffing)
        return best

    def _leaf(self, chain: Sequence[BlockOption]) -> None:
        spans, staffing = _merged(self.ctx, chain)
        if _together(self.ctx, spans, staffing):
            score = self._score(spans, staffing)
        else:
            joint = self._joint(chain)
            if joint is None:
                return
            score, spans, staffing = joint
        if self._best is not None and score <= self._best[1].score:
            return
        layout = tuple(sorted(spans.items(), key=lambda kv: kv[1]))
        order = tuple(i for i, _ in layout)
        date_share = W_DATE * date_term(chain[0].day - self.ctx.origin_day, self.ctx.horizon_days)
        found = Found(score, chain[0].t, order, staffing, layout)
        self._best = (score - date_share, found)

    # ------------------------------------------------------------ diagnosis

    def diagnose(self) -> tuple[Reason, ...]:
        """Why no loop fits (call after :meth:`run` found nothing)."""
        ctx = self.ctx
        for block, options in enumerate(self.options):
            if not options:
                span = ctx.plan.block_minutes(ctx.blocks[block])
                return diagnose(ctx, ctx.block_orders(block), span)
        counts: dict[Reason, int] = {}
        loops = 0
        for chain in self._chains():
            loops += 1
            spans, staffing = _merged(ctx, chain)
            found = named_reasons(ctx, spans, staffing.staff) or {
                Reason(ReasonCode.POOL_CONFLICT, pool=next((s.pool for s in ctx.plan.sessions
                                                            if s.pool), "") or "")}
            for reason in found:
                counts[reason] = counts.get(reason, 0) + 1
            if loops >= MAX_DIAGNOSED_LOOPS:
                break
        if not counts:
            return (Reason(ReasonCode.DAYS_APART, need=ctx.plan.max_days_between,
                           starts=len(self.options[0])),)
        reasons = [replace(r, starts=n) for r, n in counts.items()]
        return tuple(sorted(reasons, key=lambda r: reason_order(r, loops)))

    def _chains(self) -> Iterator[list[BlockOption]]:
        """Every chain of block starts on allowed dates (each block with its own best choice)."""
        def walk(j: int, chain: list[BlockOption]) -> Iterator[list[BlockOption]]:
            if j == len(self.options):
                yield chain
                return
            for option in self._next(j, chain[-1]):
                yield from walk(j + 1, [*chain, option])

        for first in self.options[0]:
            yield from walk(1, [first])
