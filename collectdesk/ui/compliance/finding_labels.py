"""Words for a finding's status, review outcome and severity, and for a change against the previous period."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from collectdesk import i18n
from collectdesk.domain.enums import FindingReview, FindingSeverity, FindingStatus


def status_text(status: FindingStatus) -> str:
    return {
        FindingStatus.OPEN: QCoreApplication.translate("ComplianceLabels", "Open", "finding status"),
        FindingStatus.REVIEWED: QCoreApplication.translate("ComplianceLabels", "Reviewed", "finding status"),
        FindingStatus.DISMISSED: QCoreApplication.translate("ComplianceLabels", "Dismissed", "finding status"),
    }[FindingStatus(status)]


def review_text(review: FindingReview) -> str:
    return {
        FindingReview.COACHING: QCoreApplication.translate("ComplianceLabels", "Coaching given"),
        FindingReview.FALSE_POSITIVE: QCoreApplication.translate("ComplianceLabels", "False positive"),
        FindingReview.ESCALATED: QCoreApplication.translate("ComplianceLabels", "Escalated"),
        FindingReview.NOTED: QCoreApplication.translate("ComplianceLabels", "Noted"),
    }[FindingReview(review)]


def review_hint(review: FindingReview) -> str:
    """What choosing the outcome does to the finding."""
    if FindingReview(review) is FindingReview.FALSE_POSITIVE:
        return QCoreApplication.translate("ComplianceLabels", "The finding will be dismissed: the contact was "
                                                              "allowed.")
    return QCoreApplication.translate("ComplianceLabels", "The finding will be marked as reviewed.")


def severity_text(severity: FindingSeverity) -> str:
    from collectdesk.compliance.explain import severity_text as text

    return text(FindingSeverity(severity))


def severity_colour(severity: FindingSeverity) -> QColor:
    dark = QApplication.palette().color(QPalette.ColorRole.Base).lightness() < 128
    if FindingSeverity(severity) is FindingSeverity.BLOCK:
        return QColor("#ff8a80") if dark else QColor("#b3261e")
    return QColor("#ffcc80") if dark else QColor("#a15c00")


def change_text(change: int | None) -> str:
    """+3, −2, ±0 (a real minus sign), or an empty string without a comparison."""
    if change is None:
        return ""
    if change > 0:
        return f"+{i18n.format_count(change)}"
    if change < 0:
        return f"\u2212{i18n.format_count(-change)}"
    return "\u00b10"
