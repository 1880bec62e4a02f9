"""Queue pane at scale: the real QueueModel under an offscreen QTableView, beside the same SQL run bare.

    python bench/queue_bench.py --accounts 1000000 [--db FILE_OR_URL] [--export]

Builds a synthetic SQLite database of N accounts (or uses --db), then for each user action prints our
time (model reset + the visible rows painted) and the bare SQL time for the same rows, and the ratio.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication, QTableView  # noqa: E402
from sqlalchemy import func, select  # noqa: E402


def rss_mb() -> float:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def timed(fn, repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t)
    return best


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--accounts", type=int, default=100_000)
    parser.add_argument("--db")
    parser.add_argument("--export", action="store_true", help="also time CSV and XLSX export of the whole queue")
    args = parser.parse_args()

    app = QApplication([])
    from collectdesk import i18n

    i18n.install("en")
    from collectdesk.services.database import open_database
    from collectdesk.services.queues import QueueFilter, QueueQuery
    from collectdesk.store.models import Account
    from collectdesk.ui.queues.queue_model import QueueModel, ordered_keys

    db_arg = args.db or f"/tmp/collectdesk-bench-{args.accounts}.sqlite3"
    fresh = not args.db and not Path(db_arg).exists()
    database = open_database(db_arg, actor="bench", sweep=False)
    if fresh:
        import synthetic

        t = time.perf_counter()
        synthetic.build(database.engine, args.accounts)
        print(f"built {args.accounts:,} synthetic accounts in {time.perf_counter() - t:.1f} s")
    engine = database.engine
    with engine.connect() as conn:
        total = conn.scalar(select(func.count()).select_from(Account))
    print(f"database: {database.label}  accounts: {total:,}")

    model = QueueModel()
    model.async_count = True
    view = QTableView()
    view.setModel(model)
    view.resize(1200, 800)
    view.show()
    app.processEvents()
    today = date.today()

    def paint() -> None:
        view.viewport().repaint()  # calls data() for every visible cell

    def ours(query) -> float:
        """As the pane does it: first rows painted at once, the count from a worker."""
        def run():
            keys = None if query_indexed(query) else ordered_keys(query)
            model.set_query(query, keys)
            paint()
        return timed(run)

    def counted(query) -> float:
        """Until the row count has arrived from the worker and the scroll bar is right."""
        from PySide6.QtCore import QThreadPool

        def run():
            model.set_query(query)
            paint()
            while model.counting:
                QThreadPool.globalInstance().waitForDone(5)
                app.processEvents()
        return timed(run)

    def query_indexed(query) -> bool:
        from collectdesk.services.queues import COLUMNS

        return COLUMNS[query.sort_key].indexed

    def bare(query) -> float:
        def run():
            with engine.connect() as conn:
                n = conn.scalar(select(func.count()).select_from(Account).where(*query.filter.conditions(today)))
                stmt = select(Account.id).where(*query.filter.conditions(today)).order_by(
                    *query._order(False)).limit(40)
                ids = list(conn.scalars(stmt))
            query.rows(ids)
            return n
        def run_slow():
            with engine.connect() as conn:
                stmt = select(Account.id).where(*query.filter.conditions(today)).order_by(*query._order(False))
                ids = list(conn.scalars(stmt.limit(40)))
            query.rows(ids)
        return timed(run if query_indexed(query) else run_slow)

    cases = [
        ("open queue (all open, by days past due)", QueueQuery(engine, QueueFilter(), today=today)),
        ("sort by balance (indexed)", QueueQuery(engine, QueueFilter(), sort_key="balance", today=today)),
        ("filter aging 31-60 + country PL", QueueQuery(engine, QueueFilter(aging=("31-60",), countries=("PL",)),
                                                        today=today)),
        ("search 'wójcik' (name contains)", QueueQuery(engine, QueueFilter(search="wójcik"), today=today)),
        ("sort by status", QueueQuery(engine, QueueFilter(), sort_key="status", today=today)),
        ("sort by collector name (keys in a worker)", QueueQuery(engine, QueueFilter(), sort_key="collector",
                                                                  today=today)),
        ("sort by creditor (no index; keys in a worker)", QueueQuery(engine, QueueFilter(), sort_key="creditor",
                                                                     today=today)),
    ]
    print("ours = the model under a QTableView until the visible rows are painted; the row count")
    print("arrives from a worker (column 'count ms'); bare = the same SQL (count + first window) run directly")
    print(f"{'action':45} {'ours ms':>9} {'count ms':>9} {'bare SQL ms':>12} {'ratio':>7}")
    for label, query in cases:
        o, b = ours(query), bare(query)
        c = counted(query) if query_indexed(query) else o
        print(f"{label:45} {o * 1000:9.1f} {c * 1000:9.1f} {b * 1000:12.1f} {o / b:7.2f}")

    query = QueueQuery(engine, QueueFilter(), today=today)
    model.set_query(query)
    paint()

    def to_end():
        model._pages.clear()
        view.scrollToBottom()
        paint()

    def bare_end():
        with engine.connect() as conn:
            ids = list(conn.scalars(select(Account.id).where(*query.filter.conditions(today))
                                    .order_by(*query._order(True)).limit(40)))
        query.rows(ids)

    o, b = timed(to_end), timed(bare_end)
    print(f"{'jump to the end':45} {o * 1000:9.1f} {b * 1000:12.1f} {o / b:7.2f}")

    def middle():
        model._pages.clear()
        view.scrollTo(model.index(model.rowCount() // 2 - 10, 0))
        paint()

    def bare_middle():
        with engine.connect() as conn:
            ids = list(conn.scalars(select(Account.id).where(*query.filter.conditions(today))
                                    .order_by(*query._order(False)).offset(model.rowCount() // 2).limit(40)))
        query.rows(ids)

    o, b = timed(middle), timed(bare_middle)
    print(f"{'jump to the middle':45} {o * 1000:9.1f} {b * 1000:12.1f} {o / b:7.2f}")

    import random

    before = rss_mb()
    rng = random.Random(1)
    t = time.perf_counter()
    for _ in range(300):
        view.scrollTo(model.index(rng.randrange(model.rowCount()), 0))
        paint()
    elapsed = time.perf_counter() - t
    print(f"300 random jumps: {elapsed / 300 * 1000:.1f} ms each; RSS {before:.0f} MB -> {rss_mb():.0f} MB")

    if args.export:
        from collectdesk.services.queues.export import export_queue

        cols = ["account_no", "debtor", "status", "balance", "currency", "dpd", "collector", "country"]
        for suffix in ("csv", "xlsx"):
            out = Path(f"/tmp/collectdesk-bench-export.{suffix}")
            t = time.perf_counter()
            n = export_queue(query, cols, out)
            print(f"export {n:,} rows to {suffix}: {time.perf_counter() - t:.1f} s ({out.stat().st_size / 1e6:.0f} MB)")
        with engine.connect() as conn:
            t = time.perf_counter()
            rows = conn.exec_driver_sql("SELECT account_no, balance FROM account").fetchall()
            print(f"reference: bare SELECT of {len(rows):,} rows: {time.perf_counter() - t:.1f} s")
    view.close()
    database.close()
    _ = Qt
    return 0


if __name__ == "__main__":
    sys.exit(main())
