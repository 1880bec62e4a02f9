"""Label tables for escalations: the reason, the decision asked for, the case's status and the steps
of its history.

collectdesk.ui.labels registers these builders; call labels.escalation_status_label /
labels.enum_label ..., not the builders. The context is "Labels", as for every label table."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from collectdesk.domain.enums import EscalationAction, EscalationDecision, EscalationReason, EscalationStatus


def escalation_reason_table(translate: Callable[..., str] | None = None) -> dict[EscalationReason, str]:
    say = QCoreApplication.translate
    say = translate or say  # a report's own language (reports.builders.common.enum_text)
    return {
        EscalationReason.HARDSHIP: say("Labels", "Financial hardship", "escalation reason"),
        EscalationReason.DISPUTE: say("Labels", "Dispute", "escalation reason"),
        EscalationReason.REFUSES_TO_PAY: say("Labels", "Refuses to pay", "escalation reason"),
        EscalationReason.UNREACHABLE: say("Labels", "Unreachable", "escalation reason"),
        EscalationReason.LARGE_BALANCE: say("Labels", "Large balance", "escalation reason"),
        EscalationReason.SUSPECTED_FRAUD: say("Labels", "Suspected fraud", "escalation reason"),
        EscalationReason.LEGAL_THREAT: say("Labels", "Legal threat", "escalation reason"),
        EscalationReason.VULNERABLE_CUSTOMER: say("Labels", "Vulnerable customer", "escalation reason"),
        EscalationReason.OTHER: say("Labels", "Other", "escalation reason"),
    }


def escalation_decision_table(translate: Callable[..., str] | None = None) -> dict[EscalationDecision, str]:
    say = QCoreApplication.translate
    say = translate or say  # a report's own language (reports.builders.common.enum_text)
    return {
        EscalationDecision.PAYMENT_PLAN: say("Labels", "Payment plan", "escalation decision"),
        EscalationDecision.SETTLEMENT: say("Labels", "Settlement", "escalation decision"),
        EscalationDecision.WRITE_OFF: say("Labels", "Write-off", "escalation decision"),
        EscalationDecision.LEGAL_REFERRAL: say("Labels", "Legal referral", "escalation decision"),
        EscalationDecision.HOLD: say("Labels", "Put on hold", "escalation decision"),
        EscalationDecision.SENIOR_REVIEW: say("Labels", "Senior manager review", "escalation decision"),
    }


def escalation_status_table(translate: Callable[..., str] | None = None) -> dict[EscalationStatus, str]:
    say = QCoreApplication.translate
    say = translate or say  # a report's own language (reports.builders.common.enum_text)
    return {
        EscalationStatus.DRAFT: say("Labels", "Draft", "escalation status"),
        EscalationStatus.SUBMITTED: say("Labels", "Submitted", "escalation status"),
        EscalationStatus.UNDER_REVIEW: say("Labels", "Under review", "escalation status"),
        EscalationStatus.REFERRED: say("Labels", "Referred", "escalation status"),
        EscalationStatus.INFO_REQUESTED: say("Labels", "Information requested", "escalation status"),
        EscalationStatus.COUNTER_PROPOSED: say("Labels", "Counter-proposed", "escalation status"),
        EscalationStatus.APPROVED: say("Labels", "Approved", "escalation status"),
        EscalationStatus.REJECTED: say("Labels", "Rejected", "escalation status"),
        EscalationStatus.WITHDRAWN: say("Labels", "Withdrawn", "escalation status"),
    }


def escalation_action_table(translate: Callable[..., str] | None = None) -> dict[EscalationAction, str]:
    say = QCoreApplication.translate
    say = translate or say  # a report's own language (reports.builders.common.enum_text)
    return {
        EscalationAction.RAISED: say("Labels", "Raised", "escalation step"),
        EscalationAction.APPROVED: say("Labels", "Approved", "escalation step"),
        EscalationAction.REJECTED: say("Labels", "Rejected", "escalation step"),
        EscalationAction.COUNTER_PROPOSAL: say("Labels", "Counter-proposal", "escalation step"),
        EscalationAction.INFO_REQUESTED: say("Labels", "Information requested", "escalation step"),
        EscalationAction.INFO_PROVIDED: say("Labels", "Information provided", "escalation step"),
        EscalationAction.REFERRED: say("Labels", "Referred to a senior manager", "escalation step"),
        EscalationAction.WITHDRAWN: say("Labels", "Withdrawn", "escalation step"),
        EscalationAction.COMMENT: say("Labels", "Comment", "escalation step"),
    }
