"""Bulk mode for large files: drop secondary indexes, load, rebuild them once.

Every row inserted into a table with N indexes costs N+1 B-tree insertions at random places; the
account table has about twenty. Measured here for 1,000,000 accounts on SQLite: 60-90 s with the
indexes in place against about 30 s for load + CREATE INDEX (which sorts); on PostgreSQL, 100,000
accounts with contacts took 32 s with indexes and foreign keys in place and 7 s without. So when a file is large (at least BULK_MIN_ROWS rows, estimated from
its size) and not small next to the table (at least a quarter of the rows already there), the
secondary indexes of the written tables are dropped at the start and rebuilt from their stored
definitions at the end. Unique and primary-key indexes stay: the upserts need them.

All of it happens inside the import's transaction, so a failed, cancelled or killed import rolls
the indexes back with everything else. SQLite readers (WAL) keep seeing the old tables meanwhile.
On PostgreSQL the foreign keys of the three tables go the same way (their per-row triggers cost as
much as the indexes; ADD CONSTRAINT at the end checks every row at once, so nothing unchecked is
committed). DROP INDEX takes an exclusive lock on the table: other users' queries of accounts,
debtors and contacts wait until the import commits (an initial load or a re-load of most of the
portfolio; smaller files never do this). The lock is asked for with a short lock_timeout; when
someone is using the tables the import goes on without bulk mode instead of queueing behind them.

On SQLite the page cache is raised to CACHE_KIB for the run (and put back afterwards): a fixed
ceiling, not a function of the file's size.
"""

from __future__ import annotations

from collectdesk.services.imports.job import Job

BULK_MIN_ROWS = 50_000
CACHE_KIB = 65_536
PG_LOCK_TIMEOUT = "3s"


class BulkMode:
    def __init__(self, job: Job, tables: tuple[str, ...]):
        self.job = job
        self.tables = tables
        self.dropped: list[tuple[str, str]] = []
        self.foreign_keys: list[tuple[str, str]] = []
        self.old_cache = None
        if job.sqlite:
            self.old_cache = job.execute("PRAGMA cache_size")[0][0]
            if self.old_cache >= 0 or -self.old_cache < CACHE_KIB:
                job.execute(f"PRAGMA cache_size = -{CACHE_KIB}")

    @staticmethod
    def worth_it(approx_rows: int, existing_rows: int) -> bool:
        return approx_rows >= BULK_MIN_ROWS and approx_rows * 4 >= existing_rows

    @property
    def active(self) -> bool:
        return bool(self.dropped)

    def drop_indexes(self) -> bool:
        """Drop the plain secondary indexes (and, on PostgreSQL, the foreign keys of the tables);
        False when PostgreSQL could not get the lock in time."""
        job = self.job
        if job.sqlite:
            marks = ", ".join("?" for _ in self.tables)
            found = job.execute(f"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                                f"AND tbl_name IN ({marks}) AND sql NOT LIKE 'CREATE UNIQUE%'", self.tables)
            for name, _ in found:
                job.execute(f'DROP INDEX "{name}"')
            self.dropped = list(found)
            return True
        found = job.execute(
            "SELECT i.relname, pg_get_indexdef(i.oid) FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid "
            "JOIN pg_class t ON t.oid = x.indrelid WHERE t.relname = ANY(?) "
            "AND t.relnamespace = current_schema()::regnamespace AND NOT x.indisprimary AND NOT x.indisunique "
            "AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.oid)", (list(self.tables),))
        keys = job.execute(
            "SELECT c.conname, t.relname, pg_get_constraintdef(c.oid) FROM pg_constraint c "
            "JOIN pg_class t ON t.oid = c.conrelid WHERE c.contype = 'f' AND t.relname = ANY(?) "
            "AND t.relnamespace = current_schema()::regnamespace", (list(self.tables),))
        raw = job.raw
        with raw.cursor() as cur:
            cur.execute("SAVEPOINT imp_bulk")
            cur.execute(f"SET LOCAL lock_timeout = '{PG_LOCK_TIMEOUT}'")
            try:
                for name, table, _ in keys:
                    cur.execute(f'ALTER TABLE "{table}" DROP CONSTRAINT "{name}"')
                for name, _ in found:
                    cur.execute(f'DROP INDEX "{name}"')
            except Exception as exc:  # psycopg.errors.LockNotAvailable: someone is reading the tables
                if type(exc).__name__ != "LockNotAvailable":
                    raise
                cur.execute("ROLLBACK TO SAVEPOINT imp_bulk")
                cur.execute("RESET lock_timeout")
                return False
            cur.execute("RELEASE SAVEPOINT imp_bulk")
            cur.execute("RESET lock_timeout")
        self.dropped = list(found)
        self.foreign_keys = [(table, f'ALTER TABLE "{table}" ADD CONSTRAINT "{name}" {definition}')
                             for name, table, definition in keys]
        return True

    def restore_indexes(self) -> None:
        """Rebuild the indexes, then put the foreign keys back (PostgreSQL checks every row then)."""
        for _, sql in self.dropped:
            self.job.execute(sql)
        for _, sql in self.foreign_keys:
            self.job.execute(sql)
        self.dropped, self.foreign_keys = [], []

    def close(self) -> None:
        if self.old_cache is not None:
            self.job.execute(f"PRAGMA cache_size = {self.old_cache}")
            self.old_cache = None
