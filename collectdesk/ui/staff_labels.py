"""Label tables for staff and their training: roles, a training record's status, and where a person
stands with a module (services.training.RecordState).

collectdesk.ui.labels registers these builders; call labels.role_label / labels.enum_label ..., not
the builders. The context is "Labels", as for every label table."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from collectdesk.domain.enums import StaffRole, TrainingStatus
from collectdesk.services.training import RecordState


def staff_role_table() -> dict[StaffRole, str]:
    return {
        StaffRole.COLLECTOR: QCoreApplication.translate("Labels", "Collector", "staff role"),
        StaffRole.ACCOUNTANT: QCoreApplication.translate("Labels", "Accountant", "staff role"),
        StaffRole.CUSTOMER_SERVICE: QCoreApplication.translate("Labels", "Customer service", "staff role"),
        StaffRole.SUPERVISOR: QCoreApplication.translate("Labels", "Supervisor", "staff role"),
        StaffRole.COLLECTION_MANAGER: QCoreApplication.translate("Labels", "Collection manager", "staff role"),
        StaffRole.SENIOR_MANAGER: QCoreApplication.translate("Labels", "Senior manager", "staff role"),
    }


def training_status_table() -> dict[TrainingStatus, str]:
    return {
        TrainingStatus.ASSIGNED: QCoreApplication.translate("Labels", "Assigned", "training status"),
        TrainingStatus.IN_PROGRESS: QCoreApplication.translate("Labels", "In progress", "training status"),
        TrainingStatus.COMPLETED: QCoreApplication.translate("Labels", "Completed", "training status"),
        TrainingStatus.EXPIRED: QCoreApplication.translate("Labels", "Expired", "training status"),
    }


def training_state_table() -> dict[RecordState, str]:
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
