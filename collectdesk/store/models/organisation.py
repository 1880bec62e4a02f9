"""Branches, teams and staff members."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

from sqlalchemy import Enum, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from collectdesk.domain.enums import StaffRole
from collectdesk.store.models.base import Base, IdMixin, TimestampMixin, VersionedMixin


def enum_column(enum_cls, **kw):
    """A VARCHAR holding the enum's value; no CHECK, so later issues can add values without a migration."""
    return Enum(enum_cls, native_enum=False, create_constraint=False, length=32,
                values_callable=lambda e: [m.value for m in e], validate_strings=True, **kw)


class Branch(IdMixin, VersionedMixin, TimestampMixin, Base):
    __tablename__ = "branch"

    name: Mapped[str] = mapped_column(String(120), unique=True)
    country: Mapped[str] = mapped_column(String(2))
    city: Mapped[str] = mapped_column(String(120), default="")
    timezone: Mapped[str] = mapped_column(String(64), default="Europe/Rome")

    teams: Mapped[list[Team]] = relationship(back_populates="branch")


class Team(IdMixin, VersionedMixin, TimestampMixin, Base):
    __tablename__ = "team"

    name: Mapped[str] = mapped_column(String(120))
    branch_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("branch.id"), index=True)

    branch: Mapped[Branch] = relationship(back_populates="teams")
    members: Mapped[list[StaffMember]] = relationship(back_populates="team", foreign_keys="StaffMember.team_id")


class StaffMember(IdMixin, VersionedMixin, TimestampMixin, Base):
    __tablename__ = "staff_member"

    username: Mapped[str] = mapped_column(String(64), unique=True)
    full_name: Mapped[str] = mapped_column(String(160), index=True)
    email: Mapped[str | None] = mapped_column(String(254))
    role: Mapped[StaffRole] = mapped_column(enum_column(StaffRole), index=True)
    team_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("team.id"), index=True)
    branch_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("branch.id"), index=True)
    language: Mapped[str] = mapped_column(String(8), default="en")
    hire_date: Mapped[date | None]
    left_on: Mapped[date | None]
    active: Mapped[bool] = mapped_column(default=True)
    # Escalations above this amount go to a senior manager (None: no authority limit set).
    approval_limit: Mapped[Decimal | None]
    approval_currency: Mapped[str | None] = mapped_column(String(3))

    team: Mapped[Team | None] = relationship(back_populates="members", foreign_keys=[team_id])
    branch: Mapped[Branch | None] = relationship(foreign_keys=[branch_id])
