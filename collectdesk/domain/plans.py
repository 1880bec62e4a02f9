"""Payment plan arithmetic: a schedule of installments that sums to the cent (docs/payment-plans.md).

Pure: no database, no widgets. Money is Decimal, rounded half up to the cent at every row; the last
installment takes whatever rounding is left, so the installments add up exactly to what is owed.

    plan_schedule(Decimal("1000.00"), frequency=PlanFrequency.MONTHLY, first_due=date(2028, 1, 31), count=3)
    -> rows 333.33 (31 Jan), 333.33 (29 Feb), 333.34 (31 Mar); total_payable 1000.00
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_CEILING, Decimal

from PySide6.QtCore import QCoreApplication

from collectdesk.domain.enums import PlanFrequency
from collectdesk.domain.errors import ValidationError
from collectdesk.domain.periods import add_months  # noqa: F401  (re-exported: plans.add_months)
from collectdesk.domain.money import to_cents

ZERO = Decimal("0.00")
MAX_INSTALLMENTS = 360
PERIODS_PER_YEAR = {PlanFrequency.WEEKLY: 52, PlanFrequency.FORTNIGHTLY: 26, PlanFrequency.MONTHLY: 12}


@dataclass(frozen=True, slots=True)
class ScheduleRow:
    seq: int            # 0 is the down payment (when there is one), 1.. the installments
    due_date: date
    amount: Decimal     # what the debtor pays: principal + interest
    principal: Decimal
    interest: Decimal


@dataclass(frozen=True, slots=True)
class Schedule:
    rows: list[ScheduleRow]
    total_payable: Decimal   # sum of every row's amount (down payment included)

    @property
    def installments(self) -> list[ScheduleRow]:
        return [r for r in self.rows if r.seq > 0]

    @property
    def interest(self) -> Decimal:
        return sum((r.interest for r in self.rows), ZERO)


def due_date(first_due: date, frequency: PlanFrequency, index: int) -> date:
    """The due date of installment `index` (0 is the first). Months count from the FIRST due date's day,
    so 31 January gives 29 February (leap year) and then 31 March, not 29 March."""
    frequency = PlanFrequency(frequency)
    if frequency is PlanFrequency.WEEKLY:
        return first_due + timedelta(days=7 * index)
    if frequency is PlanFrequency.FORTNIGHTLY:
        return first_due + timedelta(days=14 * index)
    return add_months(first_due, index)


def _err(text: str) -> ValidationError:
    return ValidationError(QCoreApplication.translate("Plans", text))


def _money(value, name_error: str) -> Decimal:
    if isinstance(value, float) or not isinstance(value, (Decimal, int)):
        raise _err(name_error)
    return to_cents(Decimal(value))


def period_rate(annual_interest_pct: Decimal | None, frequency: PlanFrequency) -> Decimal:
    """The interest rate of one period: the yearly percentage / 100 / periods per year (12, 26 or 52)."""
    if not annual_interest_pct:
        return Decimal(0)
    return Decimal(annual_interest_pct) / Decimal(100) / PERIODS_PER_YEAR[PlanFrequency(frequency)]


def annuity_payment(principal: Decimal, rate: Decimal, count: int) -> Decimal:
    """The level payment that repays `principal` in `count` periods at `rate` per period:
    A = P * r / (1 - (1 + r) ** -n); with r = 0, A = P / n. Rounded to the cent."""
    if rate == 0:
        return to_cents(principal / count)
    return to_cents(principal * rate / (1 - (1 + rate) ** -count))


def _count_for_installment(principal: Decimal, rate: Decimal, installment: Decimal) -> int:
    """How many installments of (at most) `installment` repay `principal` at `rate` per period."""
    if rate == 0:
        return int((principal / installment).to_integral_value(rounding=ROUND_CEILING))
    if installment <= to_cents(principal * rate):
        raise _err("The installment does not even cover the interest of one period; choose a larger amount.")
    n = 0
    balance = principal
    while balance > 0:
        n += 1
        if n > MAX_INSTALLMENTS:
            break
        balance -= installment - to_cents(balance * rate)
    return n


def plan_schedule(total: Decimal, *, frequency: PlanFrequency, first_due: date, count: int | None = None,
                  installment: Decimal | None = None, down_payment: Decimal = ZERO,
                  annual_interest_pct: Decimal | None = None, fee: Decimal = ZERO,
                  down_payment_due: date | None = None) -> Schedule:
    """The installments of a plan for `total` (the amount owed).

    Give either `count` (how many installments) or `installment` (the amount of each; the count
    follows). A down payment is row 0, due on `down_payment_due` (default: the first due date); the
    fee is added to the amount financed; interest is an annuity on the declining balance (each row's
    interest = the balance before it x the period rate, to the cent). The last installment repays
    whatever balance is left, so principal sums to the amount financed exactly.
    """
    try:
        frequency = PlanFrequency(frequency)
    except ValueError:
        raise _err("Choose how often the installments fall due: weekly, fortnightly or monthly.") from None
    total = _money(total, "The plan amount must be an amount of money.")
    down = _money(down_payment or 0, "The down payment must be an amount of money.")
    fee = _money(fee or 0, "The fee must be an amount of money.")
    if total <= 0:
        raise _err("The plan amount must be greater than zero.")
    if down < 0 or down >= total:
        raise _err("The down payment must be at least zero and less than the plan amount.")
    if fee < 0:
        raise _err("The fee cannot be negative.")
    if (count is None) == (installment is None):
        raise _err("Give either the number of installments or the installment amount, not both.")
    rate_pct = Decimal(0)
    if annual_interest_pct not in (None, ""):
        if isinstance(annual_interest_pct, float):
            raise _err("The interest rate must be a number between 0 and 100.")
        rate_pct = Decimal(annual_interest_pct)
        if not rate_pct.is_finite() or rate_pct < 0 or rate_pct > 100:
            raise _err("The interest rate must be a number between 0 and 100.")
    rate = period_rate(rate_pct, frequency)
    financed = total - down + fee
    if count is not None:
        if not isinstance(count, int) or count < 1 or count > MAX_INSTALLMENTS:
            raise ValidationError(QCoreApplication.translate(
                "Plans", "The number of installments must be between 1 and {most}.").format(most=MAX_INSTALLMENTS))
        level = annuity_payment(financed, rate, count)
    else:
        level = _money(installment, "The installment must be an amount of money.")
        if level <= 0:
            raise _err("The installment amount must be greater than zero.")
        count = _count_for_installment(financed, rate, level)
        if count > MAX_INSTALLMENTS:
            raise ValidationError(QCoreApplication.translate(
                "Plans", "That installment would take more than {most} installments; choose a larger amount.")
                .format(most=MAX_INSTALLMENTS))
    rows: list[ScheduleRow] = []
    if down > 0:
        rows.append(ScheduleRow(0, down_payment_due or first_due, down, down, ZERO))
    balance = financed
    for i in range(count):
        interest = to_cents(balance * rate)
        principal = balance if i == count - 1 else min(balance, level - interest)
        balance -= principal
        rows.append(ScheduleRow(i + 1, due_date(first_due, frequency, i), principal + interest, principal, interest))
    if any(r.amount <= 0 for r in rows):
        raise _err("The amount is too small for that many installments.")
    return Schedule(rows=rows, total_payable=sum((r.amount for r in rows), ZERO))
