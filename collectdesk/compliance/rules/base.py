"""What every rule check shares: the prepared events of one debtor and the way a hit is made.

``Prepared`` converts each event's UTC time to the debtor's local time once (zoneinfo; an unknown zone
falls back to UTC and every hit says so in ``facts["timezone_fallback"]``), keeps the local calendar day
as an ordinal (``day``), whether the event is outbound (``out``) and its account as a small number
(``acc``: hashing UUIDs is slow, so rules key their dictionaries by this number). Rules read these lists by index; they never
convert times themselves.

A rule module defines a class with ``__slots__`` and:

- ``scan(p) -> list[Hit]``: every hit over all of ``p``'s events (one pass, O(n));
- ``check(p, i) -> list[Hit]``: the hits of event ``i`` given only the events before it (used for a
  proposed contact: ``i`` is the last index); must agree with ``scan`` for that event;
- ``lookback_days() -> int``: how many days of history ``check`` needs (``ALL_HISTORY`` = everything);
- ``proposed``: False for rules that never judge a single contact (deadlines, retention).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from collectdesk.compliance.model import DebtorFacts, Event, Hit, Profile, Rule
from collectdesk.domain.enums import RIGHT_PARTY_OUTCOMES

ALL_HISTORY = 36_525  # lookback_days for rules that need every earlier event (100 years)
OUTBOUND = "outbound"
CONVERSATIONS = frozenset(str(o) for o in RIGHT_PARTY_OUTCOMES)
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
LONG_AGO = -(10**9)  # the day of an event too old for any windowed rule (see Prepared)

_zones: dict[str, tuple[ZoneInfo, str | None]] = {}
_holidays: dict[tuple[str, str | None], dict[int, bool]] = {}


def zone(name: str) -> tuple[ZoneInfo, str | None]:
    """(zone, None), or (UTC, the unknown name) when ``name`` is no IANA zone this machine knows."""
    found = _zones.get(name)
    if found is None:
        try:
            if not name:
                raise ValueError("no time zone")
            found = (ZoneInfo(name), None)
        except (ZoneInfoNotFoundError, ValueError, TypeError):
            found = (ZoneInfo("UTC"), name)
        _zones[name] = found
    return found


def holiday_table(country: str, region: str | None) -> dict[int, bool]:
    """The cache of answers for one calendar: day ordinal -> public holiday (filled by ``is_holiday``)."""
    table = _holidays.get((country, region))
    if table is None:
        table = _holidays[(country, region)] = {}
    return table


def is_holiday(country: str, region: str | None, day: int, table: dict[int, bool] | None = None) -> bool:
    """Public holiday on the local day ``day`` (an ordinal); the calendar is asked once per day."""
    if table is None:
        table = holiday_table(country, region)
    found = table.get(day)
    if found is None:
        from collectdesk.compliance import calendar

        found = table[day] = bool(calendar.is_public_holiday(country, region, date.fromordinal(day)))
    return found


def holiday_name(country: str, region: str | None, day: int) -> str | None:
    from collectdesk.compliance import calendar

    return calendar.holiday_name(country, region, date.fromordinal(day))


def add_business_days(start: date, n: int, country: str | None, region: str | None) -> date:
    """``n`` working days after ``start``; without a holiday calendar only weekends are skipped."""
    if country is None:
        day = start
        while n > 0:
            day += timedelta(days=1)
            if day.weekday() < 5:
                n -= 1
        return day
    from collectdesk.compliance import calendar

    return calendar.add_business_days(start, n, country, region)


def clear_caches() -> None:
    """Forget cached holiday answers (tests that swap the calendar; a calendar update at run time)."""
    _holidays.clear()


def channel_set(values: Iterable[Any] | None) -> frozenset[str]:
    return frozenset(str(v) for v in (values or ()))


def iso(day: int) -> str:
    return date.fromordinal(day).isoformat()


class Prepared:
    """One debtor's events with their local times, and what every hit carries."""

    __slots__ = ("profile", "debtor", "events", "local", "day", "out", "acc", "tz", "zone_name", "fallback",
                 "as_of", "country", "region", "proposed", "_extra")

    def __init__(self, profile: Profile, debtor: DebtorFacts, events: Sequence[Event], as_of: date | None,
                 *, proposed: bool = False, local_from: datetime | None = None):
        self.profile = profile
        self.proposed = proposed  # the last event is a contact not made yet (its outcome may be unknown)
        self.debtor = debtor
        self.as_of = as_of
        tz, fallback = zone(debtor.timezone)
        self.tz = tz
        self.fallback = fallback
        self.zone_name = "UTC" if fallback is not None else debtor.timezone
        self._extra = {"timezone_fallback": fallback} if fallback is not None else None
        self.country = profile.holidays
        # A region code only means something in its own country's calendar.
        self.region = debtor.region if profile.holidays and debtor.country == profile.holidays else None
        self._prepare(events, local_from)

    def _prepare(self, events: Sequence[Event], local_from: datetime | None) -> None:
        """Fill the per-event lists. Events before ``local_from`` (history only the whole-history rules
        read: they look at channels, accounts and outcomes, never times) get no local time and the day
        ``LONG_AGO``, so every windowed look-back stops before them."""
        tz = self.tz
        local: list[datetime | None] = []
        day: list[int] = []
        out: list[bool] = []
        acc: list[int] = []
        numbers: dict[Any, int] = {}
        previous = None
        last_account, last_number = None, -1
        for e in events:
            at = e.at
            if at.tzinfo is None or (previous is not None and at < previous):
                # Naive times (stored UTC read back by SQLite) are made aware, so that rules may subtract
                # times freely; events out of order are sorted. Both are rare: start again once.
                fixed = [replace(x, at=x.at.replace(tzinfo=UTC)) if x.at.tzinfo is None else x for x in events]
                self._prepare(sorted(fixed, key=_at), local_from)
                return
            previous = at
            if local_from is not None and at < local_from:
                local.append(None)
                day.append(LONG_AGO)
            else:
                lt = at.astimezone(tz)
                local.append(lt)
                day.append(lt.toordinal())
            out.append(e.direction == OUTBOUND)
            account = e.account_id
            if account is not last_account:  # UUID hashing is slow: number the accounts once
                last_account = account
                last_number = numbers.setdefault(account, len(numbers))
            acc.append(last_number)
        self.events = events
        self.acc = acc
        self.local = local
        self.day = day
        self.out = out

    # -- helpers for the rules ------------------------------------------------------------------

    def holiday(self, day: int) -> bool:
        return self.country is not None and is_holiday(self.country, self.region, day)

    def midnight(self, day: int) -> datetime:
        """The UTC instant the local day ``day`` begins (a local day may start at 01:00 after a DST gap)."""
        naive = datetime.combine(date.fromordinal(day), time())
        return naive.replace(tzinfo=self.tz).astimezone(UTC)

    def event_facts(self, i: int, facts: Mapping[str, Any]) -> dict[str, Any]:
        """What every hit on an event says about it (channel, local date and time, zone), plus ``facts``."""
        lt = self.local[i]
        e = self.events[i]
        base = {"channel": str(e.channel), "direction": str(e.direction), "local_date": lt.date().isoformat(),
                "local_time": f"{lt.hour:02d}:{lt.minute:02d}", "weekday": WEEKDAYS[lt.weekday()],
                "timezone": self.zone_name, **facts}
        if e.contact_value is not None:
            base["contact_value"] = e.contact_value
        if self._extra:
            base.update(self._extra)
        return base

    def hit(self, rule: Rule, i: int, related: Iterable[int] = (), **facts: Any) -> Hit:
        """A hit on event ``i``; ``related`` are indexes of the other events involved."""
        events = self.events
        e = events[i]
        profile = self.profile
        return Hit(rule=rule, profile_code=profile.code, profile_version=profile.version, severity=rule.severity,
                   account_id=e.account_id, at=e.at, event_id=e.id, collector_id=e.collector_id,
                   related_event_ids=tuple([events[j].id for j in related if events[j].id is not None]),
                   facts=self.event_facts(i, facts))

    def hit_at(self, rule: Rule, account_id: Any, at: datetime, facts: Mapping[str, Any], *,
               event: int | None = None) -> Hit:
        """A hit that is no single contact's (a missed deadline, data kept too long), or names one."""
        profile = self.profile
        facts = dict(facts)
        facts.setdefault("timezone", self.zone_name)
        if self._extra:
            facts.update(self._extra)
        e = self.events[event] if event is not None else None
        return Hit(rule=rule, profile_code=profile.code, profile_version=profile.version, severity=rule.severity,
                   account_id=account_id, at=at, event_id=e.id if e else None,
                   collector_id=e.collector_id if e else None, facts=facts)


def _at(e: Event) -> datetime:
    return e.at
