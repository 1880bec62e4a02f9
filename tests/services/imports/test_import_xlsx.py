"""XLSX: real numbers and dates in the cells, streamed with openpyxl read-only."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import openpyxl

from collectdesk.services.imports import run_import
from collectdesk.store.maintenance import stats


def write_xlsx(path, rows, start_row=1):
    wb = openpyxl.Workbook()
    ws = wb.active
    for i, row in enumerate(rows):
        for j, value in enumerate(row):
            ws.cell(row=start_row + i, column=j + 1, value=value)
    wb.save(path)
    return path


HEADER = ["Kontonummer", "Schuldner", "Land", "Währung", "Betrag", "Saldo", "Fälligkeitsdatum", "Telefon"]


def test_xlsx_numbers_and_dates_import_exactly(database, tmp_path, accounts_by_no):
    path = write_xlsx(tmp_path / "konten.xlsx", [
        HEADER,
        [1001, "Jürgen Müller", "DE", "EUR", 1234.56, 1000.1, date(2025, 8, 16), 4930123456],
        ["1002", "Łucja Żak", "PL", "PLN", 100, 0.1 + 0.2, datetime(2026, 1, 31), "+48 600 100 200"],
        ["1003", "Anna Rossi", "IT", "EUR", "1.234,50", "99,99", "31.12.2025", None],
    ], start_row=3)
    report = run_import(database.ctx, "accounts", path)
    assert report.ok, report.errors
    assert report.rows == 3 and report.encoding == ""
    accounts = accounts_by_no()
    assert accounts["1001"].balance == Decimal("1000.10")
    assert accounts["1001"].original_amount == Decimal("1234.56")
    assert accounts["1001"].due_date == date(2025, 8, 16)
    assert accounts["1002"].balance == Decimal("0.30")
    assert accounts["1002"].due_date == date(2026, 1, 31)
    assert accounts["1003"].original_amount == Decimal("1234.50")
    assert stats(database.engine).balance == {"EUR": Decimal("1100.09"), "PLN": Decimal("0.30")}


def test_xlsx_errors_name_the_sheet_row(database, tmp_path):
    path = write_xlsx(tmp_path / "bad.xlsx", [
        HEADER,
        ["A", "Name", "DE", "EUR", 100, 50, date(2025, 1, 1), None],
        [None, None, None, None, None, None, None, None],
        ["B", "Name", "DE", "EUR", 10.555, 5, date(2025, 1, 1), None],
        ["C", "Name", "DE", "EUR", 10, 5, "not a date", None],
    ], start_row=2)
    report = run_import(database.ctx, "accounts", path)
    assert [(e.line, e.column) for e in report.errors] == [(5, "Betrag"), (6, "Fälligkeitsdatum")]
    assert "more than two decimals" in report.errors[0].reason
    assert stats(database.engine).counts["accounts"] == 0
