"""The report workbook, read back with openpyxl: numbers and dates are real and equal the Report's, formats
carry the currency, headers are frozen and filtered, totals are formulas that add up (evaluated here, and by
LibreOffice when it is installed), mixed-currency columns total per currency, charts have their series,
properties are set, sheet names are valid; Cancel and unwritable folders leave no file."""

from __future__ import annotations

import errno
import os
import re
import shutil
import subprocess
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from collectdesk.domain.errors import DomainError
from collectdesk.reports import render_xlsx as rx
from collectdesk.reports import render_xlsx_tables
from collectdesk.reports.language import ReportLanguage
from collectdesk.reports.model import (Column, ColumnKind, Fact, Report, ReportCancelled, ReportKind, ReportParams,
                                       Section, Series, SeriesKind, Table)
from collectdesk.reports.render_xlsx import render_xlsx

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


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    """The report rendered once per language: {language: (report, workbook, path)}."""
    out = {}
    for lang in ("en", "pl", "de"):
        report = make_report(lang)
        path = render_xlsx(report, tmp_path_factory.mktemp(lang) / f"collections-2026-10-{lang}.xlsx")
        out[lang] = (report, load_workbook(path), path)
    return out


@pytest.mark.parametrize("lang", ["en", "pl", "de"])
def test_sheet_names_are_valid_unique_and_from_the_titles(written, lang):
    report, wb, _ = written[lang]
    names = wb.sheetnames
    assert len(names) == 1 + len(report.sections)
    assert len({n.casefold() for n in names}) == len(names)
    for name in names:
        assert 0 < len(name) <= 31 and not re.search(r"[\[\]:*?/\\]", name) and name[0] != "'"
        assert name.casefold() != "history"
    first = names[1]
    assert first == {"en": "Collected against target branch", "pl": "Ściągnięte względem celu oddzia",
                     "de": "Eingezogene Beträge gegenüber d"}[lang]
    assert names[4].startswith(first[:26]) and names[4].endswith("(2)")       # the same title twice
    assert names[2] == report.sections[1].title[:31].rstrip()


@pytest.mark.parametrize("lang", ["en", "pl"])
def test_table_values_are_numbers_and_dates_equal_to_the_report(written, lang):
    report, wb, _ = written[lang]
    ws = wb.worksheets[1]
    table = report.sections[0].tables[1]
    header, rows = cell_rows(ws, table_on(ws, "collected_by_collector").ref)
    assert header == [c.title for c in table.columns]
    assert len(rows) == len(table.rows)
    for want, got in zip(table.rows, rows):
        assert as_number(got["Collected"]) == want["collected"]
        assert got["Promises"] == want["promises"] and isinstance(got["Promises"], int)
        assert as_number(got["Kept rate"]) == want["kept"]
        assert isinstance(got["Last payment"], datetime) and got["Last payment"].date() == want["last"]
        assert got["Currency"] == want["currency"]
    names = [r["Collector"] for r in rows]
    assert "=SUM(A1:A2)" in names                             # text that looks like a formula stays text
    assert "Ola Nowak" in names                               # a control character is dropped, not an error
    formula_cells = [c for row in ws.iter_rows() for c in row if c.data_type == "f"]
    assert all(str(c.value).startswith(("=SUBTOTAL(109,", "=SUMIFS(")) for c in formula_cells)


def test_number_formats_carry_the_currency_per_row(written):
    report, wb, _ = written["en"]
    ws = wb.worksheets[1]
    ref = table_on(ws, "collected_by_collector").ref
    rows = ws[ref][1:]
    for cells, want in zip(rows, report.sections[0].tables[1].rows):
        collected, promises, kept, last = cells[2], cells[3], cells[4], cells[5]
        assert collected.number_format == f'#,##0.00 "{want["currency"]}"'
        assert promises.number_format == "#,##0" and kept.number_format == "0.0%"
        assert last.number_format == "m\\/d\\/yyyy"
    branches = ws[table_on(ws, "collected_by_branch").ref]
    assert [c.number_format for c in branches[1]][1:] == ['#,##0.00 "EUR"', '#,##0.00 "EUR"', "0.0%", "#,##0",
                                                          "#,##0.0"]


