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
