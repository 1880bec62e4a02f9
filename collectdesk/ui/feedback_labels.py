"""Label tables for the feedback inbox: an item's category, status (a staff suggestion has statuses of
its own), channel, severity and a complaint's outcome.

collectdesk.ui.labels registers these builders; call labels.feedback_status_label / labels.enum_label
..., not the builders. The context is "Labels", as for every label table. Feedback topics are an open
list (a department setting): labels.topic_label."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from collectdesk.domain.enums import FeedbackKind, FeedbackOutcome, FeedbackSeverity, FeedbackSource, FeedbackStatus


def feedback_kind_table(translate: Callable[..., str] | None = None) -> dict[FeedbackKind, str]:
    say = QCoreApplication.translate
    say = translate or say  # a report's own language (reports.builders.common.enum_text)
    return {
        FeedbackKind.COMPLAINT: say("Labels", "Complaint", "feedback category"),
        FeedbackKind.COMPLIMENT: say("Labels", "Compliment", "feedback category"),
        FeedbackKind.DISPUTE: say("Labels", "Dispute", "feedback category"),
        FeedbackKind.ENQUIRY: say("Labels", "Enquiry", "feedback category"),
        FeedbackKind.HARDSHIP: say("Labels", "Hardship", "feedback category"),
        FeedbackKind.SURVEY: say("Labels", "Survey answer", "feedback category"),
        FeedbackKind.SUGGESTION: say("Labels", "Suggestion", "feedback category"),
    }


def feedback_status_table(translate: Callable[..., str] | None = None) -> dict[FeedbackStatus, str]:
    say = QCoreApplication.translate
    say = translate or say  # a report's own language (reports.builders.common.enum_text)
    return {
        FeedbackStatus.NEW: say("Labels", "New", "feedback status"),
        FeedbackStatus.ASSIGNED: say("Labels", "Assigned", "feedback status"),
        FeedbackStatus.IN_PROGRESS: say("Labels", "In progress", "feedback status"),
        FeedbackStatus.WAITING: say("Labels", "Waiting for customer", "feedback status"),
        FeedbackStatus.RESOLVED: say("Labels", "Resolved", "feedback status"),
        FeedbackStatus.CLOSED: say("Labels", "Closed", "feedback status"),
        FeedbackStatus.RECEIVED: say("Labels", "Received", "status of a staff suggestion"),
        FeedbackStatus.UNDER_REVIEW: say("Labels", "Under review",
                                                                "status of a staff suggestion"),
        FeedbackStatus.ADOPTED: say("Labels", "Adopted", "status of a staff suggestion"),
        FeedbackStatus.DECLINED: say("Labels", "Declined", "status of a staff suggestion"),
    }


def feedback_source_table(translate: Callable[..., str] | None = None) -> dict[FeedbackSource, str]:
    say = QCoreApplication.translate
    say = translate or say  # a report's own language (reports.builders.common.enum_text)
    return {
        FeedbackSource.LETTER: say("Labels", "Letter", "feedback channel"),
        FeedbackSource.EMAIL: say("Labels", "E-mail", "feedback channel"),
        FeedbackSource.CALL: say("Labels", "Phone call", "feedback channel"),
        FeedbackSource.AGENCY: say("Labels", "Reporting agency", "feedback channel"),
        FeedbackSource.STAFF_SUGGESTION: say("Labels", "Staff suggestion",
                                                                    "feedback channel"),
    }


def feedback_severity_table(translate: Callable[..., str] | None = None) -> dict[FeedbackSeverity, str]:
    say = QCoreApplication.translate
    say = translate or say  # a report's own language (reports.builders.common.enum_text)
    return {
        FeedbackSeverity.LOW: say("Labels", "Low", "feedback severity"),
        FeedbackSeverity.MEDIUM: say("Labels", "Medium", "feedback severity"),
        FeedbackSeverity.HIGH: say("Labels", "High", "feedback severity"),
        FeedbackSeverity.CRITICAL: say("Labels", "Critical", "feedback severity"),
    }


def feedback_outcome_table(translate: Callable[..., str] | None = None) -> dict[FeedbackOutcome, str]:
    say = QCoreApplication.translate
    say = translate or say  # a report's own language (reports.builders.common.enum_text)
    return {
        FeedbackOutcome.UPHELD: say("Labels", "Upheld", "outcome of a complaint"),
        FeedbackOutcome.PARTLY_UPHELD: say("Labels", "Partly upheld", "outcome of a complaint"),
        FeedbackOutcome.NOT_UPHELD: say("Labels", "Not upheld", "outcome of a complaint"),
        FeedbackOutcome.WITHDRAWN: say("Labels", "Withdrawn", "outcome of a complaint"),
        FeedbackOutcome.NO_ACTION: say("Labels", "No action needed", "outcome of a complaint"),
    }
