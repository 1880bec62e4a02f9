"""Schema migrations (Alembic, shipped inside the package) and the backup taken before them."""

from __future__ import annotations

import logging
import sqlite3
from datetime import datetime, timezone
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from collectdesk.store.engine import is_sqlite, sqlite_path

log = logging.getLogger(__name__)


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", "collectdesk.store:migrations")
    cfg.attributes["configure_logger"] = False
    return cfg


def head_revision() -> str:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def needs_upgrade(engine: Engine) -> bool:
    return current_revision(engine) != head_revision()


def sqlite_backup(source: Path, dest: Path) -> Path:
    """A consistent copy of a live SQLite file through SQLite's online backup API."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(dest.name + ".part")
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        out = sqlite3.connect(tmp)
        try:
            src.backup(out)
        finally:
            out.close()
    finally:
        src.close()
    tmp.replace(dest)
    return dest


def upgrade(engine: Engine, *, backup_dir: Path | None = None) -> Path | None:
    """Bring the schema to head. A SQLite file that holds data is copied aside first.

    Returns the path of the backup copy, if one was made.
    """
    if not needs_upgrade(engine):
        return None
    backup = None
    path = sqlite_path(engine.url) if is_sqlite(engine) else None
    if path is not None and path.exists() and current_revision(engine) is not None:
        stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
        folder = backup_dir or path.parent / "backups"
        backup = sqlite_backup(path, folder / f"{path.stem}-before-migration-{stamp}.sqlite3")
        log.info("backed up %s to %s before migrating", path, backup)
    cfg = alembic_config()
    if not is_sqlite(engine):
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
        return backup
    # SQLite: a batch migration rebuilds a table (copy, DROP, rename). With foreign keys on, dropping a
    # table that other rows point at fails ("FOREIGN KEY constraint failed" on the escalation table of
    # any database with payment plans). The pragma cannot change inside a transaction, so it is turned
    # off on this connection first, and every reference is checked before the transaction commits.
    with engine.connect() as conn:
        raw = conn.connection.driver_connection  # no transaction yet (ours begin explicitly: engine.py)
        raw.execute("PRAGMA foreign_keys=OFF")
        try:
            with conn.begin():
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")
                broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise RuntimeError(f"the migration left {len(broken)} broken references, e.g. {broken[0]}; "
                                       "nothing was changed")
        finally:
            raw.execute("PRAGMA foreign_keys=ON")
    return backup
