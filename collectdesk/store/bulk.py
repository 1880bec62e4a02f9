"""Fast bulk inserts for imports, demo data and roll-ups (the ORM is for interactive edits).

SQLite: the driver's own executemany on the connection SQLAlchemy is already using (same
transaction). PostgreSQL: psycopg's COPY. Values are converted exactly as the ORM column types
would convert them (MoneyAmount -> cents on SQLite, UTCDateTime -> UTC, Uuid -> hex on SQLite).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime, timezone
from decimal import Decimal
from enum import Enum

from sqlalchemy import Boolean, Connection, Date, Table, Uuid
from sqlalchemy import Enum as SAEnum

from collectdesk.store.types import MoneyAmount, UTCDateTime, money_db_value, utc_db_value

Converter = Callable[[object], object] | None


def _sqlite_converter(column) -> Converter:
    t = column.type
    if isinstance(t, MoneyAmount):
        return lambda v: None if v is None else money_db_value("sqlite", v)
    if isinstance(t, UTCDateTime):
        return lambda v: None if v is None else utc_db_value("sqlite", v)
    if isinstance(t, Uuid):
        return lambda v: None if v is None else (v.hex if isinstance(v, uuid.UUID) else uuid.UUID(str(v)).hex)
    if isinstance(t, Date):
        return lambda v: None if v is None else v.isoformat()
    if isinstance(t, SAEnum):
        return lambda v: v.value if isinstance(v, Enum) else v
    if isinstance(t, Boolean):
        return lambda v: None if v is None else int(bool(v))
    return None


def _pg_converter(column) -> Converter:
    t = column.type
    if isinstance(t, MoneyAmount):
        return lambda v: None if v is None else money_db_value("postgresql", v)
    if isinstance(t, UTCDateTime):
        return lambda v: None if v is None else v.astimezone(timezone.utc)
    if isinstance(t, SAEnum):
        return lambda v: v.value if isinstance(v, Enum) else v
    return None


def row_converter(dialect_name: str, table: Table, columns: Sequence[str]) -> Callable[[Sequence], tuple]:
    make = _sqlite_converter if dialect_name == "sqlite" else _pg_converter
    convs = [make(table.c[name]) for name in columns]
    if not any(convs):
        return tuple
    pairs = list(enumerate(convs))

    def convert(row: Sequence) -> tuple:
        return tuple(c(row[i]) if c else row[i] for i, c in pairs)

    return convert


class BulkInserter:
    """Insert many rows into one table through the connection's own transaction.

    `add(row)` takes a tuple in `columns` order; rows are sent in batches; `flush()` sends the rest.
    """

    def __init__(self, conn: Connection, table: Table, columns: Sequence[str], *, batch: int = 5000,
                 sqlite_verb: str = "INSERT"):
        self.conn = conn
        self.table = table
        self.columns = list(columns)
        self.dialect = conn.dialect.name
        self.convert = row_converter(self.dialect, table, self.columns)
        self.batch = batch
        self.pending: list[tuple] = []
        self.count = 0
        cols = ", ".join(f'"{c}"' for c in self.columns)
        if self.dialect == "sqlite":
            marks = ", ".join("?" for _ in self.columns)
            self.sql = f'{sqlite_verb} INTO "{table.name}" ({cols}) VALUES ({marks})'
        else:
            self.sql = f'COPY "{table.name}" ({cols}) FROM STDIN'

    def add(self, row: Sequence) -> None:
        self.pending.append(self.convert(row))
        if len(self.pending) >= self.batch:
            self.flush()

    def extend(self, rows: Iterable[Sequence]) -> None:
        for row in rows:
            self.add(row)

    def flush(self) -> None:
        if not self.pending:
            return
        raw = self.conn.connection.driver_connection
        if self.dialect == "sqlite":
            raw.executemany(self.sql, self.pending)
        else:
            with raw.cursor() as cur, cur.copy(self.sql) as copy:
                for row in self.pending:
                    copy.write_row(row)
        self.count += len(self.pending)
        self.pending = []

    def __enter__(self) -> BulkInserter:
        return self

    def __exit__(self, exc_type, *_):
        if exc_type is None:
            self.flush()


def today_utc() -> date:
    return datetime.now(timezone.utc).date()


__all__ = ["BulkInserter", "row_converter", "Decimal"]
