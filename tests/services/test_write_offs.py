"""Write-offs: the balance and status change, more than the balance is refused, the journal equals the database."""

import csv
from datetime import date
from decimal import Decimal as D

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from collectdesk.domain.enums import AccountStatus, WriteOffReason
from collectdesk.domain.errors import ValidationError
from collectdesk.services import write_offs
from collectdesk.store.models import Account, AuditEntry, WriteOff

DAY = date(2026, 3, 10)


def _account(database, account_id) -> Account:
    with database.ctx.reading() as s:
        return s.get(Account, account_id)


def test_partial_then_full_write_off_lowers_the_balance_and_finally_closes_the_account(database, make_account):
    acc = make_account(balance=D("250.00"))
    write_offs.write_off(database.ctx, acc, D("50.00"), WriteOffReason.UNECONOMIC, "GL-1", "mario", on=DAY)
    a = _account(database, acc)
    assert (a.balance, a.status) == (D("200.00"), AccountStatus.OPEN)
    write_offs.write_off(database.ctx, acc, None, WriteOffReason.DECEASED, "GL-2", "mario", on=DAY)
    a = _account(database, acc)
    assert (a.balance, a.status) == (D("0.00"), AccountStatus.WRITTEN_OFF)
    with database.ctx.reading() as s:
        assert s.scalar(select(func.sum(WriteOff.amount)).where(WriteOff.account_id == acc)) == D("250.00")
        assert s.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.entity == "write_off")) > 0


def test_more_than_the_balance_or_no_approver_is_refused_and_nothing_changes(database, make_account):
    acc = make_account(balance=D("80.00"))
    with pytest.raises(ValidationError):
        write_offs.write_off(database.ctx, acc, D("80.01"), WriteOffReason.BAD_DEBT, None, "mario", on=DAY)
    with pytest.raises(ValidationError):
        write_offs.write_off(database.ctx, acc, D("10.00"), WriteOffReason.BAD_DEBT, None, "  ", on=DAY)
    with pytest.raises(ValidationError):
        write_offs.write_off(database.ctx, acc, D("0"), WriteOffReason.BAD_DEBT, None, "mario", on=DAY)
    assert _account(database, acc).balance == D("80.00")
    with database.ctx.reading() as s:
        assert s.scalar(select(func.count()).select_from(WriteOff)) == 0


def _make_journal(database, make_account):
    a1 = make_account(balance=D("1234.56"), name="=Evil Formula")
    a2 = make_account(balance=D("99.90"), currency="PLN", name="Jan Nowak")
    write_offs.write_off(database.ctx, a1, D("1000.01"), WriteOffReason.FRAUD, "GL-77", "mario.rossi",
                         on=date(2026, 3, 1))
    write_offs.write_off(database.ctx, a2, None, WriteOffReason.STATUTE_BARRED, "PL-3", "ewa", on=date(2026, 3, 31))
    write_offs.write_off(database.ctx, a1, D("1.00"), WriteOffReason.OTHER, None, "x", on=date(2026, 4, 1))


def test_journal_xlsx_cells_equal_the_database_with_who_approved(database, make_account, tmp_path):
    _make_journal(database, make_account)
    out = tmp_path / "journal.xlsx"
    n = write_offs.write_journal(database.ctx, date(2026, 3, 1), date(2026, 3, 31), out, "xlsx")
    assert n == 2
    with database.ctx.reading() as s:
        db_rows = s.execute(select(WriteOff.amount, WriteOff.currency, WriteOff.approved_by, WriteOff.accounting_ref)
                            .where(WriteOff.written_off_on <= date(2026, 3, 31))
                            .order_by(WriteOff.written_off_on)).all()
    ws = load_workbook(out).active
    rows = list(ws.iter_rows(min_row=2, values_only=True))
    assert len(rows) == 2
    assert [(D(str(r[3])).quantize(D("0.01")), r[4], r[6], r[7]) for r in rows] == [tuple(r) for r in db_rows]
    assert isinstance(rows[0][3], float | int)  # a real number the spreadsheet can sum
    assert rows[0][0].date() == date(2026, 3, 1)
    assert rows[0][2] == "=Evil Formula" and ws.cell(2, 3).data_type == "s"
    assert rows[0][5] == "Fraud" and rows[1][5] == "Statute-barred"
    assert ws.cell(2, 4).number_format == "#,##0.00"


def test_journal_csv_uses_the_language_separator(database, make_account, tmp_path):
    _make_journal(database, make_account)
    out = tmp_path / "journal.csv"
    write_offs.write_journal(database.ctx, date(2026, 3, 1), date(2026, 3, 31), out, "csv", language="de")
    with open(out, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh, delimiter=";"))
    assert len(rows) == 3
    assert rows[1][3] == "1000,01" and rows[1][6] == "mario.rossi" and rows[1][2] == "'=Evil Formula"
    assert rows[2][3:5] == ["99,90", "PLN"]
    out_en = tmp_path / "journal_en.csv"
    write_offs.write_journal(database.ctx, date(2026, 3, 1), date(2026, 3, 31), out_en, "csv", language="en")
    with open(out_en, encoding="utf-8-sig", newline="") as fh:
        assert list(csv.reader(fh))[1][3] == "1000.01"
