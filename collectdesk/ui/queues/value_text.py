"""How a queue cell reads on screen, in the user's language and formats."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from collectdesk import i18n
from collectdesk.domain.aging import AgingBucket
from collectdesk.services.queues import QueueRow
from collectdesk.ui.queues.case_text import case_text


def aging_label(bucket: AgingBucket) -> str:
    if bucket is AgingBucket.CURRENT:
        return QCoreApplication.translate("Labels", "Current")
    return bucket.value


def cell_text(row: QueueRow, key: str) -> str:
    from collectdesk.ui.labels import status_label

    if key == "status":
        return status_label(row.status)
    if key == "aging":
        return aging_label(row.aging)
    if key == "case":
        return case_text(row.case)
    if key in ("balance", "original_amount"):
        return i18n.format_decimal(getattr(row, key))
    if key in ("due_date", "next_action"):
        value = getattr(row, key)
        return i18n.format_date(value) if value else ""
    if key == "last_contact":
        return i18n.format_datetime(row.last_contact) if row.last_contact else ""
    if key in ("dpd", "priority"):
        return i18n.format_count(getattr(row, key))
    return str(getattr(row, key) or "")


def labeller(key: str, value) -> str:
    """For exports: enum values in the user's words."""
    from collectdesk.ui.labels import status_label

    if key == "status":
        return status_label(value)
    if key == "aging":
        return aging_label(value)
    if key == "case":
        return case_text(value)
    return str(getattr(value, "value", value))
