"""QueueQuery: the rows of a queue, a window at a time, straight from SQL.

The Qt model never holds the queue; it asks for `count()` and for `page(offset, limit)` as the user
scrolls. A page is two statements: the ids of the window (ORDER BY the sort column and id, on
`account` alone, so an index answers it), then those rows with their debtor, collector, team and
branch names. Windows in the second half of the queue are read from the other end (reverse order,
smaller OFFSET), so jumping to the bottom of 1,000,000 rows costs what the top does.
A page can carry each row's case (escalation, plan, settlement: case.py), read for that page only.
"""

from __future__ import annotations

import uuid
from array import array
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Engine, String, case, func, literal_column, select, type_coerce

from collectdesk.domain.aging import AgingBucket, bucket_for, days_past_due
from collectdesk.domain.enums import AccountStatus
from collectdesk.services.queues.case import CaseState, case_states
from collectdesk.services.queues.columns import COLUMNS
from collectdesk.services.queues.filters import QueueFilter
from collectdesk.services.queues.keys import KeyList
from collectdesk.store.models import Account, Branch, Debtor, StaffMember, Team


@dataclass(frozen=True, slots=True)
class QueueRow:
    id: uuid.UUID
    version: int
    account_no: str
    debtor: str
    status: AccountStatus
    balance: Decimal
    currency: str
    original_amount: Decimal
    due_date: date
    dpd: int
    aging: AgingBucket
    collector: str
    team: str
    branch: str
    country: str
    last_contact: datetime | None
    next_action: date | None
    priority: int
    creditor: str
    case: CaseState | None = None  # only when asked for (the Case column); None also when nothing is going on


