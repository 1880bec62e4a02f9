"""Display labels for the domain's closed vocabularies, in the user's language.

One function per enum, each listing EVERY member with a literal
`QCoreApplication.translate("Labels", ...)` so that lupdate extracts them; words that mean different
things in different places carry a disambiguation comment ("account status", "channel", ...).
The tables are built once per language (the cache key is i18n.current_language()), so a table model
may call these in `data()` freely.

    status_label(AccountStatus.PROMISED)  -> "Promised"
    choices(Channel)                      -> [(Channel.CALL, "Call"), ...] in declaration order
    enum_label(member)                    -> the label of any member of a covered enum

Panes and reports use this module; add a new enum here (with all its members) rather than elsewhere.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from typing import TypeVar

from PySide6.QtCore import QCoreApplication

from collectdesk import i18n
from collectdesk.domain.enums import (AccountStatus, Channel, DebtorFlag, DebtorType, Direction,
                                      EscalationAction, EscalationDecision, EscalationReason, EscalationStatus,
                                      FeedbackKind, FeedbackOutcome, FeedbackSeverity, FeedbackSource, FeedbackStatus,
                                      InstallmentStatus, Outcome, PaymentMethod, PlanFrequency, PlanStatus,
                                      PromiseStatus, SettlementStatus, StaffRole, TrainingStatus, WriteOffReason)
from collectdesk.services.account_view import TimelineKind
from collectdesk.services.training import RecordState
from collectdesk.ui.payment_labels import (installment_status_table as _installment_status_table,
                                           plan_frequency_table as _plan_frequency_table,
                                           plan_status_table as _plan_status_table,
                                           settlement_status_table as _settlement_status_table,
                                           write_off_reason_table as _write_off_reason_table)

E = TypeVar("E", bound=Enum)

_cache: dict[tuple[str, type], dict] = {}


def _table(enum_cls: type[E], build: Callable[[], dict[E, str]]) -> dict[E, str]:
    key = (i18n.current_language(), enum_cls)
    table = _cache.get(key)
    if table is None:
        table = build()
        missing = set(enum_cls) - set(table)
        if missing:  # a new member without a label: a programming error, caught by the tests
            raise KeyError(f"no label for {sorted(m.value for m in missing)}")
        _cache[key] = table
    return table


def _status_table() -> dict[AccountStatus, str]:
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


def _channel_table() -> dict[Channel, str]:
    return {
        Channel.CALL: QCoreApplication.translate("Labels", "Call", "channel"),
        Channel.LETTER: QCoreApplication.translate("Labels", "Letter", "channel"),
        Channel.EMAIL: QCoreApplication.translate("Labels", "E-mail", "channel"),
        Channel.SMS: QCoreApplication.translate("Labels", "SMS", "channel"),
        Channel.VISIT: QCoreApplication.translate("Labels", "Visit", "channel"),
    }


def _direction_table() -> dict[Direction, str]:
    return {
        Direction.OUTBOUND: QCoreApplication.translate("Labels", "Outbound", "direction of a contact"),
        Direction.INBOUND: QCoreApplication.translate("Labels", "Inbound", "direction of a contact"),
    }


def _outcome_table() -> dict[Outcome, str]:
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


def _flag_table() -> dict[DebtorFlag, str]:
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


def _method_table() -> dict[PaymentMethod, str]:
    return {
        PaymentMethod.BANK_TRANSFER: QCoreApplication.translate("Labels", "Bank transfer", "payment method"),
        PaymentMethod.CARD: QCoreApplication.translate("Labels", "Card", "payment method"),
        PaymentMethod.DIRECT_DEBIT: QCoreApplication.translate("Labels", "Direct debit", "payment method"),
        PaymentMethod.CASH: QCoreApplication.translate("Labels", "Cash", "payment method"),
        PaymentMethod.CHEQUE: QCoreApplication.translate("Labels", "Cheque", "payment method"),
        PaymentMethod.OTHER: QCoreApplication.translate("Labels", "Other", "payment method"),
    }


def _promise_status_table() -> dict[PromiseStatus, str]:
    return {
        PromiseStatus.PENDING: QCoreApplication.translate("Labels", "Pending", "promise status"),
        PromiseStatus.KEPT: QCoreApplication.translate("Labels", "Kept", "promise status"),
        PromiseStatus.PARTIAL: QCoreApplication.translate("Labels", "Partly paid", "promise status"),
        PromiseStatus.BROKEN: QCoreApplication.translate("Labels", "Broken", "promise status"),
        PromiseStatus.CANCELLED: QCoreApplication.translate("Labels", "Cancelled", "promise status"),
    }


def _debtor_type_table() -> dict[DebtorType, str]:
    return {
        DebtorType.PERSON: QCoreApplication.translate("Labels", "Person", "debtor type"),
        DebtorType.COMPANY: QCoreApplication.translate("Labels", "Company", "debtor type"),
    }


def _role_table() -> dict[StaffRole, str]:
    return {
        StaffRole.COLLECTOR: QCoreApplication.translate("Labels", "Collector", "staff role"),
        StaffRole.ACCOUNTANT: QCoreApplication.translate("Labels", "Accountant", "staff role"),
        StaffRole.CUSTOMER_SERVICE: QCoreApplication.translate("Labels", "Customer service", "staff role"),
        StaffRole.SUPERVISOR: QCoreApplication.translate("Labels", "Supervisor", "staff role"),
        StaffRole.COLLECTION_MANAGER: QCoreApplication.translate("Labels", "Collection manager", "staff role"),
        StaffRole.SENIOR_MANAGER: QCoreApplication.translate("Labels", "Senior manager", "staff role"),
    }


def _timeline_kind_table() -> dict[TimelineKind, str]:
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


def _training_status_table() -> dict[TrainingStatus, str]:
    return {
        TrainingStatus.ASSIGNED: QCoreApplication.translate("Labels", "Assigned", "training status"),
        TrainingStatus.IN_PROGRESS: QCoreApplication.translate("Labels", "In progress", "training status"),
        TrainingStatus.COMPLETED: QCoreApplication.translate("Labels", "Completed", "training status"),
        TrainingStatus.EXPIRED: QCoreApplication.translate("Labels", "Expired", "training status"),
    }


def _training_state_table() -> dict[RecordState, str]:
    return {
        RecordState.DONE: QCoreApplication.translate("Labels", "Done", "state of a staff member's training"),
        RecordState.DUE: QCoreApplication.translate("Labels", "Due", "state of a staff member's training"),
        RecordState.OVERDUE: QCoreApplication.translate("Labels", "Overdue", "state of a staff member's training"),
        RecordState.EXPIRING: QCoreApplication.translate("Labels", "Expiring soon",
                                                         "state of a staff member's training"),
        RecordState.EXPIRED: QCoreApplication.translate("Labels", "Expired", "state of a staff member's training"),
        RecordState.NOT_ASSIGNED: QCoreApplication.translate("Labels", "Not assigned (mandatory)",
                                                             "state of a staff member's training"),
    }


def _feedback_kind_table() -> dict[FeedbackKind, str]:
    return {
        FeedbackKind.COMPLAINT: QCoreApplication.translate("Labels", "Complaint", "feedback category"),
        FeedbackKind.COMPLIMENT: QCoreApplication.translate("Labels", "Compliment", "feedback category"),
        FeedbackKind.DISPUTE: QCoreApplication.translate("Labels", "Dispute", "feedback category"),
        FeedbackKind.ENQUIRY: QCoreApplication.translate("Labels", "Enquiry", "feedback category"),
        FeedbackKind.HARDSHIP: QCoreApplication.translate("Labels", "Hardship", "feedback category"),
        FeedbackKind.SURVEY: QCoreApplication.translate("Labels", "Survey answer", "feedback category"),
        FeedbackKind.SUGGESTION: QCoreApplication.translate("Labels", "Suggestion", "feedback category"),
    }


def _feedback_status_table() -> dict[FeedbackStatus, str]:
    return {
        FeedbackStatus.NEW: QCoreApplication.translate("Labels", "New", "feedback status"),
        FeedbackStatus.ASSIGNED: QCoreApplication.translate("Labels", "Assigned", "feedback status"),
        FeedbackStatus.IN_PROGRESS: QCoreApplication.translate("Labels", "In progress", "feedback status"),
        FeedbackStatus.WAITING: QCoreApplication.translate("Labels", "Waiting for customer", "feedback status"),
        FeedbackStatus.RESOLVED: QCoreApplication.translate("Labels", "Resolved", "feedback status"),
        FeedbackStatus.CLOSED: QCoreApplication.translate("Labels", "Closed", "feedback status"),
        FeedbackStatus.RECEIVED: QCoreApplication.translate("Labels", "Received", "status of a staff suggestion"),
        FeedbackStatus.UNDER_REVIEW: QCoreApplication.translate("Labels", "Under review",
                                                                "status of a staff suggestion"),
        FeedbackStatus.ADOPTED: QCoreApplication.translate("Labels", "Adopted", "status of a staff suggestion"),
        FeedbackStatus.DECLINED: QCoreApplication.translate("Labels", "Declined", "status of a staff suggestion"),
    }


def _feedback_source_table() -> dict[FeedbackSource, str]:
    return {
        FeedbackSource.LETTER: QCoreApplication.translate("Labels", "Letter", "feedback channel"),
        FeedbackSource.EMAIL: QCoreApplication.translate("Labels", "E-mail", "feedback channel"),
        FeedbackSource.CALL: QCoreApplication.translate("Labels", "Phone call", "feedback channel"),
        FeedbackSource.AGENCY: QCoreApplication.translate("Labels", "Reporting agency", "feedback channel"),
        FeedbackSource.STAFF_SUGGESTION: QCoreApplication.translate("Labels", "Staff suggestion",
                                                                    "feedback channel"),
    }


def _feedback_severity_table() -> dict[FeedbackSeverity, str]:
    return {
        FeedbackSeverity.LOW: QCoreApplication.translate("Labels", "Low", "feedback severity"),
        FeedbackSeverity.MEDIUM: QCoreApplication.translate("Labels", "Medium", "feedback severity"),
        FeedbackSeverity.HIGH: QCoreApplication.translate("Labels", "High", "feedback severity"),
        FeedbackSeverity.CRITICAL: QCoreApplication.translate("Labels", "Critical", "feedback severity"),
    }


def _feedback_outcome_table() -> dict[FeedbackOutcome, str]:
    return {
        FeedbackOutcome.UPHELD: QCoreApplication.translate("Labels", "Upheld", "outcome of a complaint"),
        FeedbackOutcome.PARTLY_UPHELD: QCoreApplication.translate("Labels", "Partly upheld", "outcome of a complaint"),
        FeedbackOutcome.NOT_UPHELD: QCoreApplication.translate("Labels", "Not upheld", "outcome of a complaint"),
        FeedbackOutcome.WITHDRAWN: QCoreApplication.translate("Labels", "Withdrawn", "outcome of a complaint"),
        FeedbackOutcome.NO_ACTION: QCoreApplication.translate("Labels", "No action needed", "outcome of a complaint"),
    }


def _escalation_reason_table() -> dict[EscalationReason, str]:
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


def _escalation_decision_table() -> dict[EscalationDecision, str]:
    return {
        EscalationDecision.PAYMENT_PLAN: QCoreApplication.translate("Labels", "Payment plan", "escalation decision"),
        EscalationDecision.SETTLEMENT: QCoreApplication.translate("Labels", "Settlement", "escalation decision"),
        EscalationDecision.WRITE_OFF: QCoreApplication.translate("Labels", "Write-off", "escalation decision"),
        EscalationDecision.LEGAL_REFERRAL: QCoreApplication.translate("Labels", "Legal referral", "escalation decision"),
        EscalationDecision.HOLD: QCoreApplication.translate("Labels", "Put on hold", "escalation decision"),
        EscalationDecision.SENIOR_REVIEW: QCoreApplication.translate("Labels", "Senior manager review", "escalation decision"),
    }


def _escalation_status_table() -> dict[EscalationStatus, str]:
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


def _escalation_action_table() -> dict[EscalationAction, str]:
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


_BUILDERS: dict[type, Callable[[], dict]] = {
    AccountStatus: _status_table,
    PlanStatus: _plan_status_table,
    PlanFrequency: _plan_frequency_table,
    InstallmentStatus: _installment_status_table,
    SettlementStatus: _settlement_status_table,
    WriteOffReason: _write_off_reason_table,
    Channel: _channel_table,
    Direction: _direction_table,
    Outcome: _outcome_table,
    DebtorFlag: _flag_table,
    PaymentMethod: _method_table,
    PromiseStatus: _promise_status_table,
    DebtorType: _debtor_type_table,
    StaffRole: _role_table,
    TimelineKind: _timeline_kind_table,
    TrainingStatus: _training_status_table,
    RecordState: _training_state_table,
    FeedbackKind: _feedback_kind_table,
    FeedbackStatus: _feedback_status_table,
    FeedbackSource: _feedback_source_table,
    FeedbackSeverity: _feedback_severity_table,
    FeedbackOutcome: _feedback_outcome_table,
    EscalationReason: _escalation_reason_table,
    EscalationDecision: _escalation_decision_table,
    EscalationStatus: _escalation_status_table,
    EscalationAction: _escalation_action_table,
}

COVERED = tuple(_BUILDERS)


def enum_label(member: Enum) -> str:
    cls = type(member)
    return _table(cls, _BUILDERS[cls])[member]


def choices(enum_cls: type[E]) -> list[tuple[E, str]]:
    """(member, label) for a combo box, in the enum's declaration order."""
    table = _table(enum_cls, _BUILDERS[enum_cls])
    return [(m, table[m]) for m in enum_cls]


