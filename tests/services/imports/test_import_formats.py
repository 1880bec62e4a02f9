"""Separators, quoting and number formats other than the semicolon export, on both backends."""

from __future__ import annotations

from decimal import Decimal

import pytest

from collectdesk.services.imports import run_import
from collectdesk.store.maintenance import stats


@pytest.mark.parametrize("sep", [",", "\t", "|"])
def test_other_separators_with_decimal_points(database, write_csv, sep):
    rows = [["account_no", "debtor_name", "country", "currency", "original_amount", "balance", "due_date"],
            ["A-1", "Smith, John", "IT", "EUR", "1,234.50", "1,000.25", "2026-01-31"],
            ["A-2", "O'Brien", "IT", "EUR", "99.9", "12", "31/01/2026"]]
    text = "\n".join(sep.join(f'"{c}"' if sep in c else c for c in r) for r in rows) + "\n"
    report = run_import(database.ctx, "accounts", write_csv(text))
    assert report.ok, report.errors
    assert report.delimiter == sep
    assert stats(database.engine).balance == {"EUR": Decimal("1012.25")}


def test_explicit_delimiter_and_crlf(database, write_csv):
    text = ("account_no;debtor_name;country;currency;original_amount;balance;due_date\n"
            "A-1;Anna;IT;EUR;10,00;5,50;01.01.2026\n")
    report = run_import(database.ctx, "accounts", write_csv(text, newline="\r\n"), delimiter=";")
    assert report.ok and stats(database.engine).balance == {"EUR": Decimal("5.50")}


def test_thousands_with_dot_follow_the_comma_decimals_of_the_file(database, write_csv):
    text = ("account_no,debtor_name,country,currency,original_amount,balance,due_date\n"
            'A-1,Anna,IT,EUR,"1.234","1.000,50",01.01.2026\n'
            'A-2,Bruno,IT,EUR,"2.000","1.234",01.01.2026\n')
    report = run_import(database.ctx, "accounts", write_csv(text))
    assert report.ok, report.errors
    assert stats(database.engine).balance == {"EUR": Decimal("2234.50")}


def test_paid_status_needs_a_zero_balance(database, write_csv):
    text = ("account_no;debtor_name;country;currency;original_amount;balance;due_date;status\n"
            "A-1;Anna;IT;EUR;10,00;5,50;01.01.2026;pagato\n"
            "A-2;Anna;IT;EUR;10,00;0,00;01.01.2026;pagato\n")
    report = run_import(database.ctx, "accounts", write_csv(text))
    assert [(e.line, e.column) for e in report.errors] == [(2, "status")]


def test_short_rows_and_blank_lines(database, write_csv):
    text = ("account_no;debtor_name;country;currency;original_amount;balance;due_date;phone\n"
            "\n"
            "A-1;Anna;IT;EUR;10,00;5,50;01.01.2026\n"
            ";;;;;;;\n"
            "A-2;Anna;IT;EUR;10,00\n")
    report = run_import(database.ctx, "accounts", write_csv(text))
    assert report.rows == 2
    assert sorted((e.line, e.column) for e in report.errors) == [(5, "balance"), (5, "due_date")]
