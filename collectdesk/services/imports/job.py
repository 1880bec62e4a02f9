"""The state one import run shares between the reader, the validators and the writers."""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.orm import Session

from collectdesk.services.imports.amounts import NumberFormat
from collectdesk.services.imports.columns import Columns
from collectdesk.services.imports.dates import sqlite_datetime
from collectdesk.services.imports.report import ImportReport

_NAMESPACE = uuid.UUID("6f1c3c52-43c1-5a7e-9f0c-2f3b1d0c9a11")  # CollectDesk import ids (uuid5)
_NS_BYTES = _NAMESPACE.bytes


_VARIANT = {c: "89ab"[int(c, 16) & 3] for c in "0123456789abcdef"}


def uuid5_hex(name: str, _sha1=hashlib.sha1, _ns=_NS_BYTES, _variant=_VARIANT) -> str:
    """uuid.uuid5(_NAMESPACE, name).hex, without building UUID objects (it runs once per row)."""
    h = _sha1(_ns + name.encode()).hexdigest()
    return h[:12] + "5" + h[13:16] + _variant[h[16]] + h[17:32]


def new_id_factory():
    """Fresh ids for rows this run creates: a random 80-bit prefix (UUID version 8 layout) and a
    counter, so the rows of one run land next to each other in the primary-key index."""
    base = uuid.uuid4().hex
    prefix = f"{base[:12]}8{base[13:16]}{'89ab'[int(base[16], 16) & 3]}{base[17:20]}"
    counter = iter(range(1, 1 << 48))
    return lambda: f"{prefix}{next(counter):012x}"


def hex_id(value) -> str | None:
    """A UUID as the database driver returned it (uuid.UUID on PostgreSQL, hex text on SQLite)."""
    if value is None:
        return None
    return value.hex if isinstance(value, uuid.UUID) else str(value).replace("-", "")


def cents_of(value) -> int:
    """A money column as the driver returned it: integer cents on SQLite, Decimal on PostgreSQL."""
    if isinstance(value, int):
        return value
    return int(value.scaleb(2))


@dataclass
class Job:
    session: Session
    conn: Connection
    report: ImportReport
    columns: Columns
    number_format: NumberFormat
    actor: str
    now: datetime
    today: date
    import_id: uuid.UUID
    allow_overpayment: bool = False
    approx_rows: int = 0
    extra: dict[str, Any] = field(default_factory=dict)
    pending_errors: list[tuple[int, str, str]] = field(default_factory=list)

    @property
    def dialect(self) -> str:
        return self.conn.dialect.name

    @property
    def sqlite(self) -> bool:
        return self.conn.dialect.name == "sqlite"

    @property
    def raw(self):
        """The driver's own connection (sqlite3 / psycopg), inside SQLAlchemy's transaction."""
        return self.conn.connection.driver_connection

    @property
    def run_hex(self) -> str:
        return self.import_id.hex

    def db_time(self, moment: datetime):
        """A UTC instant as the bulk writers pass it (SQLAlchemy's SQLite text format; aware on PG)."""
        return sqlite_datetime(moment) if self.sqlite else moment

    @property
    def now_db(self):
        return self.db_time(self.now)

    def money(self, cents: int):
        """Integer cents as the money column takes them (cents on SQLite, NUMERIC text on PG)."""
        if self.sqlite:
            return cents
        sign = "-" if cents < 0 else ""
        cents = abs(cents)
        return f"{sign}{cents // 100}.{cents % 100:02d}"

    def error(self, line: int, field_name: str, reason: str) -> None:
        """Record a bad cell; errors of a batch reach the report sorted by line (flush_errors)."""
        self.pending_errors.append((line, self.columns.label.get(field_name, field_name), reason))

    @property
    def error_count(self) -> int:
        return self.report.error_count + len(self.pending_errors)

    def flush_errors(self) -> None:
        self.pending_errors.sort(key=lambda e: e[0])
        for line, column, reason in self.pending_errors:
            self.report.add_error(line, column, reason)
        self.pending_errors.clear()

    def select_in(self, sql: str, keys: list, *extra) -> list[tuple]:
        """Run `sql` with `{keys}` replaced by a parameter list for `keys` (chunks of 900)."""
        out: list[tuple] = []
        raw = self.raw
        for start in range(0, len(keys), 900):
            chunk = keys[start:start + 900]
            text = sql if self.sqlite else sql.replace("?", "%s")
            text = text.replace("{keys}", ", ".join(["?" if self.sqlite else "%s"] * len(chunk)))
            cur = raw.cursor()
            cur.execute(text, (*chunk, *extra))
            out.extend(cur.fetchall())
            cur.close()
        return out

    def executemany(self, sql: str, rows: list) -> int:
        """executemany on the driver connection; SQL written with ? (translated for psycopg)."""
        if not rows:
            return 0
        raw = self.raw
        if self.sqlite:
            return raw.executemany(sql, rows).rowcount
        with raw.cursor() as cur:
            cur.executemany(sql.replace("?", "%s"), rows)
            return cur.rowcount

    def execute(self, sql: str, params=()) -> list[tuple]:
        raw = self.raw
        if self.sqlite:
            cur = raw.execute(sql, params)
            rows = cur.fetchall()
            cur.close()
            return rows
        with raw.cursor() as cur:
            cur.execute(sql.replace("?", "%s"), params)
            return cur.fetchall() if cur.description else []

    def copy_rows(self, table: str, columns: list[str], rows) -> None:
        """PostgreSQL COPY into `table` (values already in text-friendly form)."""
        cols = ", ".join(f'"{c}"' for c in columns)
        with self.raw.cursor() as cur, cur.copy(f'COPY "{table}" ({cols}) FROM STDIN') as copy:
            for row in rows:
                copy.write_row(row)

    def insert_rows(self, table: str, columns: list[str], rows: list) -> None:
        """Plain INSERT of many rows: executemany on SQLite, COPY on PostgreSQL."""
        if not rows:
            return
        if self.sqlite:
            cols = ", ".join(f'"{c}"' for c in columns)
            marks = ", ".join("?" for _ in columns)
            self.raw.executemany(f'INSERT INTO "{table}" ({cols}) VALUES ({marks})', rows)
        else:
            self.copy_rows(table, columns, rows)
