"""Collection KPIs: one pure definition of each figure (see docs/kpis.md and research KPIS.md).

Rules shared by every function here:

* Inputs are ``int`` counts or ``Decimal`` amounts. ``float`` (and ``bool``) raise ``TypeError``;
  NaN/infinite Decimals raise ``ValueError``. Negative counts/amounts raise ``ValueError``.
* Rates are ``Decimal`` percentages rounded half-up to one decimal place (``Decimal("40.0")``).
* A zero denominator gives ``None`` ("undefined"), never ``0`` and never a ZeroDivisionError.
* Money results are ``Decimal`` rounded half-up to the cent.

No Qt, no SQLAlchemy: the services layer counts, this module divides.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, localcontext
from typing import Literal

from collectdesk.domain.enums import PromiseStatus

Number = int | Decimal
Unit = Literal["percent", "money", "count"]

ONE_DP = Decimal("0.1")
CENT = Decimal("0.01")
HUNDRED = Decimal(100)
THOUSAND = Decimal(1000)
# Enough digits that the quotient is exact or far below the rounding step before we round half-up.
_PRECISION = 60


def _dec(value: object, name: str) -> Decimal:
    """Validate one input: int or finite Decimal; float, bool and everything else are rejected."""
    if isinstance(value, bool) or not isinstance(value, (int, Decimal)):
        raise TypeError(f"{name} must be int or Decimal, not {type(value).__name__}")
    d = Decimal(value)
    if not d.is_finite():
        raise ValueError(f"{name} must be finite, got {value!r}")
    return d


def _non_negative(value: object, name: str) -> Decimal:
    d = _dec(value, name)
    if d < 0:
        raise ValueError(f"{name} must not be negative, got {value!r}")
    return d


def _scaled_ratio(numerator: Decimal, denominator: Decimal, scale: Decimal, step: Decimal) -> Decimal | None:
    if denominator == 0:
        return None
    with localcontext() as ctx:
        ctx.prec = _PRECISION
        return (numerator * scale / denominator).quantize(step, rounding=ROUND_HALF_UP)


def rate(numerator: Number, denominator: Number) -> Decimal | None:
    """Percentage = numerator / denominator * 100, rounded half-up to 1 dp.

    Returns ``None`` when ``denominator`` is zero (the rate is undefined, not 0%).
    Signs are not checked here (the KPI functions below check them); the division is done
    at 60 significant digits so that half-up rounding is applied to the true quotient.
    """
    return _scaled_ratio(_dec(numerator, "numerator"), _dec(denominator, "denominator"), HUNDRED, ONE_DP)


def rpc_rate(right_party_contacts: int, outbound_call_attempts: int) -> Decimal | None:
    """Right-party contact rate = RPCs / outbound call attempts * 100.

    Numerator: outbound calls whose outcome is in ``RIGHT_PARTY_OUTCOMES`` (a conversation with the
    debtor themself: RPC, promise to pay, refused, dispute). Denominator: all outbound calls dialled.
    Chosen: the "÷ total outbound calls dialled" definition (callcentrehelper, Oracle "RPC in
    percent") over RPC ÷ connects or RPC per agent-hour, because it needs no dialer/time data and
    is the headline figure most sources quote.
    """
    return rate(_non_negative(right_party_contacts, "right_party_contacts"),
                _non_negative(outbound_call_attempts, "outbound_call_attempts"))


def contact_rate(answered: int, attempts: int) -> Decimal | None:
    """Contact (connect) rate = calls answered by anyone / calls attempted * 100.

    Numerator: attempts answered by any person (right party or third party / wrong number).
    Denominator: call attempts. Always >= the RPC rate over the same attempts. Sources agree.
    """
    return rate(_non_negative(answered, "answered"), _non_negative(attempts, "attempts"))


def ptp_rate(promises_made: int, right_party_contacts: int) -> Decimal | None:
    """Promise-to-pay rate = promises obtained / right-party contacts * 100.

    Numerator: promises to pay recorded in the period. Denominator: right-party contacts.
    Chosen: RPC denominator (delightcorp) rather than all contacts or outbound calls, because a
    promise can only come from a conversation with the debtor: the figure then measures the
    collector's negotiation, not the dialer's reach (which ``rpc_rate`` already measures).
    """
    return rate(_non_negative(promises_made, "promises_made"),
                _non_negative(right_party_contacts, "right_party_contacts"))


@dataclass(frozen=True, slots=True)
class PromiseTally:
    """Promises counted by status, with the promised amounts (Decimal)."""

    kept: int = 0
    partial: int = 0
    broken: int = 0
    pending: int = 0
    cancelled: int = 0
    kept_amount: Decimal = Decimal(0)
    due_amount: Decimal = Decimal(0)

    @property
    def fell_due(self) -> int:
        """Promises that fell due: kept + partial + broken (pending and cancelled left out)."""
        return self.kept + self.partial + self.broken


def tally_promises(promises: Iterable[tuple[PromiseStatus, Decimal]]) -> PromiseTally:
    """Count ``(status, promised amount)`` pairs for the kept-rate functions.

    ``due_amount`` sums the promised amounts of kept, partial and broken promises; ``kept_amount``
    only of kept ones. Pending (not yet due) and cancelled promises are counted but excluded from
    both amounts.
    """
    counts = {s: 0 for s in PromiseStatus}
    kept_amount = Decimal(0)
    due_amount = Decimal(0)
    for status, amount in promises:
        status = PromiseStatus(status)
        amount = _non_negative(amount, "amount")
        counts[status] += 1
        if status in (PromiseStatus.KEPT, PromiseStatus.PARTIAL, PromiseStatus.BROKEN):
            due_amount += amount
            if status is PromiseStatus.KEPT:
                kept_amount += amount
    return PromiseTally(
        kept=counts[PromiseStatus.KEPT],
        partial=counts[PromiseStatus.PARTIAL],
        broken=counts[PromiseStatus.BROKEN],
        pending=counts[PromiseStatus.PENDING],
        cancelled=counts[PromiseStatus.CANCELLED],
        kept_amount=kept_amount,
        due_amount=due_amount,
    )


def promise_kept_rate_by_count(kept: int, fell_due: int) -> Decimal | None:
    """PTP kept rate by count = promises kept / promises that fell due in the period * 100.

    Numerator: promises with status KEPT (fully paid by the due date). Denominator: promises whose
    due date fell in the period and are KEPT, PARTIAL or BROKEN (``PromiseTally.fell_due``).
    PENDING and CANCELLED are excluded from the denominator (transformance/catchpole convention);
    PARTIAL counts as not kept, because the source definition is "fully paid by the due date".
    Broken rate = 100 - kept rate.
    """
    k = _non_negative(kept, "kept")
    d = _non_negative(fell_due, "fell_due")
    if k > d:
        raise ValueError(f"kept ({kept}) cannot exceed fell_due ({fell_due})")
    return rate(k, d)


def promise_kept_rate_by_amount(kept_amount: Decimal, due_amount: Decimal) -> Decimal | None:
    """PTP kept rate by amount = promised amount of kept promises / promised amount fallen due * 100.

    Numerator: sum of the promised amounts of KEPT promises. Denominator: sum of the promised
    amounts of KEPT + PARTIAL + BROKEN promises that fell due in the period. PENDING and
    CANCELLED are excluded; a PARTIAL promise contributes nothing to the numerator (same "fully
    paid" rule as the count rate), so money received on partial promises is not credited here.
    """
    k = _non_negative(kept_amount, "kept_amount")
    d = _non_negative(due_amount, "due_amount")
    if k > d:
        raise ValueError(f"kept_amount ({kept_amount}) cannot exceed due_amount ({due_amount})")
    return rate(k, d)


def followup_rate(followed_up: int, broken: int) -> Decimal | None:
    """Broken-promise follow-up rate = broken promises followed up within N days / broken promises * 100.

    Numerator: promises that fell due in the period, are BROKEN, and whose account had any activity
    (by anyone, any channel) on one of the N days after the due date. Denominator: BROKEN promises that
    fell due in the period. N is a department setting (``scorecard.followup_days``, default 3).
    Not in KPIS.md: defined here because the issue asks for it; "any activity" rather than "a contact"
    because a letter or an unanswered call is still the follow-up the supervisor expects.
    """
    f = _non_negative(followed_up, "followed_up")
    b = _non_negative(broken, "broken")
    if f > b:
        raise ValueError(f"followed_up ({followed_up}) cannot exceed broken ({broken})")
    return rate(f, b)


def attainment(collected: Decimal, target: Decimal | None) -> Decimal | None:
    """Target attainment = collected / target * 100 (may exceed 100).

    Numerator: amount collected in the period (may be negative after refunds/reversals).
    Denominator: the collection target for the period. ``None`` when there is no target or it is
    zero. A negative target raises ``ValueError``.
    """
    c = _dec(collected, "collected")
    if target is None:
        return None
    return rate(c, _non_negative(target, "target"))


def average_collected_per_rpc(collected: Decimal, rpc: int) -> Decimal | None:
    """Average collected per RPC = amount collected / right-party contacts, money to the cent.

    Numerator: amount collected in the period. Denominator: right-party contacts in the period.
    Rounded half-up to 2 dp; ``None`` when there were no RPCs.
    """
    return _scaled_ratio(_dec(collected, "collected"), _non_negative(rpc, "rpc"), Decimal(1), CENT)


def per_thousand_contacts(count: int, contacts: int) -> Decimal | None:
    """Events per 1,000 contacts = count / contacts * 1000, rounded half-up to 1 dp.

    E.g. complaints per 1,000 contacts. Numerator: events (complaints) in the period.
    Denominator: contacts (answered calls) in the period. ``None`` when there were no contacts.
    """
    return _scaled_ratio(_non_negative(count, "count"), _non_negative(contacts, "contacts"), THOUSAND, ONE_DP)


def collection_effectiveness_index(
    beginning_receivables: Decimal,
    credit_sales: Decimal,
    ending_total_receivables: Decimal,
    ending_current_receivables: Decimal,
    months: int = 1,
) -> Decimal | None:
    """CEI = (B + S/N - ET) / (B + S/N - EC) * 100.

    B = beginning receivables, S = credit sales (new balances placed/billed) in the period,
    ET = ending total receivables, EC = ending current (not past due) receivables, N = ``months``.
    Numerator: what was collected. Denominator: what was collectible (everything except what is
    still current). 100 = everything collectible was collected.
    Chosen: the creditguru/gaviti formula, i.e. ``months=1`` (the default): use it for a one-month
    period, or for a longer period with S as the whole period's sales. ``months=N`` gives the Oracle
    variant with monthly credit sales S/N. ``None`` when the denominator is zero; ``ValueError``
    when it is negative or EC > ET (inconsistent data).
    """
    b = _non_negative(beginning_receivables, "beginning_receivables")
    s = _non_negative(credit_sales, "credit_sales")
    et = _non_negative(ending_total_receivables, "ending_total_receivables")
    ec = _non_negative(ending_current_receivables, "ending_current_receivables")
    if isinstance(months, bool) or not isinstance(months, int):
        raise TypeError("months must be int")
    if months < 1:
        raise ValueError("months must be >= 1")
    if ec > et:
        raise ValueError("ending current receivables cannot exceed ending total receivables")
    with localcontext() as ctx:
        ctx.prec = _PRECISION
        collectible = b + s / months
        numerator = collectible - et
        denominator = collectible - ec
    if denominator < 0:
        raise ValueError("CEI denominator is negative: ending current receivables exceed B + S/N")
    return _scaled_ratio(numerator, denominator, HUNDRED, ONE_DP)


def roll_rate(balance_in_next_bucket_now: Number, balance_in_bucket_last_period: Number) -> Decimal | None:
    """Roll rate (bucket n -> n+1) = balance in bucket n+1 now / balance in bucket n last period * 100.

    Numerator: balance (or account count) in the next aging bucket at month t. Denominator:
    balance (or count) in bucket n at month t-1. Works for both; the caller picks one and uses it
    on both sides. Example (Investopedia): 40M at 31-60 in March / 100M at 1-30 in February = 40.0.
    Lower is better.
    """
    return rate(_non_negative(balance_in_next_bucket_now, "balance_in_next_bucket_now"),
                _non_negative(balance_in_bucket_last_period, "balance_in_bucket_last_period"))


def cure_rate(cured: Number, delinquent_at_start: Number) -> Decimal | None:
    """Cure rate = delinquent-at-start that became current / delinquent at period start * 100.

    Numerator: accounts (or balance) delinquent at the period start that were current at its end.
    Denominator: accounts (or balance) delinquent at the period start. Accounts that became
    delinquent during the period are not in either side. Standard general form (KPIS.md).
    """
    c = _non_negative(cured, "cured")
    d = _non_negative(delinquent_at_start, "delinquent_at_start")
    if c > d:
        raise ValueError("cured cannot exceed delinquent_at_start")
    return rate(c, d)


def liquidation_rate(collected: Decimal, placed: Decimal) -> Decimal | None:
    """Liquidation rate = amount collected / amount placed * 100.

    Numerator: amount collected on a placement cohort. Denominator: amount placed (listed) for the
    same cohort. Chosen: same-cohort denominator (bizfluent/thslawfirm) rather than OpsDog's "new
    business placed in the same period", because it does not mix collections on old placements
    with new placements. Example: 15,000 / 100,000 = 15.0.
    """
    return rate(_non_negative(collected, "collected"), _non_negative(placed, "placed"))


@dataclass(frozen=True, slots=True)
class KpiDefinition:
    """How a figure is computed, for display next to it (no titles: the UI translates those)."""

    key: str
    formula: str
    numerator: str
    denominator: str
    unit: Unit
    higher_is_better: bool


_DEFINITIONS = (
    KpiDefinition("rpc_rate", "right-party contacts / outbound call attempts x 100",
                  "outbound calls with a right-party outcome", "outbound call attempts", "percent", True),
    KpiDefinition("contact_rate", "answered calls / call attempts x 100",
                  "calls answered by anyone", "call attempts", "percent", True),
    KpiDefinition("ptp_rate", "promises to pay / right-party contacts x 100",
                  "promises to pay obtained", "right-party contacts", "percent", True),
    KpiDefinition("promise_kept_rate_by_count", "kept promises / promises fallen due x 100",
                  "promises kept in full", "kept + partial + broken promises that fell due (pending, cancelled excluded)",
                  "percent", True),
    KpiDefinition("promise_kept_rate_by_amount", "amount of kept promises / amount of promises fallen due x 100",
                  "promised amount of kept promises", "promised amount of kept + partial + broken promises that fell due",
                  "percent", True),
    KpiDefinition("followup_rate", "broken promises followed up within N days / broken promises x 100",
                  "broken promises whose account had any activity in the N days after the due date",
                  "promises that fell due in the period and are broken", "percent", True),
    KpiDefinition("attainment", "collected / target x 100",
                  "amount collected", "collection target", "percent", True),
    KpiDefinition("average_collected_per_rpc", "collected / right-party contacts",
                  "amount collected", "right-party contacts", "money", True),
    KpiDefinition("complaints_per_thousand_contacts", "complaints / contacts x 1000",
                  "complaints", "contacts", "count", False),
    KpiDefinition("collection_effectiveness_index",
                  "(beginning receivables + credit sales - ending total receivables) / "
                  "(beginning receivables + credit sales - ending current receivables) x 100",
                  "beginning receivables + credit sales - ending total receivables",
                  "beginning receivables + credit sales - ending current receivables", "percent", True),
    KpiDefinition("roll_rate", "balance in bucket n+1 now / balance in bucket n last period x 100",
                  "balance in the next bucket this period", "balance in the bucket last period", "percent", False),
    KpiDefinition("cure_rate", "delinquent at start now current / delinquent at start x 100",
                  "accounts delinquent at period start that became current", "accounts delinquent at period start",
                  "percent", True),
    KpiDefinition("liquidation_rate", "collected / placed x 100",
                  "amount collected on the placement cohort", "amount placed in the cohort", "percent", True),
)

KPIS: dict[str, KpiDefinition] = {d.key: d for d in _DEFINITIONS}
