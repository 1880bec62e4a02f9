"""Label tables for paying: payment methods, promises to pay, payment plans and their installments,
settlements and write-offs (collectdesk.ui.labels registers them; call labels.enum_label /
labels.plan_status_label ..., not these builders).

The context is "Labels", as for every label table. Write-off reasons are the write-off journal's own
words (services.write_offs.reason_label), so the screen and the journal accounting receives agree.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from collectdesk.domain.enums import (InstallmentStatus, PaymentMethod, PlanFrequency, PlanStatus, PromiseStatus,
                                      SettlementStatus, WriteOffReason)
from collectdesk.services.write_offs import reason_label


def payment_method_table() -> dict[PaymentMethod, str]:
    return {
        PaymentMethod.BANK_TRANSFER: QCoreApplication.translate("Labels", "Bank transfer", "payment method"),
        PaymentMethod.CARD: QCoreApplication.translate("Labels", "Card", "payment method"),
        PaymentMethod.DIRECT_DEBIT: QCoreApplication.translate("Labels", "Direct debit", "payment method"),
        PaymentMethod.CASH: QCoreApplication.translate("Labels", "Cash", "payment method"),
        PaymentMethod.CHEQUE: QCoreApplication.translate("Labels", "Cheque", "payment method"),
        PaymentMethod.OTHER: QCoreApplication.translate("Labels", "Other", "payment method"),
    }


def promise_status_table() -> dict[PromiseStatus, str]:
    return {
        PromiseStatus.PENDING: QCoreApplication.translate("Labels", "Pending", "promise status"),
        PromiseStatus.KEPT: QCoreApplication.translate("Labels", "Kept", "promise status"),
        PromiseStatus.PARTIAL: QCoreApplication.translate("Labels", "Partly paid", "promise status"),
        PromiseStatus.BROKEN: QCoreApplication.translate("Labels", "Broken", "promise status"),
        PromiseStatus.CANCELLED: QCoreApplication.translate("Labels", "Cancelled", "promise status"),
    }


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
