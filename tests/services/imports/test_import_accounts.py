"""Accounts import on SQLite and PostgreSQL: exact money, encodings, all-or-nothing, re-import."""

from __future__ import annotations

import gc
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from collectdesk.domain.enums import AccountStatus, DebtorType
from collectdesk.domain.errors import ValidationError
from collectdesk.services.imports import ImportCancelled, run_import
from collectdesk.services.imports import bulk_mode
from collectdesk.store.maintenance import stats
from collectdesk.store.models import Account, AuditEntry, Debtor, DebtorContact, ImportRun

EUROPEAN = (
    "account_no;debtor_name;country;currency;original_amount;balance;due_date;phone;email\n"
    "IT-1;Niccolò Bianchi;IT;EUR;1.234,56;1.000,01;16.08.2025;+39 02 1234 5678;NICCOLO@example.it\n"
    "IT-2;Giulia Rossi;IT;EUR;2\u00a0500,00;2\u00a0499,99;01/02/2026;;\n"
    "PL-1;Łukasz Wiśniewski;PL;PLN;1 234 567,89;999 999,99;31-12-2025;+48 600 100 200;\n"
    "DE-1;Jürgen Müller;DE;EUR;10,5;0,07;2025-03-01;;jm@example.de\n"
)


def counts(database) -> dict:
    return stats(database.engine).counts


def test_european_csv_gives_exact_balances(database, write_csv, accounts_by_no):
    path = write_csv(EUROPEAN, bom=True)
    report = run_import(database.ctx, "accounts", path)
    assert report.ok, report.errors
    assert (report.rows, report.inserted, report.updated) == (4, 4, 0)
    assert report.encoding == "utf-8-sig" and report.delimiter == ";"
    balance = stats(database.engine).balance
    assert balance == {"EUR": Decimal("1000.01") + Decimal("2499.99") + Decimal("0.07"), "PLN": Decimal("999999.99")}
    accounts = accounts_by_no()
    assert accounts["PL-1"].original_amount == Decimal("1234567.89")
    assert accounts["IT-2"].due_date == date(2026, 2, 1)
    assert accounts["IT-1"].due_date == date(2025, 8, 16)
    assert accounts["PL-1"].due_date == date(2025, 12, 31)
    assert accounts["IT-1"].status is AccountStatus.OPEN
    assert accounts["PL-1"].debtor_name_key == "łukasz wiśniewski"
    with database.ctx.reading() as s:
        pl = s.get(Debtor, accounts["PL-1"].debtor_id)
        assert (pl.name, pl.country, pl.language, pl.timezone) == ("Łukasz Wiśniewski", "PL", "pl", "Europe/Warsaw")
        assert pl.debtor_type is DebtorType.PERSON
        keys = {(c.kind, c.search_key, c.value) for c in s.scalars(select(DebtorContact))}
    assert ("phone", "390212345678", "+39 02 1234 5678") in keys
    assert ("email", "niccolo@example.it", "NICCOLO@example.it") in keys
    assert ("phone", "48600100200", "+48 600 100 200") in keys
    assert len(keys) == 4


def test_import_run_and_audit_are_written(database, write_csv):
    report = run_import(database.ctx, "accounts", write_csv(EUROPEAN))
    with database.ctx.reading() as s:
        run = s.get(ImportRun, report.import_id)
        assert (run.kind, run.rows, run.inserted, run.updated, run.actor) == ("accounts", 4, 4, 0, "tester")
        assert len(run.sha256) == 64
        summaries = list(s.scalars(select(AuditEntry.summary).where(AuditEntry.action == "bulk")))
        assert any("import.csv" in (t or "") and "4" in t for t in summaries)
        marked = s.scalar(select(func.count()).select_from(Account).where(Account.import_id == report.import_id))
    assert marked == 4


@pytest.mark.parametrize("encoding, name, city", [("cp1250", "Paweł Łódź-Żółć", "Łódź"),
                                                  ("cp1252", "Jürgen Müller", "Großstraße")])
