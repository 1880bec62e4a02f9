"""SQLite bulk mode for large files: drop secondary indexes, load, rebuild them once.

Every row inserted into a table with N indexes costs N+1 B-tree insertions at random places; the
account table has twenty. Measured here for 1,000,000 accounts: about 60-90 s with the indexes in
place against about 30 s for load + CREATE INDEX (which sorts). So when a file is large (at least
BULK_MIN_ROWS rows, estimated from its size) and not small next to the table (at least a quarter
of the rows already there), the secondary indexes of the written tables are dropped at the start
and rebuilt from their stored SQL at the end. All of it happens inside the import's transaction:
DDL is transactional in SQLite, so a failed, cancelled or killed import rolls the indexes back
with everything else, and readers (WAL) keep seeing the old tables, indexes included, meanwhile.
The unique and primary-key indexes stay: the upserts need them.

The page cache is raised to CACHE_KIB for the run (and put back afterwards): a fixed ceiling, not
a function of the file's size.
"""

from __future__ import annotations

from collectdesk.services.imports.job import Job

BULK_MIN_ROWS = 50_000
CACHE_KIB = 65_536


class SqliteBulkMode:
    def __init__(self, job: Job, tables: tuple[str, ...]):
        self.job = job
        self.tables = tables
        self.dropped: list[tuple[str, str]] = []
        self.old_cache = job.execute("PRAGMA cache_size")[0][0]
        if self.old_cache >= 0 or -self.old_cache < CACHE_KIB:
            job.execute(f"PRAGMA cache_size = -{CACHE_KIB}")

    @staticmethod
    def worth_it(approx_rows: int, existing_rows: int, *, min_rows: int | None = None) -> bool:
        threshold = BULK_MIN_ROWS if min_rows is None else min_rows
        return approx_rows >= threshold and approx_rows * 4 >= existing_rows

    def drop_indexes(self) -> None:
        marks = ", ".join("?" for _ in self.tables)
        self.dropped = [(name, sql) for name, sql in self.job.execute(
            f"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
            f"AND tbl_name IN ({marks}) AND sql NOT LIKE 'CREATE UNIQUE%'", self.tables)]
        for name, _ in self.dropped:
            self.job.execute(f'DROP INDEX "{name}"')

    def restore_indexes(self) -> None:
        for _, sql in self.dropped:
            self.job.execute(sql)
        self.dropped = []

    def close(self) -> None:
        self.job.execute(f"PRAGMA cache_size = {self.old_cache}")
