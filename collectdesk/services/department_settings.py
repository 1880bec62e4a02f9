"""Department-wide settings kept in the database (table ``app_setting``), so every workstation on a
shared server uses the same attainment thresholds, follow-up window, anomaly sensitivity, ...

Values are JSON. Known keys and their defaults are listed in DEFAULTS; reading a key that was never
set gives its default. Writing goes through one transaction with an audit row (the audit listener
records the old and new JSON) and fails with StaleEditError when `expected_version` is stale.
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QCoreApplication
from sqlalchemy import select

from collectdesk.domain.errors import StaleEditError
from collectdesk.services.context import ServiceContext, stale_error
from collectdesk.store.models import AppSetting

DEFAULTS: dict[str, Any] = {
    # attainment % at or above "good" is green, at or above "warn" amber, below it red
    "scorecard.thresholds": {"good": "100", "warn": "90"},
    # a broken promise counts as followed up when the account has a contact within this many days
    "scorecard.followup_days": 3,
    # anomalies: how many standard deviations below the team is "far below"
    "anomalies.sigma": "2",
    # the other anomaly thresholds (docs/anomalies.md; read by services/staff_anomalies.py)
    "anomalies.min_sd_pp": "2",           # standard deviation floor, in percentage points
    "anomalies.min_team": 3,              # qualifying team members needed to compare with the team
    "anomalies.min_promises_due": 10,     # promises fallen due for a kept rate to count
    "anomalies.min_calls": 50,            # outbound calls for an RPC rate to count
    "anomalies.history_periods": 3,       # own history: this many previous periods (at most 6)
    "anomalies.drop_pp": "15",            # a rate this many points below the own average is a drop
    "anomalies.drop_collected_pct": "50",  # collected this many % below the own average is a drop
    "anomalies.period_end_days": 3,       # "just before period end": the last days of the period
    "anomalies.late_broken_min": 5,       # ... at least this many of those promises broke
    "anomalies.late_broken_share": "50",  # ... and this % of those that fell due
    "anomalies.short_call_s": 60,         # a promise-to-pay call shorter than this many seconds
    "anomalies.short_call_min": 3,        # ... at least this many such calls
    "anomalies.short_call_share": "25",   # ... and this % of the person's promise-to-pay calls
    # feedback inbox: per category, working days to acknowledge and calendar weeks (or "resolve_days",
    # working days) to resolve; null = no deadline (services/inbox/sla.py explains the counting)
    "feedback.sla": {
        "complaint": {"ack_days": 5, "resolve_weeks": 8},
        "dispute": {"ack_days": 5, "resolve_weeks": 8},
        "hardship": {"ack_days": 2, "resolve_weeks": 4},
        "enquiry": {"ack_days": 2, "resolve_days": 10},
        "suggestion": {"ack_days": 10, "resolve_weeks": 6},
        "compliment": {"ack_days": None, "resolve_weeks": None},
        "survey": {"ack_days": None, "resolve_weeks": None},
    },
    # feedback inbox: the topics a complaint can be about (keys; labels in ui/labels.py topic_label,
    # a key without a label shows as itself)
    "feedback.topics": ["tone", "contact_frequency", "wrong_amount", "privacy", "payment_not_recorded", "other"],
    # escalations: what a supervisor may approve alone (services/escalations.py routes the rest to a senior
    # manager): plans up to this many installments, write-offs up to an amount per currency (a currency not
    # listed always goes up), settlements up to this discount in % of the amount at stake
    "escalations.limits": {"plan_max_installments": 12, "write_off_max": {"EUR": "5000", "PLN": "20000"},
                           "settlement_max_discount_pct": "30"},
    # compliance (services/compliance/profiles.py): the profile per debtor country, per creditor name (an
    # override), and the overlays stacked on every profile, in order (add "PL_STRICT_DRAFT" for the Polish
    # draft act's hours)
    "compliance.country_profiles": {"IT": "IT_GARANTE_UNIREC", "PL": "PL_BASE", "DE": "DE_RDG",
                                    "US": "US_FDCPA_REGF", "GB": "UK_FCA_CONC7"},
    "compliance.creditor_profiles": {},
    "compliance.overlays": ["INTERNAL"],
}


def get_setting(ctx: ServiceContext, key: str) -> tuple[Any, int | None]:
    """(value, version) for `key`; (DEFAULTS[key], None) when it was never saved."""
    with ctx.reading() as s:
        row = s.execute(select(AppSetting.value, AppSetting.version).where(AppSetting.key == key)).first()
    if row is None:
        return DEFAULTS.get(key), None
    return json.loads(row.value), row.version


def setting(ctx: ServiceContext, key: str) -> Any:
    return get_setting(ctx, key)[0]


def set_setting(ctx: ServiceContext, key: str, value: Any, *, expected_version: int | None = None) -> int:
    """Save `value` (JSON-serialisable) under `key`; returns the new version."""
    text = json.dumps(value, sort_keys=True, default=str)
    with ctx.transaction() as s:
        row = s.execute(select(AppSetting).where(AppSetting.key == key)).scalar_one_or_none()
        if row is None:
            if expected_version is not None:
                raise StaleEditError(QCoreApplication.translate(
                    "Storage", "Someone else saved this record first. Nothing was saved; reload and try again."))
            row = AppSetting(key=key, value=text, updated_by=ctx.actor)
            s.add(row)
        else:
            if expected_version is not None and row.version != expected_version:
                raise stale_error(s, AppSetting.__tablename__, str(row.id), expected_version, key)
            row.value, row.updated_by = text, ctx.actor
        s.flush()
        return row.version


def get_settings(ctx: ServiceContext, prefix: str) -> dict[str, Any]:
    """Every known setting whose key starts with `prefix`, saved value or default."""
    with ctx.reading() as s:
        saved = dict(s.execute(select(AppSetting.key, AppSetting.value).where(AppSetting.key.like(f"{prefix}%"))).all())
    return {key: json.loads(saved[key]) if key in saved else default
            for key, default in DEFAULTS.items() if key.startswith(prefix)}


def set_settings(ctx: ServiceContext, values: dict[str, Any]) -> None:
    """Save several settings in one transaction (one audit row per changed value); unknown keys refused."""
    unknown = sorted(set(values) - set(DEFAULTS))
    if unknown:
        raise KeyError(f"unknown settings: {', '.join(unknown)}")
    with ctx.transaction() as s:
        rows = {r.key: r for r in s.scalars(select(AppSetting).where(AppSetting.key.in_(list(values))))}
        for key, value in values.items():
            text = json.dumps(value, sort_keys=True, default=str)
            row = rows.get(key)
            if row is None:
                s.add(AppSetting(key=key, value=text, updated_by=ctx.actor))
            elif row.value != text:
                row.value, row.updated_by = text, ctx.actor
