"""Service-level deadlines of feedback items: acknowledge by and resolve by.

The department setting ``feedback.sla`` holds one entry per category (FeedbackKind value)::

    {"complaint": {"ack_days": 5, "resolve_weeks": 8}, "enquiry": {"ack_days": 2, "resolve_days": 10}, ...}

- ``ack_days``: working days to acknowledge. Counting starts the working day after receipt (an item
  received on a Friday afternoon in Germany, 5 working days: Mon, Tue, Wed, Thu, Fri -> the Friday after).
- ``resolve_weeks``: calendar weeks to resolve (a complaint: 8 weeks, as the regulators count them);
  ``resolve_days`` instead counts working days. A calendar deadline that falls on a weekend or a public
  holiday moves to the next working day.
- A missing key or ``null`` means no deadline of that kind (compliments, survey answers).

A deadline is the end of that day (23:59:59) in the country's time zone, stored in UTC. Working days skip
Saturdays, Sundays and the country's national public holidays (library ``holidays``; regional holidays such
as a German Land's are not counted). The country is the linked account's branch's, else the account's or
the debtor's, else the department's first branch's (``item_country``); unknown countries count weekends only.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import date, datetime, time, timedelta, timezone
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from collectdesk.domain.enums import FeedbackKind

SLA_KEY = "feedback.sla"

DEFAULT_SLA: dict[str, dict[str, int | None]] = {  # the same as DEFAULTS["feedback.sla"]
    FeedbackKind.COMPLAINT.value: {"ack_days": 5, "resolve_weeks": 8},
    FeedbackKind.DISPUTE.value: {"ack_days": 5, "resolve_weeks": 8},
    FeedbackKind.HARDSHIP.value: {"ack_days": 2, "resolve_weeks": 4},
    FeedbackKind.ENQUIRY.value: {"ack_days": 2, "resolve_days": 10},
    FeedbackKind.SUGGESTION.value: {"ack_days": 10, "resolve_weeks": 6},
    FeedbackKind.COMPLIMENT.value: {"ack_days": None, "resolve_weeks": None},
    FeedbackKind.SURVEY.value: {"ack_days": None, "resolve_weeks": None},
}

COUNTRY_TIMEZONES = {
    "IT": "Europe/Rome", "PL": "Europe/Warsaw", "DE": "Europe/Berlin", "AT": "Europe/Vienna",
    "CH": "Europe/Zurich", "FR": "Europe/Paris", "ES": "Europe/Madrid", "NL": "Europe/Amsterdam",
    "BE": "Europe/Brussels", "CZ": "Europe/Prague", "SK": "Europe/Bratislava", "GB": "Europe/London",
}

END_OF_DAY = time(23, 59, 59)


@lru_cache(maxsize=256)
def _holidays(country: str, year: int) -> frozenset[date]:
    import holidays

    try:
        return frozenset(holidays.country_holidays(country, years=year).keys())
    except (NotImplementedError, KeyError):
        return frozenset()


def is_working_day(day: date, country: str | None) -> bool:
    if day.weekday() >= 5:
        return False
    return not country or day not in _holidays(country.upper(), day.year)


def add_working_days(start: date, days: int, country: str | None) -> date:
    """The `days`-th working day after `start` (start itself not counted)."""
    day = start
    counted = 0
    while counted < days:
        day += timedelta(days=1)
        if is_working_day(day, country):
            counted += 1
    return day


def next_working_day(day: date, country: str | None) -> date:
    while not is_working_day(day, country):
        day += timedelta(days=1)
    return day


def country_zone(country: str | None) -> ZoneInfo | timezone:
    name = COUNTRY_TIMEZONES.get((country or "").upper())
    return ZoneInfo(name) if name else timezone.utc


def sla_rules(source: Any) -> dict[str, dict[str, int | None]]:
    """The SLA table from a ServiceContext, a Session, a settings mapping holding ``feedback.sla``, or
    the SLA table itself; saved categories override the defaults one by one."""
    table: Mapping[str, Any] | None = None
    if isinstance(source, Session):
        import json

        from collectdesk.store.models import AppSetting

        text = source.execute(select(AppSetting.value).where(AppSetting.key == SLA_KEY)).scalar_one_or_none()
        table = json.loads(text) if text else None
    elif isinstance(source, Mapping):
        table = source.get(SLA_KEY, source)
    elif source is not None and hasattr(source, "reading"):
        from collectdesk.services.department_settings import setting

        table = setting(source, SLA_KEY)
    merged = {kind: dict(rule) for kind, rule in DEFAULT_SLA.items()}
    for kind, rule in (table or {}).items():
        if isinstance(rule, Mapping):
            merged[str(kind)] = dict(rule)
    return merged


def due_dates(ctx_or_settings: Any, kind: FeedbackKind, received_at: datetime,
              country: str | None) -> tuple[datetime | None, datetime | None]:
    """(acknowledge by, resolve by) in UTC for an item of `kind` received at `received_at` (UTC)."""
    rule = sla_rules(ctx_or_settings).get(FeedbackKind(kind).value, {})
    return deadlines_for_rule(rule, received_at, country)


def deadlines_for_rule(rule: Mapping[str, Any], received_at: datetime,
                       country: str | None) -> tuple[datetime | None, datetime | None]:
    if received_at.tzinfo is None:
        received_at = received_at.replace(tzinfo=timezone.utc)
    zone = country_zone(country)
    local_day = received_at.astimezone(zone).date()

    def end_of(day: date) -> datetime:
        return datetime.combine(day, END_OF_DAY, tzinfo=zone).astimezone(timezone.utc)

    ack = rule.get("ack_days")
    ack_by = end_of(add_working_days(local_day, int(ack), country)) if ack is not None else None
    resolve_by = None
    if rule.get("resolve_weeks") is not None:
        resolve_by = end_of(next_working_day(local_day + timedelta(weeks=int(rule["resolve_weeks"])), country))
    elif rule.get("resolve_days") is not None:
        resolve_by = end_of(add_working_days(local_day, int(rule["resolve_days"]), country))
    return ack_by, resolve_by


def item_country(session: Session, *, account_id: uuid.UUID | None = None,
                 debtor_id: uuid.UUID | None = None) -> str | None:
    """The country whose working days count for an item: the linked account's branch, else the
    account's own country, else the debtor's, else the department's first branch (by name)."""
    from collectdesk.store.models import Account, Branch, Debtor

    if account_id is not None:
        row = session.execute(select(Branch.country, Account.country)
                              .select_from(Account).outerjoin(Branch, Branch.id == Account.branch_id)
                              .where(Account.id == account_id)).first()
        if row is not None and (row[0] or row[1]):
            return row[0] or row[1]
    if debtor_id is not None:
        country = session.execute(select(Debtor.country).where(Debtor.id == debtor_id)).scalar_one_or_none()
        if country:
            return country
    return session.execute(select(Branch.country).order_by(Branch.name).limit(1)).scalar_one_or_none()
