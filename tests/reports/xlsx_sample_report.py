"""The collections report the workbook tests render, and the readers they check it with.

One Report built by hand (not by a builder) so every case the renderer must handle is in it: section titles
with characters a sheet name refuses and the same title twice, money in one currency and in mixed currencies,
a rate column, dates and times, a collector named like a formula and one with a control character, charts of
each kind. Shared by the test_render_xlsx_* modules; the `written` fixture in conftest.py renders it."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

from collectdesk.reports.model import (Column, ColumnKind, Fact, Report, ReportKind, ReportParams, Section, Series,
                                       SeriesKind, Table)

C = ColumnKind
TITLES = {  # section titles as a builder in that language would give them (with characters sheets refuse)
    "en": ("Collected against target: branches/teams [October]", "Aging of the book", "History"),
    "pl": ("Ściągnięte względem celu: oddziały/zespoły [październik]", "Wiekowanie portfela", "Historia"),
    "de": ("Eingezogene Beträge gegenüber dem Ziel: Filialen/Teams", "Überfällige Forderungen nach Alter",
           "History"),
}
COLLECTORS = ["Łucja Żółkiewska", "Jürgen Groß", "Chiara Negri", "Paweł Świątek", "=SUM(A1:A2)", "Ola\x07 Nowak"]


def collectors_table(n: int = 60) -> Table:
    rows = []
    for i in range(n):
        cur = "PLN" if i % 3 == 0 else "EUR"
        rows.append({"name": COLLECTORS[i % len(COLLECTORS)], "currency": cur,
                     "collected": Decimal(1000 + 37 * i) + Decimal(i % 100) / 100,
                     "promises": 3 + i % 7, "kept": Decimal(i % 10) / 10,
                     "last": date(2026, 10, 1) + timedelta(days=i % 31)})
    return Table("collected_by_collector", "Collected by collector", (
        Column("name", "Collector", width=26),
        Column("currency", "Currency"),
        Column("collected", "Collected", C.MONEY, currency_key="currency", total=True),
        Column("promises", "Promises", C.INTEGER, total=True),
        Column("kept", "Kept rate", C.PERCENT),
        Column("last", "Last payment", C.DATE)), tuple(rows), note="Collectors with a payment in October.")


def make_report(language: str = "en", collectors: int = 60) -> Report:
    first, aging, third = TITLES[language]
    branches = Table("collected_by_branch", "Collected by branch", (
        Column("branch", "Branch"),
        Column("collected", "Collected", C.MONEY, currency="EUR", total=True),
        Column("target", "Target", C.MONEY, currency="EUR", total=True),
        Column("attainment", "Attainment", C.PERCENT),
        Column("accounts", "Accounts", C.INTEGER, total=True),
        Column("cei", "CEI", C.DECIMAL, decimals=1)), (
        {"branch": "Kraków", "collected": Decimal("1240500.25"), "target": Decimal("1320000.00"),
         "attainment": Decimal("0.9398"), "accounts": 12840, "cei": Decimal("71.4")},
        {"branch": "München", "collected": Decimal("880000.10"), "target": Decimal("800000.00"),
         "attainment": Decimal("1.1000"), "accounts": 9100, "cei": Decimal("77.0")},
        {"branch": "Milano", "collected": Decimal("0.00"), "target": None, "attainment": None, "accounts": 0,
         "cei": None}))
    months = tuple(f"{m:02d}/2026" for m in range(1, 11))
    trend = Series("collected_trend", "Collected per month", SeriesKind.LINE, months, (
        ("Collected", tuple(Decimal(100000 + 5000 * i) for i in range(10))),
        ("Target", tuple(Decimal(120000) for _ in range(10)))), unit="EUR")
    rates = Series("kept_rates", "Kept rate by branch", SeriesKind.BAR, ("Kraków", "München"), (
        ("Kept", (Decimal("0.61"), Decimal("0.70"))),), unit="%")
    section1 = Section("collected", first, ("Collections reached €2.12 m, 0.4 % below target.",),
                       facts=(Fact("collected_EUR", "Collected (EUR)", Decimal("2120500.35"), C.MONEY, "EUR",
                                   previous=Decimal("1980000.00"), target=Decimal("2120000.00")),
                              Fact("collected_PLN", "Collected (PLN)", Decimal("310250.00"), C.MONEY, "PLN",
                                   previous=Decimal("330000.00")),
                              Fact("broken_rate", "Broken promises", Decimal("0.31"), C.PERCENT,
                                   previous=Decimal("0.295"), higher_is_better=False),
                              Fact("promises", "Promises made", 1432, C.INTEGER, previous=1510, target=1500),
                              Fact("cei", "Collection effectiveness index", Decimal("72.35"), C.DECIMAL)),
                       tables=(branches, collectors_table(collectors)), series=(trend, rates))
    buckets = ("0-30", "31-60", "61-90", "90+")
    aging_rows = tuple({"bucket": b, "cur": cur, "balance": Decimal(50000 * (k + 1)) + Decimal("0.5"),
                        "accounts": 100 * (k + 1), "as_of": datetime(2026, 10, 31, 22, 30, tzinfo=UTC)}
                       for k, b in enumerate(buckets) for cur in ("EUR", "PLN"))
    aging_table = Table("aging", "Balance by bucket", (
        Column("bucket", "Bucket"),
        Column("balance", "Balance", C.MONEY, currency_key="cur", total=True),
        Column("accounts", "Accounts", C.INTEGER, total=True),
        Column("as_of", "As of", C.DATETIME)), aging_rows)
    roll = Series("aging_mix", "Balance by bucket", SeriesKind.STACKED_BAR, ("Sep", "Oct"), tuple(
        (b, (Decimal(40000 * (k + 1)), Decimal(50000 * (k + 1)))) for k, b in enumerate(buckets)), unit="EUR")
    section2 = Section("aging", aging, ("The book aged.",), tables=(aging_table,), series=(roll,))
    section3 = Section("projection", third, ("Projected revenue is €2.3 m.",),
                       method="The projection adds scheduled installments, open promises weighted by each "
                              "collector's kept rate and the recent run rate. " * 3)
    section4 = Section("collected_again", first, facts=(Fact("n", "Accounts", 21940, C.INTEGER),))
    params = ReportParams(ReportKind.COLLECTIONS, date(2026, 10, 1), date(2026, 10, 31), "October 2026",
                          "team:1", language, "Zofia Żółkiewska", "Windykacja")
    return Report(params, "Collections report", "October 2026 \u00b7 Kraków team",
                  ("Collections in October reached €2.12 m.", "Broken promises rose to 31 %."),
                  (section1, section2, section3, section4), datetime(2026, 11, 2, 7, 15, tzinfo=UTC), language,
                  notes=("Staff performance is left out: no scorecards yet.",))


def as_number(value) -> Decimal:
    assert isinstance(value, (int, float)) and not isinstance(value, bool), f"not a number: {value!r}"
    return Decimal(str(value))


def cell_rows(ws, table_ref: str):
    """(header, rows) of a worksheet table, rows as dicts by header."""
    cells = ws[table_ref]
    header = [c.value for c in cells[0]]
    return header, [dict(zip(header, (c.value for c in row))) for row in cells[1:]]


def evaluate(ws, formula: str) -> Decimal:
    """=SUBTOTAL(109,X1:X9) or =SUMIFS(X1:X9,Y1:Y9,"EUR") over the sheet's values (no row is filtered)."""
    m = re.fullmatch(r"=SUBTOTAL\(109,([A-Z]+\d+:[A-Z]+\d+)\)", formula)
    if m:
        return sum((as_number(c.value) for (c,) in ws[m.group(1)] if c.value is not None), Decimal(0))
    m = re.fullmatch(r'=SUMIFS\(([A-Z]+\d+:[A-Z]+\d+),([A-Z]+\d+:[A-Z]+\d+),"([^"]*)"\)', formula)
    assert m, f"unexpected formula {formula}"
    pairs = zip(ws[m.group(1)], ws[m.group(2)])
    return sum((as_number(v.value) for (v,), (k,) in pairs if k.value == m.group(3)), Decimal(0))


def table_on(ws, key: str):
    return next(t for t in ws.tables.values() if t.name.endswith("_" + key))
