"""Plan arithmetic, checked against schedules computed by hand (docs/payment-plans.md)."""

from datetime import date
from decimal import Decimal as D

import pytest

from collectdesk.domain.enums import PlanFrequency
from collectdesk.domain.errors import ValidationError
from collectdesk.domain.plans import plan_schedule

MONTHLY = PlanFrequency.MONTHLY


def test_three_installments_of_1000_put_the_odd_cent_on_the_last():
    s = plan_schedule(D("1000.00"), frequency=MONTHLY, first_due=date(2027, 5, 10), count=3)
    assert [r.amount for r in s.rows] == [D("333.33"), D("333.33"), D("333.34")]
    assert s.total_payable == D("1000.00")
    assert [r.due_date for r in s.rows] == [date(2027, 5, 10), date(2027, 6, 10), date(2027, 7, 10)]


def test_twelve_monthly_from_31_january_of_a_leap_year_roll_over_month_ends():
    s = plan_schedule(D("1234.57"), frequency=MONTHLY, first_due=date(2028, 1, 31), count=12)
    assert [r.due_date for r in s.rows] == [
        date(2028, 1, 31), date(2028, 2, 29), date(2028, 3, 31), date(2028, 4, 30), date(2028, 5, 31),
        date(2028, 6, 30), date(2028, 7, 31), date(2028, 8, 31), date(2028, 9, 30), date(2028, 10, 31),
        date(2028, 11, 30), date(2028, 12, 31)]
    # 1234.57 / 12 = 102.880833 -> 102.88 x 11 = 1131.68; the last takes 102.89
    assert [r.amount for r in s.rows] == [D("102.88")] * 11 + [D("102.89")]
    assert sum(r.amount for r in s.rows) == D("1234.57") == s.total_payable


def test_a_non_leap_february_gets_the_28th():
    s = plan_schedule(D("300.00"), frequency=MONTHLY, first_due=date(2027, 1, 31), count=3)
    assert [r.due_date for r in s.rows] == [date(2027, 1, 31), date(2027, 2, 28), date(2027, 3, 31)]


def test_interest_is_an_annuity_on_the_declining_balance():
    # 12 % a year, monthly: r = 0.01. A = 1000 x 0.01 / (1 - 1.01^-3) = 340.0221 -> 340.02
    # row 1: interest 1000.00 x 0.01 = 10.00, principal 330.02, balance 669.98
    # row 2: interest 6.6998 -> 6.70, principal 333.32, balance 336.66
    # row 3: interest 3.3666 -> 3.37, principal 336.66 (all that is left), amount 340.03
    s = plan_schedule(D("1000.00"), frequency=MONTHLY, first_due=date(2027, 1, 15), count=3,
                      annual_interest_pct=D("12"))
    assert [(r.amount, r.principal, r.interest) for r in s.rows] == [
        (D("340.02"), D("330.02"), D("10.00")), (D("340.02"), D("333.32"), D("6.70")),
        (D("340.03"), D("336.66"), D("3.37"))]
    assert s.total_payable == D("1020.07")
    assert sum(r.principal for r in s.rows) == D("1000.00")


def test_weekly_and_fortnightly_step_by_seven_and_fourteen_days():
    w = plan_schedule(D("100.00"), frequency=PlanFrequency.WEEKLY, first_due=date(2027, 12, 27), count=3)
    assert [r.due_date for r in w.rows] == [date(2027, 12, 27), date(2028, 1, 3), date(2028, 1, 10)]
    f = plan_schedule(D("100.00"), frequency=PlanFrequency.FORTNIGHTLY, first_due=date(2028, 2, 20), count=2)
    assert [r.due_date for r in f.rows] == [date(2028, 2, 20), date(2028, 3, 5)]


def test_installment_amount_mode_fills_up_and_leaves_the_rest_to_the_last():
    s = plan_schedule(D("1000.00"), frequency=PlanFrequency.WEEKLY, first_due=date(2027, 3, 1),
                      installment=D("300"))
    assert [r.amount for r in s.rows] == [D("300.00"), D("300.00"), D("300.00"), D("100.00")]


def test_down_payment_and_fee():
    # 1000 - 200 down + 10 fee = 810 financed over 4: 202.50 each
    s = plan_schedule(D("1000.00"), frequency=MONTHLY, first_due=date(2027, 3, 1), count=4,
                      down_payment=D("200.00"), fee=D("10.00"))
    assert [(r.seq, r.amount) for r in s.rows] == [(0, D("200.00"))] + [(i, D("202.50")) for i in range(1, 5)]
    assert s.total_payable == D("1010.00")


@pytest.mark.parametrize("kwargs", [
    dict(total=D("0")), dict(total=D("-5")), dict(count=0), dict(count=None),
    dict(count=3, installment=D("10")), dict(down_payment=D("1000.00")), dict(fee=D("-1")),
    dict(annual_interest_pct=D("-1")), dict(annual_interest_pct=D("101")), dict(total=100.0),
    dict(frequency="daily"), dict(count=None, installment=D("1.00"), annual_interest_pct=D("100")),
    dict(total=D("0.05"), count=10),
])
def test_invalid_input_is_refused_with_a_message(kwargs):
    args = dict(total=D("1000.00"), frequency=MONTHLY, first_due=date(2027, 1, 1), count=3) | kwargs
    with pytest.raises(ValidationError) as err:
        plan_schedule(args.pop("total"), **args)
    assert err.value.message