def test_windows_code_pages(database, write_csv, accounts_by_no, encoding, name, city):
    text = ("Kontonummer;Schuldner;Land;Währung;Betrag;Saldo;Fälligkeitsdatum;Adresse\n"
            f"K-1;{name};PL;PLN;100,00;50,00;01.01.2026;{city} 1\n")
    if encoding == "cp1250":
        text = text.replace("Währung", "waluta").replace("Fälligkeitsdatum", "termin_płatności")
    report = run_import(database.ctx, "accounts", write_csv(text, encoding=encoding))
    assert report.ok, report.errors
    assert report.encoding == encoding
    account = accounts_by_no()["K-1"]
    with database.ctx.reading() as s:
        debtor = s.get(Debtor, account.debtor_id)
        assert debtor.name == name
        assert debtor.address == f"{city} 1"


def test_three_bad_rows_import_nothing_and_are_all_reported(database, write_csv):
    text = ("account_no;debtor_name;country;currency;original_amount;balance;due_date\n"
            "A-1;Anna;IT;EUR;100,00;50,00;01.01.2026\n"
            "A-2;Bruno;IT;EUR;100,00;-5,00;01.01.2026\n"
            "A-3;Carla;IT;EUR;100,00;150,00;01.01.2026\n"
            "A-4;Dario;IT;EUR;100,00;10,00;01.01.2026\n"
            "A-5;Elena;IT;EUR;1,005;1,00;31.02.2026\n"
            "A-6;Fabio;IT;EUR;100,00;10,00;01.01.2026\n")
    before = counts(database)
    report = run_import(database.ctx, "accounts", write_csv(text))
    assert not report.ok
    assert report.inserted == 0 and report.rows == 6
    got = {(e.line, e.column) for e in report.errors}
    assert got == {(3, "balance"), (4, "balance"), (6, "original_amount"), (6, "due_date")}
    assert report.error_count == 4
    reasons = {(e.line, e.column): e.reason for e in report.errors}
    assert "negative" in reasons[(3, "balance")]
    assert "larger than the original amount" in reasons[(4, "balance")]
    assert "more than two decimals" in reasons[(6, "original_amount")]
    assert counts(database) == before


def test_line_numbers_count_quoted_newlines(database, write_csv):
    text = ('account_no;debtor_name;country;currency;original_amount;balance;due_date;address\n'
            'A-1;Anna;IT;EUR;100,00;50,00;01.01.2026;"Via Roma 1\n20100 Milano"\n'
            'A-2;Bruno;XX;EUR;100,00;50,00;01.01.2026;\n')
    report = run_import(database.ctx, "accounts", write_csv(text))
    assert [(e.line, e.column) for e in report.errors] == [(4, "country")]


def test_reimport_updates_without_duplicates(database, write_csv, accounts_by_no):
    run_import(database.ctx, "accounts", write_csv(EUROPEAN))
    first = accounts_by_no()
    changed = EUROPEAN.replace("1.000,01", "900,00") + "IT-9;Nuovo Cliente;IT;EUR;10,00;10,00;01.01.2026;;\n"
    report = run_import(database.ctx, "accounts", write_csv(changed, name="again.csv"))
    assert report.ok, report.errors
    assert (report.inserted, report.updated) == (1, 4)
    after = accounts_by_no()
    assert len(after) == 5
    assert after["IT-1"].balance == Decimal("900.00")
    assert after["IT-1"].id == first["IT-1"].id
    assert after["IT-1"].version == first["IT-1"].version + 1
    c = counts(database)
    assert (c["accounts"], c["debtors"], c["contacts"]) == (5, 5, 4)


