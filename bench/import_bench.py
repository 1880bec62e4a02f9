"""Accounts import at scale, against raw loading of the same CSV measured in the same run.

    python bench/import_bench.py --rows 1000000 [--pg-url postgresql+psycopg://postgres@127.0.0.1/postgres]
                                 [--columns full|core] [--workdir DIR]

Builds an N-row accounts CSV the way an Italian/Polish/German export writes it (semicolons, decimal
commas with dot thousands, dd.mm.yyyy, accented names; `full` adds phone and e-mail, so every row
also writes contact rows), then times:

  ours      run_import(ctx, "accounts", file) on a fresh migrated database (open_database), in a
            child process that also reports its peak RSS (and the RSS before the import started);
  .import   the sqlite3 shell's `.import` of the same file into a bare table (no indexes);
  py-bare   Python's csv + sqlite3 executemany of the same file into a bare table;
  COPY      (with --pg-url) psql-style COPY of the same file into a bare text table, fresh database.

and prints the ratios ours / reference. Nothing here is asserted: speed is measured, not tested.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import resource
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

FIRST = ["Łukasz", "Anna", "Jürgen", "Niccolò", "Maria", "Piotr", "Giulia", "Stefan", "Zofia", "Günther"]
LAST = ["Müller", "Rossi", "Kowalski", "Wiśniewski", "Bianchi", "Schäfer", "Żak", "Ricci", "Nowak", "Weiß"]
PLACES = [("IT", "EUR"), ("PL", "PLN"), ("DE", "EUR")]


def euro(cents: int) -> str:
    return f"{cents // 100:,}".replace(",", ".") + f",{cents % 100:02d}"


def build_csv(path: Path, n: int, columns: str, seed: int = 11) -> None:
    rnd = random.Random(seed)
    header = ["account_no", "debtor_name", "country", "currency", "original_amount", "balance", "due_date", "status"]
    if columns == "full":
        header += ["phone", "email"]
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(";".join(header) + "\n")
        for i in range(n):
            country, currency = PLACES[i % 3]
            original = rnd.randint(1_000, 5_000_000)
            balance = rnd.randint(0, original)
            name = f"{rnd.choice(FIRST)} {rnd.choice(LAST)} {i}"
            due = f"{rnd.randint(1, 28):02d}.{rnd.randint(1, 12):02d}.{rnd.randint(2023, 2026)}"
            row = [f"A-{i:08d}", name, country, currency, euro(original), euro(balance), due, "aperto"]
            if columns == "full":
                row += [f"+39 02 {i:08d}", f"debtor{i}@example.com"]
            f.write(";".join(row) + "\n")


CHILD = r"""
import json, os, resource, sys, time
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtCore import QCoreApplication
app = QCoreApplication([])
from pathlib import Path
from collectdesk.services.database import open_database
from collectdesk.services.imports import run_import
from collectdesk.store.maintenance import stats

def rss():
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
url, path = sys.argv[1], Path(sys.argv[2])
db = open_database(url, actor="bench", sweep=False)
before = rss()
t, cpu = time.perf_counter(), time.process_time()
report = run_import(db.ctx, "accounts", path)
elapsed, cpu = time.perf_counter() - t, time.process_time() - cpu
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
counts = stats(db.engine).counts
print(json.dumps({"seconds": elapsed, "cpu": cpu, "rss_before_mb": before, "peak_rss_mb": peak, "ok": report.ok,
                  "rows": report.rows, "inserted": report.inserted, "errors": report.error_count,
                  "accounts": counts["accounts"], "debtors": counts["debtors"], "contacts": counts["contacts"]}))
