"""How long the dashboard's figures take, beside the one query that has to read every open account.

    python bench/dashboard_bench.py --accounts 100000 [--db FILE_OR_URL] [--repeat 5] [--keep]

Builds an N-account department (the demo generator when it is installed, else a bulk seeder of its
own with accounts, payments, promises, complaints, escalations and targets), then times
`dashboard_figures` and, as the reference measured in the same run, the bare aging GROUP BY
(`collectdesk.services.dashboard.aging_query`) executed on a plain connection. It prints both
medians and their ratio: the figures cost little more than that one unavoidable scan.

With --db pointing at an existing database that already holds accounts, nothing is built.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
import uuid
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def seed(database, accounts: int, seed: int = 1, progress=None) -> None:
    """A department of `accounts` accounts in EUR and PLN, written with the bulk inserter."""
    from collectdesk.domain.enums import (AccountStatus, EscalationDecision, EscalationReason, EscalationStatus,
                                          FeedbackKind, FeedbackSource, FeedbackStatus, PaymentMethod,
                                          PromiseStatus)
    from collectdesk.store.bulk import BulkInserter
    from collectdesk.store.models import Account, Debtor, Escalation, FeedbackItem, Payment, Promise, Target

    rng = random.Random(seed)
    today = date.today()
    now = datetime.now(timezone.utc)
    countries = (("IT", "EUR"), ("DE", "EUR"), ("PL", "PLN"))
    open_statuses = [AccountStatus.OPEN] * 12 + [AccountStatus.PROMISED] * 3 + [
        AccountStatus.PAYMENT_PLAN, AccountStatus.DISPUTED, AccountStatus.ESCALATED, AccountStatus.LEGAL,
        AccountStatus.ON_HOLD]
    closed_statuses = [AccountStatus.PAID, AccountStatus.SETTLED, AccountStatus.WRITTEN_OFF, AccountStatus.CLOSED]
    acc_cols = ["id", "version", "created_at", "updated_at", "account_no", "debtor_id", "creditor", "currency",
                "original_amount", "balance", "due_date", "status", "country", "debtor_name_key", "priority"]
    deb_cols = ["id", "version", "created_at", "updated_at", "debtor_type", "name", "name_key", "country",
                "language", "timezone"]
    pay_cols = ["id", "account_id", "amount", "currency", "overpayment", "paid_on", "method", "posted_at",
                "posted_by"]
    pro_cols = ["id", "version", "created_at", "updated_at", "account_id", "amount", "currency", "promised_at",
                "due_date", "status", "paid_amount"]
    with database.engine.begin() as conn:
        accs = BulkInserter(conn, Account.__table__, acc_cols)
        debs = BulkInserter(conn, Debtor.__table__, deb_cols)
        pays = BulkInserter(conn, Payment.__table__, pay_cols)
        pros = BulkInserter(conn, Promise.__table__, pro_cols)
        sample: list[tuple[uuid.UUID, str]] = []
        later_pays: list[tuple] = []  # after the accounts they point at (foreign keys)
        later_pros: list[tuple] = []
        for i in range(accounts):
            country, cur = countries[i % 3]
            debtor = uuid.uuid4()
            name = f"Debtor {i:07d}"
            debs.add((debtor, 1, now, now, "person", name, name.casefold(), country, "en", "Europe/Rome"))
            acc = uuid.uuid4()
            original = Decimal(rng.randint(5_000, 2_500_000)).scaleb(-2)
            closed = rng.random() < 0.25
            status = rng.choice(closed_statuses if closed else open_statuses)
            balance = Decimal("0.00") if closed else (original * Decimal(rng.randint(20, 100)) / 100).quantize(
                Decimal("0.01"))
            dpd = int(rng.triangular(-60, 540, 20))
            accs.add((acc, 1, now, now, f"A-{i:08d}", debtor, "Demo Bank", cur, original, balance,
                      today - timedelta(days=dpd), status, country, name.casefold(), rng.randint(0, 100)))
            if rng.random() < 0.3:  # about one payment in the last four months for 30% of accounts
                for _ in range(rng.randint(1, 3)):
                    amount = Decimal(rng.randint(1_000, 80_000)).scaleb(-2)
                    over = Decimal(rng.randint(1, 2_000)).scaleb(-2) if rng.random() < 0.02 else Decimal("0.00")
                    later_pays.append((uuid.uuid4(), acc, amount, cur, over, today - timedelta(days=rng.randint(0, 120)),
                              PaymentMethod.BANK_TRANSFER, now, "bench"))
            if rng.random() < 0.08:
                due = today + timedelta(days=rng.randint(-40, 40))
                status_p = PromiseStatus.PENDING if due >= today else rng.choice(
                    [PromiseStatus.KEPT, PromiseStatus.BROKEN, PromiseStatus.BROKEN, PromiseStatus.PARTIAL])
                later_pros.append((uuid.uuid4(), 1, now, now, acc, Decimal(rng.randint(2_000, 60_000)).scaleb(-2), cur,
                          now - timedelta(days=10), due, status_p, Decimal("0.00")))
            if len(sample) < 2000 and rng.random() < 0.01:
                sample.append((acc, cur))
            if progress and i % 50_000 == 0:
                progress(i, accounts)
        debs.flush()
        accs.flush()
        pays.extend(later_pays)
        pros.extend(later_pros)
        pays.flush()
        pros.flush()
    with database.ctx.transaction() as s:
        for i in range(max(20, accounts // 500)):
            kind = FeedbackKind.COMPLAINT if rng.random() < 0.5 else rng.choice(list(FeedbackKind))
            s.add(FeedbackItem(source=FeedbackSource.EMAIL, kind=kind,
                               status=rng.choice([FeedbackStatus.NEW, FeedbackStatus.IN_PROGRESS,
                                                  FeedbackStatus.ANSWERED, FeedbackStatus.CLOSED]),
                               subject=f"Feedback {i}", received_at=now - timedelta(days=rng.randint(0, 20)),
                               due_by=now + timedelta(hours=rng.randint(-120, 240))))
        for acc, cur in sample[: max(10, accounts // 2000)]:
            s.add(Escalation(account_id=acc, reason=rng.choice(list(EscalationReason)),
                             requested_decision=rng.choice(list(EscalationDecision)),
                             status=rng.choice(list(EscalationStatus)),
                             amount_at_stake=Decimal(rng.randint(50_000, 5_000_000)).scaleb(-2), currency=cur))
        month = today.replace(day=1)
        scale = Decimal(accounts) / 1000
        for _ in range(4):  # this month and the three before
            end = (month + timedelta(days=32)).replace(day=1) - timedelta(days=1)
            for cur, per_thousand in (("EUR", Decimal("21000")), ("PLN", Decimal("44000"))):
                s.add(Target(metric="amount_collected", period_start=month, period_end=end,
                             amount=(per_thousand * scale).quantize(Decimal("0.01")), currency=cur))
            month = (month - timedelta(days=1)).replace(day=1)


def build(database, accounts: int, seed_value: int) -> str:
    def progress(done, total):
        print(f"  building: {done:,}/{total:,}", file=sys.stderr)

    try:
        from collectdesk.services.demo import build_demo
    except ImportError:
        seed(database, accounts, seed_value, progress)
        return "bench seeder"
    build_demo(database.ctx, accounts=accounts, seed=seed_value)
    return "demo generator"


def median_time(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--accounts", type=int, default=100_000)
    parser.add_argument("--db", default=None, help="file or URL; default: a temporary SQLite file")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--keep", action="store_true", help="keep the temporary database")
    args = parser.parse_args(argv)

    from PySide6.QtCore import QCoreApplication
    from sqlalchemy import func, select

    from collectdesk.services.dashboard import aging_query, dashboard_figures
    from collectdesk.services.database import open_database
    from collectdesk.store.models import Account

    app = QCoreApplication.instance() or QCoreApplication([])  # noqa: F841 (messages are translated)
    tmp = None
    target = args.db
    if target is None:
        tmp = Path(tempfile.mkdtemp(prefix="cd-bench-")) / "dashboard.sqlite3"
        target = str(tmp)
    database = open_database(target, actor="bench")
    try:
        with database.ctx.reading() as s:
            existing = s.scalar(select(func.count()).select_from(Account))
        if not existing:
            t0 = time.perf_counter()
            how = build(database, args.accounts, args.seed)
            print(f"built {args.accounts:,} accounts with the {how} in {time.perf_counter() - t0:.1f} s",
                  file=sys.stderr)
        with database.ctx.reading() as s:
            n = s.scalar(select(func.count()).select_from(Account))
        today = date.today()

        def bare():
            with database.engine.connect() as conn:
                conn.execute(aging_query(today)).all()

        def figures():
            dashboard_figures(database.ctx, today, timezone.utc)

        bare(), figures()  # warm the caches the same way for both
        t_bare = median_time(bare, args.repeat)
        t_fig = median_time(figures, args.repeat)
        print(f"backend: {database.engine.dialect.name}; accounts: {n:,}; repeat: {args.repeat}")
        print(f"aging GROUP BY (bare SQL):  {t_bare * 1000:9.1f} ms")
        print(f"dashboard_figures:          {t_fig * 1000:9.1f} ms")
        print(f"ratio figures / aging scan: {t_fig / t_bare:9.2f}")
    finally:
        database.close()
        if tmp is not None and not args.keep:
            for p in tmp.parent.glob("*"):
                p.unlink()
            tmp.parent.rmdir()
        elif tmp is not None:
            print(f"kept {tmp}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
