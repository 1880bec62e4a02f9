"""The migrations build exactly the schema the models describe, on both databases."""

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from collectdesk.store import migrate
from collectdesk.store.engine import make_engine
from collectdesk.store.models import Base


def test_upgrade_head_matches_models(db_url):
    engine = make_engine(db_url)
    migrate.upgrade(engine)
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata)
    engine.dispose()
    assert diff == [], f"models and migrations disagree: {diff}"


def test_queue_indexes_exist(db_url):
    engine = make_engine(db_url)
    migrate.upgrade(engine)
    indexed = {tuple(ix["column_names"]) for ix in inspect(engine).get_indexes("account")}
    engine.dispose()
    for cols in [("due_date", "status"), ("balance", "status"), ("collector_id", "status"), ("team_id", "status"),
                 ("branch_id", "status"), ("country", "status"), ("last_contact_at", "status"),
                 ("next_action_on", "status"), ("debtor_name_key", "status"), ("priority", "status")]:
        assert cols in indexed, cols


def test_sqlite_file_is_copied_before_a_migration(tmp_path, monkeypatch, database, make_account):
    if not database.url.get_backend_name() == "sqlite":
        return
    make_account()
    # pretend a newer schema shipped: the file has data and is not at head
    monkeypatch.setattr(migrate, "needs_upgrade", lambda engine: True)
    backup = migrate.upgrade(database.engine, backup_dir=tmp_path / "bk")
    assert backup is not None and backup.exists()
    copy = make_engine(backup)
    with copy.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM account").scalar() == 1
    copy.dispose()