def test_duplicate_account_numbers_in_one_file(database, write_csv, monkeypatch):
    from collectdesk.services.imports import runner

    monkeypatch.setattr(runner, "BATCH", 2)  # the second copy lands in a later batch
    text = ("account_no;debtor_name;country;currency;original_amount;balance;due_date\n"
            "A-1;Anna;IT;EUR;100,00;50,00;01.01.2026\n"
            "A-2;Bruno;IT;EUR;100,00;50,00;01.01.2026\n"
            "A-3;Carla;IT;EUR;100,00;50,00;01.01.2026\n"
            "A-1;Anna;IT;EUR;100,00;50,00;01.01.2026\n"
            "A-4;Dario;IT;XXXX;100,00;50,00;01.01.2026\n"
            "A-4;Dario;IT;EUR;100,00;50,00;01.01.2026\n"
            "A-6;Elio;IT;EUR;100,00;50,00;01.01.2026\n"
            "A-6;Elio;IT;EUR;100,00;50,00;01.01.2026\n"
            "A-3;Carla;IT;EUR;100,00;50,00;01.01.2026\n")
    report = run_import(database.ctx, "accounts", write_csv(text))
    assert not report.ok
    got = [(e.line, e.column, e.reason) for e in report.errors]
    assert (5, "account_no", "The account number A-1 already appears on line 2.") in got
    assert (9, "account_no", "The account number A-6 already appears on line 8.") in got
    assert (10, "account_no", "The account number A-3 already appears on line 4.") in got
    assert (6, "currency") in [(line, col) for line, col, _ in got]
    assert report.error_count == 4
    assert counts(database)["accounts"] == 0


def test_localized_headers_and_values(database, write_csv, accounts_by_no, org):
    text = ("Numero pratica;Debitore;Tipo;Paese;Valuta;Importo;Saldo;Data scadenza;Stato;Operatore;Lingua\n"
            "P-1;Rossi SpA;Società;Italia;EUR;100,00;100,00;01.01.2026;aperto;ANNA;italiano\n"
            "P-2;Kowalski sp. z o.o.;firma;PL;PLN;200,00;200,00;01.01.2026;Zahlungsplan;Jan Kowalski;polski\n"
            "P-3;Weber;Person;Deutschland;EUR;300,00;0,00;01.01.2026;bezahlt;;\n")
    report = run_import(database.ctx, "accounts", write_csv(text))
    assert report.ok, report.errors
    a = accounts_by_no()
    assert (a["P-1"].status, a["P-1"].collector_id, a["P-1"].team_id, a["P-1"].branch_id) == (
        AccountStatus.OPEN, org.anna, org.team, org.branch)
    assert (a["P-2"].status, a["P-2"].collector_id, a["P-2"].country) == (AccountStatus.PAYMENT_PLAN, org.jan, "PL")
    assert (a["P-3"].status, a["P-3"].collector_id, a["P-3"].country) == (AccountStatus.PAID, None, "DE")
    with database.ctx.reading() as s:
        assert s.get(Debtor, a["P-1"].debtor_id).debtor_type is DebtorType.COMPANY
        assert s.get(Debtor, a["P-2"].debtor_id).language == "pl"


def test_unknown_collector_is_a_row_error(database, write_csv, org):
    text = ("account_no;debtor_name;country;currency;original_amount;balance;due_date;collector\n"
            "A-1;Anna;IT;EUR;100,00;50,00;01.01.2026;nobody\n")
    report = run_import(database.ctx, "accounts", write_csv(text))
    assert [(e.line, e.column) for e in report.errors] == [(2, "collector")]
    assert "nobody" in report.errors[0].reason


def test_mapping(database, write_csv, accounts_by_no):
    text = ("Rif.;Cliente finale;country;currency;amount;Residuo EUR;due\n"
            "M-1;Anna;IT;EUR;100,00;40,00;01.01.2026\n")
    with pytest.raises(ValidationError):
        run_import(database.ctx, "accounts", write_csv(text))
    report = run_import(database.ctx, "accounts", write_csv(text),
                        mapping={"Rif.": "account_no", "cliente finale": "debtor_name", "Residuo EUR": "balance"})
    assert report.ok, report.errors
    assert accounts_by_no()["M-1"].balance == Decimal("40.00")
    with pytest.raises(ValidationError, match="Missing"):
        run_import(database.ctx, "accounts", write_csv(text), mapping={"Missing": "account_no"})


def test_dry_run_writes_nothing_but_counts(database, write_csv):
    run_import(database.ctx, "accounts", write_csv(EUROPEAN))
    before = counts(database)
    more = EUROPEAN + "IT-9;Nuovo;IT;EUR;10,00;10,00;01.01.2026;;\n"
    report = run_import(database.ctx, "accounts", write_csv(more), dry_run=True)
    assert report.ok and report.dry_run
    assert (report.inserted, report.updated) == (1, 4)
    assert counts(database) == before