class QueueQuery:
    def __init__(self, engine: Engine, flt: QueueFilter, *, sort_key: str = "dpd", descending: bool = True,
                 today: date | None = None):
        self.engine = engine
        self.filter = flt
        self.sort_key = sort_key if sort_key in COLUMNS and COLUMNS[sort_key].sortable else "dpd"
        self.descending = descending
        self.today = today or date.today()
        self._names: dict[str, dict[uuid.UUID, str]] | None = None

    # ---- lookups of the small tables ---------------------------------------------------
    def names(self) -> dict[str, dict[uuid.UUID, str]]:
        if self._names is None:
            with self.engine.connect() as conn:
                self._names = {
                    "collector": dict(conn.execute(select(StaffMember.id, StaffMember.full_name)).all()),
                    "team": dict(conn.execute(select(Team.id, Team.name)).all()),
                    "branch": dict(conn.execute(select(Branch.id, Branch.name)).all()),
                }
            for table in self._names.values():  # also keyed by the stored text (hex on SQLite)
                table.update({k.hex: v for k, v in list(table.items())})
                table.update({str(k): v for k, v in list(table.items()) if not isinstance(k, str)})
        return self._names

    def _order(self, reverse: bool) -> list:
        col = COLUMNS[self.sort_key]
        if self.sort_key in ("collector", "team", "branch"):
            # alphabetical by name: rank the (few) people or teams, order by the rank
            by_name = sorted(((k, n) for k, n in self.names()[self.sort_key].items() if isinstance(k, uuid.UUID)),
                             key=lambda kv: kv[1].casefold())
            expr = case(*[(col.sort == k, i) for i, (k, _n) in enumerate(by_name)], else_=len(by_name)) \
                if by_name else col.sort
        else:
            expr = col.sort
        desc = self.descending
        if self.sort_key == "dpd":
            desc = not desc  # more days past due = earlier due date
        if reverse:
            desc = not desc
        # Ties are broken by a unique key the sort index already carries: SQLite's rowid (every index
        # ends with it), so ORDER BY col, rowid walks the index with no sort step; PostgreSQL's id.
        tie = literal_column("account.rowid") if self.engine.dialect.name == "sqlite" else Account.id
        return [expr.desc(), tie.desc()] if desc else [expr.asc(), tie.asc()]

    @property
    def reads_keys(self) -> bool:
        """Read the ordered keys once (ordered_keys, in a worker) rather than a window per page: for a
        sort no index answers, and for a filter on escalations or plans, whose IN over the side table
        costs about the same for one window as for all the keys (measured: bench/case_bench.py)."""
        return not COLUMNS[self.sort_key].indexed or self.filter.bounded_by_case

    def _where(self):
        return self.filter.conditions(self.today)

    # ---- what the model asks ---------------------------------------------------------------
    def count(self) -> int:
        with self.engine.connect() as conn:
            return conn.scalar(select(func.count()).select_from(Account).where(*self._where())) or 0

    def _key(self):
        # SQLite: the rowid, which every index carries, so the window is a covering index scan
        return literal_column("account.rowid") if self.engine.dialect.name == "sqlite" else Account.id

    def window_keys(self, offset: int, limit: int, total: int | None = None) -> list:
        """Keys (SQLite rowids, PostgreSQL ids) of one window, in queue order."""
        reverse = total is not None and offset > total // 2
        if reverse:
            end = min(offset + limit, total)
            stmt = (select(self._key()).where(*self._where()).order_by(*self._order(True))
                    .offset(total - end).limit(end - offset))
        else:
            stmt = select(self._key()).where(*self._where()).order_by(*self._order(False)).offset(offset).limit(limit)
        with self.engine.connect() as conn:
            keys = list(conn.scalars(stmt))
        return keys[::-1] if reverse else keys

    def _by_key(self, keys: list):
        return literal_column("account.rowid").in_(keys) if self.engine.dialect.name == "sqlite" \
            else Account.id.in_(keys)

    def ids(self, offset: int, limit: int, total: int | None = None) -> list[uuid.UUID]:
        keys = self.window_keys(offset, limit, total)
        if not keys or self.engine.dialect.name != "sqlite":
            return keys
        with self.engine.connect() as conn:
            found = dict(conn.execute(select(literal_column("account.rowid"), Account.id)
                                      .select_from(Account).where(self._by_key(keys))).all())
        return [found[k] for k in keys if k in found]

    def _row_columns(self) -> list:
        sqlite = self.engine.dialect.name == "sqlite"
        return [(literal_column("account.rowid") if sqlite else Account.id).label("k"), Account.id,
                Account.version, Account.account_no, Debtor.name, Account.status, Account.balance, Account.currency,
                Account.original_amount, Account.due_date,
                # raw keys: no UUID objects for the names lookup (the names map holds both forms)
                type_coerce(Account.collector_id, String).label("collector_id"),
                type_coerce(Account.team_id, String).label("team_id"),
                type_coerce(Account.branch_id, String).label("branch_id"), Account.country, Account.last_contact_at, Account.next_action_on,
                Account.priority, Account.creditor]

    def _make_row(self, r, names, case: CaseState | None = None) -> QueueRow:
        dpd = days_past_due(r.due_date, self.today)
        return QueueRow(
            id=r.id, version=r.version, account_no=r.account_no, debtor=r.name, status=r.status,
            balance=r.balance, currency=r.currency, original_amount=r.original_amount, due_date=r.due_date,
            dpd=dpd, aging=bucket_for(dpd), collector=names["collector"].get(r.collector_id, ""),
            team=names["team"].get(r.team_id, ""), branch=names["branch"].get(r.branch_id, ""),
            country=r.country, last_contact=r.last_contact_at, next_action=r.next_action_on,
            priority=r.priority, creditor=r.creditor or "", case=case)

    def rows(self, ids: list[uuid.UUID], *, keys: list | None = None, with_case: bool = False) -> list[QueueRow]:
        """The rows for these ids (or window keys), in the same order. With `with_case`, each row carries
        its CaseState, read for these rows only in one more statement."""
        if not ids and not keys:
            return []
        names = self.names()
        stmt = (select(*self._row_columns()).join(Debtor, Debtor.id == Account.debtor_id)
                .where(self._by_key(keys) if keys is not None else Account.id.in_(ids)))
        with self.engine.connect() as conn:
            found = {(r.k if keys is not None else r.id): r for r in conn.execute(stmt)}
            cases = case_states(conn, [r.id for r in found.values()]) if with_case else {}
        return [self._make_row(found[i], names, cases.get(found[i].id))
                for i in (keys if keys is not None else ids) if i in found]

    def iter_rows(self, chunk: int = 5000, *, with_case: bool = False) -> Iterator[list[QueueRow]]:
        """The whole queue in order, as one streamed statement (exports); with `with_case`, one more
        statement per chunk for the chunk's cases, on a second connection."""
        names = self.names()
        stmt = (select(*self._row_columns()).join(Debtor, Debtor.id == Account.debtor_id)
                .where(*self._where()).order_by(*self._order(False)))
        with self.engine.connect() as conn, self.engine.connect() as side:
            result = conn.execution_options(yield_per=chunk).execute(stmt)
            for part in result.partitions(chunk):
                cases = case_states(side, [r.id for r in part]) if with_case else {}
                yield [self._make_row(r, names, cases.get(r.id)) for r in part]

    def page(self, offset: int, limit: int, total: int | None = None, *, with_case: bool = False) -> list[QueueRow]:
        return self.rows([], keys=self.window_keys(offset, limit, total), with_case=with_case)

    def ordered_keys(self) -> KeyList:
        """Every key of the queue in order (see keys.py). Safe to call from a worker thread.

        Collector, team and branch sort by name: the (few) people or teams are taken in name order
        and each one's accounts read from its (column, status) index, instead of sorting every row
        through a CASE over all the names (measured at 1M rows: 0.3 s against 2.5-4.6 s)."""
        sqlite = self.engine.dialect.name == "sqlite"
        key = self._key() if sqlite else Account.id
        with self.engine.connect() as conn:
            if self.sort_key in ("collector", "team", "branch"):
                col = COLUMNS[self.sort_key].sort
                by_name = sorted(((k, n) for k, n in self.names()[self.sort_key].items() if isinstance(k, uuid.UUID)),
                                 key=lambda kv: kv[1].casefold(), reverse=self.descending)
                groups = [col == k for k, _n in by_name]
                groups.insert(0, col.is_(None)) if self.descending else groups.append(col.is_(None))
                parts = [conn.execute(select(key).select_from(Account).where(*self._where(), g)
                                      .order_by(key)).scalars() for g in groups]
                values = (v for part in parts for v in part)
            else:
                values = conn.execute(select(key).select_from(Account).where(*self._where())
                                      .order_by(*self._order(False))).scalars()
            if sqlite:
                return KeyList(rowids=array("q", values))
            return KeyList(packed=b"".join(v.bytes for v in values))

    def ids_for_keys(self, keys: list) -> list[uuid.UUID]:
        """Account ids for window keys (the same list on PostgreSQL; rowids looked up on SQLite)."""
        if not keys or self.engine.dialect.name != "sqlite":
            return list(keys)
        out: list[uuid.UUID] = []
        with self.engine.connect() as conn:
            for start in range(0, len(keys), 5000):
                part = keys[start:start + 5000]
                found = dict(conn.execute(select(literal_column("account.rowid"), Account.id)
                                          .select_from(Account).where(self._by_key(part))).all())
                out.extend(found[k] for k in part if k in found)
        return out

    def iter_ids(self, chunk: int = 5000) -> Iterator[list[uuid.UUID]]:
        """Every id of the queue in order, a chunk at a time (keyset on a server-side cursor)."""
        stmt = select(Account.id).where(*self._where()).order_by(*self._order(False))
        with self.engine.connect() as conn:
            result = conn.execution_options(yield_per=chunk).scalars(stmt)
            for part in result.partitions(chunk):
                yield list(part)

    def all_ids(self) -> list[uuid.UUID]:
        """For bulk actions on "select all": ids only (16 bytes each), in queue order."""
        return [i for part in self.iter_ids() for i in part]
