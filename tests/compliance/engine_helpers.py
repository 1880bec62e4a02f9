"""Builders for the engine tests: rules, profiles, debtors and events in a few words."""

from __future__ import annotations

import itertools
import uuid
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from collectdesk.compliance.model import (
    AccountFacts, Basis, DebtorFacts, Event, FlagSpan, OverrideBy, Profile, Rule, RuleType)
from collectdesk.domain.enums import Channel, DebtorFlag, Direction, FindingSeverity, Outcome

ACC = uuid.UUID(int=0xA1)
ACC2 = uuid.UUID(int=0xA2)
COLLECTOR = uuid.UUID(int=0xC1)
ROME = "Europe/Rome"
_ids = itertools.count(1)


def rule(type_: str, params: dict, *, id_: str | None = None, severity: str = "warn", basis: str = "law",
         verified: bool = True, source: str = "Test source 1.2", name: dict | None = None) -> Rule:
    t = RuleType(type_)
    return Rule(id=id_ or f"T.{t.value}", type=t, params=params, severity=FindingSeverity(severity),
                basis=Basis(basis), source=source, verified=verified,
                name=name or {"en": f"Test {t.value}", "de": f"Test-{t.value}"},
                override=OverrideBy.ANYONE)


def profile(*rules: Rule, holidays: str | None = "IT") -> Profile:
    return Profile(code="TEST", version="1", title={"en": "Test"}, jurisdiction="IT", rules=tuple(rules),
                   holidays=holidays)


def account(id_=ACC, no="A-1", due=date(2020, 1, 15), last_payment=None, closed=None) -> AccountFacts:
    return AccountFacts(id=id_, account_no=no, due_date=due, opened_on=None, last_payment_on=last_payment,
                        closed_on=closed)


def debtor(tz: str = ROME, flags=(), accounts=None, country="IT", region=None) -> DebtorFacts:
    accs = accounts if accounts is not None else [account(), account(ACC2, "A-2")]
    return DebtorFacts(id=uuid.UUID(int=0xD1), name="Mario Rossi", country=country, region=region, timezone=tz,
                       flags=tuple(flags), accounts={a.id: a for a in accs})


def local(y, m, d, hh=12, mm=0, ss=0, tz: str = ROME) -> datetime:
    """A local wall time in `tz` as a UTC instant."""
    return datetime(y, m, d, hh, mm, ss, tzinfo=ZoneInfo(tz)).astimezone(UTC)


def ev(at: datetime, channel="call", direction="outbound", outcome="no_answer", account=ACC, value=None,
       tags=(), id_=True) -> Event:
    return Event(id=uuid.UUID(int=next(_ids)) if id_ else None, account_id=account, at=at,
                 channel=Channel(channel), direction=Direction(direction),
                 outcome=Outcome(outcome) if outcome else None, collector_id=COLLECTOR, contact_value=value,
                 tags=frozenset(tags))


def span(flag: str, start: datetime, end: datetime | None = None) -> FlagSpan:
    return FlagSpan(flag=DebtorFlag(flag), start=start, end=end)


def event_ids(hits) -> list:
    return [h.event_id for h in hits]
