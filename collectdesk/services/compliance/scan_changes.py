"""Which debtors an incremental compliance scan must check again (services.compliance.scan).

    changed_debtors(conn, activities_to=..., checked_at=..., last_as_of=..., as_of=..., layers=...)
        -> (debtor ids, the newest activity created_at seen)

A debtor is checked again when, after the watermark (minus MARGIN, for workstation clocks that disagree):

- an activity of theirs was added: on SQLite after the last activity rowid the previous scan saw (rows are
  appended in rowid order: an index range, exact), elsewhere with ``created_at`` after the newest the
  previous scan saw (activity has no index on created_at, so that is one pass over the table);
- one of their flags was set or cleared (``set_at``/``cleared_at``), or a flag row was written or edited at
  all (its audit rows): a flag entered now with an earlier start changes the past;
- their debtor row, an account or a contact was updated (region, time zone, due date, status, last
  payment, do-not-use numbers), an account joined or left a portfolio, or a portfolio was edited (its
  compliance profile);
- a day passing can make a finding: a retention period ending, or a deadline running out, between the
  previous scan's day and today (only for rule types the profiles in use have).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import Connection, func, literal_column, or_, select

from collectdesk.compliance.model import RuleType
from collectdesk.compliance.profile_loader import ProfileLayer
from collectdesk.domain.enums import CLOSED_STATUSES
from collectdesk.services.compliance.facts import day_start
from collectdesk.store.models import (
    Account, Activity, AuditEntry, Debtor, DebtorContact, DebtorFlagEntry, Portfolio, PortfolioAccount,
)

MARGIN = timedelta(minutes=5)
IN_CHUNK = 1000


@dataclass(frozen=True)
class LogMark:
    """How far into the activity log a scan has read."""

    created_to: datetime | None     # the newest activity.created_at seen
    rowid: int | None = None        # SQLite: the highest activity rowid seen

    def as_json(self) -> dict:
        return {"activities_to": self.created_to.isoformat() if self.created_to else None,
                "activity_rowid": self.rowid}

    @classmethod
    def from_json(cls, state: dict) -> LogMark:
        text = state.get("activities_to")
        rowid = state.get("activity_rowid")
        return cls(datetime.fromisoformat(text) if text else None, int(rowid) if rowid is not None else None)


def log_mark(conn: Connection) -> LogMark:
    """Where the log ends now. SQLite appends activity rows in rowid order (the table has no INTEGER
    PRIMARY KEY, activities are never deleted and CollectDesk never runs VACUUM), so the last rowid marks
    it exactly and reading "what came after" is an index range; elsewhere the newest created_at."""
    if conn.dialect.name == "sqlite":
        row = conn.execute(select(literal_column("activity.rowid"), Activity.created_at)
                           .order_by(literal_column("activity.rowid").desc()).limit(1)).first()
        return LogMark(row[1], int(row[0])) if row else LogMark(None, 0)
    return LogMark(conn.scalar(select(func.max(Activity.created_at))))


def _new_activities(conn: Connection, since: LogMark) -> tuple[set[uuid.UUID], LogMark]:
    if conn.dialect.name == "sqlite" and since.rowid is not None:
        now = log_mark(conn)
        if now.rowid is not None and now.rowid >= since.rowid:
            ids = set(conn.scalars(select(Activity.debtor_id).where(
                literal_column("activity.rowid") > since.rowid).distinct()))
            return ids, now
    # PostgreSQL, or a SQLite file whose rowids went back (restored, rebuilt): by created_at, which has no
    # index: one pass over the table (about a second per million rows)
    ids: set[uuid.UUID] = set()
    high = since.created_to
    query = select(Activity.debtor_id, func.max(Activity.created_at)).group_by(Activity.debtor_id)
    if since.created_to is not None:
        query = query.where(Activity.created_at > since.created_to - MARGIN)
    for debtor_id, top in conn.execute(query):
        ids.add(debtor_id)
        if top is not None and (high is None or top > high):
            high = top
    rowid = log_mark(conn).rowid if conn.dialect.name == "sqlite" else None
    return ids, LogMark(high, rowid)


def changed_debtors(conn: Connection, *, log: LogMark, checked_at: datetime | None, last_as_of: date | None,
                    as_of: date, layers: Sequence[ProfileLayer]) -> tuple[set[uuid.UUID], LogMark]:
    """The debtors to check again, and where the log ends now."""
    ids, mark = _new_activities(conn, log)
    if checked_at is not None:
        ids |= _changed_since(conn, checked_at - MARGIN)
    if last_as_of is not None and as_of > last_as_of:
        ids |= _time_candidates(conn, last_as_of, as_of, layers)
    return ids, mark


def _changed_since(conn: Connection, w: datetime) -> set[uuid.UUID]:
    ids: set[uuid.UUID] = set()
    scalars = conn.scalars
    ids.update(scalars(select(DebtorFlagEntry.debtor_id).where(
        or_(DebtorFlagEntry.set_at > w, DebtorFlagEntry.cleared_at > w))))
    flag_rows = []
    for text in scalars(select(AuditEntry.entity_id).where(
            AuditEntry.occurred_at > w, AuditEntry.entity == DebtorFlagEntry.__tablename__).distinct()):
        try:
            flag_rows.append(uuid.UUID(str(text)))
        except ValueError:
            continue
    for i in range(0, len(flag_rows), IN_CHUNK):
        ids.update(scalars(select(DebtorFlagEntry.debtor_id).where(DebtorFlagEntry.id.in_(flag_rows[i:i + IN_CHUNK]))))
    ids.update(scalars(select(Debtor.id).where(Debtor.updated_at > w)))
    ids.update(scalars(select(Account.debtor_id).where(Account.updated_at > w)))
    ids.update(scalars(select(DebtorContact.debtor_id).where(DebtorContact.updated_at > w)))
    ids.update(scalars(select(Account.debtor_id).join(PortfolioAccount, PortfolioAccount.account_id == Account.id)
                       .where(or_(PortfolioAccount.added_at > w, PortfolioAccount.removed_at > w))))
    ids.update(scalars(select(Account.debtor_id).join(PortfolioAccount, PortfolioAccount.account_id == Account.id)
                       .join(Portfolio, Portfolio.id == PortfolioAccount.portfolio_id)
                       .where(Portfolio.updated_at > w)))
    return ids


def _rules(layers: Iterable[ProfileLayer], rule_type: RuleType):
    for layer in layers:
        for rule in layer.rules:
            if rule.type == rule_type:
                yield rule


def _minus_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def _time_candidates(conn: Connection, last_as_of: date, as_of: date, layers: Sequence[ProfileLayer]) -> set[uuid.UUID]:
    """Debtors for whom a retention period or a deadline may have run out in [last_as_of, as_of)."""
    ids: set[uuid.UUID] = set()
    closed_windows: list[tuple[date, date]] = []
    for rule in _rules(layers, RuleType.RETENTION):
        years = int(rule.params["years"])
        if str(rule.params.get("from", "closed")) == "closed_year_end":
            for year in range(last_as_of.year - 1, as_of.year + 1):
                if last_as_of <= date(year, 12, 31) < as_of:
                    closed_windows.append((date(year - years, 1, 1), date(year - years, 12, 31)))
        else:
            closed_windows.append((_minus_years(last_as_of, years) - timedelta(days=1),
                                   _minus_years(as_of, years) + timedelta(days=1)))
    closed = [s.value for s in CLOSED_STATUSES]
    for lo, hi in closed_windows:
        ids.update(conn.scalars(select(Account.debtor_id).where(
            Account.status.in_(closed), Account.updated_at >= day_start(lo),
            Account.updated_at < day_start(hi + timedelta(days=1)))))
    for rule in _rules(layers, RuleType.DEADLINE):
        days = int(rule.params["days"])
        longest = 2 * days + 14 if rule.params.get("business_days") else days  # working days: weekends, holidays
        lo = day_start(last_as_of - timedelta(days=longest + 2))  # local days are UTC days +- 1
        hi = day_start(as_of - timedelta(days=days - 2))
        ids.update(conn.scalars(select(Activity.debtor_id).where(
            Activity.occurred_at >= lo, Activity.occurred_at < hi).distinct()))
        ids.update(conn.scalars(select(DebtorFlagEntry.debtor_id).where(
            DebtorFlagEntry.set_at >= lo, DebtorFlagEntry.set_at < hi)))
    return ids
