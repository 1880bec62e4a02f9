"""Department settings: defaults, saving with an audit row, stale edits fail."""

import pytest
from sqlalchemy import select

from collectdesk.domain.errors import StaleEditError
from collectdesk.services.context import ServiceContext
from collectdesk.services.department_settings import DEFAULTS, get_setting, set_setting, setting
from collectdesk.store.models import AuditEntry


def test_default_then_saved_value_with_audit(database):
    ctx = ServiceContext(database.engine, "anna")
    assert setting(ctx, "scorecard.followup_days") == DEFAULTS["scorecard.followup_days"]
    v1 = set_setting(ctx, "scorecard.followup_days", 5)
    assert get_setting(ctx, "scorecard.followup_days") == (5, v1)
    v2 = set_setting(ctx, "scorecard.followup_days", 7, expected_version=v1)
    assert v2 == v1 + 1
    with ctx.reading() as s:
        audited = s.execute(select(AuditEntry.actor, AuditEntry.old_value, AuditEntry.new_value)
                            .where(AuditEntry.entity == "app_setting", AuditEntry.field == "value")).all()
    assert [tuple(r) for r in audited] == [("anna", "5", "7")]


def test_stale_setting_edit_fails_and_keeps_the_newer_value(database):
    first, second = ServiceContext(database.engine, "anna"), ServiceContext(database.engine, "marek")
    v1 = set_setting(first, "scorecard.thresholds", {"good": "100", "warn": "90"})
    set_setting(second, "scorecard.thresholds", {"good": "105", "warn": "95"}, expected_version=v1)
    with pytest.raises(StaleEditError) as err:
        set_setting(first, "scorecard.thresholds", {"good": "80", "warn": "70"}, expected_version=v1)
    assert "marek" in str(err.value)
    assert setting(first, "scorecard.thresholds") == {"good": "105", "warn": "95"}


def test_several_settings_in_one_go_and_unknown_keys_refused(database):
    from collectdesk.services.department_settings import get_settings, set_settings

    ctx = ServiceContext(database.engine, "anna")
    before = get_settings(ctx, "anomalies.")
    assert before["anomalies.sigma"] == DEFAULTS["anomalies.sigma"] and len(before) > 5
    set_settings(ctx, {"anomalies.sigma": "3", "anomalies.short_call_s": 45})
    after = get_settings(ctx, "anomalies.")
    assert (after["anomalies.sigma"], after["anomalies.short_call_s"]) == ("3", 45)
    with pytest.raises(KeyError):
        set_settings(ctx, {"anomalies.sigma": "1", "anomalies.nonsense": 1})
    assert get_settings(ctx, "anomalies.")["anomalies.sigma"] == "3"  # nothing of the refused call saved
