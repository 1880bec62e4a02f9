"""Debtors (people and companies), their contact points and their flags."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from collectdesk.domain.enums import DebtorFlag, DebtorType
from collectdesk.store.models.base import Base, IdMixin, TimestampMixin, VersionedMixin
from collectdesk.store.models.organisation import enum_column


class Debtor(IdMixin, VersionedMixin, TimestampMixin, Base):
    __tablename__ = "debtor"

    debtor_type: Mapped[DebtorType] = mapped_column(enum_column(DebtorType), default=DebtorType.PERSON)
    name: Mapped[str] = mapped_column(String(200))
    # casefolded name for search and sorting (the index queues use)
    name_key: Mapped[str] = mapped_column(String(200), index=True)
    country: Mapped[str] = mapped_column(String(2), index=True)
    language: Mapped[str] = mapped_column(String(8), default="en")
    timezone: Mapped[str] = mapped_column(String(64), default="Europe/Rome")
    # ISO 3166-2 subdivision without the country ("BY", "NW"): regional public holidays for contact hours
    region: Mapped[str | None] = mapped_column(String(8))
    tax_id: Mapped[str | None] = mapped_column(String(32))
    birth_date: Mapped[date | None]
    address: Mapped[str | None] = mapped_column(Text)
    note: Mapped[str | None] = mapped_column(Text)

    contacts: Mapped[list[DebtorContact]] = relationship(back_populates="debtor", cascade="all, delete-orphan")
    flags: Mapped[list[DebtorFlagEntry]] = relationship(back_populates="debtor", cascade="all, delete-orphan")

    def active_flags(self) -> set[DebtorFlag]:
        return {f.flag for f in self.flags if f.cleared_at is None}


class DebtorContact(IdMixin, VersionedMixin, TimestampMixin, Base):
    __tablename__ = "debtor_contact"

    debtor_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("debtor.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(16))  # phone, email, address
    value: Mapped[str] = mapped_column(String(254))
    # digits only for phones, lower-case for e-mail: what search compares
    search_key: Mapped[str] = mapped_column(String(254), index=True)
    label: Mapped[str] = mapped_column(String(40), default="")
    is_primary: Mapped[bool] = mapped_column(default=False)
    valid: Mapped[bool] = mapped_column(default=True)
    # no contact through this point (e.g. the debtor asked not to be called at work)
    do_not_use: Mapped[bool] = mapped_column(default=False)

    debtor: Mapped[Debtor] = relationship(back_populates="contacts")


class DebtorFlagEntry(IdMixin, VersionedMixin, Base):
    """A flag set on a debtor, kept after it is cleared so the history stays."""

    __tablename__ = "debtor_flag"
    __table_args__ = (Index("ix_debtor_flag_flag_debtor", "flag", "debtor_id"),)

    debtor_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("debtor.id", ondelete="CASCADE"), index=True)
    flag: Mapped[DebtorFlag] = mapped_column(enum_column(DebtorFlag))
    set_at: Mapped[datetime]
    set_by: Mapped[str] = mapped_column(String(64))
    note: Mapped[str | None] = mapped_column(Text)
    cleared_at: Mapped[datetime | None]
    cleared_by: Mapped[str | None] = mapped_column(String(64))

    debtor: Mapped[Debtor] = relationship(back_populates="flags")
