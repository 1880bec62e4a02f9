"""Pure tests of the collection KPI formulas (collectdesk/domain/kpis.py)."""

from __future__ import annotations

import ast
import inspect
from decimal import Decimal

import pytest

from collectdesk.domain import kpis
from collectdesk.domain.enums import PromiseStatus
from collectdesk.domain.kpis import (
    KPIS,
    attainment,
    average_collected_per_rpc,
    collection_effectiveness_index,
    contact_rate,
    cure_rate,
    liquidation_rate,
    per_thousand_contacts,
    promise_kept_rate_by_amount,
    promise_kept_rate_by_count,
    ptp_rate,
    rate,
    roll_rate,
    rpc_rate,
    tally_promises,
)

D = Decimal


def same(result, expected: str) -> None:
    """Equal and with the same exponent (Decimal("40") == Decimal("40.0"), so check the text)."""
    assert isinstance(result, Decimal)
    assert str(result) == expected


# --- rate and rounding -------------------------------------------------------------------------

def test_rate_is_one_decimal_percentage():
    same(rate(1, 3), "33.3")
    same(rate(2, 3), "66.7")
    same(rate(1, 1), "100.0")
    same(rate(0, 7), "0.0")


@pytest.mark.parametrize(
    ("num", "den", "expected"),
    [
        (1, 16, "6.3"),        # 6.25 -> 6.3 (half-even would give 6.2)
        (1, 400, "0.3"),       # 0.25 -> 0.3 (half-even would give 0.2)
        (D("0.45"), 1, "45.0"),
        (7, 80, "8.8"),        # 8.75 -> 8.8
        (D("6.05"), 100, "6.1"),  # 6.05 exactly -> 6.1 (not a binary-float 6.04999...)
    ],
)
def test_rate_rounds_half_up(num, den, expected):
    same(rate(num, den), expected)


def test_money_rounds_half_up_to_cent():
    same(average_collected_per_rpc(D("0.125"), 1), "0.13")  # half-even would give 0.12
    same(average_collected_per_rpc(D("100"), 3), "33.33")
    same(average_collected_per_rpc(D("200"), 3), "66.67")


@pytest.mark.parametrize(
    "call",
    [
        lambda: rate(5, 0),
        lambda: rate(0, 0),
        lambda: rpc_rate(0, 0),
        lambda: contact_rate(0, 0),
        lambda: ptp_rate(3, 0),
        lambda: promise_kept_rate_by_count(0, 0),
        lambda: promise_kept_rate_by_amount(D("0"), D("0.00")),
        lambda: attainment(D("500"), D("0")),
        lambda: attainment(D("500"), None),
        lambda: average_collected_per_rpc(D("500"), 0),
        lambda: per_thousand_contacts(2, 0),
        lambda: collection_effectiveness_index(D("0"), D("0"), D("0"), D("0")),
        lambda: roll_rate(D("40"), D("0")),
        lambda: cure_rate(0, 0),
        lambda: liquidation_rate(D("0"), D("0")),
    ],
)
def test_zero_denominator_is_undefined_not_zero(call):
    assert call() is None


@pytest.mark.parametrize(
    "call",
    [
        lambda: rate(1.0, 2),
        lambda: rate(1, 2.0),
        lambda: rate(True, 2),
        lambda: rate("1", 2),
        lambda: rpc_rate(1.0, 10),
        lambda: attainment(1000.0, D("1000")),
        lambda: attainment(D("1000"), 1000.0),
        lambda: average_collected_per_rpc(12.5, 1),
        lambda: liquidation_rate(15000.0, D("100000")),
        lambda: roll_rate(D("40"), 100.0),
        lambda: collection_effectiveness_index(D("1"), 0.5, D("1"), D("0")),
        lambda: promise_kept_rate_by_amount(D("1"), 2.0),
        lambda: tally_promises([(PromiseStatus.KEPT, 10.0)]),
    ],
)
def test_float_input_raises_type_error(call):
    with pytest.raises(TypeError):
        call()