def status_label(value: AccountStatus) -> str:
    return _table(AccountStatus, _status_table)[AccountStatus(value)]


def channel_label(value: Channel) -> str:
    return _table(Channel, _channel_table)[Channel(value)]


def direction_label(value: Direction) -> str:
    return _table(Direction, _direction_table)[Direction(value)]


def outcome_label(value: Outcome) -> str:
    return _table(Outcome, _outcome_table)[Outcome(value)]


def flag_label(value: DebtorFlag) -> str:
    return _table(DebtorFlag, _flag_table)[DebtorFlag(value)]


def method_label(value: PaymentMethod) -> str:
    return _table(PaymentMethod, _method_table)[PaymentMethod(value)]


def plan_status_label(value: PlanStatus) -> str:
    return _table(PlanStatus, _plan_status_table)[PlanStatus(value)]


def plan_frequency_label(value: PlanFrequency) -> str:
    return enum_label(PlanFrequency(value))


def installment_status_label(value: InstallmentStatus) -> str:
    return enum_label(InstallmentStatus(value))


def settlement_status_label(value: SettlementStatus) -> str:
    return enum_label(SettlementStatus(value))


def write_off_reason_label(value: WriteOffReason) -> str:
    return enum_label(WriteOffReason(value))


def promise_status_label(value: PromiseStatus) -> str:
    return _table(PromiseStatus, _promise_status_table)[PromiseStatus(value)]


