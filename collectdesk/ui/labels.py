"""Display labels for the domain's closed vocabularies, in the user's language.

One function per enum, each listing EVERY member with a literal
`QCoreApplication.translate("Labels", ...)` so that lupdate extracts them; words that mean different
things in different places carry a disambiguation comment ("account status", "channel", ...).
The tables are built once per language (the cache key is i18n.current_language()), so a table model
may call these in `data()` freely.

    status_label(AccountStatus.PROMISED)  -> "Promised"
    choices(Channel)                      -> [(Channel.CALL, "Call"), ...] in declaration order
    enum_label(member)                    -> the label of any member of a covered enum

Panes and reports use this module. The tables live with their domain: account_labels (the account,
its debtor, contacts, timeline), payment_labels (payment methods, promises, plans, settlements,
write-offs), feedback_labels, escalation_labels and staff_labels (roles, training); this module
registers them in `_BUILDERS` and keeps the open vocabularies (feedback topics, languages, contact
kinds, countries). A new enum gets its table (with all its members) in its domain's module and a line
in `_BUILDERS`.
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
from collectdesk.ui import account_labels, escalation_labels, feedback_labels, payment_labels, staff_labels

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


_BUILDERS: dict[type, Callable[[], dict]] = {
    AccountStatus: account_labels.account_status_table,
    PlanStatus: payment_labels.plan_status_table,
    PlanFrequency: payment_labels.plan_frequency_table,
    InstallmentStatus: payment_labels.installment_status_table,
    SettlementStatus: payment_labels.settlement_status_table,
    WriteOffReason: payment_labels.write_off_reason_table,
    Channel: account_labels.channel_table,
    Direction: account_labels.direction_table,
    Outcome: account_labels.outcome_table,
    DebtorFlag: account_labels.debtor_flag_table,
    PaymentMethod: payment_labels.payment_method_table,
    PromiseStatus: payment_labels.promise_status_table,
    DebtorType: account_labels.debtor_type_table,
    StaffRole: staff_labels.staff_role_table,
    TimelineKind: account_labels.timeline_kind_table,
    TrainingStatus: staff_labels.training_status_table,
    RecordState: staff_labels.training_state_table,
    FeedbackKind: feedback_labels.feedback_kind_table,
    FeedbackStatus: feedback_labels.feedback_status_table,
    FeedbackSource: feedback_labels.feedback_source_table,
    FeedbackSeverity: feedback_labels.feedback_severity_table,
    FeedbackOutcome: feedback_labels.feedback_outcome_table,
    EscalationReason: escalation_labels.escalation_reason_table,
    EscalationDecision: escalation_labels.escalation_decision_table,
    EscalationStatus: escalation_labels.escalation_status_table,
    EscalationAction: escalation_labels.escalation_action_table,
}

COVERED = tuple(_BUILDERS)


def enum_label(member: Enum) -> str:
    cls = type(member)
    return _table(cls, _BUILDERS[cls])[member]


def label_in(member: Enum, translate: Callable[..., str]) -> str:
    """The member's label through another translator (a report in its own language); not cached."""
    return _BUILDERS[type(member)](translate)[member]


def choices(enum_cls: type[E]) -> list[tuple[E, str]]:
    """(member, label) for a combo box, in the enum's declaration order."""
    table = _table(enum_cls, _BUILDERS[enum_cls])
    return [(m, table[m]) for m in enum_cls]


def status_label(value: AccountStatus) -> str:
    return enum_label(AccountStatus(value))


def channel_label(value: Channel) -> str:
    return enum_label(Channel(value))


def direction_label(value: Direction) -> str:
    return enum_label(Direction(value))


def outcome_label(value: Outcome) -> str:
    return enum_label(Outcome(value))


def flag_label(value: DebtorFlag) -> str:
    return enum_label(DebtorFlag(value))


def method_label(value: PaymentMethod) -> str:
    return enum_label(PaymentMethod(value))


def plan_status_label(value: PlanStatus) -> str:
    return enum_label(PlanStatus(value))


def plan_frequency_label(value: PlanFrequency) -> str:
    return enum_label(PlanFrequency(value))


def installment_status_label(value: InstallmentStatus) -> str:
    return enum_label(InstallmentStatus(value))


def settlement_status_label(value: SettlementStatus) -> str:
    return enum_label(SettlementStatus(value))


def write_off_reason_label(value: WriteOffReason) -> str:
    return enum_label(WriteOffReason(value))


def promise_status_label(value: PromiseStatus) -> str:
    return enum_label(PromiseStatus(value))


def debtor_type_label(value: DebtorType) -> str:
    return enum_label(DebtorType(value))


def role_label(value: StaffRole) -> str:
    return enum_label(StaffRole(value))


def timeline_kind_label(value: TimelineKind) -> str:
    return enum_label(TimelineKind(value))


def training_status_label(value: TrainingStatus) -> str:
    return enum_label(TrainingStatus(value))


def training_state_label(value: RecordState) -> str:
    return enum_label(RecordState(value))


def feedback_kind_label(value: FeedbackKind) -> str:
    return enum_label(FeedbackKind(value))


def feedback_status_label(value: FeedbackStatus) -> str:
    return enum_label(FeedbackStatus(value))


def feedback_source_label(value: FeedbackSource) -> str:
    return enum_label(FeedbackSource(value))


def feedback_severity_label(value: FeedbackSeverity) -> str:
    return enum_label(FeedbackSeverity(value))


def feedback_outcome_label(value: FeedbackOutcome) -> str:
    return enum_label(FeedbackOutcome(value))


def escalation_reason_label(value: EscalationReason) -> str:
    return enum_label(EscalationReason(value))


def escalation_decision_label(value: EscalationDecision) -> str:
    return enum_label(EscalationDecision(value))


def escalation_status_label(value: EscalationStatus) -> str:
    return enum_label(EscalationStatus(value))


def escalation_action_label(value: EscalationAction) -> str:
    return enum_label(EscalationAction(value))


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
