"""Label tables for the feedback inbox: an item's category, status (a staff suggestion has statuses of
its own), channel, severity and a complaint's outcome.

collectdesk.ui.labels registers these builders; call labels.feedback_status_label / labels.enum_label
..., not the builders. The context is "Labels", as for every label table. Feedback topics are an open
list (a department setting): labels.topic_label."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from collectdesk.domain.enums import FeedbackKind, FeedbackOutcome, FeedbackSeverity, FeedbackSource, FeedbackStatus


def feedback_kind_table() -> dict[FeedbackKind, str]:
    return {
        FeedbackKind.COMPLAINT: QCoreApplication.translate("Labels", "Complaint", "feedback category"),
        FeedbackKind.COMPLIMENT: QCoreApplication.translate("Labels", "Compliment", "feedback category"),
        FeedbackKind.DISPUTE: QCoreApplication.translate("Labels", "Dispute", "feedback category"),
        FeedbackKind.ENQUIRY: QCoreApplication.translate("Labels", "Enquiry", "feedback category"),
        FeedbackKind.HARDSHIP: QCoreApplication.translate("Labels", "Hardship", "feedback category"),
        FeedbackKind.SURVEY: QCoreApplication.translate("Labels", "Survey answer", "feedback category"),
        FeedbackKind.SUGGESTION: QCoreApplication.translate("Labels", "Suggestion", "feedback category"),
    }


def feedback_status_table() -> dict[FeedbackStatus, str]:
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


def feedback_source_table() -> dict[FeedbackSource, str]:
    return {
        FeedbackSource.LETTER: QCoreApplication.translate("Labels", "Letter", "feedback channel"),
        FeedbackSource.EMAIL: QCoreApplication.translate("Labels", "E-mail", "feedback channel"),
        FeedbackSource.CALL: QCoreApplication.translate("Labels", "Phone call", "feedback channel"),
        FeedbackSource.AGENCY: QCoreApplication.translate("Labels", "Reporting agency", "feedback channel"),
        FeedbackSource.STAFF_SUGGESTION: QCoreApplication.translate("Labels", "Staff suggestion",
                                                                    "feedback channel"),
    }


def feedback_severity_table() -> dict[FeedbackSeverity, str]:
    return {
        FeedbackSeverity.LOW: QCoreApplication.translate("Labels", "Low", "feedback severity"),
        FeedbackSeverity.MEDIUM: QCoreApplication.translate("Labels", "Medium", "feedback severity"),
        FeedbackSeverity.HIGH: QCoreApplication.translate("Labels", "High", "feedback severity"),
        FeedbackSeverity.CRITICAL: QCoreApplication.translate("Labels", "Critical", "feedback severity"),
    }


def feedback_outcome_table() -> dict[FeedbackOutcome, str]:
    return {
        FeedbackOutcome.UPHELD: QCoreApplication.translate("Labels", "Upheld", "outcome of a complaint"),
        FeedbackOutcome.PARTLY_UPHELD: QCoreApplication.translate("Labels", "Partly upheld", "outcome of a complaint"),
        FeedbackOutcome.NOT_UPHELD: QCoreApplication.translate("Labels", "Not upheld", "outcome of a complaint"),
        FeedbackOutcome.WITHDRAWN: QCoreApplication.translate("Labels", "Withdrawn", "outcome of a complaint"),
        FeedbackOutcome.NO_ACTION: QCoreApplication.translate("Labels", "No action needed", "outcome of a complaint"),
    }