def debtor_type_label(value: DebtorType) -> str:
    return _table(DebtorType, _debtor_type_table)[DebtorType(value)]


def role_label(value: StaffRole) -> str:
    return _table(StaffRole, _role_table)[StaffRole(value)]


def timeline_kind_label(value: TimelineKind) -> str:
    return _table(TimelineKind, _timeline_kind_table)[TimelineKind(value)]


def training_status_label(value: TrainingStatus) -> str:
    return _table(TrainingStatus, _training_status_table)[TrainingStatus(value)]


def training_state_label(value: RecordState) -> str:
    return _table(RecordState, _training_state_table)[RecordState(value)]


def feedback_kind_label(value: FeedbackKind) -> str:
    return _table(FeedbackKind, _feedback_kind_table)[FeedbackKind(value)]


def feedback_status_label(value: FeedbackStatus) -> str:
    return _table(FeedbackStatus, _feedback_status_table)[FeedbackStatus(value)]


def feedback_source_label(value: FeedbackSource) -> str:
    return _table(FeedbackSource, _feedback_source_table)[FeedbackSource(value)]


def feedback_severity_label(value: FeedbackSeverity) -> str:
    return _table(FeedbackSeverity, _feedback_severity_table)[FeedbackSeverity(value)]


def feedback_outcome_label(value: FeedbackOutcome) -> str:
    return _table(FeedbackOutcome, _feedback_outcome_table)[FeedbackOutcome(value)]