def test_negative_and_non_finite_inputs_are_rejected():
    with pytest.raises(ValueError):
        rpc_rate(-1, 10)
    with pytest.raises(ValueError):
        liquidation_rate(D("NaN"), D("100"))
    with pytest.raises(ValueError):
        attainment(D("100"), D("-5"))


def test_results_are_decimal_for_decimal_and_int_inputs():
    assert type(rate(D("1.5"), D("3"))) is Decimal
    assert type(rpc_rate(1, 4)) is Decimal
    assert type(average_collected_per_rpc(D("10"), 4)) is Decimal


# --- worked examples from KPIS.md --------------------------------------------------------------

def test_roll_rate_investopedia_example():
    # $40M at 60 days in March / $100M at 30 days in February = 40%.
    same(roll_rate(D("40000000"), D("100000000")), "40.0")


def test_liquidation_rate_example():
    # $15,000 collected / $100,000 placed = 15%.
    same(liquidation_rate(D("15000"), D("100000")), "15.0")


def test_cei_single_period():
    # B=100,000  S=50,000  ET=90,000  EC=60,000
    # numerator   = 100,000 + 50,000 - 90,000 = 60,000
    # denominator = 100,000 + 50,000 - 60,000 = 90,000
    # 60,000 / 90,000 = 0.6666... -> 66.7
    same(collection_effectiveness_index(D("100000"), D("50000"), D("90000"), D("60000")), "66.7")


def test_cei_everything_collected_is_100():
    # B=10,000 S=5,000 ET=EC=3,000 (nothing past due left): 12,000 / 12,000 = 100.0
    same(collection_effectiveness_index(D("10000"), D("5000"), D("3000"), D("3000")), "100.0")


def test_cei_per_month_variant():
    # N=3: S/N = 50,000/3 = 16,666.67; B + S/N = 350,000/3
    # numerator   = 350,000/3 - 90,000 = 80,000/3
    # denominator = 350,000/3 - 60,000 = 170,000/3
    # 80/170 = 0.470588... -> 47.1
    same(collection_effectiveness_index(D("100000"), D("50000"), D("90000"), D("60000"), months=3), "47.1")
    # months=1 is the default formula
    assert collection_effectiveness_index(D("100000"), D("50000"), D("90000"), D("60000"), months=1) == D("66.7")


def test_cei_rejects_inconsistent_data():
    with pytest.raises(ValueError):  # current > total
        collection_effectiveness_index(D("100"), D("0"), D("10"), D("20"))
    with pytest.raises(ValueError):  # denominator negative
        collection_effectiveness_index(D("10"), D("0"), D("50"), D("40"))
    with pytest.raises(ValueError):
        collection_effectiveness_index(D("10"), D("0"), D("5"), D("0"), months=0)


def test_contact_rate_is_at_least_rpc_rate():
    # 1,000 attempts: 300 answered, of which 120 by the debtor.
    same(contact_rate(300, 1000), "30.0")
    same(rpc_rate(120, 1000), "12.0")


def test_ptp_rate_uses_rpc_denominator():
    # 30 promises from 120 RPCs = 25%; per 1,000 outbound calls it would have been 3%.
    same(ptp_rate(30, 120), "25.0")


def test_cure_rate():
    # 50 accounts delinquent at start, 18 current at the end = 36%.
    same(cure_rate(18, 50), "36.0")
    same(cure_rate(D("12500.00"), D("50000.00")), "25.0")
    with pytest.raises(ValueError):
        cure_rate(51, 50)


def test_complaints_per_thousand_contacts():
    # 3 complaints / 2,400 contacts * 1000 = 1.25 -> 1.3 (half-up)
    same(per_thousand_contacts(3, 2400), "1.3")
    same(per_thousand_contacts(0, 2400), "0.0")


# --- attainment -------------------------------------------------------------------------------

def test_attainment_can_exceed_100():
    same(attainment(D("125000.00"), D("100000.00")), "125.0")
    same(attainment(D("50000"), D("100000")), "50.0")


