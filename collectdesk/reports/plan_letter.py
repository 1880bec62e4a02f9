"""The letter that confirms an approved payment plan to the debtor, as a printable PDF in the debtor's language.

    write_plan_letter(ctx, plan_id, path, language=None, page_size="A4")   # None: letter_language(...)
    letter_language(ctx, plan_id)                                           # the debtor's, if en/it/pl/de

Layout (A4 or Letter): the department's letterhead top right; a return line and the debtor's name and
postal address where a window envelope shows them (50 mm from the top, 85 mm wide); place and date in the
letter language's long date format, the reference (account number, creditor, creditor's reference); the
subject; the plan at a glance (amount covered, down payment, interest, fee, total to pay, number and
frequency of installments, installment amount, first and last due date); the schedule (no., due date,
amount; a total row that is the sum of the rows, to the cent), repeating its header on every page; how to
pay; what happens when an installment is missed (grace period, MISSES_TO_BREAK); who approved the plan;
closing and signature. "Page n of m" and the reference only when the letter runs over one page.

Department settings read (services/department_settings.get_setting; none is in DEFAULTS, so each reads as
empty until saved): "letters.sender" (department name first, then address and contact lines),
"letters.place" (the town before the date) and "letters.payment_details" (bank account lines). With no
payment details the letter asks for the account number as the payment reference only.

Language: like the other PDFs the letter has its own translator (`LetterLanguage`, an evaluation_pdf.
PdfLanguage never installed in the application, so the window keeps its language; safe in a worker).
The texts are literal `say("PlanLetter", ...)` calls where `say` is first bound to
QCoreApplication.translate: translations/update.py reads such an alias as QCoreApplication.translate, so
lupdate extracts them (plurals too), while at run time `say` is the letter language's translate.
Money is the letter language's currency format with a symbol (1.234,56 €, 1 234,56 zł, €1,234.56),
always grouped in thousands, so the amounts in the schedule's column read evenly.
"""

from __future__ import annotations

import os
import tempfile
import uuid
from dataclasses import dataclass
from datetime import date, datetime, timezone
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale
from sqlalchemy import select

from collectdesk import i18n
from collectdesk.domain.enums import PlanFrequency, PlanStatus
from collectdesk.domain.errors import NotFoundError, ValidationError
from collectdesk.reports.evaluation_pdf import PAGE_SIZES, PdfLanguage
from collectdesk.services.context import ServiceContext, load
from collectdesk.services.department_settings import setting
from collectdesk.services.plans import MISSES_TO_BREAK
from collectdesk.store.models import Account, Debtor, PaymentPlan

ZERO = Decimal("0.00")
PRINTABLE = (PlanStatus.ACTIVE, PlanStatus.ON_TRACK, PlanStatus.MISSED, PlanStatus.COMPLETED)
# a symbol where one is understood everywhere; other currencies print their ISO code unless the letter's
# language is the currency's home (Polish: zł)
SYMBOLS = {"EUR": "€", "GBP": "£"}


@dataclass(frozen=True, slots=True)
class LetterRow:
    seq: int            # 0 is the down payment
    due_date: date
    amount: Decimal


@dataclass(frozen=True, slots=True)
class PlanLetterData:
    """Everything the letter prints, read in one session (the rendering needs no database)."""
    plan_id: uuid.UUID
    status: PlanStatus
    debtor_name: str
    debtor_address: str
    debtor_language: str
    debtor_country: str
    account_no: str
    creditor: str
    creditor_ref: str
    currency: str
    total_amount: Decimal       # the debt the plan covers (without interest and fee)
    down_payment: Decimal
    fee: Decimal
    interest_rate_pct: Decimal | None
    frequency: PlanFrequency
    installment_count: int
    grace_days: int
    approved_by: str
    approved_on: date | None
    rows: list[LetterRow]
    sender: str
    place: str
    payment_details: str

    @property
    def payable(self) -> Decimal:
        return sum((r.amount for r in self.rows), ZERO)

    @property
    def interest(self) -> Decimal:
        return self.payable - self.total_amount - self.fee

    @property
    def installments(self) -> list[LetterRow]:
        return [r for r in self.rows if r.seq > 0]