def escalation_reason_label(value: EscalationReason) -> str:
    return _table(EscalationReason, _escalation_reason_table)[EscalationReason(value)]


def escalation_decision_label(value: EscalationDecision) -> str:
    return _table(EscalationDecision, _escalation_decision_table)[EscalationDecision(value)]


def escalation_status_label(value: EscalationStatus) -> str:
    return _table(EscalationStatus, _escalation_status_table)[EscalationStatus(value)]


def escalation_action_label(value: EscalationAction) -> str:
    return _table(EscalationAction, _escalation_action_table)[EscalationAction(value)]


def topic_label(key: str | None) -> str:
    """A feedback topic. The list is a department setting (``feedback.topics``): the default topics are
    translated; a topic the department added shows as its key with underscores as spaces."""
    known = {
        "tone": QCoreApplication.translate("Labels", "Collector's tone", "feedback topic"),
        "contact_frequency": QCoreApplication.translate("Labels", "Contact frequency", "feedback topic"),
        "wrong_amount": QCoreApplication.translate("Labels", "Wrong amount", "feedback topic"),
        "privacy": QCoreApplication.translate("Labels", "Privacy", "feedback topic"),
        "payment_not_recorded": QCoreApplication.translate("Labels", "Payment not recorded", "feedback topic"),
        "other": QCoreApplication.translate("Labels", "Other", "feedback topic"),
    }
    if not key:
        return ""
    return known.get(key, key.replace("_", " "))