@pytest.mark.parametrize("lang, date_format", [("pl", "d\\.mm\\.yyyy"), ("de", "dd\\.mm\\.yyyy")])
def test_dates_take_the_report_languages_short_date(written, lang, date_format):
    _, wb, _ = written[lang]
    ws = wb.worksheets[1]
    last = ws[table_on(ws, "collected_by_collector").ref][1][5]
    assert last.number_format == date_format and last.is_date
    aging = wb.worksheets[2]
    as_of = aging[table_on(aging, "aging").ref][1][4]
    assert as_of.number_format == f"{date_format} hh:mm" and isinstance(as_of.value, datetime)
    assert as_of.value == datetime(2026, 10, 31, 22, 30, tzinfo=UTC).astimezone().replace(tzinfo=None)


def test_header_is_bold_frozen_and_every_table_has_a_filter(written):
    report, wb, _ = written["de"]
    aging = wb.worksheets[2]                                    # one table: its header is frozen
    table = table_on(aging, "aging")
    header_row = int(re.match(r"A(\d+)", table.ref).group(1))
    assert aging.freeze_panes == f"A{header_row + 1}"
    assert all(c.font.bold for c in aging[header_row] if c.value)
    for ws in wb.worksheets[1:]:
        for t in ws.tables.values():
            assert t.autoFilter is not None and t.autoFilter.ref == t.ref
            first = ws[t.ref][0]
            assert [c.value for c in first] == [col.name for col in t.tableColumns]
    two = wb.worksheets[1]
    assert len(two.tables) == 2 and two.freeze_panes is None   # two tables: a frozen header would mislead


def test_totals_are_formulas_that_add_up_per_currency(written):
    report, wb, _ = written["pl"]
    ws = wb.worksheets[1]
    branches = report.sections[0].tables[0]
    ref = table_on(ws, "collected_by_branch").ref
    last = int(ref.split(":")[1][1:])
    total = {c.column_letter: c.value for c in ws[last + 1] if c.value is not None}
    assert total["A"] == ReportLanguage("pl").translate("ReportXlsx", "Total", "the last row of a table")
    assert total["B"] == f"=SUBTOTAL(109,B{last - 2}:B{last})"
    assert evaluate(ws, total["B"]) == sum(r["collected"] for r in branches.rows)
    assert evaluate(ws, total["C"]) == sum(r["target"] or 0 for r in branches.rows)
    assert evaluate(ws, total["E"]) == sum(r["accounts"] for r in branches.rows)
    assert "D" not in total and "F" not in total                  # rates are not added up

    collectors = report.sections[0].tables[1]
    ref = table_on(ws, "collected_by_collector").ref
    last = int(ref.split(":")[1][1:])
    main = {c.column_letter: c.value for c in ws[last + 1] if c.value is not None}
    assert "C" not in main                                       # euros and złoty are never added together
    assert evaluate(ws, main["D"]) == sum(r["promises"] for r in collectors.rows)
    per_currency = {}
    for r in (last + 2, last + 3):
        label, formula = ws[f"A{r}"].value, ws[f"C{r}"]
        per_currency[label] = evaluate(ws, formula.value)
        assert formula.number_format == f'#,##0.00 "{label[-3:]}"'
    label = ReportLanguage("pl").translate("ReportXlsx", "Total {currency}", "the total row of one currency")
    for cur in ("EUR", "PLN"):
        assert per_currency[label.format(currency=cur)] == sum(
            r["collected"] for r in collectors.rows if r["currency"] == cur)


def test_a_currency_column_is_added_where_the_table_has_none(written):
    report, wb, _ = written["en"]
    ws = wb.worksheets[2]
    header, rows = cell_rows(ws, table_on(ws, "aging").ref)
    assert header == ["Bucket", "Balance", "Currency", "Accounts", "As of"]
    assert [r["Currency"] for r in rows] == [r["cur"] for r in report.sections[1].tables[0].rows]
    last = int(table_on(ws, "aging").ref.split(":")[1][1:])
    assert evaluate(ws, ws[f"D{last + 1}"].value) == 2000
    assert {ws[f"A{r}"].value: evaluate(ws, ws[f"B{r}"].value) for r in (last + 2, last + 3)} == {
        "Total EUR": Decimal("500002.0"), "Total PLN": Decimal("500002.0")}


