"""The built-in queues every supervisor starts from."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from collectdesk.domain.enums import AccountStatus, DebtorFlag, PlanStatus
from collectdesk.services.queues.filters import QueueFilter

HIGH_BALANCE = Decimal("10000.00")
PLAN_BROKEN_DAYS = 30

_TITLES = {
    "all_open": QT_TRANSLATE_NOOP("BuiltinQueues", "All open accounts"),
    "my_team": QT_TRANSLATE_NOOP("BuiltinQueues", "My team"),
    "promises_due_today": QT_TRANSLATE_NOOP("BuiltinQueues", "Promises due today"),
    "broken_promises": QT_TRANSLATE_NOOP("BuiltinQueues", "Broken promises (30 days)"),
    "dpd_90_plus": QT_TRANSLATE_NOOP("BuiltinQueues", "90+ days past due"),
    "no_contact_14": QT_TRANSLATE_NOOP("BuiltinQueues", "No contact for 14 days"),
    "disputes": QT_TRANSLATE_NOOP("BuiltinQueues", "Disputes"),
    "escalated": QT_TRANSLATE_NOOP("BuiltinQueues", "Escalated"),
    "plans_in_trouble": QT_TRANSLATE_NOOP("BuiltinQueues", "Payment plans in trouble"),
    "high_balance": QT_TRANSLATE_NOOP("BuiltinQueues", "High balance (10,000 and more)"),
}
BUILTIN_KEYS = tuple(_TITLES)


def builtin_title(key: str) -> str:
    return QCoreApplication.translate("BuiltinQueues", _TITLES[key])


def builtin_filter(key: str, today: date, team_id: uuid.UUID | None = None) -> QueueFilter:
    if key == "all_open":
        return QueueFilter()
    if key == "my_team":
        return QueueFilter(team_ids=(team_id,) if team_id else ())
    if key == "promises_due_today":
        return QueueFilter(promise_due_on=today)
    if key == "broken_promises":
        return QueueFilter(broken_promise_days=30)
    if key == "dpd_90_plus":
        return QueueFilter(dpd_min=91)
    if key == "no_contact_14":
        return QueueFilter(no_contact_days=14)
    if key == "disputes":
        return QueueFilter(flags=(DebtorFlag.DISPUTE.value,))
    if key == "escalated":
        return QueueFilter(statuses=(AccountStatus.ESCALATED.value,))
    if key == "plans_in_trouble":  # a running plan with a missed installment, or broken in the last 30 days
        return QueueFilter(plan_states=(PlanStatus.MISSED.value, PlanStatus.BROKEN.value),
                           plan_broken_days=PLAN_BROKEN_DAYS)
    if key == "high_balance":
        return QueueFilter(balance_min=HIGH_BALANCE)
    raise KeyError(key)
