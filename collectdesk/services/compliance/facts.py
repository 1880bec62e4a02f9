"""What the compliance scan reads: debtor facts and the activity log, in bulk and fast.

    load_debtors(conn, debtor_ids) -> {debtor_id: DebtorRecord}     facts for a batch, a few IN queries
    activity_rows(conn, raw_debtor_ids) -> [row]                     a batch's log, ordered
    stream_activity_rows(conn) -> iterator of row                    the whole log, ordered, streamed
    stream_debtor_ids(conn) -> iterator of raw id                    every debtor, in the same order
    EventMaker(dialect).events(rows, record) -> [Event]              rows -> engine events

Decisions:

* Rows are read with Core selects whose columns carry no result processing (``_raw``): the driver's own
  values, no ORM objects. On SQLite a Uuid is its 32 hex digits and a time its UTC text; on PostgreSQL ids
  are cast to text in SQL (psycopg's uuid loader costs about 2 microseconds an id) and times come back as
  aware datetimes. Decoding is done once per value in ``EventMaker`` (text times are parsed with
  ``fromisoformat(text + "+00:00")``, 5x cheaper than parsing and then ``replace(tzinfo=...)``).
* Converting ids to ``uuid.UUID`` costs about 2 microseconds each, 40 seconds for 10M activities with
  four ids. So: account and collector ids are looked up in dictionaries (the debtor's accounts, the
  staff), and an Event's ``id`` keeps the driver's raw id (a string) while the engine runs. The scan
  turns the ids of the hits it stores back into UUIDs (``to_uuid``); the engine only passes ids through.
* The full scan streams ``activity`` ordered by (debtor_id, occurred_at), which the index
  ix_activity_debtor_time serves: a server-side cursor on PostgreSQL (``stream_results`` with
  ``yield_per``), plain cursor iteration on SQLite (sqlite3 steps the statement as rows are fetched).
  Debtors are streamed in the same order (by id) and merged with it, so debtors without any activity
  are checked too (retention of closed accounts, deadlines that start with a flag).
* A closed account (status settled, paid, written off or closed) was closed on the UTC date of its
  ``updated_at``: the schema keeps no closing date, and the last change of a closed account is nearly
  always the one that closed it (a later edit moves the date later, which delays a retention finding
  rather than inventing one).
* Which profile applies is decided per account (services.compliance.profiles: portfolio override of an
  active membership, else the creditor's, else the debtor's country); ``DebtorRecord.groups`` splits a
  debtor into one DebtorFacts per effective profile, each with only its accounts.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Connection, String, cast, select, type_coerce
from sqlalchemy.sql.elements import ColumnElement

from collectdesk.compliance.model import AccountFacts, DebtorFacts, Event, FlagSpan, Profile
from collectdesk.domain.enums import CLOSED_STATUSES, Channel, DebtorFlag, Direction, Outcome
from collectdesk.services.compliance.profiles import ProfileResolver, portfolio_overrides
from collectdesk.store.models import Account, Activity, Debtor, DebtorContact, DebtorFlagEntry

IN_CHUNK = 1000
STREAM_BATCH = 20_000
_CLOSED = frozenset(s.value for s in CLOSED_STATUSES)
_CHANNELS = {c.value: c for c in Channel}
_DIRECTIONS = {d.value: d for d in Direction}
_OUTCOMES = {o.value: o for o in Outcome}
_NO_TAGS: frozenset[str] = frozenset()


# ------------------------------------------------------------------------------------------------ ids

def is_sqlite(conn: Connection) -> bool:
    return conn.dialect.name == "sqlite"


def raw_id(value: uuid.UUID, sqlite: bool) -> str:
    """The form the raw selects return an id in: 32 hex digits on SQLite, canonical text on PostgreSQL."""
    return value.hex if sqlite else str(value)


def to_uuid(value: Any) -> uuid.UUID | None:
    if value is None or isinstance(value, uuid.UUID):
        return value
    return uuid.UUID(value)


def _raw(column: ColumnElement, sqlite: bool, *, ident: bool = False) -> ColumnElement:
    """The column as the driver returns it: no type's result processing; ids as text on PostgreSQL."""
    if ident and not sqlite:
        return cast(column, String)
    return type_coerce(column, String)


# ------------------------------------------------------------------------------------------------ debtors

