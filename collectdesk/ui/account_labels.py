"""Label tables for the account and its debtor: account status, debtor type and flags, the contact
history (channel, direction, outcome) and the account timeline's entries.

collectdesk.ui.labels registers these builders; call labels.status_label / labels.enum_label ...,
not the builders. The context is "Labels", as for every label table."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from collectdesk.domain.enums import AccountStatus, Channel, DebtorFlag, DebtorType, Direction, Outcome
from collectdesk.services.account_view import TimelineKind


def account_status_table(translate: Callable[..., str] | None = None) -> dict[AccountStatus, str]:
    say = QCoreApplication.translate
    say = translate or say  # a report's own language (reports.builders.common.enum_text)
    return {
        AccountStatus.OPEN: say("Labels", "Open", "account status"),
        AccountStatus.PROMISED: say("Labels", "Promised", "account status"),
        AccountStatus.PAYMENT_PLAN: say("Labels", "Payment plan", "account status"),
        AccountStatus.DISPUTED: say("Labels", "Disputed", "account status"),
        AccountStatus.ON_HOLD: say("Labels", "On hold", "account status"),
        AccountStatus.ESCALATED: say("Labels", "Escalated", "account status"),
        AccountStatus.LEGAL: say("Labels", "Legal", "account status"),
        AccountStatus.SETTLED: say("Labels", "Settled", "account status"),
        AccountStatus.PAID: say("Labels", "Paid", "account status"),
        AccountStatus.WRITTEN_OFF: say("Labels", "Written off", "account status"),
        AccountStatus.CLOSED: say("Labels", "Closed", "account status"),
    }


def debtor_type_table(translate: Callable[..., str] | None = None) -> dict[DebtorType, str]:
    say = QCoreApplication.translate
    say = translate or say  # a report's own language (reports.builders.common.enum_text)
    return {
        DebtorType.PERSON: say("Labels", "Person", "debtor type"),
        DebtorType.COMPANY: say("Labels", "Company", "debtor type"),
    }


def debtor_flag_table(translate: Callable[..., str] | None = None) -> dict[DebtorFlag, str]:
    say = QCoreApplication.translate
    say = translate or say  # a report's own language (reports.builders.common.enum_text)
    return {
        DebtorFlag.DISPUTE: say("Labels", "Dispute", "debtor flag"),
        DebtorFlag.CEASE_CONTACT: say("Labels", "Cease contact", "debtor flag"),
        DebtorFlag.BANKRUPT: say("Labels", "Bankrupt", "debtor flag"),
        DebtorFlag.DECEASED: say("Labels", "Deceased", "debtor flag"),
        DebtorFlag.VULNERABLE: say("Labels", "Vulnerable", "debtor flag"),
        DebtorFlag.FRAUD: say("Labels", "Fraud", "debtor flag"),
        DebtorFlag.HIGH_PROFILE: say("Labels", "High profile", "debtor flag"),
        DebtorFlag.ATTORNEY: say("Labels", "Represented by a lawyer", "debtor flag"),
        DebtorFlag.BREATHING_SPACE: say("Labels", "Breathing space", "debtor flag"),
        DebtorFlag.ECONOMIC_RECOVERY: say("Labels", "Documented economic recovery",
                                                                 "debtor flag"),
        DebtorFlag.MENTAL_CAPACITY: say("Labels", "Mental capacity concern", "debtor flag"),
        DebtorFlag.THIRD_PARTY_CONSENT: say("Labels", "Third party may be contacted",
                                                                   "debtor flag"),
    }


def channel_table(translate: Callable[..., str] | None = None) -> dict[Channel, str]:
    say = QCoreApplication.translate
    say = translate or say  # a report's own language (reports.builders.common.enum_text)
    return {
        Channel.CALL: say("Labels", "Call", "channel"),
        Channel.LETTER: say("Labels", "Letter", "channel"),
        Channel.EMAIL: say("Labels", "E-mail", "channel"),
        Channel.SMS: say("Labels", "SMS", "channel"),
        Channel.VISIT: say("Labels", "Visit", "channel"),
    }


def direction_table(translate: Callable[..., str] | None = None) -> dict[Direction, str]:
    say = QCoreApplication.translate
    say = translate or say  # a report's own language (reports.builders.common.enum_text)
    return {
        Direction.OUTBOUND: say("Labels", "Outbound", "direction of a contact"),
        Direction.INBOUND: say("Labels", "Inbound", "direction of a contact"),
    }


def outcome_table(translate: Callable[..., str] | None = None) -> dict[Outcome, str]:
    say = QCoreApplication.translate
    say = translate or say  # a report's own language (reports.builders.common.enum_text)
    return {
        Outcome.NO_ANSWER: say("Labels", "No answer", "outcome"),
        Outcome.BUSY: say("Labels", "Busy", "outcome"),
        Outcome.LEFT_MESSAGE: say("Labels", "Left a message", "outcome"),
        Outcome.RIGHT_PARTY_CONTACT: say("Labels", "Spoke to the debtor", "outcome"),
        Outcome.THIRD_PARTY: say("Labels", "Spoke to someone else", "outcome"),
        Outcome.WRONG_NUMBER: say("Labels", "Wrong number or address", "outcome"),
        Outcome.PROMISE_TO_PAY: say("Labels", "Promise to pay", "outcome"),
        Outcome.REFUSED: say("Labels", "Refused to pay", "outcome"),
        Outcome.DISPUTE: say("Labels", "Disputes the debt", "outcome"),
        Outcome.DELIVERED: say("Labels", "Delivered", "outcome"),
        Outcome.RETURNED: say("Labels", "Returned undelivered", "outcome"),
    }


def timeline_kind_table(translate: Callable[..., str] | None = None) -> dict[TimelineKind, str]:
    say = QCoreApplication.translate
    say = translate or say  # a report's own language (reports.builders.common.enum_text)
    return {
        TimelineKind.ACTIVITY: say("Labels", "Contact", "timeline entry"),
        TimelineKind.PROMISE_MADE: say("Labels", "Promise made", "timeline entry"),
        TimelineKind.PROMISE_KEPT: say("Labels", "Promise kept", "timeline entry"),
        TimelineKind.PROMISE_BROKEN: say("Labels", "Promise broken", "timeline entry"),
        TimelineKind.PROMISE_CANCELLED: say("Labels", "Promise cancelled", "timeline entry"),
        TimelineKind.PAYMENT: say("Labels", "Payment", "timeline entry"),
        TimelineKind.NOTE: say("Labels", "Note", "timeline entry"),
        TimelineKind.STATUS_CHANGE: say("Labels", "Status changed", "timeline entry"),
        TimelineKind.COLLECTOR_CHANGE: say("Labels", "Reassigned", "timeline entry"),
        TimelineKind.NEXT_ACTION_CHANGE: say("Labels", "Next action", "timeline entry"),
    }
