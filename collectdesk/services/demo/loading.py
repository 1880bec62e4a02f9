"""Getting prepared rows into the database fast, inside the caller's transaction.

Secondary indexes of the tables being filled are dropped at the start of the build transaction and
recreated from their own stored definitions at the end: one sort per index instead of millions of
random B-tree inserts (at 200,000 accounts on SQLite: 41 s with the drop and rebuild, 65 s keeping
them). On PostgreSQL the foreign keys go the same way. It is all one transaction: a cancelled or
failed build rolls back to the original indexes and constraints.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from sqlalchemy import Connection, text

from collectdesk.services.demo.rows import COLUMNS, FLUSH_ORDER
from collectdesk.store import models as m
from collectdesk.store.bulk import BulkInserter

SQLITE_CACHE_KIB = 64 * 1024  # page cache while building (256 MB was no faster at 200,000 accounts, and
# used 220 MB more); the connection's own value is restored after

TABLES = {name: m.Base.metadata.tables[name] for name in COLUMNS}


class PreparedInserter(BulkInserter):
    """A BulkInserter fed rows already in the driver's form (see Formats): its conversion is skipped."""

    def put(self, rows: list) -> None:
        if rows:
            self.pending = rows
            self.flush()


def inserters(conn: Connection) -> dict[str, PreparedInserter]:
    return {name: PreparedInserter(conn, TABLES[name], COLUMNS[name], batch=1 << 62) for name in FLUSH_ORDER}


def drop_secondary_indexes(conn: Connection, tables: Sequence[str]) -> list[str]:
    """Drop the plain indexes of `tables`; returns the statements that recreate them.

    Primary keys and UNIQUE constraints stay (they are not plain indexes)."""
    names = list(tables)
    if conn.dialect.name == "sqlite":
        marks = ", ".join(f":t{i}" for i in range(len(names)))
        rows = conn.execute(text(
            f"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
            f"AND tbl_name IN ({marks}) ORDER BY name"), {f"t{i}": n for i, n in enumerate(names)}).all()
    else:
        rows = conn.execute(text(
            "SELECT i.relname, pg_get_indexdef(i.oid) FROM pg_index x "
            "JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid "
            "WHERE t.relname = ANY(:tables) AND t.relnamespace = current_schema()::regnamespace "
            "AND NOT x.indisprimary "
            "AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.oid) ORDER BY i.relname"),
            {"tables": names}).all()
    for name, _sql in rows:
        conn.exec_driver_sql(f'DROP INDEX "{name}"')
    return [sql for _name, sql in rows]


def drop_foreign_keys(conn: Connection, tables: Sequence[str]) -> list[str]:
    """PostgreSQL: drop the foreign keys of `tables`; returns the statements that add them back.

    COPY checks a foreign key with one query per row; adding the constraint back checks all rows in
    one join (what pg_restore does). SQLite cannot drop a constraint, and its per-row check is cheap."""
    if conn.dialect.name == "sqlite":
        return []
    rows = conn.execute(text(
        "SELECT t.relname, c.conname, pg_get_constraintdef(c.oid) FROM pg_constraint c "
        "JOIN pg_class t ON t.oid = c.conrelid "
        "WHERE c.contype = 'f' AND t.relname = ANY(:tables) AND t.relnamespace = current_schema()::regnamespace "
        "ORDER BY t.relname, c.conname"), {"tables": list(tables)}).all()
    for table, name, _definition in rows:
        conn.exec_driver_sql(f'ALTER TABLE "{table}" DROP CONSTRAINT "{name}"')
    return [f'ALTER TABLE "{table}" ADD CONSTRAINT "{name}" {definition}' for table, name, definition in rows]


def tune(conn: Connection) -> Callable[[], None]:
    """Settings for one big load, on this connection only; returns what puts them back."""
    if conn.dialect.name == "sqlite":
        # CREATE INDEX sorts in memory up to about the cache size too, then merges from temporary files:
        # the build's memory is this process, the cache and one sort buffer, whatever the row count.
        # (PRAGMA threads = 2 sorted no faster here, with up to three buffers.)
        old_cache = conn.exec_driver_sql("PRAGMA cache_size").scalar()
        conn.exec_driver_sql(f"PRAGMA cache_size = -{SQLITE_CACHE_KIB}")

        def restore() -> None:
            try:
                conn.exec_driver_sql(f"PRAGMA cache_size = {int(old_cache)}")
            except Exception:  # noqa: BLE001 - a connection that failed is discarded by the pool anyway
                pass

        return restore
    conn.exec_driver_sql("SET LOCAL maintenance_work_mem = '256MB'")  # for the index rebuilds
    return lambda: None
