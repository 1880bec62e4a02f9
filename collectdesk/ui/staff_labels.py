"""Label tables for staff and their training: roles, a training record's status, and where a person
stands with a module (services.training.RecordState).

collectdesk.ui.labels registers these builders; call labels.role_label / labels.enum_label ..., not
the builders. The context is "Labels", as for every label table."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from collectdesk.domain.enums import StaffRole, TrainingStatus
from collectdesk.services.training import RecordState


def staff_role_table(translate: Callable[..., str] | None = None) -> dict[StaffRole, str]:
    say = QCoreApplication.translate
    say = translate or say  # a report's own language (reports.builders.common.enum_text)
    return {
        StaffRole.COLLECTOR: say("Labels", "Collector", "staff role"),
        StaffRole.ACCOUNTANT: say("Labels", "Accountant", "staff role"),
        StaffRole.CUSTOMER_SERVICE: say("Labels", "Customer service", "staff role"),
        StaffRole.SUPERVISOR: say("Labels", "Supervisor", "staff role"),
        StaffRole.COLLECTION_MANAGER: say("Labels", "Collection manager", "staff role"),
        StaffRole.SENIOR_MANAGER: say("Labels", "Senior manager", "staff role"),
    }


def training_status_table(translate: Callable[..., str] | None = None) -> dict[TrainingStatus, str]:
    say = QCoreApplication.translate
    say = translate or say  # a report's own language (reports.builders.common.enum_text)
    return {
        TrainingStatus.ASSIGNED: say("Labels", "Assigned", "training status"),
        TrainingStatus.IN_PROGRESS: say("Labels", "In progress", "training status"),
        TrainingStatus.COMPLETED: say("Labels", "Completed", "training status"),
        TrainingStatus.EXPIRED: say("Labels", "Expired", "training status"),
    }


def training_state_table(translate: Callable[..., str] | None = None) -> dict[RecordState, str]:
    say = QCoreApplication.translate
    say = translate or say  # a report's own language (reports.builders.common.enum_text)
    return {
        RecordState.DONE: say("Labels", "Done", "state of a staff member's training"),
        RecordState.DUE: say("Labels", "Due", "state of a staff member's training"),
        RecordState.OVERDUE: say("Labels", "Overdue", "state of a staff member's training"),
        RecordState.EXPIRING: say("Labels", "Expiring soon",
                                                         "state of a staff member's training"),
        RecordState.EXPIRED: say("Labels", "Expired", "state of a staff member's training"),
        RecordState.NOT_ASSIGNED: say("Labels", "Not assigned (mandatory)",
                                                             "state of a staff member's training"),
    }
