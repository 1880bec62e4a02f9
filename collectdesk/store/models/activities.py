"""The activity log: every call, letter, e-mail, SMS and visit. Append-only."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from collectdesk.domain.enums import Channel, Direction, Outcome
from collectdesk.store.models.base import Base, IdMixin, utcnow
from collectdesk.store.models.organisation import enum_column


class Activity(IdMixin, Base):
    __tablename__ = "activity"
    __table_args__ = (
        Index("ix_activity_account_time", "account_id", "occurred_at"),
        # covering: the scorecard's per-collector GROUP BY reads only this index (docs/decisions.md)
        Index("ix_activity_collector_time", "collector_id", "occurred_at", "account_id", "channel", "direction",
              "outcome"),
        Index("ix_activity_debtor_time", "debtor_id", "occurred_at"),
    )

    account_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("account.id"))
    debtor_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("debtor.id"))
    collector_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff_member.id"))
    channel: Mapped[Channel] = mapped_column(enum_column(Channel))
    direction: Mapped[Direction] = mapped_column(enum_column(Direction))
    outcome: Mapped[Outcome] = mapped_column(enum_column(Outcome))
    occurred_at: Mapped[datetime] = mapped_column(index=True)
    duration_s: Mapped[int] = mapped_column(default=0)
    contact_value: Mapped[str | None] = mapped_column(String(254))  # number dialled, address written to
    note: Mapped[str | None] = mapped_column(Text)
    # content tags of a letter or e-mail, space-separated ("privacy_notice interest_calculation"): compliance checks
    tags: Mapped[str | None] = mapped_column(String(400))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    created_by: Mapped[str] = mapped_column(String(64), default="")
    import_id: Mapped[uuid.UUID | None]
