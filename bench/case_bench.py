"""The queue's Case column and case filters at scale: the real QueueModel under an offscreen QTableView.

    python bench/case_bench.py --accounts 1000000 [--db FILE_OR_URL]

Builds (once) a synthetic database of N accounts (bench/synthetic.py) and adds a case load to it: payment
plans on 5 % of the accounts (with their installments; on track, missed, broken over the last two years,
completed), escalations on 2 % (half of them still open) and settlements on 1 %. Then prints, per action:

- the page with the Case column against the same page without it (what the column costs), and
- the case filters ("Payment plans in trouble", "has an open escalation") in the model against the same
  SQL run bare (count + first window + its rows), like bench/queue_bench.py.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
import uuid
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from PySide6.QtCore import QThreadPool  # noqa: E402
from PySide6.QtWidgets import QApplication, QTableView  # noqa: E402
from sqlalchemy import func, select  # noqa: E402


def timed(fn, repeat: int = 5) -> float:
    best = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t)
    return best


def add_cases(engine, seed: int = 11) -> dict[str, int]:
    """Plans, installments, escalations and settlements on a share of the accounts (bulk, once)."""
    from collectdesk.store.bulk import BulkInserter
    from collectdesk.store.models import (Account, PaymentPlan, PlanInstallment, Settlement, StaffMember)
    from collectdesk.store.models.escalations import Escalation

    rng = random.Random(seed)
    today = date.today()
    now = datetime.now(timezone.utc)
    with engine.connect() as conn:
        accounts = conn.execute(select(Account.id, Account.currency, Account.balance)).all()
        staff = list(conn.scalars(select(StaffMember.id)))
    plan_cols = ["id", "version", "created_at", "updated_at", "account_id", "total_amount", "currency",
                 "down_payment", "fee", "frequency", "installment_count", "first_due", "grace_days", "status",
                 "approved_by", "approved_at"]
    inst_cols = ["id", "version", "plan_id", "seq", "due_date", "amount", "currency", "paid_amount", "status"]
    esc_cols = ["id", "version", "created_at", "updated_at", "account_id", "raised_by_id", "reason",
                "requested_decision", "status", "amount_at_stake", "currency"]
    set_cols = ["id", "version", "created_at", "updated_at", "account_id", "balance_at_offer", "settle_amount",
                "currency", "deadline", "status"]
    counts = {"plans": 0, "installments": 0, "escalations": 0, "settlements": 0}
    plan_rows, inst_rows, esc_rows, set_rows = [], [], [], []  # parents before children: the FKs are checked
    for account_id, currency, balance in accounts:
            balance = balance or Decimal("100.00")
            r = rng.random()
            if r < 0.05:  # a plan: 8 monthly installments
                kind = rng.choices(["on_track", "missed", "broken", "completed", "proposed"], [55, 12, 15, 13, 5])[0]
                pid = uuid.UUID(int=rng.getrandbits(128))
                first = today - timedelta(days=rng.randint(0, 700) if kind in ("broken", "completed")
                                          else rng.randint(10, 120))
                if kind == "proposed":
                    first = today + timedelta(days=rng.randint(5, 20))
                per = (balance / 8).quantize(Decimal("0.01"))
                missed_left = {"missed": 1, "broken": 2}.get(kind, 0)
                stamp = now - timedelta(days=(today - first).days + 10)
                plan_rows.append((pid, 1, stamp, stamp, account_id, per * 8, currency, Decimal(0), Decimal(0),
                                  "monthly", 8, first, 5, kind, None if kind == "proposed" else "bench",
                                  None if kind == "proposed" else stamp))
                counts["plans"] += 1
                for seq in range(8):
                    due = first + timedelta(days=30 * seq)
                    past = due + timedelta(days=5) < today
                    if kind == "completed":
                        st = "paid"
                    elif past and missed_left and (kind == "broken" or due + timedelta(days=40) > today):
                        st, missed_left = "missed", missed_left - 1
                    elif past and not (kind == "broken" and missed_left == 0):
                        st = "paid"
                    else:
                        st = "due"
                    inst_rows.append((uuid.UUID(int=rng.getrandbits(128)), 1, pid, seq + 1, due, per, currency,
                                      per if st == "paid" else Decimal(0), st))
                    counts["installments"] += 1
            elif r < 0.07:  # an escalation, half of them decided
                st = rng.choice(["submitted", "under_review", "referred", "info_requested", "approved",
                                 "rejected", "approved", "withdrawn", "approved", "counter_proposed"])
                at = now - timedelta(days=rng.randint(0, 300))
                esc_rows.append((uuid.UUID(int=rng.getrandbits(128)), 1, at, at, account_id, rng.choice(staff),
                                 "hardship", "payment_plan", st, balance, currency))
                counts["escalations"] += 1
            elif r < 0.08:  # a settlement
                st = rng.choice(["offered", "accepted", "accepted", "lapsed", "fulfilled"])
                at = now - timedelta(days=rng.randint(0, 200))
                deadline = (at + timedelta(days=30)).date() if st in ("lapsed", "fulfilled") \
                    else today + timedelta(days=rng.randint(1, 30))
                set_rows.append((uuid.UUID(int=rng.getrandbits(128)), 1, at, at, account_id, balance,
                                 (balance * Decimal("0.7")).quantize(Decimal("0.01")), currency, deadline, st))
                counts["settlements"] += 1
    with engine.begin() as conn:
        for table, cols, rows in ((PaymentPlan.__table__, plan_cols, plan_rows),
                                  (PlanInstallment.__table__, inst_cols, inst_rows),
                                  (Escalation.__table__, esc_cols, esc_rows),
                                  (Settlement.__table__, set_cols, set_rows)):
            with BulkInserter(conn, table, cols, batch=20000) as out:
                for row in rows:
                    out.add(row)
    return counts


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--accounts", type=int, default=1_000_000)
    parser.add_argument("--db", help="a SQLite file or a PostgreSQL URL (default: a file in /tmp, built once)")
    args = parser.parse_args()

    app = QApplication([])
    from collectdesk import i18n

    i18n.install("en")
    from collectdesk.services.database import open_database
    from collectdesk.services.queues import QueueFilter, QueueQuery, builtin_filter
    from collectdesk.services.queues.case import case_states
    from collectdesk.store.maintenance import analyze
    from collectdesk.store.models import Account, PaymentPlan
    from collectdesk.ui.queues.queue_model import PAGE, QueueModel

    db_arg = args.db or f"/tmp/collectdesk-bench-case-{args.accounts}.sqlite3"
    database = open_database(db_arg, actor="bench", sweep=False)
    engine = database.engine
    with engine.connect() as conn:
        total = conn.scalar(select(func.count()).select_from(Account))
        plans = conn.scalar(select(func.count()).select_from(PaymentPlan))
    if not total:
        import synthetic

        t = time.perf_counter()
        synthetic.build(engine, args.accounts)
        print(f"built {args.accounts:,} synthetic accounts in {time.perf_counter() - t:.1f} s")
    if not plans:
        t = time.perf_counter()
        counts = add_cases(engine)
        analyze(engine)
        print(f"added {', '.join(f'{n:,} {k}' for k, n in counts.items())} in {time.perf_counter() - t:.1f} s")
    with engine.connect() as conn:
        total = conn.scalar(select(func.count()).select_from(Account))
    print(f"database: {database.label}  accounts: {total:,}")

    model = QueueModel()
    model.async_count = True
    view = QTableView()
    view.setModel(model)
    view.resize(1400, 800)
    view.show()
    app.processEvents()
    today = date.today()
    plain_columns = list(model.columns)
    case_columns = plain_columns + ["case"]

    def paint() -> None:
        view.viewport().repaint()  # data() for every visible cell

    def settle() -> None:
        """Until a count running in a worker has arrived (outside the timings)."""
        while model.counting:
            QThreadPool.globalInstance().waitForDone(5)
            app.processEvents()

    def timed_settled(fn, repeat: int = 5) -> float:
        best = float("inf")
        for _ in range(repeat):
            t = time.perf_counter()
            fn()
            best = min(best, time.perf_counter() - t)
            settle()
        return best

    def page_load(query, columns) -> float:
        """As the pane does it: the query set, the first rows painted (the count comes from a worker;
        a filter on the case reads the queue's keys first, which gives the count too)."""
        def run():
            model.set_columns(columns)
            model.set_query(query)
            paint()
        return timed_settled(run)

    def bare(query) -> float:
        """The same SQL run directly: count, first window, its rows with their cases."""
        def run():
            with engine.connect() as conn:
                conn.scalar(select(func.count()).select_from(Account).where(*query.filter.conditions(today)))
                ids = list(conn.scalars(select(Account.id).where(*query.filter.conditions(today))
                                        .order_by(*query._order(False)).limit(PAGE)))
            query.rows(ids, with_case=True)
        return timed(run, 3)

    print("ours = the model under a QTableView until the visible rows are painted (count from a worker);")
    print("reference = the same page without the Case column, or the same SQL run bare (count + window + rows)")
    print(f"{'action':60} {'ours ms':>9} {'reference ms':>13} {'ratio':>7}")

    def line(label: str, ours: float, ref: float) -> None:
        print(f"{label:60} {ours * 1000:9.1f} {ref * 1000:13.1f} {ours / ref:7.2f}")

    def interleaved(with_case, without, repeat: int = 15) -> tuple[float, float]:
        """Best of `repeat`, the two taken in turn (the machine's load drifts less between them)."""
        a = b = float("inf")
        for _ in range(repeat):
            t = time.perf_counter()
            with_case()
            a = min(a, time.perf_counter() - t)
            settle()
            t = time.perf_counter()
            without()
            b = min(b, time.perf_counter() - t)
            settle()
        return a, b

    def opened(query, columns):
        def run():
            model.set_columns(columns)
            model.set_query(query)
            paint()
        return run

    def repainted(columns):
        def run():
            model._pages.clear()
            paint()
        return run

    open_queue = QueueQuery(engine, QueueFilter(), today=today)
    by_balance = QueueQuery(engine, QueueFilter(), sort_key="balance", today=today)
    for label, query in (("open queue", open_queue), ("sorted by balance", by_balance)):
        line(f"{label}: opened, first page painted, Case shown vs hidden",
             *interleaved(opened(query, case_columns), opened(query, plain_columns)))
        model.set_query(query)
        settle()
        shown, hidden = [], []
        for _ in range(15):  # the page read again from the database and painted
            model.set_columns(case_columns)
            shown.append(timed(repainted(case_columns), 1))
            model.set_columns(plain_columns)
            hidden.append(timed(repainted(plain_columns), 1))
        line(f"{label}: page read + painted, Case shown vs hidden", min(shown), min(hidden))

    def jump(to_row):
        def run():
            model._pages.clear()
            view.scrollTo(model.index(to_row(), 0))
            paint()
        return run

    model.set_query(open_queue)
    settle()
    for label, where in (("jump to the end", lambda: model.rowCount() - 1),
                         ("jump to the middle", lambda: model.rowCount() // 2)):
        model.set_columns(case_columns)
        with_case = timed(jump(where))
        model.set_columns(plain_columns)
        without = timed(jump(where))
        line(f"{label}: Case shown vs hidden", with_case, without)

    spent = {}
    for cols in (case_columns, plain_columns):
        model.set_columns(cols)
        rng = random.Random(1)
        t = time.perf_counter()
        for _ in range(100):
            model._pages.clear()
            view.scrollTo(model.index(rng.randrange(model.rowCount()), 0))
            paint()
        spent[len(cols)] = (time.perf_counter() - t) / 100
    line("100 random jumps (each): Case shown vs hidden", spent[len(case_columns)], spent[len(plain_columns)])

    ids = [r.id for r in open_queue.page(0, PAGE)]

    def lookup():
        with engine.connect() as conn:
            return case_states(conn, ids)

    found = lookup()
    line(f"case lookup alone, one page ({len(ids)} ids, {len(found)} with a case) vs its rows", timed(lookup),
         timed(lambda: open_queue.rows(ids)))

    for label, flt in (("Payment plans in trouble", builtin_filter("plans_in_trouble", today)),
                       ("has an open escalation", QueueFilter(open_escalation=True)),
                       ("plans in trouble + Poland", builtin_filter("plans_in_trouble", today).replace(
                           countries=("PL",)))):
        query = QueueQuery(engine, flt, today=today)
        n = query.count()
        line(f"{label} ({n:,}): first page + count vs bare SQL", page_load(query, case_columns), bare(query))
        deep = n // 2

        def bare_deep():
            query.rows([], keys=query.window_keys(deep, PAGE), with_case=True)
        line(f"{label}: a page in the middle vs a bare SQL window", timed(jump(lambda: deep)), timed(bare_deep))
    view.close()
    database.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