def test_summary_has_the_report_header_and_key_figures_as_numbers(written):
    report, wb, _ = written["en"]
    ws = wb.worksheets[0]
    assert ws.title == "Summary"
    values = {r[0].value: r[1:] for r in ws.iter_rows() if r[0].value is not None}
    assert ws["A1"].value == "Collections report" and ws["A1"].font.bold
    assert values["Period"][0].value == "October 2026"
    assert values["From"][0].value.date() == date(2026, 10, 1) and values["To"][0].value.date() == date(2026, 10, 31)
    assert values["Scope"][0].value == "Kraków team"
    assert values["Prepared by"][0].value == "Zofia Żółkiewska"
    assert values["Generated"][0].value == datetime(2026, 11, 2, 7, 15, tzinfo=UTC).astimezone().replace(tzinfo=None)
    for sentence in report.summary:
        assert sentence in values
    eur = values["Collected (EUR)"]
    assert [as_number(c.value) for c in eur[:4]] == [Decimal("2120500.35"), Decimal("1980000"),
                                                     Decimal("140500.35"), Decimal("2120000")]
    assert eur[0].number_format == '#,##0.00 "EUR"' and eur[2].number_format.startswith('+#,##0.00 "EUR";-')
    rate = values["Broken promises"]
    assert as_number(rate[0].value) == Decimal("0.31") and rate[0].number_format == "0.0%"
    assert as_number(rate[2].value) == Decimal("1.5") and '" pp"' in rate[2].number_format
    assert rate[3].value is None
    promises = values["Promises made"]
    assert [c.value for c in promises[:4]] == [1432, 1510, -78, 1500]
    link = next(r[0] for r in ws.iter_rows() if r[0].value == report.sections[0].title)
    assert link.hyperlink.location == f"'{wb.sheetnames[1]}'!A1"
    assert report.notes[0] in values


def test_charts_one_per_series_with_its_lines(written):
    report, wb, _ = written["en"]
    for ws, section in zip(wb.worksheets[1:], report.sections):
        charts = ws._charts
        assert len(charts) == len(section.series)
        for chart, series in zip(charts, section.series):
            assert len(chart.series) == len(series.lines)
            want = {SeriesKind.LINE: "lineChart", SeriesKind.BAR: "barChart",
                    SeriesKind.STACKED_BAR: "barChart"}[series.kind]
            assert chart.tagname == want
            if series.kind == SeriesKind.STACKED_BAR:
                assert chart.grouping == "stacked"
            ref = chart.series[0].val.numRef.f
            sheet, cells = ref.rsplit("!", 1)
            got = [as_number(c.value) for (c,) in ws[cells.replace("$", "")]]
            assert got == [Decimal(v) for v in series.lines[0][1]]


def test_document_properties(written):
    report, wb, _ = written["de"]
    props = wb.properties
    assert props.title == "Collections report"
    assert props.creator == "Zofia Żółkiewska" and props.subject == "October 2026"
    assert "collections" in props.keywords and "2026-10-01..2026-10-31" in props.keywords
    assert props.language == "de"
    assert props.created == datetime(2026, 11, 2, 7, 15)


def test_empty_table_has_a_valid_sheet_table_and_no_total(tmp_path):
    report = make_report("en", collectors=0)
    wb = load_workbook(render_xlsx(report, tmp_path / "empty.xlsx"))
    ws = wb.worksheets[1]
    t = table_on(ws, "collected_by_collector")
    first, last = (int(x[1:]) for x in t.ref.split(":"))
    assert last == first + 1
    assert not any(c.data_type == "f" for row in ws.iter_rows(min_row=last + 1) for c in row)   # no total


def test_progress_reaches_the_end_and_rows_stream_without_the_fast_path(tmp_path, monkeypatch):
    seen = []
    fast = load_workbook(render_xlsx(make_report("en", 3000), tmp_path / "a.xlsx",
                                     progress=lambda d, t: seen.append((d, t))))
    assert seen[-1][0] == seen[-1][1] and [d for d, _ in seen] == sorted(d for d, _ in seen)
    monkeypatch.setattr(render_xlsx_tables, "FAST_ROWS", False)
    slow = load_workbook(render_xlsx(make_report("en", 3000), tmp_path / "b.xlsx"))
    for a, b in zip(fast.worksheets, slow.worksheets):
        assert [[(c.value, c.number_format) for c in r if c.value is not None] for r in a.iter_rows()] == \
               [[(c.value, c.number_format) for c in r if c.value is not None] for r in b.iter_rows()]


def openpyxl_temp_files() -> set[str]:
    from openpyxl.worksheet._writer import ALL_TEMP_FILES

    return {p for p in ALL_TEMP_FILES if os.path.exists(p)}


def test_cancel_leaves_no_file(tmp_path):
    before = openpyxl_temp_files()
    path = tmp_path / "report.xlsx"
    seen = []

    def cancel():
        return len(seen) > 2
    with pytest.raises(ReportCancelled):
        render_xlsx(make_report("en", 5000), path, progress=lambda d, t: seen.append(d), cancel=cancel)
    assert 1 < seen[-1] < 5000
    assert list(tmp_path.iterdir()) == []
    assert openpyxl_temp_files() <= before


