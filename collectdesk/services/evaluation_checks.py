"""Checks shared by reviews and QA entries: the evaluated person and the reviewer exist and are two
people, and optional free text is stored trimmed (or as None)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from collectdesk.domain.errors import NotFoundError, ValidationError
from collectdesk.store.models import StaffMember


def optional_text(value: str | None) -> str | None:
    value = (value or "").strip()
    return value or None


def check_people(s, staff_id, reviewer_id) -> StaffMember:
    staff = s.get(StaffMember, staff_id)
    if staff is None:
        raise NotFoundError(QCoreApplication.translate("Evaluations", "This staff member no longer exists."))
    if reviewer_id is not None:
        if reviewer_id == staff_id:
            raise ValidationError(QCoreApplication.translate(
                "Evaluations", "Nobody can evaluate themselves; choose another reviewer."))
        if s.get(StaffMember, reviewer_id) is None:
            raise NotFoundError(QCoreApplication.translate("Evaluations", "The chosen reviewer no longer exists."))
    return staff