@dataclass(frozen=True, slots=True)
class DebtorRecord:
    facts: DebtorFacts                                       # every account of the debtor
    routes: dict[uuid.UUID, tuple[str, str | None, str]]     # account -> (country, portfolio profile, creditor)

    def groups(self, resolver: ProfileResolver) -> list[tuple[Profile, DebtorFacts]]:
        """(profile, facts with only that profile's accounts), one per effective profile; a debtor whose
        accounts share a profile (nearly all) is one group with the facts unchanged."""
        by_profile: dict[int, tuple[Profile, list[uuid.UUID]]] = {}
        for account_id, (country, portfolio_code, creditor) in self.routes.items():
            profile = resolver.for_account(country, portfolio_code, creditor)
            by_profile.setdefault(id(profile), (profile, []))[1].append(account_id)
        if len(by_profile) <= 1:
            if not by_profile:  # no accounts at all: the country's profile still judges the flags
                return [(resolver.for_account(self.facts.country), self.facts)]
            return [(next(iter(by_profile.values()))[0], self.facts)]
        accounts = self.facts.accounts
        return [(profile, replace(self.facts, accounts={a: accounts[a] for a in ids}))
                for profile, ids in by_profile.values()]


def _chunks(items: Sequence, size: int = IN_CHUNK) -> Iterator[Sequence]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


def load_debtors(conn: Connection, debtor_ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, DebtorRecord]:
    """The facts of these debtors: five queries per thousand debtors (debtor, account, flag, contact,
    portfolio override), typed values (UUIDs, dates, aware datetimes)."""
    ids = list(debtor_ids)
    head: dict[uuid.UUID, tuple] = {}
    accounts: dict[uuid.UUID, dict[uuid.UUID, AccountFacts]] = {}
    routes: dict[uuid.UUID, dict[uuid.UUID, tuple[str | None, str]]] = {}
    flags: dict[uuid.UUID, list[FlagSpan]] = {}
    avoid: dict[uuid.UUID, set[str]] = {}
    for part in _chunks(ids):
        for row in conn.execute(select(Debtor.id, Debtor.name, Debtor.country, Debtor.region, Debtor.timezone)
                                .where(Debtor.id.in_(part))):
            head[row[0]] = row
        rows = conn.execute(select(Account.id, Account.debtor_id, Account.account_no, Account.due_date,
                                   Account.opened_on, Account.last_payment_on, Account.status, Account.updated_at,
                                   Account.creditor).where(Account.debtor_id.in_(part))).all()
        overrides = portfolio_overrides(conn, [r[0] for r in rows]) if rows else {}
        for aid, did, no, due, opened, paid, status, updated, creditor in rows:
            closed = updated.date() if str(status) in _CLOSED else None
            accounts.setdefault(did, {})[aid] = AccountFacts(id=aid, account_no=no, due_date=due, opened_on=opened,
                                                             last_payment_on=paid, closed_on=closed)
            routes.setdefault(did, {})[aid] = (overrides.get(aid), creditor or "")
        for did, flag, start, end in conn.execute(
                select(DebtorFlagEntry.debtor_id, DebtorFlagEntry.flag, DebtorFlagEntry.set_at,
                       DebtorFlagEntry.cleared_at).where(DebtorFlagEntry.debtor_id.in_(part))
                .order_by(DebtorFlagEntry.set_at)):
            flags.setdefault(did, []).append(FlagSpan(flag=DebtorFlag(flag), start=start, end=end))
        for did, value in conn.execute(select(DebtorContact.debtor_id, DebtorContact.value).where(
                DebtorContact.debtor_id.in_(part), DebtorContact.do_not_use.is_(True))):
            avoid.setdefault(did, set()).add(value)
    out: dict[uuid.UUID, DebtorRecord] = {}
    for did, (_, name, country, region, tz) in head.items():
        country = (country or "").upper()
        facts = DebtorFacts(id=did, name=name, country=country, region=region or None, timezone=tz or "UTC",
                            flags=tuple(flags.get(did, ())), accounts=accounts.get(did, {}),
                            do_not_use=frozenset(avoid.get(did, ())))
        own = {aid: (country, code, creditor) for aid, (code, creditor) in routes.get(did, {}).items()}
        out[did] = DebtorRecord(facts=facts, routes=own)
    return out


# ------------------------------------------------------------------------------------------------ activities

