"""The rule engine: a profile's rules over one debtor's events. Pure: no database, no Qt.

    evaluate(profile, debtor, events, as_of=...)        every hit in the log (the scan)
    evaluate_proposed(profile, debtor, history, event)  the hits one contact would cause (prevention)
    lookback_days(profile)                              how much history evaluate_proposed needs

Each rule type is a class in ``compliance.rules`` (one module per family) compiled once per profile: the
params are parsed into sets, minutes and day counts, then ``scan`` makes one pass over the events (sliding
windows in deques, dictionaries keyed by account or destination: O(n) per rule). Event times are converted
to the debtor's local time once per call (``rules.base.Prepared``), holiday answers are cached.

``evaluate_proposed`` answers for the proposed contact what ``evaluate`` would answer for it if it were in
the log after ``history`` (history events later than it are ignored; one at the same instant counts as
earlier), except deadlines and retention, which judge no single contact: a late notice must not be held
back by the check that it is late. Only the history inside the windowed rules' look-back is converted to
local time; older events are read by the whole-history rules (first letter, third parties) as they are.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from typing import Any

from collectdesk.compliance.model import DebtorFacts, Event, Hit, Profile
from collectdesk.compliance.rules import CHECKS
from collectdesk.compliance.rules.base import ALL_HISTORY, Prepared

__all__ = ["ALL_HISTORY", "compile_profile", "evaluate", "evaluate_proposed", "lookback_days"]

_CACHE_SIZE = 64
_compiled: dict[int, tuple[Profile, tuple[Any, ...]]] = {}


def compile_profile(profile: Profile) -> tuple[Any, ...]:
    """The profile's rules as checks, in the profile's order (cached per profile object)."""
    found = _compiled.get(id(profile))
    if found is not None and found[0] is profile:
        return found[1]
    checks = tuple(CHECKS[rule.type](rule) for rule in profile.rules)
    if len(_compiled) >= _CACHE_SIZE:
        _compiled.pop(next(iter(_compiled), None), None)
    _compiled[id(profile)] = (profile, checks)  # the profile is kept alive, so its id is not reused
    return checks


def evaluate(profile: Profile, debtor: DebtorFacts, events: Sequence[Event], *, as_of: date) -> list[Hit]:
    """Every hit of the profile's rules over the debtor's events (sorted by ``at``; sorted here if not),
    ordered by when it happened. ``as_of`` decides which deadlines have passed and which data is too old."""
    checks = compile_profile(profile)
    p = Prepared(profile, debtor, events, as_of)
    hits: list[Hit] = []
    for check in checks:
        found = check.scan(p)
        if found:
            hits.extend(found)
    if len(hits) > 1:
        hits.sort(key=_hit_at)
    return hits


def evaluate_proposed(profile: Profile, debtor: DebtorFacts, history: Sequence[Event], proposed: Event) -> list[Hit]:
    """The hits the proposed contact would cause, given the debtor's recent ``history`` (at least
    ``lookback_days(profile)`` days of it; any order). Its outcome may be None (not known yet): it then
    counts as an attempt, and as a possible conversation for a cap on conversations."""
    if proposed.at.tzinfo is None:
        proposed = replace(proposed, at=proposed.at.replace(tzinfo=UTC))
    at = proposed.at
    earlier = [e for e in history if _aware(e.at) <= at and (proposed.id is None or e.id != proposed.id)]
    earlier.sort(key=lambda e: _aware(e.at))
    earlier.append(proposed)
    checks = compile_profile(profile)
    windowed = [c.lookback_days() for c in checks if c.proposed and c.lookback_days() < ALL_HISTORY]
    local_from = at - timedelta(days=max(windowed, default=0) + 1)
    p = Prepared(profile, debtor, earlier, None, proposed=True, local_from=local_from)
    last = len(p.events) - 1
    hits: list[Hit] = []
    for check in checks:
        if check.proposed:
            hits.extend(check.check(p, last))
    return hits


def lookback_days(profile: Profile) -> int:
    """Days of history before a proposed contact that evaluate_proposed needs; ``ALL_HISTORY`` (36,525)
    when a rule looks at every earlier contact (the first letter on an account, third parties contacted)."""
    return max([1] + [check.lookback_days() for check in compile_profile(profile) if check.proposed])


def _hit_at(hit: Hit) -> datetime:
    return hit.at


def _aware(at: datetime) -> datetime:
    return at if at.tzinfo is not None else at.replace(tzinfo=UTC)
