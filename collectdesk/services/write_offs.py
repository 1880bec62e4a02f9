"""Write-offs: lowering a balance that will not be collected, and the journal accounting books from it.

A write-off takes part or all of the open balance (never more); when nothing is left the account is
written off (or settled, when the reason is a settlement). The journal lists every write-off in a period
as lines for accounting: date, account, debtor, amount, currency, reason, approved by, reference.
"""

from __future__ import annotations

import csv
import os
import uuid
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from sqlalchemy import select
from sqlalchemy.orm import Session

from collectdesk.domain.enums import AccountStatus, WriteOffReason
from collectdesk.domain.errors import ValidationError
from collectdesk.domain.money import to_cents
from collectdesk.services.context import ServiceContext, load
from collectdesk.store.models import Account, Debtor, WriteOff


def reason_label(reason: WriteOffReason) -> str:
    """The reason in the user's words (the journal's 'reason' column)."""
    return {
        WriteOffReason.BAD_DEBT: QCoreApplication.translate("WriteOffs", "Uncollectable"),
        WriteOffReason.SETTLEMENT: QCoreApplication.translate("WriteOffs", "Settlement"),
        WriteOffReason.DECEASED: QCoreApplication.translate("WriteOffs", "Deceased"),
        WriteOffReason.BANKRUPTCY: QCoreApplication.translate("WriteOffs", "Bankrupt"),
        WriteOffReason.STATUTE_BARRED: QCoreApplication.translate("WriteOffs", "Statute-barred"),
        WriteOffReason.UNECONOMIC: QCoreApplication.translate("WriteOffs", "Small balance"),
        WriteOffReason.FRAUD: QCoreApplication.translate("WriteOffs", "Fraud"),
        WriteOffReason.OTHER: QCoreApplication.translate("WriteOffs", "Other"),
    }[WriteOffReason(reason)]


def write_off_in(s: Session, account: Account, amount: Decimal | None, reason: WriteOffReason, *,
                 approved_by: str, accounting_ref: str | None, on: date, note: str | None = None,
                 escalation_id: uuid.UUID | None = None) -> WriteOff:
    """Within a transaction: write off `amount` (None: the whole balance) of `account`."""
    if not approved_by or not approved_by.strip():
        raise ValidationError(QCoreApplication.translate("WriteOffs", "A write-off needs the name of who approved it."))
    try:
        reason = WriteOffReason(reason)
    except ValueError:
        raise ValidationError(QCoreApplication.translate("WriteOffs", "Choose a reason for the write-off.")) from None
    if amount is None:
        amount = account.balance
    if not isinstance(amount, Decimal) or to_cents(amount) <= 0:
        raise ValidationError(QCoreApplication.translate(
            "WriteOffs", "The amount to write off must be greater than zero."))
    amount = to_cents(amount)
    if amount > account.balance:
        raise ValidationError(QCoreApplication.translate(
            "WriteOffs", "Only the open balance ({balance}) can be written off.").format(
            balance=f"{account.balance} {account.currency}"))
    entry = WriteOff(account_id=account.id, amount=amount, currency=account.currency, reason=reason,
                     written_off_on=on, approved_by=approved_by.strip()[:64], note=note,
                     escalation_id=escalation_id, accounting_ref=accounting_ref or None)
    s.add(entry)
    account.balance = account.balance - amount
    if account.balance == 0:
        account.status = AccountStatus.SETTLED if reason is WriteOffReason.SETTLEMENT else AccountStatus.WRITTEN_OFF
    s.flush()
    return entry


def write_off(ctx: ServiceContext, account_id: uuid.UUID, amount: Decimal | None, reason: WriteOffReason,
              accounting_ref: str | None, approved_by: str, note: str | None = None,
              escalation_id: uuid.UUID | None = None, *, on: date | None = None,
              expected_version: int | None = None) -> uuid.UUID:
    """Write off part (`amount`) or all (None) of an account's balance. Returns the write-off's id."""
    with ctx.transaction() as s:
        account = load(s, Account, account_id, expected_version=expected_version, label=str(account_id))
        return write_off_in(s, account, amount, reason, approved_by=approved_by, accounting_ref=accounting_ref,
                            on=on or date.today(), note=note, escalation_id=escalation_id).id


