"""Opening a database for the app or the command line: connect, migrate, tidy up, hand out a context."""

from __future__ import annotations

import getpass
import os
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from sqlalchemy import Engine, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError, OperationalError

from collectdesk.domain.errors import StorageError
from collectdesk.services.context import ServiceContext, storage_error
from collectdesk.store import migrate
from collectdesk.store.engine import describe, make_engine, resolve_url


def current_user() -> str:
    return os.environ.get("COLLECTDESK_USER") or getpass.getuser() or "supervisor"


@dataclass
class Database:
    url: URL
    engine: Engine
    ctx: ServiceContext
    backup_made: Path | None = None  # SQLite: the copy of the file as it was before this open migrated it
    migrated_from: str | None = None  # the schema revision before this open migrated it (None: not migrated)

    @property
    def label(self) -> str:
        return describe(self.url)

    def close(self) -> None:
        self.engine.dispose()


def open_database(db: str | os.PathLike | None = None, *, actor: str | None = None, upgrade: bool = True,
                  sweep: bool = True) -> Database:
    """Connect, bring the schema to head (backing a SQLite file up first), and mark overdue
    promises as broken. Driver failures become a StorageError with a message for the user; so do a database
    written by a newer CollectDesk and a migration that could not be done (the database is then unchanged).

    `migrated_from` and `backup_made` on the result tell the GUI to say that the database was updated."""
    url = resolve_url(db)
    engine = None
    try:
        engine = make_engine(url)
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        migration = migrate.migrate_to_head(engine) if upgrade else None
    except BaseException as exc:
        if engine is not None:
            engine.dispose()  # a refused or failed open keeps no connection (and no file handle) behind
        if isinstance(exc, (OperationalError, DBAPIError)):
            raise storage_error(exc) from exc
        if isinstance(exc, OSError):
            raise StorageError(QCoreApplication.translate(
                "Storage", "The database file cannot be opened: {error}").format(error=exc.strerror or exc)) from exc
        raise
    database = Database(url=url, engine=engine, ctx=ServiceContext(engine, actor or current_user()),
                        backup_made=migration.backup if migration else None,
                        migrated_from=migration.from_revision if migration else None)
    if sweep and upgrade:
        from collectdesk.services.plans import sweep_plans
        from collectdesk.services.promises import break_overdue_promises
        from collectdesk.services.settlements import sweep_settlements
        from collectdesk.services.training import expire_training

        break_overdue_promises(database.ctx)
        sweep_plans(database.ctx)
        sweep_settlements(database.ctx)
        expire_training(database.ctx)
    return database
