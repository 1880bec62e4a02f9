"""Scorecard at scale: scorecard(), trend() and department_figures() beside the plain GROUP BY.

    python bench/scorecard_bench.py [--db FILE] [--activities 10000000] [--pg URL] [--month 2026-09]

Builds once (cached in /tmp, or at --db) a database of 200 staff in 10 teams, 200,000 accounts and
N activities spread over the 12 months 2025-11 .. 2026-10, with proportionate promises (one per
promise-to-pay call), payments (for kept and partial promises, plus unpromised ones), targets,
feedback, compliance findings, QA evaluations and escalations. Rows are written with the bulk
inserter (COPY on PostgreSQL) with the activity indexes dropped and rebuilt afterwards.

Then, in the same run, prints for one month:
  reference  the plain per-collector GROUP BY on the raw activity table (what the issue quotes),
  ours       scorecard() for the whole department (every source, every figure), median of 5,
and the ratio; then trend() over 12 months and department_figures() for the month.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
import uuid
from datetime import date, datetime, time as dtime, timedelta, timezone
from decimal import Decimal
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

FIRST_DAY, LAST_DAY = date(2025, 11, 1), date(2026, 10, 31)
STAFF, TEAMS, ACCOUNTS = 200, 10, 200_000
CALL_OUTCOMES = (["no_answer"] * 40 + ["busy"] * 10 + ["left_message"] * 15 + ["right_party_contact"] * 15
                 + ["third_party"] * 5 + ["wrong_number"] * 3 + ["promise_to_pay"] * 7 + ["refused"] * 3
                 + ["dispute"] * 2)
OTHER = [("letter", "outbound", "delivered")] * 8 + [("email", "outbound", "delivered")] * 8 + \
        [("sms", "outbound", "delivered")] * 7 + [("visit", "outbound", "right_party_contact")] * 2 + \
        [("letter", "outbound", "returned")] * 1


def _seq_id(prefix: int, n: int) -> uuid.UUID:
    """Ascending ids, so the primary-key index is appended to rather than written at random."""
    return uuid.UUID(int=(prefix << 96) | n)


def _drop_indexes(conn, table: str) -> list[str]:
    from sqlalchemy import text

    if conn.dialect.name == "sqlite":
        rows = conn.execute(text("SELECT name, sql FROM sqlite_master WHERE type='index' AND tbl_name=:t "
                                 "AND sql IS NOT NULL"), {"t": table}).all()
    else:
        rows = conn.execute(text("SELECT indexname, indexdef FROM pg_indexes WHERE tablename=:t "
                                 "AND indexname NOT LIKE 'pk_%'"), {"t": table}).all()
    for name, _ in rows:
        conn.execute(text(f'DROP INDEX "{name}"'))
    return [sql for _, sql in rows]


def build(engine, activities: int, seed: int = 11) -> None:
    from sqlalchemy import text

    from collectdesk.store.bulk import BulkInserter
    from collectdesk.store.models import (
        Account, Activity, Branch, ComplianceFinding, Debtor, Escalation, Evaluation, FeedbackItem, Payment,
        Promise, StaffMember, Target, Team)

    rng = random.Random(seed)
    now = datetime(2026, 11, 1, 6, tzinfo=timezone.utc)
    with engine.begin() as conn:
        branches = [_seq_id(1, i) for i in range(2)]
        for i, b in enumerate(branches):
            conn.execute(Branch.__table__.insert(), dict(id=b, name=f"Branch {i + 1}", country="IT", city="X",
                                                         timezone="Europe/Rome", version=1, created_at=now,
                                                         updated_at=now))
        teams = [(_seq_id(2, i), branches[i % 2]) for i in range(TEAMS)]
        for i, (t, b) in enumerate(teams):
            conn.execute(Team.__table__.insert(), dict(id=t, name=f"Team {i + 1}", branch_id=b, version=1,
                                                       created_at=now, updated_at=now))
        staff = [_seq_id(3, i) for i in range(STAFF)]
        conn.execute(StaffMember.__table__.insert(), [dict(
            id=s, username=f"c{i}", full_name=f"Collector {i:03d}", role="collector", team_id=teams[i % TEAMS][0],
            branch_id=teams[i % TEAMS][1], language="en", active=True, version=1, created_at=now, updated_at=now)
            for i, s in enumerate(staff)])

        acc_cur, acc_debtor, acc_collector = [], [], []
        with BulkInserter(conn, Debtor.__table__, ["id", "debtor_type", "name", "name_key", "country", "language",
                                                   "timezone", "version", "created_at", "updated_at"],
                          batch=20000) as debtors, \
                BulkInserter(conn, Account.__table__, [
                    "id", "account_no", "debtor_id", "creditor", "currency", "original_amount", "balance",
                    "due_date", "status", "collector_id", "team_id", "branch_id", "country", "debtor_name_key",
                    "priority", "version", "created_at", "updated_at"], batch=20000) as accounts:
            for i in range(ACCOUNTS):
                did, aid = _seq_id(4, i), _seq_id(5, i)
                c = rng.randrange(STAFF)
                cur = "EUR" if rng.random() < 0.7 else "PLN"
                debtors.add((did, "person", f"Debtor {i}", f"debtor {i}", "IT", "en", "Europe/Rome", 1, now, now))
                original = Decimal(rng.randint(5000, 500_000)) / 100
                due = FIRST_DAY + timedelta(days=rng.randint(-400, 420))
                balance = (original * rng.randint(0, 100) / 100).quantize(Decimal("0.01"))
                accounts.add((aid, f"B-{i:07d}", did, "Bank", cur, original, balance, due,
                              "paid" if balance == 0 else "open", staff[c], teams[c % TEAMS][0],
                              teams[c % TEAMS][1], "IT", f"debtor {i}", 0, 1, now - timedelta(days=500), now))
                acc_cur.append(cur)
                acc_debtor.append(did)
                acc_collector.append(c)

        saved = _drop_indexes(conn, "activity")
        days = (LAST_DAY - FIRST_DAY).days + 1
        per_day = activities // days
        act_cols = ["id", "account_id", "debtor_id", "collector_id", "channel", "direction", "outcome",
                    "occurred_at", "duration_s", "created_at", "created_by"]
        prom_cols = ["id", "account_id", "collector_id", "activity_id", "amount", "currency", "promised_at",
                     "due_date", "status", "paid_amount", "version", "created_at", "updated_at"]
        pay_cols = ["id", "account_id", "amount", "currency", "overpayment", "paid_on", "method", "collector_id",
                    "promise_id", "posted_at", "posted_by"]
        n_act = n_prom = n_pay = 0
        t0 = time.perf_counter()
        # entered payments first so that they are flushed last (they refer to promises)
        with BulkInserter(conn, Payment.__table__, pay_cols, batch=20000) as pays, \
                BulkInserter(conn, Promise.__table__, prom_cols, batch=20000) as proms, \
                BulkInserter(conn, Activity.__table__, act_cols, batch=50000) as acts:
            for d in range(days):
                day = FIRST_DAY + timedelta(days=d)
                base = datetime.combine(day, dtime(8), timezone.utc)
                count = per_day + (1 if d < activities - per_day * days else 0)
                offsets = sorted(rng.randrange(12 * 3600) for _ in range(count))
                for off in offsets:
                    a = rng.randrange(ACCOUNTS)
                    c = acc_collector[a] if rng.random() < 0.9 else rng.randrange(STAFF)
                    when = base + timedelta(seconds=off)
                    if rng.random() < 0.74:
                        channel = "call"
                        direction = "outbound" if rng.random() < 0.88 else "inbound"
                        outcome = rng.choice(CALL_OUTCOMES)
                    else:
                        channel, direction, outcome = rng.choice(OTHER)
                    aid = _seq_id(6, n_act)
                    n_act += 1
                    acts.add((aid, _seq_id(5, a), acc_debtor[a], staff[c], channel, direction, outcome, when,
                              rng.randint(0, 600) if channel == "call" else 0, when, "bench"))
                    if outcome != "promise_to_pay":
                        if rng.random() < 0.01:  # a payment nobody promised
                            if len(pays.pending) + 1 >= pays.batch:
                                proms.flush()  # earlier payments refer to pending promises
                            pays.add((_seq_id(8, n_pay), _seq_id(5, a), Decimal(rng.randint(1000, 50000)) / 100,
                                      acc_cur[a], Decimal(0), day + timedelta(days=rng.randint(0, 5)),
                                      "bank_transfer", staff[c], None, when, "bench"))
                            n_pay += 1
                        continue
                    amount = Decimal(rng.randint(2000, 100000)) / 100
                    due = day + timedelta(days=rng.randint(1, 21))
                    r = rng.random()
                    if due > LAST_DAY:
                        status, paid = "pending", Decimal(0)
                    elif r < 0.55:
                        status, paid = "kept", amount
                    elif r < 0.65:
                        status, paid = "partial", (amount / 2).quantize(Decimal("0.01"))
                    elif r < 0.95:
                        status, paid = "broken", Decimal(0)
                    else:
                        status, paid = "cancelled", Decimal(0)
                    pid = _seq_id(7, n_prom)
                    n_prom += 1
                    proms.add((pid, _seq_id(5, a), staff[c], None, amount, acc_cur[a], when, due, status, paid, 1,
                               when, when))
                    if paid:
                        if len(pays.pending) + 1 >= pays.batch:
                            proms.flush()  # the payment refers to its promise
                        pays.add((_seq_id(8, n_pay), _seq_id(5, a), paid, acc_cur[a], Decimal(0),
                                  due - timedelta(days=rng.randint(0, 2)), "bank_transfer", staff[c], pid,
                                  when, "bench"))
                        n_pay += 1
                if d % 30 == 0:
                    print(f"  {day}: {n_act:,} activities in {time.perf_counter() - t0:.0f} s", flush=True)
        print(f"  {n_act:,} activities, {n_prom:,} promises, {n_pay:,} payments; rebuilding indexes", flush=True)
        for sql in saved:
            conn.execute(text(sql))

        with BulkInserter(conn, Target.__table__, ["id", "staff_id", "metric", "period_start", "period_end", "amount",
                                                   "currency", "count", "version", "created_at",
                                                   "updated_at"]) as targets:
            n = 0
            for s in staff:
                for m in range(12):
                    y, mo = divmod(FIRST_DAY.month - 1 + m, 12)
                    start = date(FIRST_DAY.year + y, mo + 1, 1)
                    end = (start + timedelta(days=32)).replace(day=1) - timedelta(days=1)
                    targets.add((_seq_id(9, n), s, "amount_collected", start, end, Decimal(30000), "EUR", None, 1,
                                 now, now))
                    targets.add((_seq_id(9, n + 1), s, "contacts", start, end, None, None, 900, 1, now, now))
                    n += 2

        def when() -> datetime:
            return datetime.combine(FIRST_DAY + timedelta(days=rng.randrange(365)), dtime(10), timezone.utc)

        with BulkInserter(conn, FeedbackItem.__table__, ["id", "source", "kind", "status", "staff_id", "anonymous",
                                                         "subject", "received_at", "version", "created_at",
                                                         "updated_at"]) as fb:
            for i in range(6000):
                fb.add((_seq_id(10, i), "email", rng.choice(["complaint", "compliment", "enquiry"]), "new",
                        staff[rng.randrange(STAFF)], False, "bench", when(), 1, now, now))
        with BulkInserter(conn, ComplianceFinding.__table__, ["id", "collector_id", "account_id", "rule_code",
                                                              "profile_code", "profile_version", "severity",
                                                              "status", "found_at", "version", "created_at",
                                                              "updated_at"]) as cf:
            for i in range(6000):
                cf.add((_seq_id(11, i), staff[rng.randrange(STAFF)], _seq_id(5, rng.randrange(ACCOUNTS)), "R1", "IT",
                        "1", "warn", "open", when(), 1, now, now))
        with BulkInserter(conn, Evaluation.__table__, ["id", "staff_id", "evaluated_on", "qa_score", "version",
                                                       "created_at", "updated_at"]) as ev:
            for i in range(4800):
                ev.add((_seq_id(12, i), staff[rng.randrange(STAFF)], when().date(), rng.randint(50, 100), 1, now,
                        now))
        with BulkInserter(conn, Escalation.__table__, ["id", "account_id", "raised_by_id", "reason",
                                                       "requested_decision", "status", "amount_at_stake",
                                                       "currency", "version", "created_at", "updated_at"]) as es:
            for i in range(3600):
                a = rng.randrange(ACCOUNTS)
                es.add((_seq_id(13, i), _seq_id(5, a), staff[acc_collector[a]], "hardship", "settlement",
                        rng.choice(["submitted", "approved", "rejected", "withdrawn"]), Decimal(100),
                        acc_cur[a], 1, when(), now))
    with engine.connect() as conn:
        conn.exec_driver_sql("ANALYZE")
        conn.commit()


def median_time(fn, repeat: int = 5) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeat):
        t = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times), result


def reference_group_by(engine, start: date, end: date) -> int:
    """The plain per-collector GROUP BY on the raw activity table (no scorecard logic around it)."""
    from sqlalchemy import and_, case, func, select

    from collectdesk.domain.enums import RIGHT_PARTY_OUTCOMES
    from collectdesk.store.models import Activity

    lo = datetime.combine(start, dtime(), timezone.utc)
    hi = datetime.combine(end + timedelta(days=1), dtime(), timezone.utc)
    q = (select(Activity.collector_id, func.count(func.distinct(Activity.account_id)),
                func.sum(case((and_(Activity.channel == "call", Activity.direction == "outbound"), 1), else_=0)),
                func.sum(case((Activity.outcome.in_(sorted(RIGHT_PARTY_OUTCOMES)), 1), else_=0)))
         .where(Activity.occurred_at >= lo, Activity.occurred_at < hi).group_by(Activity.collector_id))
    with engine.connect() as conn:
        return len(conn.execute(q).all())


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--activities", type=int, default=10_000_000)
    parser.add_argument("--db", help="SQLite file (built there when missing)")
    parser.add_argument("--pg", help="PostgreSQL URL of an empty database to build into (or an already built one)")
    parser.add_argument("--month", default="2026-09")
    parser.add_argument("--build-only", action="store_true")
    args = parser.parse_args()

    from PySide6.QtCore import QCoreApplication
    from sqlalchemy import func, select

    app = QCoreApplication([])  # noqa: F841  (services translate messages through it)
    from collectdesk.services.database import open_database
    from collectdesk.store.models import Activity

    target = args.pg or args.db or f"/tmp/collectdesk-scorecard-{args.activities}.sqlite3"
    database = open_database(target, actor="bench", sweep=False)
    engine = database.engine
    with engine.connect() as conn:
        have = conn.scalar(select(func.count()).select_from(Activity))
    if not have:
        t = time.perf_counter()
        build(engine, args.activities)
        print(f"built {args.activities:,} activities in {time.perf_counter() - t:.0f} s")
        with engine.connect() as conn:
            have = conn.scalar(select(func.count()).select_from(Activity))
    print(f"database: {database.label}  activities: {have:,}  staff: {STAFF}")
    if args.build_only:
        return 0

    from collectdesk.domain.periods import last_n, parse_period
    from collectdesk.services.department_kpis import department_figures
    from collectdesk.services.scorecard_trend import trend
    from collectdesk.services.scorecards import scorecard

    period = parse_period(args.month)
    start, end = period.start, period.end
    ref, n_ref = median_time(lambda: reference_group_by(engine, start, end))
    ours, card = median_time(lambda: scorecard(database.ctx, start, end))
    print(f"month {period.label()}: {card.department.contact_attempts:,} outbound calls, {len(card.rows)} staff rows")
    print(f"  reference: plain per-collector GROUP BY on activity  {ref * 1000:7.0f} ms  ({n_ref} groups)")
    print(f"  ours:      scorecard() (every source, every figure)  {ours * 1000:7.0f} ms  "
          f"ratio {ours / ref:.2f}  target 300 ms: {'met' if ours <= 0.3 else 'MISSED'}")
    months = last_n(period, 12)
    t_trend, tr = median_time(lambda: trend(database.ctx, "collected", months), repeat=3)
    t_trend_rpc, _ = median_time(lambda: trend(database.ctx, "rpc_rate", months), repeat=3)
    print(f"  trend('collected', 12 months)                          {t_trend * 1000:7.0f} ms")
    print(f"  trend('rpc_rate', 12 months)                           {t_trend_rpc * 1000:7.0f} ms  "
          f"ratio to 12 x reference {t_trend_rpc / (12 * ref):.2f}")
    t_dept, _ = median_time(lambda: department_figures(database.ctx, start, end), repeat=3)
    print(f"  department_figures() (CEI, roll, cure, liquidation)    {t_dept * 1000:7.0f} ms")
    database.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
