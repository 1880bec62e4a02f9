"""Accounts: one debt owed by a debtor to a creditor, worked by a collector."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from collectdesk.domain.enums import AccountStatus
from collectdesk.store.models.base import Base, IdMixin, TimestampMixin, VersionedMixin, currency_column
from collectdesk.store.models.debtors import Debtor
from collectdesk.store.models.organisation import StaffMember, enum_column


class Account(IdMixin, VersionedMixin, TimestampMixin, Base):
    __tablename__ = "account"
    # What the queues sort and filter on (ARCHITECTURE.md: Big tables). Each index is (column, status):
    # a queue is nearly always "open accounts sorted by X", and with status in the index SQLite walks
    # it without touching the table (a covering scan, also for OFFSET). One index per column, no more:
    # every index costs import speed.
    __table_args__ = tuple(
        Index(f"ix_account_{col}_status", col, "status")
        for col in ("due_date", "balance", "collector_id", "team_id", "branch_id", "country",
                    "debtor_name_key", "priority", "last_contact_at", "next_action_on")
    ) + (
        # status alone: the open-queue count (a covering range scan, 3x faster than a full index
        # scan at 1M rows) and sorting by status as a window instead of reading every key
        Index("ix_account_status", "status"),
    )

    account_no: Mapped[str] = mapped_column(String(64), unique=True)
    debtor_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("debtor.id"), index=True)
    creditor: Mapped[str] = mapped_column(String(160), default="")
    creditor_ref: Mapped[str | None] = mapped_column(String(64), index=True)  # matched in e-mails
    currency: Mapped[str] = currency_column()
    original_amount: Mapped[Decimal]
    balance: Mapped[Decimal] = mapped_column()
    due_date: Mapped[date] = mapped_column()
    opened_on: Mapped[date | None]
    status: Mapped[AccountStatus] = mapped_column(enum_column(AccountStatus), default=AccountStatus.OPEN)
    collector_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff_member.id"))
    team_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("team.id"))
    branch_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("branch.id"))
    # copied from the debtor so that 1,000,000-row queues sort and filter on one table's indexes
    country: Mapped[str] = mapped_column(String(2))
    debtor_name_key: Mapped[str] = mapped_column(String(200))
    priority: Mapped[int] = mapped_column(default=0)
    last_contact_at: Mapped[datetime | None]
    next_action_on: Mapped[date | None]
    last_payment_on: Mapped[date | None]
    # which import run last wrote this row (None: entered in the app)
    import_id: Mapped[uuid.UUID | None] = mapped_column(index=True)

    debtor: Mapped[Debtor] = relationship()
    collector: Mapped[StaffMember | None] = relationship(foreign_keys=[collector_id])
