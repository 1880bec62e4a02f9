"""Engines and sessions for SQLite (local file) and PostgreSQL (shared server)."""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session, sessionmaker

from collectdesk import paths

SQLITE_BUSY_TIMEOUT_MS = 10_000


def resolve_url(db: str | os.PathLike | None) -> URL:
    """`--db` takes a file path or a SQLAlchemy URL; nothing means the default local file."""
    if db is None or str(db) == "":
        env = os.environ.get("COLLECTDESK_DB")
        db = env if env else paths.default_database_path()
    text = str(db)
    if "://" in text:
        url = make_url(text)
        if url.drivername in ("postgresql", "postgres"):
            url = url.set(drivername="postgresql+psycopg")
        return url
    path = Path(text).expanduser().resolve()
    return URL.create("sqlite+pysqlite", database=str(path))


def is_sqlite(url: URL | Engine) -> bool:
    if isinstance(url, Engine):
        url = url.url
    return url.get_backend_name() == "sqlite"


def sqlite_path(url: URL) -> Path | None:
    if is_sqlite(url) and url.database and url.database != ":memory:":
        return Path(url.database)
    return None


def _sqlite_on_connect(dbapi_conn, _record) -> None:
    # Let SQLAlchemy own transactions; the driver's implicit BEGIN would break SAVEPOINTs.
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA foreign_keys = ON")
    cur.execute("PRAGMA journal_mode = WAL")
    cur.execute("PRAGMA synchronous = NORMAL")
    cur.execute("PRAGMA cache_size = -65536")  # 64 MB: queue windows over 1,000,000 rows stay in memory
    cur.close()


def _sqlite_on_begin(conn) -> None:
    # Writers (engines made by `writer()`) BEGIN IMMEDIATE: they take the write lock up front,
    # so two writers wait (busy_timeout) instead of failing half-way with "database is locked".
    # Readers BEGIN DEFERRED and never wait for a writer under WAL.
    if conn.get_execution_options().get("collectdesk_writer"):
        conn.exec_driver_sql("BEGIN IMMEDIATE")
    else:
        conn.exec_driver_sql("BEGIN")


def writer(engine: Engine) -> Engine:
    """The same engine (same pool), marked so that its transactions take the write lock at BEGIN."""
    return engine.execution_options(collectdesk_writer=True)


def make_engine(db: str | os.PathLike | URL | None = None, *, echo: bool = False) -> Engine:
    url = db if isinstance(db, URL) else resolve_url(db)
    if is_sqlite(url):
        path = sqlite_path(url)
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, echo=echo)
        event.listen(engine, "connect", _sqlite_on_connect)
        event.listen(engine, "begin", _sqlite_on_begin)
        return engine
    return create_engine(url, echo=echo, pool_pre_ping=True)


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(bind=engine, expire_on_commit=False)


def describe(url: URL) -> str:
    """For status bars and messages: never shows a password."""
    if is_sqlite(url):
        return str(sqlite_path(url) or ":memory:")
    return url.render_as_string(hide_password=True)