def test_cancel_keeps_an_existing_file(tmp_path):
    path = tmp_path / "report.xlsx"
    path.write_bytes(b"old")
    with pytest.raises(ReportCancelled):
        render_xlsx(make_report("en"), path, cancel=lambda: True)
    assert path.read_bytes() == b"old" and [p.name for p in tmp_path.iterdir()] == ["report.xlsx"]


def test_read_only_folder_gives_a_domain_error(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    as_root = hasattr(os, "geteuid") and os.geteuid() == 0
    if as_root:                       # root ignores permission bits, not an immutable folder
        if shutil.which("chattr") is None or subprocess.run(["chattr", "+i", str(folder)]).returncode:
            pytest.skip("running as root without chattr +i")
    else:
        folder.chmod(0o555)
    try:
        with pytest.raises(DomainError, match="no permission"):
            render_xlsx(make_report("en"), folder / "report.xlsx")
        assert list(folder.iterdir()) == []
    finally:
        if as_root:
            subprocess.run(["chattr", "-i", str(folder)], check=True)
        else:
            folder.chmod(0o755)


def test_unwritable_folder_and_full_disk_give_domain_errors(tmp_path, monkeypatch):
    def refuse(*args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")
    monkeypatch.setattr(rx.tempfile, "mkstemp", refuse)
    with pytest.raises(DomainError, match="no permission") as err:
        render_xlsx(make_report("en"), tmp_path / "report.xlsx")
    assert "report.xlsx" in err.value.message
    monkeypatch.undo()

    if not os.path.exists("/dev/full"):
        pytest.skip("no /dev/full")
    made = []

    def full(*args, **kwargs):                                  # a temp file whose writes hit a full disk
        made.append(kwargs["dir"])
        return os.open("/dev/full", os.O_WRONLY), str(Path(kwargs["dir"]) / ".~full.xlsx.tmp")
    monkeypatch.setattr(rx.tempfile, "mkstemp", full)
    with pytest.raises(DomainError, match="disk is full"):
        render_xlsx(make_report("en"), tmp_path / "report.xlsx")
    assert made and not (tmp_path / "report.xlsx").exists()
    monkeypatch.undo()
    with pytest.raises(DomainError, match="does not exist"):
        render_xlsx(make_report("en"), tmp_path / "missing" / "report.xlsx")


@pytest.mark.skipif(shutil.which("soffice") is None, reason="needs LibreOffice (soffice) to recalculate")
def test_libreoffice_opens_it_and_its_totals_equal_the_rows(written, tmp_path):
    report, _, path = written["pl"]
    out = tmp_path / "lo"
    subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp_path}/profile", "--headless",
                    "--convert-to", "xlsx", "--outdir", str(out), str(path)], check=True, capture_output=True,
                   timeout=180)
    ws = load_workbook(out / path.name, data_only=True).worksheets[1]
    collectors = report.sections[0].tables[1]
    label = ReportLanguage("pl").translate("ReportXlsx", "Total {currency}", "the total row of one currency")
    last = next(r for r in range(1, ws.max_row + 1) if ws[f"A{r}"].value == label.format(currency="EUR"))
    assert as_number(ws[f"C{last}"].value).quantize(Decimal("0.01")) == sum(
        r["collected"] for r in collectors.rows if r["currency"] == "EUR")
    assert ws[f"D{last - 1}"].value == sum(r["promises"] for r in collectors.rows)


# ------------------------------------------------------------------------------- end to end, from the database

