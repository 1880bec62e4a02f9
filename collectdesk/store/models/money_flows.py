"""Promises to pay, payments, payment plans and their installments, settlements, write-offs."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from collectdesk.domain.enums import (
    InstallmentStatus,
    PaymentMethod,
    PlanFrequency,
    PlanStatus,
    PromiseStatus,
    SettlementStatus,
    WriteOffReason,
)
from collectdesk.store.models.base import Base, IdMixin, TimestampMixin, VersionedMixin, currency_column
from collectdesk.store.models.organisation import enum_column


class Promise(IdMixin, VersionedMixin, TimestampMixin, Base):
    __tablename__ = "promise"
    __table_args__ = (
        Index("ix_promise_status_due", "status", "due_date"),
        Index("ix_promise_account_due", "account_id", "due_date"),
        Index("ix_promise_collector_due", "collector_id", "due_date"),
        # the scorecard's "promises made" (collector, promised_at in the period), covering its sums
        Index("ix_promise_collector_promised", "collector_id", "promised_at", "currency", "amount"),
    )

    account_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("account.id"))
    collector_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff_member.id"))
    activity_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("activity.id"))
    amount: Mapped[Decimal]
    currency: Mapped[str] = currency_column()
    promised_at: Mapped[datetime]
    due_date: Mapped[date]
    status: Mapped[PromiseStatus] = mapped_column(enum_column(PromiseStatus), default=PromiseStatus.PENDING)
    paid_amount: Mapped[Decimal] = mapped_column(default=Decimal("0.00"))
    resolved_at: Mapped[datetime | None]
    note: Mapped[str | None] = mapped_column(Text)


class Payment(IdMixin, Base):
    """A payment received. Immutable once posted (a reversal is a negative payment)."""

    __tablename__ = "payment"
    __table_args__ = (
        Index("ix_payment_account_paid", "account_id", "paid_on"),
        Index("ix_payment_collector_paid", "collector_id", "paid_on"),
    )

    account_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("account.id"))
    amount: Mapped[Decimal]
    currency: Mapped[str] = currency_column()
    # the part of `amount` above the balance at posting time, held as a credit, never lost
    overpayment: Mapped[Decimal] = mapped_column(default=Decimal("0.00"))
    paid_on: Mapped[date] = mapped_column(index=True)
    method: Mapped[PaymentMethod] = mapped_column(enum_column(PaymentMethod), default=PaymentMethod.BANK_TRANSFER)
    reference: Mapped[str | None] = mapped_column(String(120), index=True)
    collector_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff_member.id"))
    promise_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("promise.id"))
    installment_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("plan_installment.id"))
    posted_at: Mapped[datetime]
    posted_by: Mapped[str] = mapped_column(String(64), default="")
    import_id: Mapped[uuid.UUID | None]


class PaymentPlan(IdMixin, VersionedMixin, TimestampMixin, Base):
    __tablename__ = "payment_plan"

    account_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("account.id"), index=True)
    total_amount: Mapped[Decimal]
    currency: Mapped[str] = currency_column()
    down_payment: Mapped[Decimal] = mapped_column(default=Decimal("0.00"))
    fee: Mapped[Decimal] = mapped_column(default=Decimal("0.00"))
    # yearly interest in percent, e.g. Decimal("4.50"); exact, not money
    interest_rate_pct: Mapped[str | None] = mapped_column(String(16))
    frequency: Mapped[PlanFrequency] = mapped_column(enum_column(PlanFrequency))
    installment_count: Mapped[int]
    first_due: Mapped[date]
    grace_days: Mapped[int] = mapped_column(default=5)
    status: Mapped[PlanStatus] = mapped_column(enum_column(PlanStatus), default=PlanStatus.PROPOSED, index=True)
    approved_by: Mapped[str | None] = mapped_column(String(64))
    approved_at: Mapped[datetime | None]
    escalation_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("escalation.id"))

    installments: Mapped[list[PlanInstallment]] = relationship(
        back_populates="plan", cascade="all, delete-orphan", order_by="PlanInstallment.seq"
    )


class PlanInstallment(IdMixin, VersionedMixin, Base):
    __tablename__ = "plan_installment"
    __table_args__ = (
        UniqueConstraint("plan_id", "seq"),
        Index("ix_plan_installment_status_due", "status", "due_date"),
    )

    plan_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("payment_plan.id", ondelete="CASCADE"))
    seq: Mapped[int]
    due_date: Mapped[date]
    amount: Mapped[Decimal]
    currency: Mapped[str] = currency_column()
    paid_amount: Mapped[Decimal] = mapped_column(default=Decimal("0.00"))
    status: Mapped[InstallmentStatus] = mapped_column(enum_column(InstallmentStatus), default=InstallmentStatus.DUE)

    plan: Mapped[PaymentPlan] = relationship(back_populates="installments")


class Settlement(IdMixin, VersionedMixin, TimestampMixin, Base):
    __tablename__ = "settlement"

    account_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("account.id"), index=True)
    balance_at_offer: Mapped[Decimal]
    settle_amount: Mapped[Decimal]
    currency: Mapped[str] = currency_column()
    deadline: Mapped[date]
    status: Mapped[SettlementStatus] = mapped_column(enum_column(SettlementStatus), default=SettlementStatus.OFFERED, index=True)
    decided_by: Mapped[str | None] = mapped_column(String(64))
    escalation_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("escalation.id"))


class WriteOff(IdMixin, TimestampMixin, Base):
    __tablename__ = "write_off"

    account_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("account.id"), index=True)
    amount: Mapped[Decimal]
    currency: Mapped[str] = currency_column()
    reason: Mapped[WriteOffReason] = mapped_column(enum_column(WriteOffReason))
    written_off_on: Mapped[date] = mapped_column(index=True)
    approved_by: Mapped[str] = mapped_column(String(64))
    note: Mapped[str | None] = mapped_column(Text)
    escalation_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("escalation.id"))
    accounting_ref: Mapped[str | None] = mapped_column(String(64))
