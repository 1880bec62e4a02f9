"""Label tables for payment plans, installments, settlements and write-offs (collectdesk.ui.labels
registers them; call labels.enum_label / labels.plan_status_label ..., not these builders).

Kept apart only so labels.py stays a readable size; the context is "Labels" all the same. Write-off
reasons are the write-off journal's own words (services.write_offs.reason_label), so the screen and
the journal accounting receives agree.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from collectdesk.domain.enums import InstallmentStatus, PlanFrequency, PlanStatus, SettlementStatus, WriteOffReason
from collectdesk.services.write_offs import reason_label


def plan_status_table() -> dict[PlanStatus, str]:
    return {
        PlanStatus.PROPOSED: QCoreApplication.translate("Labels", "Proposed", "payment plan status"),
        PlanStatus.ACTIVE: QCoreApplication.translate("Labels", "Active", "payment plan status"),
        PlanStatus.ON_TRACK: QCoreApplication.translate("Labels", "On track", "payment plan status"),
        PlanStatus.MISSED: QCoreApplication.translate("Labels", "Installment missed", "payment plan status"),
        PlanStatus.BROKEN: QCoreApplication.translate("Labels", "Broken", "payment plan status"),
        PlanStatus.COMPLETED: QCoreApplication.translate("Labels", "Completed", "payment plan status"),
        PlanStatus.CANCELLED: QCoreApplication.translate("Labels", "Cancelled", "payment plan status"),
    }


def plan_frequency_table() -> dict[PlanFrequency, str]:
    return {
        PlanFrequency.WEEKLY: QCoreApplication.translate("Labels", "Weekly", "payment plan frequency"),
        PlanFrequency.FORTNIGHTLY: QCoreApplication.translate("Labels", "Every two weeks", "payment plan frequency"),
        PlanFrequency.MONTHLY: QCoreApplication.translate("Labels", "Monthly", "payment plan frequency"),
    }


def installment_status_table() -> dict[InstallmentStatus, str]:
    return {
        InstallmentStatus.DUE: QCoreApplication.translate("Labels", "Due", "installment status"),
        InstallmentStatus.PAID: QCoreApplication.translate("Labels", "Paid", "installment status"),
        InstallmentStatus.PARTIAL: QCoreApplication.translate("Labels", "Partly paid", "installment status"),
        InstallmentStatus.MISSED: QCoreApplication.translate("Labels", "Missed", "installment status"),
    }


def settlement_status_table() -> dict[SettlementStatus, str]:
    return {
        SettlementStatus.OFFERED: QCoreApplication.translate("Labels", "Offered", "settlement status"),
        SettlementStatus.ACCEPTED: QCoreApplication.translate("Labels", "Accepted", "settlement status"),
        SettlementStatus.FULFILLED: QCoreApplication.translate("Labels", "Fulfilled", "settlement status"),
        SettlementStatus.LAPSED: QCoreApplication.translate("Labels", "Lapsed", "settlement status"),
    }


def write_off_reason_table() -> dict[WriteOffReason, str]:
    return {reason: reason_label(reason) for reason in WriteOffReason}