def test_cancel_rolls_back(database, write_csv, monkeypatch):
    from collectdesk.services.imports import runner

    monkeypatch.setattr(runner, "BATCH", 2)
    seen = []
    with pytest.raises(ImportCancelled):
        run_import(database.ctx, "accounts", write_csv(EUROPEAN), progress=seen.append,
                   cancelled=lambda: len(seen) >= 1)
    assert seen == [2]
    assert counts(database)["accounts"] == 0 and counts(database)["debtors"] == 0
    assert gc.isenabled()  # the importer pauses the cyclic GC and must always turn it back on


def test_more_than_100_errors_keep_100_and_count_all(database, write_csv):
    rows = "".join(f"A-{i};Name;ZZ;EUR;10,00;5,00;01.01.2026\n" for i in range(250))
    report = run_import(database.ctx, "accounts", write_csv(
        "account_no;debtor_name;country;currency;original_amount;balance;due_date\n" + rows))
    assert report.error_count == 250
    assert len(report.errors) == 100
    assert report.errors[0].line == 2 and report.errors[-1].line == 101


def test_bulk_mode_restores_indexes(database, write_csv, monkeypatch, accounts_by_no):
    monkeypatch.setattr(bulk_mode, "BULK_MIN_ROWS", 1)
    engine = database.engine

    def index_names():
        with engine.connect() as conn:
            if engine.dialect.name == "sqlite":
                return sorted(r[0] for r in conn.exec_driver_sql(
                    "SELECT name FROM sqlite_master WHERE type='index' AND tbl_name IN "
                    "('account','debtor','debtor_contact')"))
            return sorted(r[0] for r in conn.exec_driver_sql(
                "SELECT indexname FROM pg_indexes WHERE tablename IN ('account','debtor','debtor_contact') "
                "UNION ALL SELECT conname FROM pg_constraint WHERE contype = 'f'"))

    before = index_names()
    bad = EUROPEAN + "X-1;Bad;IT;EUR;abc;1,00;01.01.2026;;\n"
    assert not run_import(database.ctx, "accounts", write_csv(bad)).ok
    assert index_names() == before
    with pytest.raises(ImportCancelled):
        run_import(database.ctx, "accounts", write_csv(EUROPEAN), cancelled=lambda: True)
    assert index_names() == before and counts(database)["accounts"] == 0
    report = run_import(database.ctx, "accounts", write_csv(EUROPEAN))
    assert report.ok and report.inserted == 4
    assert index_names() == before
    assert stats(database.engine).balance["PLN"] == Decimal("999999.99")
    c = counts(database)
    assert (c["accounts"], c["debtors"], c["contacts"]) == (4, 4, 4)
    report = run_import(database.ctx, "accounts", write_csv(EUROPEAN))  # again: updates, no new contacts
    assert (report.inserted, report.updated) == (0, 4)
    assert counts(database)["contacts"] == 4


@pytest.mark.parametrize("content, message", [
    (b"", "empty"), (b"\n\n", "empty"), (b"PK\x03\x04garbage", "spreadsheet"),
    (b"\xd0\xcf\x11\xe0old xls", "neither"), (b"foo;bar\n1;2\n", "header"),
])
def test_unreadable_files(database, tmp_path, content, message):
    path = tmp_path / "f.csv"
    path.write_bytes(content)
    with pytest.raises(ValidationError, match=message):
        run_import(database.ctx, "accounts", path)


def test_missing_file_and_wrong_encoding(database, tmp_path, write_csv):
    with pytest.raises(ValidationError, match="does not exist"):
        run_import(database.ctx, "accounts", tmp_path / "nope.csv")
    path = write_csv("account_no;debtor_name\nA;Łódź\n", encoding="cp1250")
    with pytest.raises(ValidationError, match="utf-8"):
        run_import(database.ctx, "accounts", path, encoding="utf-8")
