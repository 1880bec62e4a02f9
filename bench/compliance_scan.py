"""The compliance scan at scale: a full rescan of 10,000,000 activities beside a plain read of the same rows.

    python bench/compliance_scan.py [--activities 10000000] [--db FILE] [--pg URL] [--build-only] [--profile N]

Builds once (cached in /tmp, or at --db; --pg: an empty PostgreSQL database, built into when it has no
activities) a department of N/20 debtors (500,000 for 10M) (IT 40 %, PL 30 %, DE 25 % with their Land, US 3 %, GB 2 %),
about 600,000 accounts and N activities over the 12 months 2025-11 .. 2026-10, in office hours with a
few late-evening and weekend calls, third-party contacts, letters with and without content tags, some
time-barred and long-closed accounts and flagged debtors: a realistic rate of findings. Rows are written
as the driver takes them (executemany on SQLite, COPY on PostgreSQL) with the activity indexes dropped
and rebuilt afterwards.

Then, in the same run:
  reference   stream every activity row ordered by (debtor_id, occurred_at) through the index, the same
              raw select the scan uses, doing nothing with the rows: the floor for any scan of the log;
  first full  scan(full=True) on an empty findings table (evaluates everything, inserts the findings);
  full again  scan(full=True) when every finding is already stored (evaluates everything, writes nothing);
  incremental scan() with nothing new (finds what changed: one pass over activity.created_at);
and the ratios to the reference. --profile N: cProfile of a full scan of the first N debtors instead.

Measured on the 2-core development machine (shared with other work, so the reference moved between runs),
9,923,076 activities (public holidays that every country keeps have none), 500,000 debtors, 30 Nov 2026:
  SQLite      reference 67.5 s; first full scan 167 s (2.5 x; 257,571 findings, 2.6 % of activities);
              full scan again 128 s (1.9 x); incremental with nothing new 1.1 s; peak RSS 407 MB.
  PostgreSQL  reference 74.3 s; first full scan 242 s (3.3 x); full scan again 200 s (2.7 x);
              incremental with nothing new 1.0 s; peak RSS 290 MB. (An earlier run: reference 116 s,
              261 s and 187 s: the scan's own time is steadier than the bare read's.)
So reading the log in debtor order (the reference) is about half of a repeated full scan; the rest is
decoding rows into facts and events (about 2 microseconds an activity) and the rule engine (about 4).
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

FIRST_DAY, LAST_DAY = date(2025, 11, 1), date(2026, 10, 31)
TODAY = date(2026, 11, 1)
STAFF, TEAMS = 200, 10
ACTIVITIES_PER_DEBTOR = 20  # 10M activities: 500,000 debtors
COUNTRIES = [("IT", "Europe/Rome")] * 40 + [("PL", "Europe/Warsaw")] * 30 + [("DE", "Europe/Berlin")] * 25 + \
    [("US", "America/New_York")] * 3 + [("GB", "Europe/London")] * 2
LANDER = ["BY", "BW", "NW", "HE", "NI", "SN", "BE", "HH", "RP", "TH", "SH", "ST", "BB", "MV", "SL", "HB"]
UTC_OFFSET = {"IT": (1, 2), "PL": (1, 2), "DE": (1, 2), "GB": (0, 1), "US": (-5, -4)}  # winter, summer
CALL_OUTCOMES = (["no_answer"] * 40 + ["busy"] * 10 + ["left_message"] * 16 + ["right_party_contact"] * 15
                 + ["third_party"] * 1 + ["wrong_number"] * 4 + ["promise_to_pay"] * 8 + ["refused"] * 4
                 + ["dispute"] * 2)
OTHER = [("letter", "delivered")] * 8 + [("email", "delivered")] * 8 + [("sms", "delivered")] * 7 + \
    [("visit", "right_party_contact")] * 2 + [("letter", "returned")] * 1
CONTENT = "client_name_address claim_ground contract_subject_date interest_calculation collection_costs " \
          "supervisory_authority"
FLAGS = [("dispute", 0.02), ("vulnerable", 0.01), ("cease_contact", 0.005), ("bankrupt", 0.003),
         ("deceased", 0.002)]
CLOSED = ["paid", "settled", "written_off", "closed"]


def hex_id(prefix: int, n: int) -> str:
    """Ascending ids (32 hex digits: SQLite's Uuid form, and PostgreSQL's uuid input takes it)."""
    return "%032x" % ((prefix << 96) | n)


def _summer(day: date) -> bool:
    def last_sunday(month: int) -> date:
        d = date(day.year, month, 31)
        return d - timedelta(days=(d.weekday() + 1) % 7)

    return last_sunday(3) <= day < last_sunday(10)


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


class Sink:
    """Rows already in the driver's form, sent in batches: executemany on SQLite, COPY on PostgreSQL."""

    def __init__(self, conn, table: str, columns: list[str], batch: int = 50_000, parents: tuple = ()):
        self.parents = parents  # sinks whose rows these refer to: flushed first
        self.raw = conn.connection.driver_connection
        self.sqlite = conn.dialect.name == "sqlite"
        cols = ", ".join(f'"{c}"' for c in columns)
        self.sql = (f'INSERT INTO "{table}" ({cols}) VALUES ({", ".join("?" for _ in columns)})' if self.sqlite
                    else f'COPY "{table}" ({cols}) FROM STDIN')
        self.rows: list[tuple] = []
        self.batch = batch
        self.count = 0

    def add(self, row: tuple) -> None:
        self.rows.append(row)
        if len(self.rows) >= self.batch:
            self.flush()

    def flush(self) -> None:
        if not self.rows:
            return
        for parent in self.parents:
            parent.flush()
        if self.sqlite:
            self.raw.executemany(self.sql, self.rows)
        else:
            with self.raw.cursor() as cur, cur.copy(self.sql) as copy:
                for row in self.rows:
                    copy.write_row(row)
        self.count += len(self.rows)
        self.rows = []


