"""The closed vocabularies of the collections department. Values are stored as these strings."""

from __future__ import annotations

from enum import StrEnum


class DebtorType(StrEnum):
    PERSON = "person"
    COMPANY = "company"


class DebtorFlag(StrEnum):
    DISPUTE = "dispute"
    CEASE_CONTACT = "cease_contact"
    BANKRUPT = "bankrupt"
    DECEASED = "deceased"
    VULNERABLE = "vulnerable"
    FRAUD = "fraud"
    HIGH_PROFILE = "high_profile"
    ATTORNEY = "attorney"
    BREATHING_SPACE = "breathing_space"
    ECONOMIC_RECOVERY = "economic_recovery"  # a documented record of economic recovery: escalations go to a senior manager
    MENTAL_CAPACITY = "mental_capacity"  # a concern about the debtor's mental capacity (FCA CONC 7.10): collection stops
    THIRD_PARTY_CONSENT = "third_party_consent"  # the debtor agreed that a named third party may be contacted


class AccountStatus(StrEnum):
    OPEN = "open"
    PROMISED = "promised"
    PAYMENT_PLAN = "payment_plan"
    DISPUTED = "disputed"
    ON_HOLD = "on_hold"
    ESCALATED = "escalated"
    LEGAL = "legal"
    SETTLED = "settled"
    PAID = "paid"
    WRITTEN_OFF = "written_off"
    CLOSED = "closed"

    @property
    def is_open(self) -> bool:
        return self not in CLOSED_STATUSES


CLOSED_STATUSES = frozenset(
    {AccountStatus.SETTLED, AccountStatus.PAID, AccountStatus.WRITTEN_OFF, AccountStatus.CLOSED}
)
# Listed positively so that SQL can use the status indexes (IN is index ranges; NOT IN is a scan).
OPEN_STATUSES = tuple(s for s in AccountStatus if s not in CLOSED_STATUSES)


class Channel(StrEnum):
    CALL = "call"
    LETTER = "letter"
    EMAIL = "email"
    SMS = "sms"
    VISIT = "visit"


class Direction(StrEnum):
    OUTBOUND = "outbound"
    INBOUND = "inbound"


class Outcome(StrEnum):
    NO_ANSWER = "no_answer"
    BUSY = "busy"
    LEFT_MESSAGE = "left_message"
    RIGHT_PARTY_CONTACT = "right_party_contact"
    THIRD_PARTY = "third_party"
    WRONG_NUMBER = "wrong_number"
    PROMISE_TO_PAY = "promise_to_pay"
    REFUSED = "refused"
    DISPUTE = "dispute"
    DELIVERED = "delivered"
    RETURNED = "returned"

    @property
    def is_right_party_contact(self) -> bool:
        return self in RIGHT_PARTY_OUTCOMES


# A conversation with the debtor themself: the RPC numerator in KPIS.md.
RIGHT_PARTY_OUTCOMES = frozenset(
    {Outcome.RIGHT_PARTY_CONTACT, Outcome.PROMISE_TO_PAY, Outcome.REFUSED, Outcome.DISPUTE}
)


class PromiseStatus(StrEnum):
    PENDING = "pending"
    KEPT = "kept"
    PARTIAL = "partial"
    BROKEN = "broken"
    CANCELLED = "cancelled"


class PaymentMethod(StrEnum):
    BANK_TRANSFER = "bank_transfer"
    CARD = "card"
    DIRECT_DEBIT = "direct_debit"
    CASH = "cash"
    CHEQUE = "cheque"
    OTHER = "other"


class PlanFrequency(StrEnum):
    WEEKLY = "weekly"
    FORTNIGHTLY = "fortnightly"
    MONTHLY = "monthly"


class PlanStatus(StrEnum):
    PROPOSED = "proposed"
    ACTIVE = "active"
    ON_TRACK = "on_track"
    MISSED = "missed"
    BROKEN = "broken"
    COMPLETED = "completed"
    CANCELLED = "cancelled"


class InstallmentStatus(StrEnum):
    DUE = "due"
    PAID = "paid"
    PARTIAL = "partial"
    MISSED = "missed"


class SettlementStatus(StrEnum):
    OFFERED = "offered"
    ACCEPTED = "accepted"
    FULFILLED = "fulfilled"
    LAPSED = "lapsed"


class WriteOffReason(StrEnum):
    BAD_DEBT = "bad_debt"
    SETTLEMENT = "settlement"
    DECEASED = "deceased"
    BANKRUPTCY = "bankruptcy"
    STATUTE_BARRED = "statute_barred"
    UNECONOMIC = "uneconomic"  # a small balance not worth collecting
    FRAUD = "fraud"
    OTHER = "other"


