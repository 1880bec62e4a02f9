"""Database health: integrity and schema checks, consistent backups, row counts and balances."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from sqlalchemy import Engine, func, select, text

from collectdesk.domain.enums import CLOSED_STATUSES
from collectdesk.store import models as m
from collectdesk.store.engine import is_sqlite, sqlite_path
from collectdesk.store.migrate import current_revision, head_revision, sqlite_backup

# what `db stats` counts, under these keys (stable: scripts read them from --json)
COUNTED = {
    "branches": m.Branch, "teams": m.Team, "staff": m.StaffMember, "debtors": m.Debtor,
    "contacts": m.DebtorContact, "accounts": m.Account, "activities": m.Activity, "promises": m.Promise,
    "payments": m.Payment, "payment_plans": m.PaymentPlan, "installments": m.PlanInstallment,
    "settlements": m.Settlement, "write_offs": m.WriteOff, "escalations": m.Escalation,
    "feedback": m.FeedbackItem, "targets": m.Target, "training_modules": m.TrainingModule,
    "training_records": m.TrainingRecord, "evaluations": m.Evaluation, "portfolios": m.Portfolio,
    "compliance_findings": m.ComplianceFinding, "audit_entries": m.AuditEntry, "reports": m.GeneratedReport,
    "notes": m.AccountNote, "saved_queues": m.SavedQueue,
}


@dataclass
class Stats:
    counts: dict[str, int]
    balance: dict[str, Decimal]  # open balance per currency
    open_accounts: int

    def as_json(self) -> dict:
        out: dict = dict(self.counts)
        out["open_accounts"] = self.open_accounts
        out["balance"] = {cur: f"{amount:.2f}" for cur, amount in sorted(self.balance.items())}
        return out


def stats(engine: Engine) -> Stats:
    with engine.connect() as conn:
        counts = {key: conn.scalar(select(func.count()).select_from(model)) or 0 for key, model in COUNTED.items()}
        open_filter = m.Account.status.not_in([s.value for s in CLOSED_STATUSES])
        rows = conn.execute(select(m.Account.currency, func.sum(m.Account.balance), func.count())
                            .where(open_filter).group_by(m.Account.currency)).all()
    balance: dict[str, Decimal] = defaultdict(lambda: Decimal("0.00"))
    open_accounts = 0
    for currency, total, n in rows:
        balance[currency] += total if total is not None else Decimal("0.00")
        open_accounts += n
    return Stats(counts=counts, balance=dict(balance), open_accounts=open_accounts)


@dataclass
class CheckResult:
    schema_revision: str | None
    head_revision: str
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems and self.schema_revision == self.head_revision


def check(engine: Engine) -> CheckResult:
    """Integrity (SQLite: PRAGMA integrity_check and foreign_key_check) and schema version."""
    result = CheckResult(schema_revision=current_revision(engine), head_revision=head_revision())
    with engine.connect() as conn:
        if is_sqlite(engine):
            for (line,) in conn.exec_driver_sql("PRAGMA integrity_check").all():
                if line != "ok":
                    result.problems.append(str(line))
            for row in conn.exec_driver_sql("PRAGMA foreign_key_check").all():
                result.problems.append(f"foreign key: {tuple(row)}")
        else:
            conn.execute(text("SELECT 1"))
        # money that cannot be: a negative open balance
        negative = conn.scalar(select(func.count()).select_from(m.Account).where(m.Account.balance < 0)) or 0
        if negative:
            result.problems.append(f"accounts with a negative balance: {negative}")
    return result


def backup(engine: Engine, dest: Path) -> Path:
    path = sqlite_path(engine.url) if is_sqlite(engine) else None
    if path is None:
        raise ValueError("backup of a shared server is the server's job (pg_dump)")
    return sqlite_backup(path, dest)


def analyze(engine: Engine) -> None:
    """Refresh the query planner's statistics after a bulk load (imports, the demo)."""
    with engine.connect() as conn:
        if is_sqlite(engine):
            conn.exec_driver_sql("ANALYZE")
        else:
            conn.exec_driver_sql("ANALYZE")
        conn.commit()
