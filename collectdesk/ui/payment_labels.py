"""Label tables for paying: payment methods, promises to pay, payment plans and their installments,
settlements and write-offs (collectdesk.ui.labels registers them; call labels.enum_label /
labels.plan_status_label ..., not these builders).

The context is "Labels", as for every label table. Write-off reasons are the write-off journal's own
words (services.write_offs.reason_label), so the screen and the journal accounting receives agree.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from collectdesk.domain.enums import (InstallmentStatus, PaymentMethod, PlanFrequency, PlanStatus, PromiseStatus,
                                      SettlementStatus, WriteOffReason)
from collectdesk.services.write_offs import reason_label


def payment_method_table(translate: Callable[..., str] | None = None) -> dict[PaymentMethod, str]:
    say = QCoreApplication.translate
    say = translate or say  # a report's own language (reports.builders.common.enum_text)
    return {
        PaymentMethod.BANK_TRANSFER: say("Labels", "Bank transfer", "payment method"),
        PaymentMethod.CARD: say("Labels", "Card", "payment method"),
        PaymentMethod.DIRECT_DEBIT: say("Labels", "Direct debit", "payment method"),
        PaymentMethod.CASH: say("Labels", "Cash", "payment method"),
        PaymentMethod.CHEQUE: say("Labels", "Cheque", "payment method"),
        PaymentMethod.OTHER: say("Labels", "Other", "payment method"),
    }


def promise_status_table(translate: Callable[..., str] | None = None) -> dict[PromiseStatus, str]:
    say = QCoreApplication.translate
    say = translate or say  # a report's own language (reports.builders.common.enum_text)
    return {
        PromiseStatus.PENDING: say("Labels", "Pending", "promise status"),
        PromiseStatus.KEPT: say("Labels", "Kept", "promise status"),
        PromiseStatus.PARTIAL: say("Labels", "Partly paid", "promise status"),
        PromiseStatus.BROKEN: say("Labels", "Broken", "promise status"),
        PromiseStatus.CANCELLED: say("Labels", "Cancelled", "promise status"),
    }


def plan_status_table(translate: Callable[..., str] | None = None) -> dict[PlanStatus, str]:
    say = QCoreApplication.translate
    say = translate or say  # a report's own language (reports.builders.common.enum_text)
    return {
        PlanStatus.PROPOSED: say("Labels", "Proposed", "payment plan status"),
        PlanStatus.ACTIVE: say("Labels", "Active", "payment plan status"),
        PlanStatus.ON_TRACK: say("Labels", "On track", "payment plan status"),
        PlanStatus.MISSED: say("Labels", "Installment missed", "payment plan status"),
        PlanStatus.BROKEN: say("Labels", "Broken", "payment plan status"),
        PlanStatus.COMPLETED: say("Labels", "Completed", "payment plan status"),
        PlanStatus.CANCELLED: say("Labels", "Cancelled", "payment plan status"),
    }


def plan_frequency_table(translate: Callable[..., str] | None = None) -> dict[PlanFrequency, str]:
    say = QCoreApplication.translate
    say = translate or say  # a report's own language (reports.builders.common.enum_text)
    return {
        PlanFrequency.WEEKLY: say("Labels", "Weekly", "payment plan frequency"),
        PlanFrequency.FORTNIGHTLY: say("Labels", "Every two weeks", "payment plan frequency"),
        PlanFrequency.MONTHLY: say("Labels", "Monthly", "payment plan frequency"),
    }


def installment_status_table(translate: Callable[..., str] | None = None) -> dict[InstallmentStatus, str]:
    say = QCoreApplication.translate
    say = translate or say  # a report's own language (reports.builders.common.enum_text)
    return {
        InstallmentStatus.DUE: say("Labels", "Due", "installment status"),
        InstallmentStatus.PAID: say("Labels", "Paid", "installment status"),
        InstallmentStatus.PARTIAL: say("Labels", "Partly paid", "installment status"),
        InstallmentStatus.MISSED: say("Labels", "Missed", "installment status"),
    }


def settlement_status_table(translate: Callable[..., str] | None = None) -> dict[SettlementStatus, str]:
    say = QCoreApplication.translate
    say = translate or say  # a report's own language (reports.builders.common.enum_text)
    return {
        SettlementStatus.OFFERED: say("Labels", "Offered", "settlement status"),
        SettlementStatus.ACCEPTED: say("Labels", "Accepted", "settlement status"),
        SettlementStatus.FULFILLED: say("Labels", "Fulfilled", "settlement status"),
        SettlementStatus.LAPSED: say("Labels", "Lapsed", "settlement status"),
    }


def write_off_reason_table(translate: Callable[..., str] | None = None) -> dict[WriteOffReason, str]:
    say = QCoreApplication.translate
    say = translate or say  # a report's own language (reports.builders.common.enum_text)
    return {reason: reason_label(reason) for reason in WriteOffReason}
