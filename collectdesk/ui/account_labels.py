"""Label tables for the account and its debtor: account status, debtor type and flags, the contact
history (channel, direction, outcome) and the account timeline's entries.

collectdesk.ui.labels registers these builders; call labels.status_label / labels.enum_label ...,
not the builders. The context is "Labels", as for every label table."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from collectdesk.domain.enums import AccountStatus, Channel, DebtorFlag, DebtorType, Direction, Outcome
from collectdesk.services.account_view import TimelineKind


def account_status_table() -> dict[AccountStatus, str]:
    return {
        AccountStatus.OPEN: QCoreApplication.translate("Labels", "Open", "account status"),
        AccountStatus.PROMISED: QCoreApplication.translate("Labels", "Promised", "account status"),
        AccountStatus.PAYMENT_PLAN: QCoreApplication.translate("Labels", "Payment plan", "account status"),
        AccountStatus.DISPUTED: QCoreApplication.translate("Labels", "Disputed", "account status"),
        AccountStatus.ON_HOLD: QCoreApplication.translate("Labels", "On hold", "account status"),
        AccountStatus.ESCALATED: QCoreApplication.translate("Labels", "Escalated", "account status"),
        AccountStatus.LEGAL: QCoreApplication.translate("Labels", "Legal", "account status"),
        AccountStatus.SETTLED: QCoreApplication.translate("Labels", "Settled", "account status"),
        AccountStatus.PAID: QCoreApplication.translate("Labels", "Paid", "account status"),
        AccountStatus.WRITTEN_OFF: QCoreApplication.translate("Labels", "Written off", "account status"),
        AccountStatus.CLOSED: QCoreApplication.translate("Labels", "Closed", "account status"),
    }


def debtor_type_table() -> dict[DebtorType, str]:
    return {
        DebtorType.PERSON: QCoreApplication.translate("Labels", "Person", "debtor type"),
        DebtorType.COMPANY: QCoreApplication.translate("Labels", "Company", "debtor type"),
    }


def debtor_flag_table() -> dict[DebtorFlag, str]:
    return {
        DebtorFlag.DISPUTE: QCoreApplication.translate("Labels", "Dispute", "debtor flag"),
        DebtorFlag.CEASE_CONTACT: QCoreApplication.translate("Labels", "Cease contact", "debtor flag"),
        DebtorFlag.BANKRUPT: QCoreApplication.translate("Labels", "Bankrupt", "debtor flag"),
        DebtorFlag.DECEASED: QCoreApplication.translate("Labels", "Deceased", "debtor flag"),
        DebtorFlag.VULNERABLE: QCoreApplication.translate("Labels", "Vulnerable", "debtor flag"),
        DebtorFlag.FRAUD: QCoreApplication.translate("Labels", "Fraud", "debtor flag"),
        DebtorFlag.HIGH_PROFILE: QCoreApplication.translate("Labels", "High profile", "debtor flag"),
        DebtorFlag.ATTORNEY: QCoreApplication.translate("Labels", "Represented by a lawyer", "debtor flag"),
        DebtorFlag.BREATHING_SPACE: QCoreApplication.translate("Labels", "Breathing space", "debtor flag"),
        DebtorFlag.ECONOMIC_RECOVERY: QCoreApplication.translate("Labels", "Documented economic recovery",
                                                                 "debtor flag"),
        DebtorFlag.MENTAL_CAPACITY: QCoreApplication.translate("Labels", "Mental capacity concern", "debtor flag"),
        DebtorFlag.THIRD_PARTY_CONSENT: QCoreApplication.translate("Labels", "Third party may be contacted",
                                                                   "debtor flag"),
    }


def channel_table() -> dict[Channel, str]:
    return {
        Channel.CALL: QCoreApplication.translate("Labels", "Call", "channel"),
        Channel.LETTER: QCoreApplication.translate("Labels", "Letter", "channel"),
        Channel.EMAIL: QCoreApplication.translate("Labels", "E-mail", "channel"),
        Channel.SMS: QCoreApplication.translate("Labels", "SMS", "channel"),
        Channel.VISIT: QCoreApplication.translate("Labels", "Visit", "channel"),
    }


def direction_table() -> dict[Direction, str]:
    return {
        Direction.OUTBOUND: QCoreApplication.translate("Labels", "Outbound", "direction of a contact"),
        Direction.INBOUND: QCoreApplication.translate("Labels", "Inbound", "direction of a contact"),
    }


def outcome_table() -> dict[Outcome, str]:
    return {
        Outcome.NO_ANSWER: QCoreApplication.translate("Labels", "No answer", "outcome"),
        Outcome.BUSY: QCoreApplication.translate("Labels", "Busy", "outcome"),
        Outcome.LEFT_MESSAGE: QCoreApplication.translate("Labels", "Left a message", "outcome"),
        Outcome.RIGHT_PARTY_CONTACT: QCoreApplication.translate("Labels", "Spoke to the debtor", "outcome"),
        Outcome.THIRD_PARTY: QCoreApplication.translate("Labels", "Spoke to someone else", "outcome"),
        Outcome.WRONG_NUMBER: QCoreApplication.translate("Labels", "Wrong number or address", "outcome"),
        Outcome.PROMISE_TO_PAY: QCoreApplication.translate("Labels", "Promise to pay", "outcome"),
        Outcome.REFUSED: QCoreApplication.translate("Labels", "Refused to pay", "outcome"),
        Outcome.DISPUTE: QCoreApplication.translate("Labels", "Disputes the debt", "outcome"),
        Outcome.DELIVERED: QCoreApplication.translate("Labels", "Delivered", "outcome"),
        Outcome.RETURNED: QCoreApplication.translate("Labels", "Returned undelivered", "outcome"),
    }


def timeline_kind_table() -> dict[TimelineKind, str]:
    return {
        TimelineKind.ACTIVITY: QCoreApplication.translate("Labels", "Contact", "timeline entry"),
        TimelineKind.PROMISE_MADE: QCoreApplication.translate("Labels", "Promise made", "timeline entry"),
        TimelineKind.PROMISE_KEPT: QCoreApplication.translate("Labels", "Promise kept", "timeline entry"),
        TimelineKind.PROMISE_BROKEN: QCoreApplication.translate("Labels", "Promise broken", "timeline entry"),
        TimelineKind.PROMISE_CANCELLED: QCoreApplication.translate("Labels", "Promise cancelled", "timeline entry"),
        TimelineKind.PAYMENT: QCoreApplication.translate("Labels", "Payment", "timeline entry"),
        TimelineKind.NOTE: QCoreApplication.translate("Labels", "Note", "timeline entry"),
        TimelineKind.STATUS_CHANGE: QCoreApplication.translate("Labels", "Status changed", "timeline entry"),
        TimelineKind.COLLECTOR_CHANGE: QCoreApplication.translate("Labels", "Reassigned", "timeline entry"),
        TimelineKind.NEXT_ACTION_CHANGE: QCoreApplication.translate("Labels", "Next action", "timeline entry"),
    }