def language_label(code: str | None) -> str:
    """A training module's language (None: any language)."""
    known = {
        "en": QCoreApplication.translate("Labels", "English", "language"),
        "it": QCoreApplication.translate("Labels", "Italian", "language"),
        "pl": QCoreApplication.translate("Labels", "Polish", "language"),
        "de": QCoreApplication.translate("Labels", "German", "language"),
    }
    if not code:
        return QCoreApplication.translate("Labels", "Any language", "language of a training module")
    return known.get(code.lower(), code)


def contact_kind_label(kind: str) -> str:
    """DebtorContact.kind is an open string; the usual ones are translated, others shown as stored."""
    known = {
        "phone": QCoreApplication.translate("Labels", "Phone", "contact kind"),
        "mobile": QCoreApplication.translate("Labels", "Mobile", "contact kind"),
        "email": QCoreApplication.translate("Labels", "E-mail", "contact kind"),
        "address": QCoreApplication.translate("Labels", "Address", "contact kind"),
    }
    return known.get((kind or "").lower(), kind)


def country_label(code: str) -> str:
    """The department's countries by name in the user's language; others by their ISO code."""
    known = {
        "IT": QCoreApplication.translate("Labels", "Italy", "country"),
        "PL": QCoreApplication.translate("Labels", "Poland", "country"),
        "DE": QCoreApplication.translate("Labels", "Germany", "country"),
        "AT": QCoreApplication.translate("Labels", "Austria", "country"),
        "CH": QCoreApplication.translate("Labels", "Switzerland", "country"),
    }
    return known.get((code or "").upper(), code)
