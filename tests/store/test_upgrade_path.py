"""A new CollectDesk opening an older database, as a user meets it: the database is migrated after a copy of it
is kept (SQLite), its rows are still there, and anything that goes wrong leaves it exactly as it was, with a
message that says so. A database written by a NEWER CollectDesk is refused, never downgraded."""

from __future__ import annotations

import errno
import os
import uuid
from datetime import datetime, timezone
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import Uuid, bindparam, inspect, select, text

from collectdesk.domain.errors import StorageError
from collectdesk.services.database import open_database
from collectdesk.store import migrate
from collectdesk.store.engine import make_engine, resolve_url, sqlite_path
from collectdesk.store.models import Branch
from collectdesk.store.types import UTCDateTime

OLD = "0001"
BRANCH = "Kraków Podgórze"
NEWER_MESSAGE = ("This database was updated by a newer version of CollectDesk. Install the current version to "
                 "open it; nothing was changed.")


def _database_at(url: str, revision: str) -> None:
    """A database as an older CollectDesk left it: schema at `revision`, one branch written with plain SQL."""
    engine = make_engine(url)
    with engine.begin() as conn:
        cfg = migrate.alembic_config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
        conn.execute(text("INSERT INTO branch (id, name, country, city, timezone, version, created_at, updated_at) "
                          "VALUES (:id, :name, 'PL', 'Kraków', 'Europe/Warsaw', 1, :at, :at)").bindparams(
            bindparam("id", type_=Uuid()), bindparam("at", type_=UTCDateTime())),
            {"id": uuid.uuid4(), "name": BRANCH, "at": datetime(2026, 1, 5, 9, 30, tzinfo=timezone.utc)})
    engine.dispose()


def _state(url: str) -> tuple[str | None, list[str], set[str]]:
    """Revision, branch names and tables, read with a fresh engine (what the next program to open it sees)."""
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            names = list(conn.execute(text("SELECT name FROM branch")).scalars())
        return migrate.current_revision(engine), names, set(inspect(engine).get_table_names())
    finally:
        engine.dispose()


def _backups(url: str) -> list[Path]:
    path = sqlite_path(resolve_url(url))
    folder = path.parent / "backups" if path else None
    return sorted(folder.iterdir()) if folder is not None and folder.is_dir() else []


def test_an_older_database_is_migrated_after_a_backup_and_keeps_its_rows(db_url):
    _database_at(db_url, OLD)
    database = open_database(db_url, actor="tester")
    try:
        assert migrate.current_revision(database.engine) == migrate.head_revision()
        assert database.migrated_from == OLD
        with database.ctx.reading() as s:
            assert s.scalars(select(Branch.name)).all() == [BRANCH]
        if database.url.get_backend_name() == "sqlite":
            backup = database.backup_made
            assert backup is not None and backup.exists()
            assert backup.parent == Path(db_url).parent / "backups"  # next to the file, where a user looks
            revision, names, _tables = _state(str(backup))
            assert revision == OLD and names == [BRANCH]  # the database exactly as it was
        else:
            assert database.backup_made is None  # PostgreSQL: one transaction, backups are the server's business
    finally:
        database.close()


def test_opening_again_migrates_nothing_and_copies_nothing(db_url):
    _database_at(db_url, OLD)
    open_database(db_url, actor="tester").close()
    copies = _backups(db_url)
    again = open_database(db_url, actor="tester")
    try:
        assert again.migrated_from is None and again.backup_made is None
        assert _backups(db_url) == copies
    finally:
        again.close()


def _stamp_newer(url: str) -> None:
    engine = make_engine(url)
    migrate.upgrade(engine)
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO branch (id, name, country, city, timezone, version, created_at, updated_at) "
                          "VALUES (:id, :name, 'PL', 'Kraków', 'Europe/Warsaw', 1, :at, :at)").bindparams(
            bindparam("id", type_=Uuid()), bindparam("at", type_=UTCDateTime())),
            {"id": uuid.uuid4(), "name": BRANCH, "at": datetime(2026, 1, 5, 9, 30, tzinfo=timezone.utc)})
        conn.execute(text("UPDATE alembic_version SET version_num = '0042_from_the_future'"))
    engine.dispose()


def test_a_database_from_a_newer_collectdesk_is_refused_and_left_untouched(db_url):
    _stamp_newer(db_url)
    before = _state(db_url)
    with pytest.raises(StorageError) as refused:
        open_database(db_url, actor="tester")
    assert refused.value.message == NEWER_MESSAGE
    assert _state(db_url) == before == ("0042_from_the_future", [BRANCH], before[2])
    assert _backups(db_url) == []  # not even copied: nothing was about to change