def _activity_select(sqlite: bool):
    a = Activity.__table__.c
    return select(_raw(a.debtor_id, sqlite, ident=True), _raw(a.id, sqlite, ident=True),
                  _raw(a.account_id, sqlite, ident=True), _raw(a.collector_id, sqlite, ident=True),
                  type_coerce(a.occurred_at, String), type_coerce(a.channel, String),
                  type_coerce(a.direction, String), type_coerce(a.outcome, String), a.contact_value, a.tags)


def activity_rows(conn: Connection, raw_debtor_ids: Sequence[str]) -> list[tuple]:
    """The activity rows of these debtors (raw ids as stream_debtor_ids gives them), ordered by
    (debtor, occurred_at): one indexed query per thousand debtors."""
    sqlite = is_sqlite(conn)
    a = Activity.__table__.c
    out: list[tuple] = []
    for part in _chunks(sorted(raw_debtor_ids)):
        ids = [to_uuid(x) for x in part]
        out.extend(conn.execute(_activity_select(sqlite).where(a.debtor_id.in_(ids))
                                .order_by(a.debtor_id, a.occurred_at)).all())
    return out


def stream_activity_rows(conn: Connection) -> Iterator[tuple]:
    """Every activity row ordered by (debtor_id, occurred_at), never all in memory."""
    sqlite = is_sqlite(conn)
    a = Activity.__table__.c
    query = _activity_select(sqlite).order_by(a.debtor_id, a.occurred_at)
    result = conn.execution_options(stream_results=True, yield_per=STREAM_BATCH).execute(query)
    try:
        for part in result.partitions():
            yield from part
    finally:
        result.close()


def stream_debtor_ids(conn: Connection) -> Iterator[str]:
    """Every debtor id (raw form) in the order stream_activity_rows gives debtors."""
    sqlite = is_sqlite(conn)
    d = Debtor.__table__.c
    result = conn.execution_options(stream_results=True, yield_per=STREAM_BATCH).execute(
        select(_raw(d.id, sqlite, ident=True)).order_by(d.id))
    try:
        for part in result.partitions():
            for row in part:
                yield row[0]
    finally:
        result.close()


class EventMaker:
    """Turns raw activity rows into engine Events, decoding each value once (see the module notes)."""

    def __init__(self, sqlite: bool):
        self.sqlite = sqlite
        self._collectors: dict[Any, uuid.UUID | None] = {None: None}

    def _time(self, value: Any) -> datetime:
        if isinstance(value, datetime):
            return value if value.tzinfo is not None else value.replace(tzinfo=UTC)
        try:
            return datetime.fromisoformat(value + "+00:00")
        except ValueError:  # text with its own offset
            parsed = datetime.fromisoformat(value)
            return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=UTC)

    def events(self, rows: Iterable[tuple], record: DebtorRecord | None) -> list[Event]:
        """Events of one debtor's rows (as activity_rows/stream_activity_rows give them)."""
        sqlite = self.sqlite
        accounts: dict[Any, uuid.UUID] = {}
        if record is not None:
            accounts = {raw_id(a, sqlite): a for a in record.facts.accounts}
        collectors = self._collectors
        parse = datetime.fromisoformat
        channels, directions, outcomes = _CHANNELS, _DIRECTIONS, _OUTCOMES
        no_tags = _NO_TAGS
        out: list[Event] = []
        append = out.append
        for _debtor, act_id, account, collector, at, channel, direction, outcome, value, tags in rows:
            account_id = accounts.get(account)
            if account_id is None:
                account_id = accounts[account] = uuid.UUID(account)
            collector_id = collectors.get(collector, False)
            if collector_id is False:
                collector_id = collectors[collector] = uuid.UUID(collector)
            if at.__class__ is str:
                try:
                    when = parse(at + "+00:00")
                except ValueError:
                    when = self._time(at)
            else:
                when = self._time(at)
            append(Event(act_id, account_id, when, channels.get(channel, channel), directions.get(direction, direction),
                         outcomes.get(outcome, outcome), collector_id, value,
                         frozenset(tags.split()) if tags else no_tags))
        return out


def group_events(events: list[Event], facts: DebtorFacts, whole: DebtorFacts) -> list[Event]:
    """The events on the accounts of ``facts`` (all of them when ``facts`` is the whole debtor)."""
    if facts is whole:
        return events
    own = facts.accounts
    return [e for e in events if e.account_id in own]


def day_start(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, tzinfo=UTC)
