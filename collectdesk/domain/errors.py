"""Errors the services raise. Each carries a message already translated for the user."""

from __future__ import annotations


class DomainError(Exception):
    """A rule of the business was broken; the message is for the user, in their language."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class ValidationError(DomainError):
    pass


class NotFoundError(DomainError):
    pass


class StaleEditError(DomainError):
    """Someone else saved the same record first. Nothing was written; reload and retry."""

    def __init__(self, message: str, *, entity: str = "", entity_id: object = None,
                 changed_by: str | None = None, changed_at: object = None,
                 changes: list[tuple[str, str, str]] | None = None):
        super().__init__(message)
        self.entity = entity
        self.entity_id = entity_id
        self.changed_by = changed_by
        self.changed_at = changed_at
        self.changes = changes or []


class StorageError(DomainError):
    """The database could not be reached, is damaged, or the disk is full."""
