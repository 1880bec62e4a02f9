"""Aging buckets by days past due: current, 1-30, 31-60, 61-90, 91-180, 180+."""

from __future__ import annotations

from datetime import date
from enum import StrEnum


class AgingBucket(StrEnum):
    CURRENT = "current"
    D1_30 = "1-30"
    D31_60 = "31-60"
    D61_90 = "61-90"
    D91_180 = "91-180"
    D180_PLUS = "180+"


# (bucket, first day past due, last day past due or None)
BUCKET_BOUNDS: tuple[tuple[AgingBucket, int, int | None], ...] = (
    (AgingBucket.CURRENT, -10**9, 0),
    (AgingBucket.D1_30, 1, 30),
    (AgingBucket.D31_60, 31, 60),
    (AgingBucket.D61_90, 61, 90),
    (AgingBucket.D91_180, 91, 180),
    (AgingBucket.D180_PLUS, 181, None),
)


def days_past_due(due: date, today: date) -> int:
    return max(0, (today - due).days)


def bucket_for(days: int) -> AgingBucket:
    for bucket, low, high in BUCKET_BOUNDS:
        if days >= low and (high is None or days <= high):
            return bucket
    raise AssertionError(days)  # pragma: no cover - the bounds cover every integer


def due_date_range(bucket: AgingBucket, today: date) -> tuple[date | None, date | None]:
    """The due dates (inclusive) whose accounts fall in `bucket` today: for SQL filters on an index."""
    from datetime import timedelta

    for b, low, high in BUCKET_BOUNDS:
        if b is bucket:
            latest = today - timedelta(days=max(low, 0)) if b is not AgingBucket.CURRENT else None
            earliest = today - timedelta(days=high) if high is not None and b is not AgingBucket.CURRENT else None
            if b is AgingBucket.CURRENT:
                return today, None
            return earliest, latest
    raise KeyError(bucket)