@dataclass(frozen=True, slots=True)
class JournalLine:
    written_off_on: date
    account_no: str
    debtor: str
    amount: Decimal
    currency: str
    reason: WriteOffReason
    approved_by: str
    accounting_ref: str | None


def journal_lines(ctx: ServiceContext, start: date, end: date) -> list[JournalLine]:
    """Every write-off dated from `start` to `end` (both included), oldest first."""
    with ctx.reading() as s:
        rows = s.execute(
            select(WriteOff.written_off_on, Account.account_no, Debtor.name, WriteOff.amount, WriteOff.currency,
                   WriteOff.reason, WriteOff.approved_by, WriteOff.accounting_ref)
            .join(Account, Account.id == WriteOff.account_id).join(Debtor, Debtor.id == Account.debtor_id)
            .where(WriteOff.written_off_on >= start, WriteOff.written_off_on <= end)
            .order_by(WriteOff.written_off_on, Account.account_no, WriteOff.created_at)).all()
    return [JournalLine(*r) for r in rows]


def journal_headers() -> list[str]:
    return [QCoreApplication.translate("WriteOffs", "Date"), QCoreApplication.translate("WriteOffs", "Account"),
            QCoreApplication.translate("WriteOffs", "Debtor"), QCoreApplication.translate("WriteOffs", "Amount"),
            QCoreApplication.translate("WriteOffs", "Currency"), QCoreApplication.translate("WriteOffs", "Reason"),
            QCoreApplication.translate("WriteOffs", "Approved by"),
            QCoreApplication.translate("WriteOffs", "Accounting reference")]


def _safe_text(text: str) -> str:
    """A debtor's name cannot become a spreadsheet formula."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def write_journal(ctx: ServiceContext, start: date, end: date, path: Path | str, fmt: str = "xlsx",
                  language: str = "en") -> int:
    """Write the write-off journal to `path` as XLSX (real numbers and dates) or CSV (English: "," and a
    decimal point; Italian, Polish, German: ";" and a decimal comma). Returns the number of lines.
    The file appears only when complete."""
    if fmt not in ("xlsx", "csv"):
        raise ValidationError(QCoreApplication.translate("WriteOffs", "Choose XLSX or CSV for the journal."))
    if end < start:
        raise ValidationError(QCoreApplication.translate("WriteOffs", "The period ends before it starts."))
    lines = journal_lines(ctx, start, end)
    path = Path(path)
    tmp = path.with_name(path.name + ".part")
    try:
        if fmt == "xlsx":
            _write_xlsx(lines, tmp)
        else:
            _write_csv(lines, tmp, language)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return len(lines)


def _write_csv(lines: list[JournalLine], tmp: Path, language: str) -> None:
    comma = language in ("it", "pl", "de")
    with open(tmp, "w", newline="", encoding="utf-8-sig") as fh:
        writer = csv.writer(fh, delimiter=";" if comma else ",")
        writer.writerow(journal_headers())
        for ln in lines:
            amount = f"{ln.amount:.2f}"
            writer.writerow([ln.written_off_on.isoformat(), _safe_text(ln.account_no), _safe_text(ln.debtor),
                             amount.replace(".", ",") if comma else amount, ln.currency, reason_label(ln.reason),
                             _safe_text(ln.approved_by), _safe_text(ln.accounting_ref or "")])


def _write_xlsx(lines: list[JournalLine], tmp: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    ws = wb.active
    ws.title = QCoreApplication.translate("WriteOffs", "Write-offs")[:31]
    ws.append(journal_headers())
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for r, ln in enumerate(lines, start=2):
        ws.append([ln.written_off_on, ln.account_no, ln.debtor, ln.amount, ln.currency, reason_label(ln.reason),
                   ln.approved_by, ln.accounting_ref or ""])
        ws.cell(r, 1).number_format = "yyyy-mm-dd"
        ws.cell(r, 4).number_format = "#,##0.00"
        for c in (2, 3, 7, 8):
            ws.cell(r, c).data_type = "s"  # text stays text, even "=..."
    for col, width in zip("ABCDEFGH", (12, 14, 30, 14, 9, 18, 16, 20)):
        ws.column_dimensions[col].width = width
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:H{max(len(lines) + 1, 2)}"
    wb.save(str(tmp))
