"""The report workbook's numbers, read back with openpyxl: values and dates are real and equal the Report's,
totals are formulas that add up (evaluated here, and by LibreOffice when it is installed), mixed-currency
columns total per currency, the Summary's key figures are numbers, and end to end the collected figure equals
the payments in the database."""

from __future__ import annotations

import shutil
import subprocess
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from openpyxl import load_workbook
from xlsx_sample_report import C, as_number, cell_rows, evaluate, table_on

from collectdesk.reports.language import ReportLanguage
from collectdesk.reports.model import ReportKind, ReportParams
from collectdesk.reports.render_xlsx import render_xlsx


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
