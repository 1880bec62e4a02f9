"""Shared fixtures. Storage and service tests run on SQLite and, when COLLECTDESK_TEST_PG_URL is set
(CI sets it), on PostgreSQL too; in CI a PostgreSQL that cannot be reached fails the run."""

from __future__ import annotations

import os
import uuid

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before pytest-qt creates the QApplication

import pytest
from PySide6.QtWidgets import QApplication
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

PG_URL = os.environ.get("COLLECTDESK_TEST_PG_URL")
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")

BACKENDS = ["sqlite", "postgresql"]


@pytest.fixture(scope="session", autouse=True)
def qt_application():
    """One QApplication for the whole run (services translate messages through it)."""
    app = QApplication.instance() or QApplication(["collectdesk-tests"])
    from collectdesk import i18n

    i18n.install("en")
    yield app


_PG_TEMPLATE: str | None = None


def _pg_template() -> str:
    """One migrated database per run; each test gets a copy (CREATE DATABASE ... TEMPLATE is fast)."""
    global _PG_TEMPLATE
    if _PG_TEMPLATE is None:
        from collectdesk.store.engine import make_engine
        from collectdesk.store.migrate import upgrade

        name = _create_pg_database()
        engine = make_engine(make_url(PG_URL).set(database=name))
        upgrade(engine)
        engine.dispose()
        _PG_TEMPLATE = name
    return _PG_TEMPLATE


def _create_pg_database(template: str | None = None) -> str:
    base = make_url(PG_URL)
    name = f"cdtest_{uuid.uuid4().hex[:12]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else "")))
    admin.dispose()
    return name


def _fresh_pg_database(migrated: bool = False) -> str:
    name = _create_pg_database(_pg_template() if migrated else None)
    return make_url(PG_URL).set(database=name).render_as_string(hide_password=False)


@pytest.fixture(scope="session", autouse=True)
def _drop_pg_template():
    yield
    if _PG_TEMPLATE is not None:
        _drop_pg_database(make_url(PG_URL).set(database=_PG_TEMPLATE).render_as_string(hide_password=False))


_SQLITE_TEMPLATE: dict[str, bytes] = {}


def _migrated_sqlite(path) -> None:
    """Write a migrated empty SQLite file at `path` (migrations run once per test run)."""
    if "bytes" not in _SQLITE_TEMPLATE:
        import tempfile
        from pathlib import Path

        from collectdesk.store.engine import make_engine
        from collectdesk.store.migrate import upgrade

        with tempfile.TemporaryDirectory() as tmp:
            file = Path(tmp) / "template.sqlite3"
            engine = make_engine(file)
            upgrade(engine)
            with engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            engine.dispose()
            _SQLITE_TEMPLATE["bytes"] = file.read_bytes()
    path.write_bytes(_SQLITE_TEMPLATE["bytes"])


def _drop_pg_database(url: str) -> None:
    base = make_url(PG_URL)
    name = make_url(url).database
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture(params=BACKENDS)
def db_url(request, tmp_path):
    """A URL (or file path) of an empty database on each backend."""
    if request.param == "sqlite":
        yield str(tmp_path / "collectdesk.sqlite3")
        return
    if not PG_URL:
        if IN_CI:
            pytest.fail("COLLECTDESK_TEST_PG_URL is not set in CI: PostgreSQL tests must run")
        pytest.skip("PostgreSQL: set COLLECTDESK_TEST_PG_URL to run")
    url = _fresh_pg_database()
    yield url
    _drop_pg_database(url)


@pytest.fixture(params=BACKENDS)
def database(request, tmp_path):
    """An opened, migrated database (collectdesk.services.database.Database) acting as 'tester'."""
    from collectdesk.services.database import open_database

    if request.param == "sqlite":
        path = tmp_path / "collectdesk.sqlite3"
        _migrated_sqlite(path)
        db = open_database(str(path), actor="tester")
        yield db
        db.close()
        return
    if not PG_URL:
        if IN_CI:
            pytest.fail("COLLECTDESK_TEST_PG_URL is not set in CI: PostgreSQL tests must run")
        pytest.skip("PostgreSQL: set COLLECTDESK_TEST_PG_URL to run")
    url = _fresh_pg_database(migrated=True)
    db = open_database(url, actor="tester")
    yield db
    db.close()
    _drop_pg_database(url)


@pytest.fixture
def org(database):
    """A branch, a team and two collectors; returns a simple namespace of their ids."""
    from types import SimpleNamespace

    from collectdesk.domain.enums import StaffRole
    from collectdesk.store.models import Branch, StaffMember, Team

    with database.ctx.transaction() as s:
        branch = Branch(name="Milano Centro", country="IT", city="Milano", timezone="Europe/Rome")
        s.add(branch)
        s.flush()
        team = Team(name="Recupero 1", branch_id=branch.id)
        s.add(team)
        s.flush()
        anna = StaffMember(username="anna", full_name="Anna Rossi", role=StaffRole.COLLECTOR,
                           team_id=team.id, branch_id=branch.id, language="it")
        jan = StaffMember(username="jan", full_name="Jan Kowalski", role=StaffRole.COLLECTOR,
                          team_id=team.id, branch_id=branch.id, language="pl")
        s.add_all([anna, jan])
        s.flush()
        return SimpleNamespace(branch=branch.id, team=team.id, anna=anna.id, jan=jan.id)


@pytest.fixture
def make_account(database, org):
    """Factory: make_account(balance=Decimal('100.00'), currency='EUR', ...) -> account id."""
    from datetime import date
    from decimal import Decimal

    from collectdesk.store.models import Account, Debtor

    counter = iter(range(1, 10**6))

    def make(balance=Decimal("100.00"), currency="EUR", name="Niccolò Bianchi", country="IT",
             due_date=date(2026, 1, 15), collector=None, **extra):
        n = next(counter)
        with database.ctx.transaction() as s:
            debtor = Debtor(name=name, name_key=name.casefold(), country=country, language="it",
                            timezone="Europe/Rome")
            s.add(debtor)
            s.flush()
            account = Account(account_no=f"T-{n:06d}", debtor_id=debtor.id, currency=currency,
                              original_amount=balance, balance=balance, due_date=due_date, country=country,
                              debtor_name_key=debtor.name_key, collector_id=collector or org.anna,
                              team_id=org.team, branch_id=org.branch, **extra)
            s.add(account)
            s.flush()
            return account.id

    return make
