"""The broken-promise follow-up rate: hand-computed values, zero denominator, bad inputs."""

from decimal import Decimal

import pytest

from collectdesk.domain import kpis


def test_followup_rate():
    assert kpis.followup_rate(1, 3) == Decimal("33.3")
    assert kpis.followup_rate(2, 3) == Decimal("66.7")
    assert kpis.followup_rate(0, 5) == Decimal("0.0")
    assert kpis.followup_rate(4, 4) == Decimal("100.0")
    assert kpis.followup_rate(0, 0) is None  # no broken promise: undefined, not 0 %


def test_followup_rate_rejects_impossible_counts():
    with pytest.raises(ValueError):
        kpis.followup_rate(3, 2)
    with pytest.raises(ValueError):
        kpis.followup_rate(-1, 2)
    with pytest.raises(TypeError):
        kpis.followup_rate(1.0, 2)


def test_registered_with_its_definition():
    d = kpis.KPIS["followup_rate"]
    assert d.unit == "percent" and d.higher_is_better
    assert "broken" in d.denominator