class EscalationReason(StrEnum):
    HARDSHIP = "hardship"
    DISPUTE = "dispute"
    REFUSES_TO_PAY = "refuses_to_pay"
    UNREACHABLE = "unreachable"
    LARGE_BALANCE = "large_balance"
    SUSPECTED_FRAUD = "suspected_fraud"
    LEGAL_THREAT = "legal_threat"
    VULNERABLE_CUSTOMER = "vulnerable_customer"
    OTHER = "other"


class EscalationDecision(StrEnum):
    PAYMENT_PLAN = "payment_plan"
    SETTLEMENT = "settlement"
    WRITE_OFF = "write_off"
    LEGAL_REFERRAL = "legal_referral"
    HOLD = "hold"
    SENIOR_REVIEW = "senior_review"


class EscalationStatus(StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"
    UNDER_REVIEW = "under_review"
    REFERRED = "referred"  # waiting for a senior manager
    INFO_REQUESTED = "info_requested"
    COUNTER_PROPOSED = "counter_proposed"
    APPROVED = "approved"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"


class EscalationAction(StrEnum):
    """One step in an escalation's decision history (EscalationEvent.action)."""

    RAISED = "raised"
    APPROVED = "approved"
    REJECTED = "rejected"
    COUNTER_PROPOSAL = "counter_proposal"
    INFO_REQUESTED = "info_requested"
    INFO_PROVIDED = "info_provided"
    REFERRED = "referred"
    WITHDRAWN = "withdrawn"
    COMMENT = "comment"


class FeedbackSource(StrEnum):
    LETTER = "letter"
    EMAIL = "email"
    CALL = "call"
    AGENCY = "agency"
    STAFF_SUGGESTION = "staff_suggestion"


class FeedbackKind(StrEnum):
    """The category of a feedback item (issue 5: complaint, compliment, dispute, inquiry, hardship,
    suggestion); SURVEY is an external agency's survey answer."""

    COMPLAINT = "complaint"
    COMPLIMENT = "compliment"
    DISPUTE = "dispute"
    ENQUIRY = "enquiry"
    HARDSHIP = "hardship"
    SURVEY = "survey"
    SUGGESTION = "suggestion"


class FeedbackStatus(StrEnum):
    """Customer feedback: new -> assigned -> in progress (-> waiting for the customer) -> resolved ->
    closed. Staff suggestions: received -> under review -> adopted | declined."""

    NEW = "new"
    ASSIGNED = "assigned"
    IN_PROGRESS = "in_progress"
    WAITING = "waiting"
    RESOLVED = "resolved"
    CLOSED = "closed"
    RECEIVED = "received"
    UNDER_REVIEW = "under_review"
    ADOPTED = "adopted"
    DECLINED = "declined"


OPEN_FEEDBACK = frozenset({FeedbackStatus.NEW, FeedbackStatus.ASSIGNED, FeedbackStatus.IN_PROGRESS,
                           FeedbackStatus.WAITING, FeedbackStatus.RECEIVED, FeedbackStatus.UNDER_REVIEW})


class FeedbackSeverity(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    CRITICAL = "critical"


class FeedbackOutcome(StrEnum):
    """How a complaint or dispute ended."""

    UPHELD = "upheld"
    PARTLY_UPHELD = "partly_upheld"
    NOT_UPHELD = "not_upheld"
    WITHDRAWN = "withdrawn"
    NO_ACTION = "no_action"


class StaffRole(StrEnum):
    COLLECTOR = "collector"
    ACCOUNTANT = "accountant"
    CUSTOMER_SERVICE = "customer_service"
    SUPERVISOR = "supervisor"
    COLLECTION_MANAGER = "collection_manager"
    SENIOR_MANAGER = "senior_manager"


class PortfolioKind(StrEnum):
    HIGH_RISK = "high_risk"
    HIGH_PROFILE = "high_profile"
    FRAUD = "fraud"
    SPECIAL = "special"
    WATCHLIST = "watchlist"


class FindingSeverity(StrEnum):
    BLOCK = "block"
    WARN = "warn"


class FindingStatus(StrEnum):
    OPEN = "open"
    REVIEWED = "reviewed"
    DISMISSED = "dismissed"


class FindingReview(StrEnum):
    """What the supervisor did about a finding when marking it reviewed."""

    COACHING = "coaching"              # coaching given to the collector
    FALSE_POSITIVE = "false_positive"  # the rule fired on a contact that was allowed (e.g. consent on file)
    ESCALATED = "escalated"            # taken to compliance or management
    NOTED = "noted"                    # seen, nothing further


class TrainingStatus(StrEnum):
    ASSIGNED = "assigned"
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"
    EXPIRED = "expired"
