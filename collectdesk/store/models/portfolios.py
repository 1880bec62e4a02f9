"""Watchlists and special portfolios (high-risk, high-profile, fraud) with an owning supervisor."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from collectdesk.domain.enums import PortfolioKind
from collectdesk.store.models.base import Base, IdMixin, TimestampMixin, VersionedMixin, utcnow
from collectdesk.store.models.organisation import enum_column


class Portfolio(IdMixin, VersionedMixin, TimestampMixin, Base):
    __tablename__ = "portfolio"

    name: Mapped[str] = mapped_column(String(120), unique=True)
    kind: Mapped[PortfolioKind] = mapped_column(enum_column(PortfolioKind))
    owner_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff_member.id"), index=True)
    description: Mapped[str | None] = mapped_column(Text)
    # compliance profile override for the accounts in it (None: the debtor's country decides)
    compliance_profile: Mapped[str | None] = mapped_column(String(40))


class PortfolioAccount(Base):
    __tablename__ = "portfolio_account"

    portfolio_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("portfolio.id", ondelete="CASCADE"), primary_key=True)
    account_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("account.id", ondelete="CASCADE"), primary_key=True, index=True)
    added_at: Mapped[datetime] = mapped_column(default=utcnow)
    added_by: Mapped[str] = mapped_column(String(64), default="")
    reason: Mapped[str | None] = mapped_column(Text)
    removed_at: Mapped[datetime | None]  # still listed for its history; None while in the portfolio
    removed_by: Mapped[str | None] = mapped_column(String(64))
