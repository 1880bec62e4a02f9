"""Label tables for escalations: the reason, the decision asked for, the case's status and the steps
of its history.

collectdesk.ui.labels registers these builders; call labels.escalation_status_label /
labels.enum_label ..., not the builders. The context is "Labels", as for every label table."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from collectdesk.domain.enums import EscalationAction, EscalationDecision, EscalationReason, EscalationStatus


def escalation_reason_table() -> dict[EscalationReason, str]:
    return {
        EscalationReason.HARDSHIP: QCoreApplication.translate("Labels", "Financial hardship", "escalation reason"),
        EscalationReason.DISPUTE: QCoreApplication.translate("Labels", "Dispute", "escalation reason"),
        EscalationReason.REFUSES_TO_PAY: QCoreApplication.translate("Labels", "Refuses to pay", "escalation reason"),
        EscalationReason.UNREACHABLE: QCoreApplication.translate("Labels", "Unreachable", "escalation reason"),
        EscalationReason.LARGE_BALANCE: QCoreApplication.translate("Labels", "Large balance", "escalation reason"),
        EscalationReason.SUSPECTED_FRAUD: QCoreApplication.translate("Labels", "Suspected fraud", "escalation reason"),
        EscalationReason.LEGAL_THREAT: QCoreApplication.translate("Labels", "Legal threat", "escalation reason"),
        EscalationReason.VULNERABLE_CUSTOMER: QCoreApplication.translate("Labels", "Vulnerable customer", "escalation reason"),
        EscalationReason.OTHER: QCoreApplication.translate("Labels", "Other", "escalation reason"),
    }


def escalation_decision_table() -> dict[EscalationDecision, str]:
    return {
        EscalationDecision.PAYMENT_PLAN: QCoreApplication.translate("Labels", "Payment plan", "escalation decision"),
        EscalationDecision.SETTLEMENT: QCoreApplication.translate("Labels", "Settlement", "escalation decision"),
        EscalationDecision.WRITE_OFF: QCoreApplication.translate("Labels", "Write-off", "escalation decision"),
        EscalationDecision.LEGAL_REFERRAL: QCoreApplication.translate("Labels", "Legal referral", "escalation decision"),
        EscalationDecision.HOLD: QCoreApplication.translate("Labels", "Put on hold", "escalation decision"),
        EscalationDecision.SENIOR_REVIEW: QCoreApplication.translate("Labels", "Senior manager review", "escalation decision"),
    }


def escalation_status_table() -> dict[EscalationStatus, str]:
    return {
        EscalationStatus.DRAFT: QCoreApplication.translate("Labels", "Draft", "escalation status"),
        EscalationStatus.SUBMITTED: QCoreApplication.translate("Labels", "Submitted", "escalation status"),
        EscalationStatus.UNDER_REVIEW: QCoreApplication.translate("Labels", "Under review", "escalation status"),
        EscalationStatus.REFERRED: QCoreApplication.translate("Labels", "Referred", "escalation status"),
        EscalationStatus.INFO_REQUESTED: QCoreApplication.translate("Labels", "Information requested", "escalation status"),
        EscalationStatus.COUNTER_PROPOSED: QCoreApplication.translate("Labels", "Counter-proposed", "escalation status"),
        EscalationStatus.APPROVED: QCoreApplication.translate("Labels", "Approved", "escalation status"),
        EscalationStatus.REJECTED: QCoreApplication.translate("Labels", "Rejected", "escalation status"),
        EscalationStatus.WITHDRAWN: QCoreApplication.translate("Labels", "Withdrawn", "escalation status"),
    }


def escalation_action_table() -> dict[EscalationAction, str]:
    return {
        EscalationAction.RAISED: QCoreApplication.translate("Labels", "Raised", "escalation step"),
        EscalationAction.APPROVED: QCoreApplication.translate("Labels", "Approved", "escalation step"),
        EscalationAction.REJECTED: QCoreApplication.translate("Labels", "Rejected", "escalation step"),
        EscalationAction.COUNTER_PROPOSAL: QCoreApplication.translate("Labels", "Counter-proposal", "escalation step"),
        EscalationAction.INFO_REQUESTED: QCoreApplication.translate("Labels", "Information requested", "escalation step"),
        EscalationAction.INFO_PROVIDED: QCoreApplication.translate("Labels", "Information provided", "escalation step"),
        EscalationAction.REFERRED: QCoreApplication.translate("Labels", "Referred to a senior manager", "escalation step"),
        EscalationAction.WITHDRAWN: QCoreApplication.translate("Labels", "Withdrawn", "escalation step"),
        EscalationAction.COMMENT: QCoreApplication.translate("Labels", "Comment", "escalation step"),
    }
