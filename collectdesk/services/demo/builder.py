"""build_demo: a whole collections department, streamed into an empty database in one transaction.

Generation is deterministic: one random source seeded with `seed`, read in one order, produces every
id and value, so the same seed and the same `today` give the same rows. Rows arrive in chunks of
stream.CHUNK_ACCOUNTS accounts (from a worker process for big builds, see stream.py) and go straight
to the database (loading.py), so memory stays flat whatever the number of accounts. Each chunk's debtors
are checked against the compliance profiles on the way (compliance_check.py): the build leaves the
findings a full compliance scan would find, and the scan's watermark.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from PySide6.QtCore import QCoreApplication
from sqlalchemy import Connection, select

from collectdesk.domain.errors import DomainError, ValidationError
from collectdesk.services.audit import bulk_entry
from collectdesk.services.context import ServiceContext
from collectdesk.services.demo.loading import drop_foreign_keys, drop_secondary_indexes, inserters, tune
from collectdesk.services.demo.rows import FLUSH_ORDER, SUMMARY_KEYS
from collectdesk.services.demo.stream import open_stream
from collectdesk.store.models import Account, Branch, Debtor, EvaluationCriterion, StaffMember

DEFAULT_ACCOUNTS = 2_000
MAX_ACCOUNTS = 10_000_000


class DemoCancelled(DomainError):
    """The user cancelled the build; everything was rolled back."""


@dataclass(frozen=True)
class DemoSummary:
    seed: int
    today: date
    seconds: float
    # rows written per entity; the keys of collectdesk.store.maintenance.COUNTED where it counts them
    counts: dict[str, int] = field(default_factory=dict)
    # seconds spent waiting for generated rows, inserting them, rebuilding indexes (for bench/)
    phases: dict[str, float] = field(default_factory=dict)

    @property
    def accounts(self) -> int:
        return self.counts.get("accounts", 0)

    @property
    def total_rows(self) -> int:
        return sum(self.counts.values())


def _refuse_non_empty(conn: Connection) -> None:
    for model in (Account, Debtor, StaffMember, Branch):
        if conn.execute(select(model.id).limit(1)).first() is not None:
            raise ValidationError(QCoreApplication.translate(
                "Demo", "Demo data can only be built into an empty database, and this one already holds "
                "accounts, debtors or staff. Choose a new database file."))


def _criteria(conn: Connection) -> dict[str, list[str]]:
    """The active evaluation criteria the migration seeded (their ids are random per database), by kind, in
    order, as the generator writes ids (32 hex digits)."""
    rows = conn.execute(select(EvaluationCriterion.kind, EvaluationCriterion.id)
                        .where(EvaluationCriterion.active.is_(True))
                        .order_by(EvaluationCriterion.kind, EvaluationCriterion.position)).all()
    out: dict[str, list[str]] = {}
    for kind, criterion_id in rows:
        out.setdefault(kind, []).append(criterion_id.hex)
    return out


def _cancelled_error() -> DemoCancelled:
    return DemoCancelled(QCoreApplication.translate("Demo", "Building the demo data was cancelled. Nothing was saved."))


def build_demo(ctx: ServiceContext, *, accounts: int = DEFAULT_ACCOUNTS, seed: int = 1, today: date | None = None,
               progress: Callable[[int, int], None] | None = None,
               cancelled: Callable[[], bool] | None = None) -> DemoSummary:
    """Fill an empty database with a demo department of `accounts` accounts.

    progress(done, total) is called after each chunk; the unit is one account, plus a final tenth for
    rebuilding the indexes. `cancelled()` is asked between chunks; when it returns True everything is
    rolled back and DemoCancelled is raised. Raises ValidationError for a database that holds data.
    The planner's statistics are the caller's to refresh afterwards (collectdesk.store.maintenance.analyze),
    outside this transaction."""
    if not isinstance(accounts, int) or not 1 <= accounts <= MAX_ACCOUNTS:
        raise ValidationError(QCoreApplication.translate(
            "Demo", "The number of demo accounts must be between 1 and {maximum}.").format(maximum=MAX_ACCOUNTS))
    today = today or date.today()
    started = time.perf_counter()
    finishing = max(1, accounts // 10)
    phases = {"waiting": 0.0, "inserting": 0.0, "checking": 0.0, "indexing": 0.0}
    total = accounts + finishing

    def check_cancel() -> None:
        if cancelled is not None and cancelled():
            raise _cancelled_error()

    from collectdesk.services.demo.compliance_check import DemoCompliance

    checker = DemoCompliance(ctx, ctx.engine.dialect.name, today)  # reads the profiles before the transaction
    with ctx.transaction() as session:
        conn = session.connection()
        _refuse_non_empty(conn)
        dialect = conn.dialect.name
        restore = tune(conn)
        stream = None
        try:
            recreate = drop_secondary_indexes(conn, FLUSH_ORDER)
            recreate += drop_foreign_keys(conn, FLUSH_ORDER)
            sinks = inserters(conn)
            stream = open_stream(seed, dialect, today, accounts, _criteria(conn))
            clock = time.perf_counter()
            for done, rows in stream:
                now = time.perf_counter()
                phases["waiting"] += now - clock
                rows["compliance_finding"] = checker.chunk(rows)  # while the worker generates the next chunk
                checked = time.perf_counter()
                phases["checking"] += checked - now
                for name in FLUSH_ORDER:
                    sinks[name].put(rows[name])
                del rows
                clock = time.perf_counter()
                phases["inserting"] += clock - checked
                if progress is not None:
                    progress(done, total)
                check_cancel()
            for i, statement in enumerate(recreate, start=1):
                conn.exec_driver_sql(statement)
                if progress is not None:
                    progress(accounts + finishing * i // len(recreate), total)
                check_cancel()
            phases["indexing"] = time.perf_counter() - clock
            checker.finish(conn)
            counts = {SUMMARY_KEYS[name]: sinks[name].count for name in FLUSH_ORDER}
            counts["audit_entries"] += 1  # the hand-overs' reassignment rows and this summary
            bulk_entry(session, "demo", QCoreApplication.translate(
                "Demo", "Demo data built with seed {seed} as of {today}: %n account(s), {debtors} debtors, "
                "{activities} activities, {payments} payments.", "", counts["accounts"]).format(
                seed=seed, today=today.isoformat(), debtors=counts["debtors"], activities=counts["activities"],
                payments=counts["payments"]), entity_id=f"seed={seed}")
        finally:
            if stream is not None:
                stream.close()
            restore()
    if progress is not None:
        progress(total, total)
    return DemoSummary(seed=seed, today=today, seconds=time.perf_counter() - started, counts=counts,
                       phases={k: round(v, 3) for k, v in phases.items()})
