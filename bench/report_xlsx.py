"""The report workbook at scale: render_xlsx on a 100,000-row table beside openpyxl's plain write-only sheet.

    python bench/report_xlsx.py [--rows 100000] [--repeat 3] [--out DIR]

One report, one section, one table of N rows x 10 columns (collector, account, currency, balance and
collected in each row's currency, promises, kept rate, last payment date, last contact as an aware time,
branch), every number column flagged total, plus a summary, facts and a 12-month chart. Prints, best of
--repeat in the same run:

  reference  openpyxl write-only, the same values appended as plain Python values (aware times made
             naive, as any writer must), no formats, no widths, no table, saved
  ours       render_xlsx(): formats per cell (currency per row), widths measured on every value, the
             worksheet table, SUBTOTAL/SUMIFS totals, the Summary sheet, the chart, temp file + rename
  ours without the row hook: the same file through openpyxl's public append path (what another
             openpyxl version would get)

and the ratios, plus the file sizes and the peak memory of the process.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

KEYS = ("collector", "account", "currency", "balance", "collected", "promises", "kept", "last_payment",
        "last_contact", "branch")
NAMES = ["Łucja Żółkiewska", "Jürgen Groß", "Chiara Negri", "Paweł Świątek", "Anna Nowak", "Marco Bianchi",
         "Grzegorz Brzęczyszczykiewicz", "Sabine Müller"]
BRANCHES = ["Kraków", "München", "Milano", "Warszawa", "Düsseldorf"]


def make_rows(n: int, seed: int = 7) -> tuple[dict, ...]:
    rng = random.Random(seed)
    start = datetime(2026, 10, 1, 8, tzinfo=UTC)
    rows = []
    for i in range(n):
        rows.append({
            "collector": rng.choice(NAMES), "account": f"ACC-{i:09d}", "currency": "PLN" if i % 3 == 0 else "EUR",
            "balance": Decimal(rng.randrange(1000, 5_000_000)) / 100,
            "collected": Decimal(rng.randrange(0, 500_000)) / 100, "promises": rng.randrange(0, 12),
            "kept": Decimal(rng.randrange(0, 1001)) / 1000, "last_payment": date(2026, 10, 1) + timedelta(
                days=rng.randrange(31)), "last_contact": start + timedelta(minutes=rng.randrange(44_640)),
            "branch": rng.choice(BRANCHES)})
    return tuple(rows)


def make_report(rows):
    from collectdesk.reports.model import (Column, ColumnKind as C, Fact, Report, ReportKind, ReportParams, Section,
                                           Series, SeriesKind, Table)

    table = Table("accounts", "Accounts worked in October", (
        Column("collector", "Collector"), Column("account", "Account"), Column("currency", "Currency"),
        Column("balance", "Balance", C.MONEY, currency_key="currency", total=True),
        Column("collected", "Collected", C.MONEY, currency_key="currency", total=True),
        Column("promises", "Promises", C.INTEGER, total=True), Column("kept", "Kept rate", C.PERCENT),
        Column("last_payment", "Last payment", C.DATE), Column("last_contact", "Last contact", C.DATETIME),
        Column("branch", "Branch")), rows, pdf=False)
    months = tuple(f"{m:02d}/2026" for m in range(1, 13))
    series = Series("trend", "Collected per month", SeriesKind.LINE, months,
                    (("EUR", tuple(Decimal(100_000 + 1000 * m) for m in range(12))),), unit="EUR")
    section = Section("accounts", "Accounts", ("Every account worked in October.",),
                      facts=(Fact("accounts", "Accounts", len(rows), C.INTEGER, previous=len(rows) - 10),),
                      tables=(table,), series=(series,))
    params = ReportParams(ReportKind.COLLECTIONS, date(2026, 10, 1), date(2026, 10, 31), "October 2026",
                          language="pl", author="Zofia Żółkiewska")
    return Report(params, "Raport windykacji", "October 2026", ("Sentence.",), (section,),
                  datetime(2026, 11, 1, 6, tzinfo=UTC), "pl")


def reference(rows, path: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Accounts")
    ws.append(list(KEYS))
    for row in rows:
        values = [row[k] for k in KEYS]
        values[8] = values[8].astimezone().replace(tzinfo=None)
        ws.append(values)
    wb.save(path)


def best(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--out", default=None, help="folder for the files (default: a temporary folder)")
    args = parser.parse_args()

    from PySide6.QtCore import QCoreApplication

    app = QCoreApplication.instance() or QCoreApplication(sys.argv)  # noqa: F841 (translations need it)
    from collectdesk.reports import render_xlsx_tables
    from collectdesk.reports.render_xlsx import render_xlsx

    out = Path(args.out or tempfile.mkdtemp(prefix="report_xlsx_"))
    out.mkdir(parents=True, exist_ok=True)
    t = time.perf_counter()
    rows = make_rows(args.rows)
    report = make_report(rows)
    print(f"{args.rows:,} rows x {len(KEYS)} columns made in {time.perf_counter() - t:.2f} s; files in {out}")

    ref_path, ours_path, slow_path = out / "reference.xlsx", out / "ours.xlsx", out / "ours_public_path.xlsx"
    t = time.perf_counter()                # imports (reports.language pulls in ReportLab and the services)
    render_xlsx(make_report(make_rows(10)), out / "warm-up.xlsx")
    reference(make_rows(10), out / "warm-up-reference.xlsx")
    print(f"first render of a 10-row report (imports, translator): {time.perf_counter() - t:.2f} s, not counted")
    ticks = []
    t_ref = best(lambda: reference(rows, ref_path), args.repeat)
    t_ours = best(lambda: render_xlsx(report, ours_path, progress=lambda d, n: ticks.append(d),
                                      cancel=lambda: False), args.repeat)
    fast = render_xlsx_tables.FAST_ROWS
    render_xlsx_tables.FAST_ROWS = False
    try:
        t_slow = best(lambda: render_xlsx(report, slow_path), 1)
    finally:
        render_xlsx_tables.FAST_ROWS = fast
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    mb = lambda p: p.stat().st_size / 1e6  # noqa: E731
    print(f"reference  openpyxl write-only, plain values      {t_ref:6.2f} s  {mb(ref_path):6.1f} MB")
    print(f"ours       render_xlsx                             {t_ours:6.2f} s  {mb(ours_path):6.1f} MB   "
          f"ratio {t_ours / t_ref:.2f}")
    print(f"ours       render_xlsx, openpyxl's public row path {t_slow:6.2f} s  {mb(slow_path):6.1f} MB   "
          f"ratio {t_slow / t_ref:.2f}   (row hook in this openpyxl: {'yes' if fast else 'no'})")
    print(f"progress reports per run: {len(ticks) // max(1, args.repeat)}; peak memory of the process "
          f"{peak:.0f} MB")


if __name__ == "__main__":
    main()
