"""Engines and sessions for SQLite (the default) and PostgreSQL (psycopg 3).

SQLite gets WAL, foreign keys and a busy timeout on every connection, and its transactions are
emitted by us rather than by pysqlite, so that write use cases can take the write lock up front
(`BEGIN IMMEDIATE`) and wait for it instead of failing with "database is locked" when another
writer commits between their read and their write.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.orm import Session, sessionmaker

SQLITE_BUSY_TIMEOUT_MS = 30_000
"""How long a SQLite connection waits for another writer before giving up."""

_SQLITE_BEGIN_OPTION = "policydiff_sqlite_begin"


def make_engine(url: str, **engine_options: Any) -> Engine:
    """An engine for `url`; SQLite connections are set up for many readers and one writer."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return create_engine(parsed, pool_pre_ping=True, **engine_options)
    engine = create_engine(parsed, **engine_options)
    _configure_sqlite(engine)
    return engine


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    """Sessions whose objects stay readable after the use case that returned them commits."""
    return sessionmaker(engine, expire_on_commit=False)


def is_sqlite(session_or_engine: Session | Engine | Connection) -> bool:
    bind = (
        session_or_engine.get_bind()
        if isinstance(session_or_engine, Session)
        else session_or_engine
    )
    return bind.dialect.name == "sqlite"


@contextmanager
def write_transaction(session: Session) -> Iterator[None]:
    """A transaction owned by the calling use case, holding the write lock from its start on SQLite.

    A transaction autobegun by a caller reading attributes is committed first when it holds no
    pending changes (it is read-only); pending changes mean a caller wrote outside a use case,
    which is a programming error.
    """
    with read_transaction(session):
        session.connection(execution_options={_SQLITE_BEGIN_OPTION: "IMMEDIATE"})
        yield


@contextmanager
def read_transaction(session: Session) -> Iterator[None]:
    """A transaction owned by the calling use case (see `write_transaction`)."""
    _end_autobegun_transaction(session)
    with session.begin():
        yield


def _end_autobegun_transaction(session: Session) -> None:
    if not session.in_transaction():
        return
    if session.new or session.dirty or session.deleted:
        raise RuntimeError(
            "store use cases own their transaction; flush or discard pending changes first"
        )
    session.commit()


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy's "begin" event emit BEGIN itself (pysqlite's own handling defers it).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
            cursor.execute("PRAGMA foreign_keys = ON")
            if engine.url.database not in (None, "", ":memory:"):
                cursor.execute("PRAGMA journal_mode = WAL")
                cursor.execute("PRAGMA synchronous = NORMAL")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        mode = connection.get_execution_options().get(_SQLITE_BEGIN_OPTION, "")
        connection.exec_driver_sql(f"BEGIN {mode}".strip())
