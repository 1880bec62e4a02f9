"""Self-test checks of the data layer: a fresh database, a small demo, and an upgrade from the previous release.

All of it happens in the self-test's temporary folder; the user's own database is never opened.
"""

from __future__ import annotations

from alembic import command
from PySide6.QtCore import QCoreApplication
from sqlalchemy import func, select

from collectdesk.selftest.runner import SelfTestContext

tr = QCoreApplication.translate
DEMO_ACCOUNTS = 300


def fresh_database(ctx: SelfTestContext) -> str:
    from collectdesk.services.database import open_database
    from collectdesk.store.maintenance import check

    path = ctx.workdir / "selftest.sqlite3"
    for leftover in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        leftover.unlink(missing_ok=True)  # a kept folder from an earlier run (--keep-self-test)
    ctx.database = open_database(str(path), actor="self-test")
    result = check(ctx.database.engine)
    if not result.ok:
        raise RuntimeError(tr("SelfTest", "the new database is not sound: {problems}").format(
            problems="; ".join(result.problems) or result.schema_revision))
    return tr("SelfTest", "migrated a new SQLite file to {revision}").format(revision=result.head_revision)


def demo(ctx: SelfTestContext) -> str:
    from collectdesk.services.demo import build_demo

    summary = build_demo(ctx.database.ctx, accounts=DEMO_ACCOUNTS, seed=7)
    counts = summary.counts
    if counts.get("accounts") != DEMO_ACCOUNTS:
        raise RuntimeError(tr("SelfTest", "the demo wrote {count} accounts instead of {expected}").format(
            count=counts.get("accounts"), expected=DEMO_ACCOUNTS))
    shown = ("accounts", "payments", "activities", "feedback", "escalations")
    return ", ".join(f"{key} {counts[key]}" for key in shown if counts.get(key))


def _previous_release(path) -> str:
    """Turn the demo copy at `path` into what the release before this one left behind (one migration down)."""
    from collectdesk.store.engine import make_engine
    from collectdesk.store.migrate import alembic_config, revision_before_head

    cfg = alembic_config()
    previous = revision_before_head()
    engine = make_engine(str(path))
    try:
        with engine.connect() as conn:
            conn.connection.driver_connection.execute("PRAGMA foreign_keys=OFF")
            with conn.begin():
                cfg.attributes["connection"] = conn
                command.downgrade(cfg, previous)
    finally:
        engine.dispose()
    return previous


def upgrade(ctx: SelfTestContext) -> str:
    """A database from the previous release opens: it is copied aside first, then migrated, rows intact."""
    from collectdesk.services.database import open_database
    from collectdesk.store.engine import sqlite_path
    from collectdesk.store.migrate import current_revision, head_revision, sqlite_backup
    from collectdesk.store.models import Account, Payment

    def counts(database) -> tuple[int, int]:
        with database.ctx.reading() as s:
            return (s.scalar(select(func.count()).select_from(Account)),
                    s.scalar(select(func.count()).select_from(Payment)))

    before = counts(ctx.database)
    old = ctx.workdir / "previous-release.sqlite3"
    sqlite_backup(sqlite_path(ctx.database.url), old)  # not a file copy: recent rows may still be in the WAL
    previous = _previous_release(old)
    database = open_database(str(old), actor="self-test")
    try:
        if database.backup_made is None or not database.backup_made.exists():
            raise RuntimeError(tr("SelfTest", "no backup copy was taken before migrating"))
        if current_revision(database.engine) != head_revision():
            raise RuntimeError(tr("SelfTest", "the database was not migrated"))
        after = counts(database)
        if after != before:
            raise RuntimeError(tr("SelfTest", "accounts and payments changed in the upgrade: {before} -> {after}").format(
                before=before, after=after))
    finally:
        database.close()
    return tr("SelfTest", "{previous} -> {head}, {accounts} accounts kept, backup {backup}").format(
        previous=previous, head=head_revision(), accounts=after[0], backup=database.backup_made.name)