def sheet_table_values(ws, table, lang):
    """[(slot, [cell, ...]) ...] of a Report table's worksheet table, and the row after it."""
    from collectdesk.reports.render_xlsx_formats import date_format, datetime_format
    from collectdesk.reports.render_xlsx_tables import TablePlan

    plan = TablePlan(table, lang, date_format(lang), datetime_format(lang))
    cells = ws[table_on(ws, table.key).ref]
    assert [c.value for c in cells[0]] == [s.header for s in plan.slots]
    return plan, cells[1:], int(table_on(ws, table.key).ref.split(":")[1].lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ"))


def same(cell, value, kind) -> bool:
    if value is None or value == "":
        return cell.value is None
    if kind in (C.MONEY, C.INTEGER, C.DECIMAL, C.PERCENT):
        return as_number(cell.value) == Decimal(value)
    if kind == C.DATE:
        return cell.is_date and cell.value.date() == value
    if kind == C.DATETIME:
        return cell.value == value.astimezone().replace(tzinfo=None)
    return cell.value == str(value)


def test_collections_report_from_the_database(database, org, make_account, tmp_path):
    """catalogue.build -> render_xlsx: every table's cells equal the Report's, every total formula adds up to
    its rows, and the collected figure equals the payments in the database."""
    from sqlalchemy import func, select

    from collectdesk.domain.enums import PaymentMethod
    from collectdesk.reports import catalogue
    from collectdesk.reports.language import ReportLanguage
    from collectdesk.store.models import Payment, Target

    if ReportKind.COLLECTIONS not in catalogue.available():
        pytest.skip("the collections builder is not in this build yet")
    eur = make_account(balance=Decimal("1500.00"), due_date=date(2026, 2, 20), name="Łucja Żółkiewska")
    eur2 = make_account(balance=Decimal("800.00"), due_date=date(2026, 3, 5), collector=org.jan)
    pln = make_account(balance=Decimal("3000.00"), currency="PLN", name="Paweł Świątek", country="PL",
                       due_date=date(2025, 12, 1))
    with database.ctx.transaction() as s:
        for account, collector, amount, cur, day in ((eur, org.anna, "120.50", "EUR", 3), (eur, org.anna, "99.99",
                                                     "EUR", 17), (eur2, org.jan, "400.00", "EUR", 9),
                                                     (pln, org.anna, "1000.00", "PLN", 6)):
            s.add(Payment(account_id=account, collector_id=collector, amount=Decimal(amount), currency=cur,
                          paid_on=date(2026, 3, day), method=PaymentMethod.BANK_TRANSFER,
                          posted_at=datetime(2026, 3, day, 12, tzinfo=UTC)))
        s.add(Target(staff_id=org.anna, metric="amount_collected", period_start=date(2026, 3, 1),
                     period_end=date(2026, 3, 31), amount=Decimal("500.00"), currency="EUR"))
    params = ReportParams(ReportKind.COLLECTIONS, date(2026, 3, 1), date(2026, 3, 31), language="pl",
                          author="Zofia Żółkiewska")
    report = catalogue.build(database.ctx, params)
    path = render_xlsx(report, tmp_path / "collections-2026-03-pl.xlsx")
    wb = load_workbook(path)
    lang = ReportLanguage("pl")

    assert wb.sheetnames[0] and len(wb.sheetnames) == 1 + len(report.sections)
    tables = totals = 0
    for ws, section in zip(wb.worksheets[1:], report.sections):
        assert len(ws.tables) == len(section.tables) and len(ws._charts) == len(
            [s for s in section.series if s.categories and s.lines])
        for table in section.tables:
            tables += 1
            plan, rows, last = sheet_table_values(ws, table, lang)
            if not table.rows:
                continue
            assert len(rows) == len(table.rows)
            for want, got in zip(table.rows, rows):
                for slot, cell in zip(plan.slots, got):
                    assert same(cell, want.get(slot.key), slot.kind), (table.key, slot.key, cell.value)
            after = [ws[last + k] for k in (1, 2, 3, 4)]
            for i, slot in enumerate(plan.slots):
                if not slot.total:
                    continue
                found = [(row[0].value, row[i]) for row in after if row[i].data_type == "f"]
                totals += len(found)
                if not slot.mixed:
                    assert evaluate(ws, found[0][1].value) == sum(
                        (Decimal(r[slot.key]) for r in table.rows if r.get(slot.key) is not None), Decimal(0))
                    continue
                for label, cell in found:
                    cur = next(c for c in slot.currencies if label.endswith(c))
                    assert evaluate(ws, cell.value) == sum(Decimal(r[slot.key]) for r in table.rows
                                                           if r.get(slot.currency_key) == cur and r.get(slot.key))
    assert tables > 5 and totals > 5

    with database.ctx.reading() as s:
        paid = s.scalar(select(func.sum(Payment.amount - Payment.overpayment)).where(
            Payment.currency == "EUR", Payment.paid_on.between(date(2026, 3, 1), date(2026, 3, 31))))
    fact = next(f for s in report.sections for f in s.facts if f.key == "collected_EUR")
    summary = {r[0].value: r[1] for r in wb.worksheets[0].iter_rows() if r[0].value}
    assert as_number(summary[fact.label].value) == fact.value == paid == Decimal("620.49")
    assert summary[fact.label].number_format == '#,##0.00 "EUR"'
