"""Why no proposal fits: reasons counted over the panel starts they block (SPEC §3).

For every grid start (and every session order the plan allows) the diagnosis collects what
stops it: the candidate's availability first (a start the candidate cannot make is counted only
against the candidate, and that reason is listed last unless it blocks every start), then each
named interviewer's first broken rule, then pools without enough free members, then pools that
cannot staff every session at once. A reason counts a start once even when it blocks several
orders there. Reasons come back ordered by how many starts each blocks, so the first one is the
bottleneck a coordinator should act on.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from interviewplanner.core.engine_rules import Block, Span, check_person
from interviewplanner.core.engine_search import (
    Context,
    OrderMasks,
    named_hold,
    order_masks,
    same_day_ok,
    staff_start,
)
from interviewplanner.core.reasons import Reason, ReasonCode

_RANK = {code: i for i, code in enumerate(ReasonCode)}


def block_reason(ctx: Context, email: str, block: Block) -> Reason:
    """The :class:`Reason` for a person's :class:`Block`."""
    person = ctx.people[email]
    country = (person.country or "").upper() if block.code is ReasonCode.HOLIDAY else ""
    return Reason(block.code, email, person.name, block.day, block.detail,
                  country=country, need=block.need)


def _named_reasons(ctx: Context, spans: dict[int, Span]) -> set[Reason]:
    return named_reasons(ctx, spans, ctx.named)


def named_reasons(
    ctx: Context, spans: dict[int, Span], staff: Sequence[Sequence[str]]
) -> set[Reason]:
    """The first broken rule of each person in ``staff`` holding their sessions at ``spans``."""
    held: dict[str, list[Span]] = {}
    for idx, span in spans.items():
        for email in staff[idx]:
            held.setdefault(email, []).append(span)
    out = set()
    for email, ivs in held.items():
        block = check_person(ctx.cals[email], ivs)
        if block is not None:
            out.add(block_reason(ctx, email, block))
    return out


def _pool_reasons(
    ctx: Context, masks: OrderMasks, spans: dict[int, Span], bit: int
) -> dict[Reason, int]:
    held = named_hold(ctx, spans) or {}
    out: dict[Reason, int] = {}
    for idx, members in masks.members.items():
        spec = ctx.plan.sessions[idx]
        have = sum(
            1 for e, m in members.items()
            if m >> bit & 1 and check_person(ctx.cals[e], [*held.get(e, ()), spans[idx]]) is None
        )
        if have < spec.count:
            key = Reason(ReasonCode.POOL_BUSY, pool=spec.pool or "", need=spec.count)
            out[key] = max(out.get(key, 0), have)
    return out


def _start_reasons(ctx: Context, masks: OrderMasks, bit: int) -> dict[Reason, int]:
    t = ctx.t0 + bit * ctx.grid
    spans = ctx.spans(masks.order, t)
    if not all(ctx.cand.covers(s, e) for s, e in spans.values()):
        return {Reason(ReasonCode.CANDIDATE_UNAVAILABLE): 0}
    if not same_day_ok(ctx, t, masks.span):
        return {Reason(ReasonCode.SAME_DAY): 0}
    found: dict[Reason, int] = dict.fromkeys(_named_reasons(ctx, spans), 0)
    found.update(_pool_reasons(ctx, masks, spans, bit))
    if not found and staff_start(ctx, masks, bit) is None:
        pool = next((s.pool for s in ctx.plan.sessions if s.pool), "")
        found[Reason(ReasonCode.POOL_CONFLICT, pool=pool or "")] = 0
    return found


def diagnose(
    ctx: Context, orders: Sequence[tuple[int, ...]] | None = None, span: int | None = None
) -> tuple[Reason, ...]:
    """Reasons no start works, each with the number of starts it blocks, bottleneck first.

    ``orders`` and ``span`` name one block of a loop over days (default: the one-day panel).
    """
    counts: dict[Reason, int] = {}
    haves: dict[Reason, int] = {}
    all_masks = [order_masks(ctx, order) for order in (orders or ctx.orders)]
    k = ctx.k if span is None else min(ctx.k, ctx.starts(span))
    for bit in range(k):
        at_start: dict[Reason, int] = {}
        for masks in all_masks:
            for key, have in _start_reasons(ctx, masks, bit).items():
                at_start[key] = max(at_start.get(key, 0), have)
        for key, have in at_start.items():
            counts[key] = counts.get(key, 0) + 1
            haves[key] = max(haves.get(key, 0), have)
    reasons = [replace(key, starts=n, have=haves[key]) for key, n in counts.items()]
    return tuple(sorted(reasons, key=lambda r: reason_order(r, k)))


def reason_order(reason: Reason, total: int) -> tuple[bool, int, int, str, str, str]:
    """Most starts blocked first, then a stable order by code, person, date and pool.

    The candidate's own hours come last unless they block every start: the candidate's night is
    a fact, while the reasons among the starts the candidate can make are what a coordinator can
    act on.
    """
    day = reason.day.isoformat() if reason.day else ""
    candidate_last = reason.code is ReasonCode.CANDIDATE_UNAVAILABLE and reason.starts < total
    return candidate_last, -reason.starts, _RANK[reason.code], reason.email, day, reason.pool
