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
    __table_args__ = (
        # what the queues filter and sort on (ARCHITECTURE.md: Big tables)
        Index("ix_account_status_due", "status", "due_date"),
        Index("ix_account_status_balance", "status", "balance"),
        Index("ix_account_collector_status", "collector_id", "status"),
        Index("ix_account_team_status", "team_id", "status"),
        Index("ix_account_branch_status", "branch_id", "status"),
        Index("ix_account_country_status", "country", "status"),
    )

    account_no: Mapped[str] = mapped_column(String(64), unique=True)
    debtor_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("debtor.id"), index=True)
    creditor: Mapped[str] = mapped_column(String(160), default="")
    creditor_ref: Mapped[str | None] = mapped_column(String(64))
    currency: Mapped[str] = currency_column()
    original_amount: Mapped[Decimal]
    balance: Mapped[Decimal] = mapped_column(index=True)
    due_date: Mapped[date] = mapped_column(index=True)
    opened_on: Mapped[date | None]
    status: Mapped[AccountStatus] = mapped_column(enum_column(AccountStatus), default=AccountStatus.OPEN)
    collector_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff_member.id"), index=True)
    team_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("team.id"), index=True)
    branch_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("branch.id"), index=True)
    # copied from the debtor so that 1,000,000-row queues sort and filter on one table's indexes
    country: Mapped[str] = mapped_column(String(2), index=True)
    debtor_name_key: Mapped[str] = mapped_column(String(200), index=True)
    priority: Mapped[int] = mapped_column(default=0, index=True)
    last_contact_at: Mapped[datetime | None] = mapped_column(index=True)
    next_action_on: Mapped[date | None] = mapped_column(index=True)
    last_payment_on: Mapped[date | None]
    # which import run last wrote this row (None: entered in the app)
    import_id: Mapped[uuid.UUID | None] = mapped_column(index=True)

    debtor: Mapped[Debtor] = relationship()
    collector: Mapped[StaffMember | None] = relationship(foreign_keys=[collector_id])