def build(engine, activities: int, seed: int = 17) -> None:
    from sqlalchemy import text

    sqlite = engine.dialect.name == "sqlite"
    rng = random.Random(seed)
    r = rng.random
    stamp_suffix = ".000000" if sqlite else "+00"

    def ts(moment: datetime) -> str:
        return moment.strftime("%Y-%m-%d %H:%M:%S") + stamp_suffix

    now = ts(datetime(2026, 11, 1, 6, tzinfo=timezone.utc))
    yes, no = (1, 0) if sqlite else (True, False)
    with engine.begin() as conn:
        branches = [hex_id(1, i) for i in range(2)]
        for i, b in enumerate(branches):
            conn.exec_driver_sql("INSERT INTO branch (id, name, country, city, timezone, version, created_at, "
                                 "updated_at) VALUES (%s)" % ", ".join(["?" if sqlite else "%s"] * 8),
                                 (b, f"Branch {i + 1}", "IT", "X", "Europe/Rome", 1, now, now))
        teams = [(hex_id(2, i), branches[i % 2]) for i in range(TEAMS)]
        sink = Sink(conn, "team", ["id", "name", "branch_id", "version", "created_at", "updated_at"])
        for i, (t, b) in enumerate(teams):
            sink.add((t, f"Team {i + 1}", b, 1, now, now))
        sink.flush()
        staff = [hex_id(3, i) for i in range(STAFF)]
        sink = Sink(conn, "staff_member", ["id", "username", "full_name", "role", "team_id", "branch_id", "language",
                                           "active", "version", "created_at", "updated_at"])
        for i, s in enumerate(staff):
            sink.add((s, f"c{i}", f"Collector {i:03d}", "collector", teams[i % TEAMS][0], teams[i % TEAMS][1], "en",
                      yes, 1, now, now))
        sink.flush()

        debtors = Sink(conn, "debtor", ["id", "debtor_type", "name", "name_key", "country", "language", "timezone",
                                        "region", "version", "created_at", "updated_at"])
        accounts = Sink(conn, "account", ["id", "account_no", "debtor_id", "creditor", "currency", "original_amount",
                                          "balance", "due_date", "status", "collector_id", "team_id", "branch_id",
                                          "country", "debtor_name_key", "priority", "last_payment_on", "version",
                                          "created_at", "updated_at"], parents=(debtors,))
        flags = Sink(conn, "debtor_flag", ["id", "version", "debtor_id", "flag", "set_at", "set_by", "cleared_at"],
                     parents=(debtors,))
        acc_debtor, acc_country, acc_collector, acc_calendar = [], [], [], []
        n_flag = 0
        n_debtors = max(1000, activities // ACTIVITIES_PER_DEBTOR)
        for i in range(n_debtors):
            did = hex_id(4, i)
            country, tz = COUNTRIES[int(r() * len(COUNTRIES))]
            region = LANDER[int(r() * len(LANDER))] if country == "DE" else None
            debtors.add((did, "person", f"Debtor {i}", f"debtor {i}", country, "en", tz, region, 1, now, now))
            for _ in range(1 + (r() < 0.2)):
                a = len(acc_debtor)
                c = int(r() * STAFF)
                closed = r() < 0.1
                if r() < 0.01:  # an old debt: time-barred in DE and PL (3 years), not in IT (10)
                    due = FIRST_DAY - timedelta(days=rng.randint(4 * 365, 8 * 365))
                else:
                    due = FIRST_DAY - timedelta(days=rng.randint(-60, 700))
                updated = now
                if closed and r() < 0.2:  # closed long ago: kept past its retention period
                    updated = ts(datetime(2014, 1, 1, tzinfo=timezone.utc) + timedelta(days=rng.randint(0, 700)))
                currency = "PLN" if country == "PL" else "USD" if country == "US" else "GBP" if country == "GB" \
                    else "EUR"
                amount = rng.randint(5000, 500_000)  # cents
                money = amount if sqlite else str(Decimal(amount).scaleb(-2))  # SQLite stores cents
                accounts.add((hex_id(5, a), f"B-{a:07d}", did, "Bank", currency,
                              money, 0 if closed else money,
                              due.isoformat(), CLOSED[int(r() * 4)] if closed else "open", staff[c],
                              teams[c % TEAMS][0], teams[c % TEAMS][1], country, f"debtor {i}", 0, None, 1, now,
                              updated))
                acc_debtor.append(did)
                acc_country.append(country)
                acc_calendar.append((country, region))
                acc_collector.append(c)
            for flag, p in FLAGS:
                if r() < p:
                    start = datetime.combine(FIRST_DAY, datetime.min.time(), timezone.utc) + timedelta(
                        seconds=rng.randrange(365 * 86400))
                    end = start + timedelta(days=rng.randint(10, 60)) if r() < 0.5 else None
                    if end is not None and end.date() >= LAST_DAY:  # cleared in the future: still set
                        end = None
                    flags.add((hex_id(9, n_flag), 1, did, flag, ts(start), "bench", ts(end) if end else None))
                    n_flag += 1
        for sink in (debtors, accounts, flags):
            sink.flush()
        print(f"  {n_debtors:,} debtors, {len(acc_debtor):,} accounts, {n_flag:,} flags", flush=True)

        saved = _drop_indexes(conn, "activity")
        days = [FIRST_DAY + timedelta(days=d) for d in range((LAST_DAY - FIRST_DAY).days + 1)]
        workdays = [d for d in days if d.weekday() < 5]
        per_day = activities // len(workdays)
        acts = Sink(conn, "activity", ["id", "account_id", "debtor_id", "collector_id", "channel", "direction",
                                       "outcome", "occurred_at", "duration_s", "contact_value", "tags", "created_at",
                                       "created_by"])
        n_act = 0
        t0 = time.perf_counter()
        import holidays

        years = [FIRST_DAY.year, LAST_DAY.year]
        off = {key: frozenset(holidays.country_holidays(key[0], subdiv=key[1], years=years))
               for key in set(acc_calendar)}  # nobody works on a public holiday
        n_accounts = len(acc_debtor)
        for d, day in enumerate(workdays):
            count = per_day + (1 if d < activities - per_day * len(workdays) else 0)
            summer = _summer(day)
            midnight = datetime.combine(day, datetime.min.time(), timezone.utc)
            closed_everywhere = all(day in days_off for days_off in off.values())
            for _ in range(0 if closed_everywhere else count):
                a = int(r() * n_accounts)
                while day in off[acc_calendar[a]]:
                    a = int(r() * n_accounts)
                country = acc_country[a]
                when_day = midnight
                x = r()
                if x < 0.012:  # a late-evening call
                    local = rng.randint(20 * 3600, 22 * 3600 + 1800)
                elif x < 0.016:  # at the weekend
                    when_day = midnight + timedelta(days=(5 - day.weekday()) + int(r() * 2))
                    local = rng.randint(9 * 3600, 18 * 3600)
                else:
                    local = rng.randint(8 * 3600 + 1800, 19 * 3600 + 1800)
                offset = UTC_OFFSET[country][summer]
                at = when_day + timedelta(seconds=local - offset * 3600)
                if r() < 0.74:
                    channel = "call"
                    direction = "outbound" if r() < 0.88 else "inbound"
                    outcome = CALL_OUTCOMES[int(r() * len(CALL_OUTCOMES))]
                    tags = None
                else:
                    channel, outcome = OTHER[int(r() * len(OTHER))]
                    direction = "outbound"
                    tags = None
                    if channel in ("letter", "email"):
                        tags = CONTENT if r() < 0.95 else "client_name_address claim_ground"
                        if country == "US" and r() < 0.9:
                            tags += " validation_notice"
                c = acc_collector[a] if r() < 0.9 else int(r() * STAFF)
                stamp = ts(at)
                acts.add((hex_id(6, n_act), hex_id(5, a), acc_debtor[a], staff[c], channel, direction, outcome, stamp,
                          int(r() * 600) if channel == "call" else 0, f"+39 {a % 1000:03d}", tags, stamp, "bench"))
                n_act += 1
            if d % 25 == 0:
                print(f"  {day}: {n_act:,} activities in {time.perf_counter() - t0:.0f} s", flush=True)
        acts.flush()
        print(f"  {n_act:,} activities in {time.perf_counter() - t0:.0f} s; rebuilding indexes", flush=True)
        t1 = time.perf_counter()
        for sql in saved:
            conn.execute(text(sql))
        print(f"  indexes in {time.perf_counter() - t1:.0f} s", flush=True)
    with engine.connect() as conn:
        conn.exec_driver_sql("ANALYZE")
        conn.commit()


def reference(engine) -> tuple[float, int]:
    """Stream every activity row ordered by debtor, as the scan's raw select reads them; nothing else."""
    from collectdesk.services.compliance.facts import stream_activity_rows

    t = time.perf_counter()
    n = 0
    with engine.connect() as conn:
        for _ in stream_activity_rows(conn):
            n += 1
    return time.perf_counter() - t, n


def _reset(ctx) -> None:
    from sqlalchemy import delete

    from collectdesk.services.compliance.scan import STATE_KEY
    from collectdesk.store.models import AppSetting, ComplianceFinding

    with ctx.engine.begin() as conn:
        conn.execute(delete(ComplianceFinding))
        conn.execute(delete(AppSetting).where(AppSetting.key == STATE_KEY))


def _rss_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--activities", type=int, default=10_000_000)
    parser.add_argument("--db", help="SQLite file (built there when missing)")
    parser.add_argument("--pg", default=os.environ.get("COLLECTDESK_BENCH_PG_URL"),
                        help="PostgreSQL URL of an empty database to build into (or an already built one)")
    parser.add_argument("--build-only", action="store_true")
    parser.add_argument("--profile", type=int, default=0, help="cProfile a full scan of this many debtors")
    args = parser.parse_args()

    from PySide6.QtCore import QCoreApplication
    from sqlalchemy import func, select

    app = QCoreApplication([])  # noqa: F841  (services translate messages through it)
    from collectdesk.services.compliance.scan import scan
    from collectdesk.services.database import open_database
    from collectdesk.store.models import Activity

    target = args.pg or args.db or f"/tmp/collectdesk-compliance-{args.activities}.sqlite3"
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
    print(f"database: {database.label}  activities: {have:,}")
    if args.build_only:
        return 0
    ctx = database.ctx

    if args.profile:
        import cProfile
        import pstats

        import collectdesk.services.compliance.scan as scan_module

        _reset(ctx)
        done = [0]

        def stop() -> bool:
            return done[0] >= args.profile

        def count(n: int, _total: int) -> None:
            done[0] = n

        profiler = cProfile.Profile()
        profiler.enable()
        result = scan_module.scan(ctx, full=True, today=TODAY, progress=count, cancel=stop)
        profiler.disable()
        print(result.as_json())
        pstats.Stats(profiler).sort_stats("tottime").print_stats(25)
        return 0

    ref1, rows = reference(engine)
    ref2, _ = reference(engine)
    ref = min(ref1, ref2)
    print(f"reference: stream {rows:,} activity rows ordered by debtor   {ref:7.1f} s  ({ref1:.1f} s, {ref2:.1f} s)")
    _reset(ctx)
    runs = []
    for label, kw in (("first full scan (inserts the findings)", {"full": True}),
                      ("full scan again (all findings stored)", {"full": True}),
                      ("incremental scan, nothing new", {})):
        t = time.perf_counter()
        result = scan(ctx, today=TODAY, **kw)
        seconds = time.perf_counter() - t
        runs.append((label, seconds, result))
        print(f"{label:<44} {seconds:7.1f} s  ratio {seconds / ref:5.2f}  debtors {result.debtors:,}  "
              f"activities {result.activities:,}  new {result.new:,}  kept {result.kept:,}  "
              f"removed {result.removed:,}", flush=True)
    first = runs[0][2]
    print(f"findings: {first.new:,} ({', '.join(f'{k} {v:,}' for k, v in sorted(first.new_by_severity.items()))}) "
          f"= {first.new / max(1, first.activities) * 100:.2f} % of activities")
    print(f"profiles: {first.profiles}")
    print(f"peak memory (this process): {_rss_mb():.0f} MB")
    database.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