def test_attainment_with_refunds_can_be_negative():
    same(attainment(D("-100"), D("1000")), "-10.0")


# --- promises kept ----------------------------------------------------------------------------

PROMISES = [
    (PromiseStatus.KEPT, D("100.00")),
    (PromiseStatus.KEPT, D("200.00")),
    (PromiseStatus.PARTIAL, D("300.00")),
    (PromiseStatus.BROKEN, D("400.00")),
    (PromiseStatus.PENDING, D("5000.00")),
    (PromiseStatus.CANCELLED, D("7000.00")),
    (PromiseStatus.CANCELLED, D("1.00")),
]


def test_tally_excludes_pending_and_cancelled_from_fell_due():
    t = tally_promises(PROMISES)
    assert (t.kept, t.partial, t.broken, t.pending, t.cancelled) == (2, 1, 1, 1, 2)
    assert t.fell_due == 4
    assert t.kept_amount == D("300.00")
    assert t.due_amount == D("1000.00")


def test_kept_rate_by_count_excludes_pending_and_cancelled():
    t = tally_promises(PROMISES)
    # 2 kept / (2 kept + 1 partial + 1 broken) = 50%; with pending+cancelled it would be 2/7 = 28.6
    same(promise_kept_rate_by_count(t.kept, t.fell_due), "50.0")


def test_kept_rate_by_amount_partial_is_not_kept():
    t = tally_promises(PROMISES)
    # 300 / (100 + 200 + 300 + 400) = 30%
    same(promise_kept_rate_by_amount(t.kept_amount, t.due_amount), "30.0")


def test_only_pending_promises_is_undefined():
    t = tally_promises([(PromiseStatus.PENDING, D("10")), (PromiseStatus.CANCELLED, D("5"))])
    assert promise_kept_rate_by_count(t.kept, t.fell_due) is None
    assert promise_kept_rate_by_amount(t.kept_amount, t.due_amount) is None


def test_kept_cannot_exceed_fell_due():
    with pytest.raises(ValueError):
        promise_kept_rate_by_count(5, 4)
    with pytest.raises(ValueError):
        promise_kept_rate_by_amount(D("5"), D("4"))


# --- registry and purity ----------------------------------------------------------------------

def test_registry_describes_every_kpi():
    assert set(KPIS) >= {
        "rpc_rate", "contact_rate", "ptp_rate", "promise_kept_rate_by_count",
        "promise_kept_rate_by_amount", "attainment", "average_collected_per_rpc",
        "complaints_per_thousand_contacts", "collection_effectiveness_index",
        "roll_rate", "cure_rate", "liquidation_rate",
    }
    for key, d in KPIS.items():
        assert d.key == key
        assert d.unit in {"percent", "money", "count"}
        assert d.formula and d.numerator and d.denominator
    assert KPIS["average_collected_per_rpc"].unit == "money"
    assert KPIS["roll_rate"].higher_is_better is False
    assert KPIS["liquidation_rate"].higher_is_better is True
    with pytest.raises(AttributeError):
        KPIS["rpc_rate"].unit = "money"  # frozen


def test_every_public_function_documents_its_formula():
    for name in ("rate", "rpc_rate", "contact_rate", "ptp_rate", "promise_kept_rate_by_count",
                 "promise_kept_rate_by_amount", "attainment", "average_collected_per_rpc",
                 "per_thousand_contacts", "collection_effectiveness_index", "roll_rate",
                 "cure_rate", "liquidation_rate"):
        doc = getattr(kpis, name).__doc__ or ""
        assert "=" in doc, name


def test_module_is_pure():
    tree = ast.parse(inspect.getsource(kpis))
    imported = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            imported |= {a.name.split(".")[0] for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            imported.add(node.module.split(".")[0])
    assert not imported & {"PySide6", "sqlalchemy", "shiboken6"}
    assert "float(" not in inspect.getsource(kpis)
