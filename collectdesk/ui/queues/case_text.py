"""The queue's Case column in words: the escalation awaiting a decision, the payment plan, the settlement.

Each part is a whole phrase of its own (translated as one), and the parts are listed with " · ": the
escalation, the plan, the settlement; a plan in trouble (missed, broken) comes first, since the cell is
then drawn in the warning colour and may be cut short (the tooltip lists every part).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from collectdesk import i18n
from collectdesk.domain.enums import EscalationStatus, PlanStatus, SettlementStatus
from collectdesk.services.queues.case import CaseState

SEPARATOR = " \u00b7 "


def escalation_text(status: EscalationStatus) -> str:
    if status is EscalationStatus.REFERRED:
        return QCoreApplication.translate("QueueCase", "Escalation: referred to senior manager")
    if status is EscalationStatus.INFO_REQUESTED:
        return QCoreApplication.translate("QueueCase", "Escalation: information requested")
    if status is EscalationStatus.COUNTER_PROPOSED:
        return QCoreApplication.translate("QueueCase", "Escalation: counter-proposal made")
    return QCoreApplication.translate("QueueCase", "Escalation: awaiting decision")


def plan_text(status: PlanStatus, broken_on=None) -> str:
    if status is PlanStatus.PROPOSED:
        return QCoreApplication.translate("QueueCase", "Plan: awaiting approval")
    if status is PlanStatus.ACTIVE:
        return QCoreApplication.translate("QueueCase", "Plan: active, nothing due yet")
    if status is PlanStatus.ON_TRACK:
        return QCoreApplication.translate("QueueCase", "Plan: on track")
    if status is PlanStatus.MISSED:
        return QCoreApplication.translate("QueueCase", "Plan: installment missed")
    if status is PlanStatus.BROKEN and broken_on is not None:
        return QCoreApplication.translate("QueueCase", "Plan: broken ({date})").format(
            date=i18n.format_date(broken_on))
    if status is PlanStatus.BROKEN:
        return QCoreApplication.translate("QueueCase", "Plan: broken")
    return ""


def settlement_text(status: SettlementStatus, deadline) -> str:
    if status is SettlementStatus.ACCEPTED:
        return QCoreApplication.translate("QueueCase", "Settlement due by {date}").format(
            date=i18n.format_date(deadline))
    return QCoreApplication.translate("QueueCase", "Settlement offered, until {date}").format(
        date=i18n.format_date(deadline))


def case_parts(case: CaseState | None) -> list[str]:
    if case is None:
        return []
    parts = []
    plan = plan_text(case.plan, case.plan_broken_on) if case.plan is not None else ""
    if case.in_trouble:
        parts.append(plan)
    if case.escalation is not None:
        parts.append(escalation_text(case.escalation))
    if not case.in_trouble:
        parts.append(plan)
    if case.settlement is not None:
        parts.append(settlement_text(case.settlement, case.settlement_deadline))
    return [p for p in parts if p]


def case_text(case: CaseState | None) -> str:
    return SEPARATOR.join(case_parts(case))


def case_tooltip(case: CaseState | None) -> str:
    return "\n".join(case_parts(case))
