"""All tables. Import from here so every model is registered on Base.metadata."""

from collectdesk.store.models.base import Base, utcnow
from collectdesk.store.models.organisation import Branch, StaffMember, Team
from collectdesk.store.models.debtors import Debtor, DebtorContact, DebtorFlagEntry
from collectdesk.store.models.accounts import Account
from collectdesk.store.models.activities import Activity
from collectdesk.store.models.escalations import Escalation, EscalationEvent
from collectdesk.store.models.money_flows import (
    Payment,
    PaymentPlan,
    PlanInstallment,
    Promise,
    Settlement,
    WriteOff,
)
from collectdesk.store.models.feedback import FeedbackItem, FeedbackMatch
from collectdesk.store.models.performance import (
    Evaluation,
    EvaluationCriterion,
    QaScore,
    Review,
    ReviewRating,
    Target,
    TrainingModule,
    TrainingRecord,
)
from collectdesk.store.models.shared_files import AppSetting, Attachment
from collectdesk.store.models.portfolios import Portfolio, PortfolioAccount
from collectdesk.store.models.compliance import ComplianceFinding, ComplianceProfile
from collectdesk.store.models.records import AuditEntry, GeneratedReport, ImportRun
from collectdesk.store.models.queues import AccountNote, SavedQueue

__all__ = [
    "Base", "utcnow", "Branch", "StaffMember", "Team", "Debtor", "DebtorContact", "DebtorFlagEntry",
    "Account", "Activity", "Escalation", "Payment", "PaymentPlan", "PlanInstallment", "Promise",
    "Settlement", "WriteOff", "FeedbackItem", "Evaluation", "Target", "TrainingModule",
    "TrainingRecord", "Portfolio", "PortfolioAccount", "ComplianceFinding", "ComplianceProfile",
    "AuditEntry", "GeneratedReport", "ImportRun", "AccountNote", "SavedQueue", "EvaluationCriterion", "QaScore",
    "Review", "ReviewRating", "AppSetting", "Attachment", "FeedbackMatch", "EscalationEvent",
]