class LetterLanguage(PdfLanguage):
    """PdfLanguage plus plurals, currency symbols and the long date of a letter. With the debtor's country,
    the formats are that country's where Qt knows the pair (English in Ireland: 31/01/2027, not 1/31/2027;
    German in Austria: € 1 234,56)."""

    def __init__(self, code: str, country: str | None = None):
        super().__init__(code)
        if country:
            name = f"{self.code}_{country.strip().upper()}"
            local = QLocale(name)
            if local.name() == name:
                self.locale = local

    def translate(self, context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        out = self._translator.translate(context, text, disambiguation, n) if self._loaded else ""
        out = out or text
        return out.replace("%n", self.locale.toString(n)) if n >= 0 else out

    def grouped(self, value: Decimal) -> str:
        """1.234,56 / 1 234,56 / 1,234.56: thousands always grouped (QLocale leaves 1234 alone in it/pl)."""
        whole, _, frac = f"{abs(value).quantize(Decimal('0.01')):f}".partition(".")
        groups = []
        while len(whole) > 3:
            groups.insert(0, whole[-3:])
            whole = whole[:-3]
        groups.insert(0, whole)
        sign = "-" if value < 0 else ""
        return f"{sign}{self.locale.groupSeparator().join(groups)}{self.locale.decimalPoint()}{frac}"

    def money(self, amount: Decimal, currency: str) -> str:
        code = self.locale.currencySymbol(QLocale.CurrencySymbolFormat.CurrencyIsoCode)
        symbol = self.locale.currencySymbol() if code == currency else SYMBOLS.get(currency, currency)
        pattern = self.locale.toCurrencyString(0.0, "\u00a4", 2)   # "¤0.00", "0,00 ¤"
        zero = f"0{self.locale.decimalPoint()}00"
        if symbol.isalpha() and ("\u00a4" + zero in pattern or zero + "\u00a4" in pattern):
            pattern = pattern.replace("\u00a4", "\u00a4\u00a0" if pattern.startswith("\u00a4") else "\u00a0\u00a4")
        return pattern.replace(zero, "\x00").replace("\u00a4", symbol).replace("\x00", self.grouped(amount))

    def long_date(self, value: date) -> str:
        """12. März 2026, 12 marca 2026, March 12, 2026: the long format without the weekday."""
        fmt = self.locale.dateFormat(QLocale.FormatType.LongFormat)
        for weekday in ("dddd, ", "dddd ", ", dddd", "dddd"):
            fmt = fmt.replace(weekday, "")
        return self.locale.toString(value, fmt.strip())

    def rate(self, pct: Decimal) -> str:
        places = max(0, min(3, -pct.normalize().as_tuple().exponent))
        return self.decimal(pct, places)


def _local_day(moment: datetime | None) -> date | None:
    """The day of a stored UTC time at the workstation (SQLite hands it back without a zone)."""
    if moment is None:
        return None
    return (moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)).astimezone().date()


def _language_code(value: str | None) -> str:
    code = (value or "").strip()[:2].lower()
    return code if code in i18n.SUPPORTED else "en"


