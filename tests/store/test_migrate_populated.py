"""A branch office's SQLite file full of data migrates to the newest schema: batch migrations rebuild
tables that other rows point at (payment plans and write-offs point at escalations), which fails with
foreign keys on unless the migration runner turns them off and checks every reference afterwards."""

from datetime import date

import pytest
from alembic import command
from sqlalchemy import text

from collectdesk.services.database import open_database
from collectdesk.services.demo import build_demo
from collectdesk.store.migrate import alembic_config, current_revision, head_revision


@pytest.mark.parametrize("database", ["sqlite"], indirect=True)
def test_a_populated_sqlite_file_upgrades_to_head_keeping_every_row(database):
    build_demo(database.ctx, accounts=120, seed=3, today=date(2026, 3, 16))
    tables = ("account", "escalation", "payment_plan", "write_off", "settlement", "payment", "feedback_item")
    with database.engine.connect() as conn:
        before = {t: conn.execute(text(f"SELECT count(*) FROM {t}")).scalar() for t in tables}
    assert before["escalation"] and before["payment_plan"]  # rows that point at escalations
    url = database.url
    database.close()

    # take the file back to the schema before the escalation changes (as a user's older file is)
    from collectdesk.store.engine import make_engine

    engine = make_engine(url)
    with engine.connect() as conn:
        raw = conn.connection.driver_connection
        raw.execute("PRAGMA foreign_keys=OFF")
        with conn.begin():
            cfg = alembic_config()
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0008")
        raw.execute("PRAGMA foreign_keys=ON")
    assert current_revision(engine) == "0008"
    engine.dispose()

    reopened = open_database(str(url.database), actor="tester")  # migrates, after a backup copy
    try:
        assert current_revision(reopened.engine) == head_revision()
        assert reopened.backup_made is not None and reopened.backup_made.exists()
        with reopened.engine.connect() as conn:
            after = {t: conn.execute(text(f"SELECT count(*) FROM {t}")).scalar() for t in tables}
            assert conn.execute(text("PRAGMA foreign_key_check")).fetchall() == []
            assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert after == before
    finally:
        reopened.close()
