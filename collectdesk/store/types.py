"""Column types that keep the data rules: exact money, UTC time.

MoneyAmount is NUMERIC(14, 2) on PostgreSQL. SQLite has no exact decimal type (its NUMERIC
affinity stores REAL, a float), so there the same column holds an INTEGER count of cents and
SUM() stays exact. Code never sees the difference: values come back as Decimal('12.34').
Bulk writers that bypass the ORM use `money_db_value` for the same conversion.
"""

from __future__ import annotations

from datetime import datetime, timezone
from decimal import Decimal

from sqlalchemy import BigInteger, DateTime, Numeric
from sqlalchemy.types import TypeDecorator

from collectdesk.domain.money import to_cents


def money_db_value(dialect_name: str, amount: Decimal | None):
    if amount is None:
        return None
    if isinstance(amount, float):
        raise TypeError("money must be Decimal, not float")
    cents = to_cents(Decimal(amount))
    if dialect_name == "sqlite":
        return int(cents.scaleb(2))
    return cents


def money_from_db(dialect_name: str, value) -> Decimal | None:
    if value is None:
        return None
    if dialect_name == "sqlite":
        return Decimal(int(value)).scaleb(-2).quantize(Decimal("0.01"))
    return Decimal(value).quantize(Decimal("0.01"))


class MoneyAmount(TypeDecorator):
    impl = Numeric(14, 2)
    cache_ok = True

    def load_dialect_impl(self, dialect):
        if dialect.name == "sqlite":
            return dialect.type_descriptor(BigInteger())
        return dialect.type_descriptor(Numeric(14, 2, asdecimal=True))

    def process_bind_param(self, value, dialect):
        return money_db_value(dialect.name, value)

    def process_result_value(self, value, dialect):
        return money_from_db(dialect.name, value)

    @property
    def python_type(self):
        return Decimal


class UTCDateTime(TypeDecorator):
    """Timezone-aware datetimes, stored in UTC; naive values are refused."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime: CollectDesk stores time in UTC")
        value = value.astimezone(timezone.utc)
        if dialect.name == "sqlite":
            return value.replace(tzinfo=None)
        return value

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        if isinstance(value, str):  # raw SQL on SQLite
            value = datetime.fromisoformat(value)
        if value.tzinfo is None:
            return value.replace(tzinfo=timezone.utc)
        return value.astimezone(timezone.utc)

    @property
    def python_type(self):
        return datetime


def utc_db_value(dialect_name: str, value: datetime | None):
    """What UTCDateTime writes, for bulk writers that bypass the ORM."""
    if value is None:
        return None
    value = value.astimezone(timezone.utc)
    if dialect_name == "sqlite":
        # as SQLAlchemy's SQLite DateTime stores it: always with microseconds, so that text comparisons
        # with bound values are exact ("10:00:00" sorts before "10:00:00.000000")
        return value.replace(tzinfo=None).strftime("%Y-%m-%d %H:%M:%S.%f")
    return value