def letter_data(ctx: ServiceContext, plan_id: uuid.UUID) -> PlanLetterData:
    """The plan, its account and debtor, and the letter settings. Refuses a plan that was never approved
    (proposed) or that has ended without being paid (broken, cancelled)."""
    with ctx.reading() as s:
        plan = load(s, PaymentPlan, plan_id, label=str(plan_id))
        account = s.get(Account, plan.account_id)
        debtor = s.get(Debtor, account.debtor_id)
        if plan.status is PlanStatus.PROPOSED:
            raise ValidationError(QCoreApplication.translate(
                "PlanLetter", "This payment plan has not been approved yet. Approve it first; then the letter "
                              "to the debtor can be printed."))
        if plan.status not in PRINTABLE:
            raise ValidationError(QCoreApplication.translate(
                "PlanLetter", "This payment plan has ended without being paid, so there is no plan to confirm to "
                              "the debtor any more."))
        rows = [LetterRow(i.seq, i.due_date, i.amount) for i in plan.installments]
        data = dict(plan_id=plan.id, status=plan.status, debtor_name=debtor.name,
                    debtor_address=(debtor.address or "").strip(), debtor_language=_language_code(debtor.language),
                    debtor_country=debtor.country or "",
                    account_no=account.account_no, creditor=account.creditor or "",
                    creditor_ref=account.creditor_ref or "", currency=plan.currency, total_amount=plan.total_amount,
                    down_payment=plan.down_payment or ZERO, fee=plan.fee or ZERO,
                    interest_rate_pct=Decimal(plan.interest_rate_pct) if plan.interest_rate_pct else None,
                    frequency=PlanFrequency(plan.frequency), installment_count=plan.installment_count,
                    grace_days=plan.grace_days, approved_by=plan.approved_by or "",
                    approved_on=_local_day(plan.approved_at), rows=rows)
    text = {key: str(setting(ctx, f"letters.{key}") or "").strip() for key in ("sender", "place", "payment_details")}
    return PlanLetterData(**data, sender=text["sender"], place=text["place"], payment_details=text["payment_details"])


def letter_language(ctx: ServiceContext, plan_id: uuid.UUID) -> str:
    """The debtor's language when it is one of en, it, pl, de; otherwise English."""
    with ctx.reading() as s:
        language = s.scalar(select(Debtor.language).join(Account, Account.debtor_id == Debtor.id)
                            .join(PaymentPlan, PaymentPlan.account_id == Account.id).where(PaymentPlan.id == plan_id))
        if language is None and s.get(PaymentPlan, plan_id) is None:
            raise NotFoundError(QCoreApplication.translate("Storage", "The record no longer exists: {what}").format(
                what=str(plan_id)))
    return _language_code(language)


def find_plan(ctx: ServiceContext, key: str) -> uuid.UUID:
    """A plan id, or an account number: that account's latest plan that can get a letter (else its latest)."""
    try:
        return uuid.UUID(key.strip())
    except ValueError:
        pass
    with ctx.reading() as s:
        rows = s.execute(select(PaymentPlan.id, PaymentPlan.status).join(Account, Account.id == PaymentPlan.account_id)
                         .where(Account.account_no == key.strip()).order_by(PaymentPlan.created_at.desc())).all()
    if not rows:
        raise NotFoundError(QCoreApplication.translate(
            "PlanLetter", "No payment plan was found for {key}.").format(key=key))
    return next((r.id for r in rows if r.status in PRINTABLE), rows[0].id)


def write_plan_letter(ctx: ServiceContext, plan_id: uuid.UUID, path: str | Path, *, language: str | None = None,
                      page_size: str = "A4", today: date | None = None) -> Path:
    """Write the letter at `path` (atomically: a finished file or none); returns the path. `language` None
    is the debtor's (letter_language). Import this module lazily (ReportLab costs start-up time)."""
    if page_size not in PAGE_SIZES:
        raise ValueError(f"page size {page_size!r}: one of {PAGE_SIZES}")
    data = letter_data(ctx, plan_id)
    lang = LetterLanguage(language if language else data.debtor_language, country=data.debtor_country)
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(prefix=".~", suffix=".pdf.tmp", dir=folder)
    os.close(fd)
    try:
        from collectdesk.reports.plan_letter_pdf import render_letter

        render_letter(data, lang, tmp, page_size=page_size, today=today or datetime.now(timezone.utc).date())
        os.replace(tmp, target)
        tmp = None
    finally:
        if tmp is not None and os.path.exists(tmp):
            os.unlink(tmp)
    return target
