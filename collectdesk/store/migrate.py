"""Schema migrations (Alembic, shipped inside the package) and the backup taken before them.

What a user relies on when a new version of CollectDesk opens an older database:
- a SQLite file that holds data is copied aside first (a `backups` folder next to it); when the copy
  cannot be written (disk full, read-only folder) nothing is migrated;
- the migration runs in one transaction on both databases, so a failure leaves the database as it was;
- a database written by a NEWER CollectDesk (its revision is not among our scripts: a branch office with an
  older bundle on the shared server after head office upgraded) is refused, never downgraded, never touched.
Each of these ends in a StorageError whose message says, in the user's language, what happened and that the
database was not changed.
"""

from __future__ import annotations

import functools
import logging
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from PySide6.QtCore import QCoreApplication
from sqlalchemy import Engine, text

from collectdesk.domain.errors import StorageError
from collectdesk.store.engine import describe, is_sqlite, sqlite_path

log = logging.getLogger(__name__)
MIGRATION_LOCK_KEY = 0x436F6C6C65637444  # "CollectD": the PostgreSQL advisory lock held while migrating


@dataclass(frozen=True)
class Migration:
    """What one upgrade did: the revision before (None: an empty database was created), the one after,
    and where the copy of the database as it was is kept (SQLite with data only)."""

    from_revision: str | None
    to_revision: str
    backup: Path | None


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", "collectdesk.store:migrations")
    cfg.attributes["configure_logger"] = False
    return cfg


@functools.cache
def _scripts() -> ScriptDirectory:
    """The migration scripts shipped with this version, read once (each read parses every file: ~20 ms)."""
    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    return _scripts().get_current_head()


def revision_before_head() -> str | None:
    """The schema the previous release left behind (the self-test upgrades from it)."""
    return _scripts().get_revision("head").down_revision


def known_revisions() -> set[str]:
    """Every revision this version of CollectDesk ships."""
    return {script.revision for script in _scripts().walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def needs_upgrade(engine: Engine) -> bool:
    return current_revision(engine) != head_revision()


def newer_database_error() -> StorageError:
    return StorageError(QCoreApplication.translate(
        "Storage", "This database was updated by a newer version of CollectDesk. Install the current version "
        "to open it; nothing was changed."))


def check_not_newer(engine: Engine) -> str | None:
    """The database's revision, after making sure this version of CollectDesk knows it."""
    revision = current_revision(engine)
    if revision is not None and revision not in known_revisions():
        log.warning("refused %s: its schema revision %s is newer than this version knows (head %s)",
                    describe(engine.url), revision, head_revision())
        raise newer_database_error()
    return revision


def sqlite_backup(source: Path, dest: Path) -> Path:
    """A consistent copy of a live SQLite file through SQLite's online backup API.

    Written to `dest.part` and renamed when complete, so a copy that failed half-way never looks like a backup;
    the partial file is removed."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(dest.name + ".part")
    try:
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
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return dest


def _reason(exc: BaseException) -> str:
    """The first line of what went wrong, for the message (the full traceback goes to the log)."""
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    text = str(getattr(exc, "orig", None) or exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def _backup_before_migrating(path: Path, folder: Path) -> Path:
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    try:
        backup = sqlite_backup(path, folder / f"{path.stem}-before-migration-{stamp}.sqlite3")
    except (OSError, sqlite3.Error) as exc:
        log.exception("could not back up %s to %s before migrating; nothing was migrated", path, folder)
        raise StorageError(QCoreApplication.translate(
            "Storage", "This version of CollectDesk needs to update the database, and first keeps a copy of it in "
            "{folder}. The copy could not be written: {error}. Nothing was changed; free some disk space or "
            "make the folder writable, then open the database again.").format(
            folder=folder, error=_reason(exc))) from exc
    log.info("backed up %s to %s before migrating", path, backup)
    return backup


def migrate_to_head(engine: Engine, *, backup_dir: Path | None = None) -> Migration | None:
    """Bring the schema to head; None when it already was. A SQLite file that holds data is copied aside first.

    Raises StorageError (nothing changed) when the database is newer than this version, when the backup copy
    cannot be written, or when the migration fails."""
    before = check_not_newer(engine)
    if not needs_upgrade(engine):
        return None
    head = head_revision()
    backup = None
    path = sqlite_path(engine.url) if is_sqlite(engine) else None
    if path is not None and path.exists() and before is not None:
        backup = _backup_before_migrating(path, backup_dir or path.parent / "backups")
    try:
        changed = _run_upgrade(engine)
    except Exception as exc:
        log.exception("migrating %s from %s to %s failed; rolled back", describe(engine.url), before, head)
        if backup is not None:
            message = QCoreApplication.translate(
                "Storage", "The database could not be updated to this version of CollectDesk: {error}. Nothing "
                "was changed. A copy of the database as it was is kept at {backup}.").format(
                error=_reason(exc), backup=backup)
        else:
            message = QCoreApplication.translate(
                "Storage", "The database could not be updated to this version of CollectDesk: {error}. "
                "Nothing was changed.").format(error=_reason(exc))
        raise StorageError(message) from exc
    if not changed:
        return None
    log.info("migrated %s from schema %s to %s", describe(engine.url), before or "(empty)", head)
    return Migration(from_revision=before, to_revision=head, backup=backup)


def upgrade(engine: Engine, *, backup_dir: Path | None = None) -> Path | None:
    """Bring the schema to head (see migrate_to_head). Returns the path of the backup copy, if one was made."""
    done = migrate_to_head(engine, backup_dir=backup_dir)
    return done.backup if done is not None else None


def _run_upgrade(engine: Engine) -> bool:
    """All migrations in ONE transaction: on failure the database stays at the revision it had. False when
    another workstation did it meanwhile (PostgreSQL)."""
    cfg = alembic_config()
    if not is_sqlite(engine):
        with engine.begin() as conn:
            # On a shared server several workstations start the new version at once: the first takes this
            # lock and migrates; the others wait here, then find the schema at head and do nothing (Alembic
            # reads the revision after the lock). Released with the transaction.
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK_KEY})
            if MigrationContext.configure(conn).get_current_revision() == head_revision():
                return False  # another workstation migrated it while this one waited
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
        return True
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
                    raise RuntimeError(f"the migration left {len(broken)} broken references, e.g. {broken[0]}")
        finally:
            raw.execute("PRAGMA foreign_keys=ON")
    return True