"""


def ours(url: str, path: Path) -> dict:
    out = subprocess.run([sys.executable, "-c", CHILD, url, str(path)], check=True, capture_output=True, text=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def sqlite_shell_import(path: Path, db: Path) -> tuple[float, float]:
    shell = shutil.which("sqlite3")
    if shell is None:
        raise SystemExit("the sqlite3 shell is needed for the reference (apt-get install sqlite3)")
    t, cpu = time.perf_counter(), _children_cpu()
    subprocess.run([shell, str(db), "-cmd", ".mode csv", "-cmd", ".separator ;", f".import {path} bare"], check=True)
    return time.perf_counter() - t, _children_cpu() - cpu


def python_bare(path: Path, db: Path) -> tuple[float, float]:
    t, cpu = time.perf_counter(), time.process_time()
    con = sqlite3.connect(db, isolation_level=None)
    with open(path, encoding="utf-8", newline="") as f:
        reader = csv.reader(f, delimiter=";")
        header = next(reader)
        con.execute(f"CREATE TABLE bare ({', '.join(f'c{i}' for i in range(len(header)))})")
        con.execute("BEGIN")
        con.executemany(f"INSERT INTO bare VALUES ({', '.join('?' * len(header))})", reader)
        con.execute("COMMIT")
    con.close()
    return time.perf_counter() - t, time.process_time() - cpu


def pg_fresh(url: str) -> str:
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    base = make_url(url)
    name = f"import_bench_{uuid.uuid4().hex[:10]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return base.set(database=name).render_as_string(hide_password=False)


def pg_drop(url: str, fresh: str) -> None:
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    admin = create_engine(make_url(url), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{make_url(fresh).database}" WITH (FORCE)'))
    admin.dispose()


def pg_copy(fresh: str, path: Path, width: int) -> float:
    import psycopg
    from sqlalchemy.engine import make_url

    u = make_url(fresh)
    with psycopg.connect(host=u.host, port=u.port, user=u.username, password=u.password, dbname=u.database) as conn:
        conn.execute(f"CREATE TABLE bare ({', '.join(f'c{i} text' for i in range(width))})")
        conn.commit()
        t = time.perf_counter()
        with conn.cursor() as cur, cur.copy("COPY bare FROM STDIN (FORMAT csv, DELIMITER ';', HEADER true)") as cp, \
                open(path, "rb") as f:
            while chunk := f.read(1 << 20):
                cp.write(chunk)
        conn.commit()
        return time.perf_counter() - t


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rows", type=int, default=100_000)
    ap.add_argument("--pg-url")
    ap.add_argument("--columns", choices=("full", "core"), default="full")
    ap.add_argument("--workdir")
    args = ap.parse_args()
    work = Path(args.workdir or tempfile.mkdtemp(prefix="import_bench_"))
    work.mkdir(parents=True, exist_ok=True)
    csv_path = work / f"accounts_{args.rows}_{args.columns}.csv"
    t = time.perf_counter()
    build_csv(csv_path, args.rows, args.columns)
    width = len(csv_path.open(encoding="utf-8").readline().split(";"))
    print(f"built {csv_path} ({csv_path.stat().st_size / 1e6:.1f} MB, {args.rows:,} rows, {width} columns) "
          f"in {time.perf_counter() - t:.1f} s")

    for name in ("ours.sqlite3", "shell.sqlite3", "bare.sqlite3"):
        for suffix in ("", "-wal", "-shm"):
            (work / (name + suffix)).unlink(missing_ok=True)
    mine = ours(str(work / "ours.sqlite3"), csv_path)
    shell, shell_cpu = sqlite_shell_import(csv_path, work / "shell.sqlite3")
    bare, bare_cpu = python_bare(csv_path, work / "bare.sqlite3")
    print(f"\nSQLite ({sqlite3.sqlite_version}); wall seconds, then CPU seconds (the CPU ratio is the fairer "
          f"one on a shared machine)")
    print(f"  ours (run_import)          {mine['seconds']:8.2f} s  cpu {mine['cpu']:8.2f} s   ok={mine['ok']} "
          f"accounts={mine['accounts']:,} debtors={mine['debtors']:,} contacts={mine['contacts']:,}")
    print(f"  sqlite3 shell .import      {shell:8.2f} s  cpu {shell_cpu:8.2f} s   ratio ours/.import = "
          f"{mine['seconds'] / shell:.2f}x wall, {mine['cpu'] / shell_cpu:.2f}x cpu")
    print(f"  python csv + executemany   {bare:8.2f} s  cpu {bare_cpu:8.2f} s   ratio ours/py-bare = "
          f"{mine['seconds'] / bare:.2f}x wall, {mine['cpu'] / bare_cpu:.2f}x cpu")
    print(f"  ours peak RSS              {mine['peak_rss_mb']:8.1f} MB (before the import: "
          f"{mine['rss_before_mb']:.1f} MB)")

    if args.pg_url:
        fresh_ours, fresh_copy = pg_fresh(args.pg_url), pg_fresh(args.pg_url)
        try:
            mine_pg = ours(fresh_ours, csv_path)
            copy = pg_copy(fresh_copy, csv_path, width)
        finally:
            pg_drop(args.pg_url, fresh_ours)
            pg_drop(args.pg_url, fresh_copy)
        print("\nPostgreSQL")
        print(f"  ours (run_import)          {mine_pg['seconds']:8.2f} s   ok={mine_pg['ok']} "
              f"accounts={mine_pg['accounts']:,}")
        print(f"  COPY into a bare table     {copy:8.2f} s   ratio ours/COPY = {mine_pg['seconds'] / copy:.2f}x")
        print(f"  ours peak RSS              {mine_pg['peak_rss_mb']:8.1f} MB (before the import: "
              f"{mine_pg['rss_before_mb']:.1f} MB)")
    if not args.workdir:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
