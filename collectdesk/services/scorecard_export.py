"""Scorecards as plain data for the command line: periods like 2026-10, JSON and CSV rows."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import fields
from datetime import date
from decimal import Decimal
from enum import Enum

from PySide6.QtCore import QCoreApplication
from sqlalchemy import select

from collectdesk.domain import periods
from collectdesk.domain.errors import ValidationError
from collectdesk.domain.periods import Period
from collectdesk.services.context import ServiceContext
from collectdesk.services.scorecards import Scorecard, StaffScore, scorecard
from collectdesk.store.models import Branch, Team

# the fields a reader wants; the numerators behind the rates stay internal
PUBLIC = [f.name for f in fields(StaffScore) if f.name not in (
    "outbound_rpc", "promises_kept", "promises_fell_due", "kept_amount", "due_amount", "qa_total", "qa_count")]


def parse_period(text: str) -> tuple[date, date]:
    """(start, end) of a period written as domain.periods.parse_period reads it: 2026-10 (a month),
    2026-Q3, 2026 (a year), 2026-W05 (an ISO week), 2026-10-05 (a day) or 2026-10-01..2026-10-15."""
    period = read_period(text)
    return period.start, period.end


def read_period(text: str) -> Period:
    """The Period written as `text`; ValidationError with a translated message when it is not one."""
    try:
        return periods.parse_period(text)
    except ValueError:
        raise ValidationError(QCoreApplication.translate(
            "Scorecards", "Not a period: {text}. Use a month (2026-10), a quarter (2026-Q3), a year (2026), "
            "an ISO week (2026-W05), a day (2026-10-05) or a range (2026-10-01..2026-10-15).").format(text=text)
        ) from None


def resolve_scope(ctx: ServiceContext, scope: str | None) -> dict:
    """"team:NAME" or "branch:NAME" -> scorecard() keyword arguments."""
    if not scope:
        return {}
    kind, _, name = scope.partition(":")
    model = {"team": Team, "branch": Branch}.get(kind.strip().lower())
    if model is None or not name.strip():
        raise ValidationError(QCoreApplication.translate(
            "Scorecards", "The scope is team:NAME or branch:NAME; got: {scope}").format(scope=scope))
    with ctx.reading() as s:
        found = s.scalars(select(model.id).where(model.name == name.strip())).all()
    if len(found) != 1:
        if model is Team:
            message = QCoreApplication.translate("Scorecards", "No single team is called \u201c{name}\u201d.")
        else:
            message = QCoreApplication.translate("Scorecards", "No single branch is called \u201c{name}\u201d.")
        raise ValidationError(message.format(name=name.strip()))
    return {"team_id" if model is Team else "branch_id": found[0]}


def _plain(value):
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in sorted(value.items())}
    if value is None or isinstance(value, (int, str)):
        return value
    return str(value)


def row_dict(row: StaffScore) -> dict:
    return {name: _plain(getattr(row, name)) for name in PUBLIC}


def as_json(card: Scorecard) -> str:
    return json.dumps({"period_start": card.period_start.isoformat(), "period_end": card.period_end.isoformat(),
                       "staff": [row_dict(r) for r in card.rows],
                       "department": row_dict(card.department)}, ensure_ascii=False, indent=1)


def as_csv(card: Scorecard) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(PUBLIC)
    for r in card.rows:
        writer.writerow(["" if (v := _plain(getattr(r, n))) is None else
                         (";".join(f"{k} {x}" for k, x in v.items()) if isinstance(v, dict) else v) for n in PUBLIC])
    return out.getvalue()


def build(ctx: ServiceContext, period: str, scope: str | None = None) -> Scorecard:
    start, end = parse_period(period)
    return scorecard(ctx, start, end, **resolve_scope(ctx, scope))