@pytest.mark.parametrize("subcommand", ["check", "upgrade", "stats"])
def test_the_command_line_says_so_with_exit_code_3(db_url, subcommand, capsys):
    from collectdesk.cli import main

    _stamp_newer(db_url)
    code = main(["--lang", "en", "db", subcommand, "--db", db_url])
    out, err = capsys.readouterr()
    assert code == 3
    assert NEWER_MESSAGE in err and "Traceback" not in err + out
    assert _state(db_url)[0] == "0042_from_the_future"


def _sqlite_only(url: str) -> None:
    if "://" in url:
        pytest.skip("backups before a migration are made of SQLite files")


def test_a_backup_that_cannot_be_written_stops_the_migration(db_url, monkeypatch):
    _sqlite_only(db_url)
    _database_at(db_url, OLD)

    def disk_full(source, dest):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(dest))

    monkeypatch.setattr(migrate, "sqlite_backup", disk_full)
    with pytest.raises(StorageError) as failed:
        open_database(db_url, actor="tester")
    message = failed.value.message
    assert os.strerror(errno.ENOSPC) in message and "Nothing was changed" in message
    assert str(Path(db_url).parent / "backups") in message  # where the copy was to go
    revision, names, tables = _state(db_url)
    assert revision == OLD and names == [BRANCH] and "saved_queue" not in tables  # 0002's table: not migrated


def test_a_backup_folder_that_cannot_be_made_stops_the_migration(db_url):
    _sqlite_only(db_url)
    _database_at(db_url, OLD)
    (Path(db_url).parent / "backups").write_text("a file where the backups folder should be")
    with pytest.raises(StorageError) as failed:
        open_database(db_url, actor="tester")
    assert "The copy could not be written" in failed.value.message
    assert _state(db_url)[0] == OLD


def test_a_copy_that_fails_half_way_leaves_no_half_copy(db_url, monkeypatch):
    _sqlite_only(db_url)
    _database_at(db_url, OLD)
    real_replace = Path.replace

    def full_at_the_end(self, target):
        if str(self).endswith(".part"):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real_replace(self, target)

    monkeypatch.setattr(Path, "replace", full_at_the_end)
    with pytest.raises(StorageError):
        open_database(db_url, actor="tester")
    assert _backups(db_url) == []  # no '.part' left to be mistaken for a backup
    assert _state(db_url)[0] == OLD


def test_a_migration_that_fails_leaves_the_database_as_it_was(db_url, monkeypatch):
    _database_at(db_url, OLD)
    real_upgrade = command.upgrade

    def fails_at_the_end(cfg, revision, **kw):
        real_upgrade(cfg, revision, **kw)  # every step ran ...
        raise RuntimeError("simulated failure after the last step")  # ... and then something went wrong

    monkeypatch.setattr(migrate.command, "upgrade", fails_at_the_end)
    with pytest.raises(StorageError) as failed:
        open_database(db_url, actor="tester")
    message = failed.value.message
    assert "simulated failure after the last step" in message and "Nothing was changed" in message
    revision, names, tables = _state(db_url)
    assert revision == OLD and names == [BRANCH]
    assert "saved_queue" not in tables and "escalation_event" not in tables  # no step of the migration stayed
    if "://" not in db_url:
        [backup] = _backups(db_url)
        assert str(backup) in message  # and the copy taken before the attempt is named


def test_workstations_starting_the_new_version_together_migrate_a_shared_server_once(db_url):
    """Head office upgrades; at 8:00 every branch starts the new bundle against the same server."""
    if not db_url.startswith("postgresql"):
        pytest.skip("a shared server is PostgreSQL")
    import threading

    _database_at(db_url, OLD)
    results, errors = [], []
    start = threading.Barrier(4)

    def workstation():
        start.wait()
        try:
            database = open_database(db_url, actor="branch", sweep=False)
            results.append(database.migrated_from)
            database.close()
        except Exception as exc:  # noqa: BLE001 - collected for the assertion
            errors.append(exc)

    threads = [threading.Thread(target=workstation) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert errors == []
    assert sorted(results, key=str) == [OLD, None, None, None]  # one migrated; three found it done (no notice)
    revision, names, _tables = _state(db_url)
    assert revision == migrate.head_revision() and names == [BRANCH]
