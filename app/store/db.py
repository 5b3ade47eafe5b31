"""Engines and sessions for SQLite (the default) and PostgreSQL (psycopg 3).

SQLite gets WAL, foreign keys and a busy timeout on every connection, and its transactions are
emitted by us rather than by pysqlite, so that write use cases can take the write lock up front
(`BEGIN IMMEDIATE`) and wait for it instead of failing with "database is locked" when another
writer commits between their read and their write.

Holding under load (decision 0023): every wait on the database is bounded (`DatabaseLimits`:
pool, connect and statement timeouts), and a database that cannot answer in time raises the
domain error `DatabaseUnavailable` (the edges answer 503 with `Retry-After`) instead of a driver
error. A session holds a pooled connection only inside a use case's transaction: a lazy load
outside one runs in a short transaction of its own, so a request never keeps a connection while
it renders or asks the pool for a second one.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.engine.interfaces import ExceptionContext
from sqlalchemy.orm import ORMExecuteState, Session, sessionmaker
from sqlalchemy.pool import ConnectionPoolEntry, QueuePool

from app.errors import DatabaseUnavailable

_SQLITE_BEGIN_OPTION = "policydiff_sqlite_begin"

SQLITE_FILE_POOL_SIZE = 40
"""Default pool of a SQLite file: as many connections as the threads serving sync routes (anyio's
default limit), so that bursts never open and close connections (each new one runs its PRAGMAs).
A connection to a local file costs a file handle."""

SERVER_POOL_SIZE = 10
"""Default pool of a database server: kept small, since every worker process has its own."""


@dataclass(frozen=True, slots=True)
class DatabaseLimits:
    """How long anything may wait on the database, and how many connections a process keeps."""

    pool_size: int | None = None
    """Connections kept open; None: `SQLITE_FILE_POOL_SIZE` or `SERVER_POOL_SIZE`."""
    max_overflow: int = 10
    """Connections opened beyond `pool_size` under a burst, closed when returned."""
    pool_timeout: float = 10.0
    """Seconds a request waits for a free connection before the database counts as busy."""
    connect_timeout: float = 5.0
    """Seconds to establish a connection to a database server."""
    statement_timeout: float = 15.0
    """Seconds one statement may run (PostgreSQL `statement_timeout`), or wait for the write
    lock (SQLite `busy_timeout`)."""
    retry_after: int = 5
    """Seconds a client is told to wait (`Retry-After`) when the database is unavailable."""


def make_engine(url: str, *, limits: DatabaseLimits | None = None, **engine_options: Any) -> Engine:
    """An engine for `url` whose waits are bounded by `limits`; SQLite connections are set up for
    many readers and one writer. `engine_options` (pool sizes, …) override the limits' choices."""
    limits = limits or DatabaseLimits()
    parsed = make_url(url)
    options: dict[str, Any] = {}
    sqlite = parsed.get_backend_name() == "sqlite"
    if not (sqlite and parsed.database in (None, "", ":memory:")):
        options.update(
            poolclass=_bounded_queue_pool(limits.retry_after),
            pool_size=limits.pool_size or (SQLITE_FILE_POOL_SIZE if sqlite else SERVER_POOL_SIZE),
            max_overflow=limits.max_overflow,
            pool_timeout=limits.pool_timeout,
        )
    if parsed.get_backend_name() == "postgresql":
        statement_ms = max(1, round(limits.statement_timeout * 1000))
        options.update(
            pool_pre_ping=True,
            connect_args={
                "connect_timeout": max(1, round(limits.connect_timeout)),
                "options": f"-c statement_timeout={statement_ms}",
            },
        )
    elif parsed.get_backend_name() != "sqlite":
        options.update(pool_pre_ping=True)
    options.update(engine_options)
    engine = create_engine(parsed, **options)
    event.listen(engine, "handle_error", _unavailable_on_fault(limits.retry_after))
    if parsed.get_backend_name() == "sqlite":
        _configure_sqlite(engine, busy_timeout_ms=max(1, round(limits.statement_timeout * 1000)))
    return engine


def make_session_factory(
    engine: Engine, info: dict[str, Any] | None = None
) -> sessionmaker[Session]:
    """Sessions whose objects stay readable after the use case that returned them commits, and
    that hold a connection only inside a use case's transaction (see the module's docstring).
    `info` is every session's `Session.info` (the comparison cache's limits)."""
    factory = sessionmaker(engine, expire_on_commit=False, info=info or {})
    event.listen(factory, "do_orm_execute", _lazy_load_in_own_transaction)
    return factory


def _lazy_load_in_own_transaction(state: ORMExecuteState) -> Any:
    """Run a lazy load that happens outside any transaction (an edge reading a deferred column
    or a relationship of a returned row) in a transaction of its own, ended at once: otherwise
    the load would autobegin one that holds a pooled connection until the session closes."""
    if not (state.is_column_load or state.is_relationship_load):
        return None
    session = state.session
    if session.in_transaction():
        return None
    frozen = state.invoke_statement().freeze()
    session.commit()
    return frozen()


_UNAVAILABLE_SQLITE_MESSAGES = ("locked", "busy", "unable to open", "disk i/o")


def _unavailable_on_fault(retry_after: int) -> Callable[[ExceptionContext], None]:
    """A `handle_error` listener raising `DatabaseUnavailable` for errors that say the database
    cannot answer now (refused or lost connections, timeouts, a locked SQLite file) rather than
    that a query is wrong."""

    def listener(context: ExceptionContext) -> None:
        if context.is_pre_ping:
            return  # the pool reconnects on its own
        error = context.sqlalchemy_exception
        if context.is_disconnect or isinstance(error, sa_exc.InterfaceError):
            raise _unavailable("the database connection failed or was lost", retry_after)
        if not isinstance(error, sa_exc.OperationalError):
            return
        if context.dialect.name == "sqlite":
            message = str(context.original_exception).lower()
            if not any(part in message for part in _UNAVAILABLE_SQLITE_MESSAGES):
                return
        reason = str(context.original_exception).strip().splitlines()
        raise _unavailable(reason[0] if reason else "the database did not answer", retry_after)

    return listener


def _unavailable(reason: str, retry_after: int) -> DatabaseUnavailable:
    return DatabaseUnavailable(
        f"the database cannot answer now ({reason}). To fix: retry in {retry_after} seconds; "
        "if it persists, an operator should check the database server.",
        retry_after_seconds=retry_after,
    )


def _bounded_queue_pool(retry_after: int) -> type[QueuePool]:
    """SQLAlchemy's queue pool, whose timeout waiting for a free connection raises the domain's
    `DatabaseUnavailable` (the pool is exhausted: the database is too busy to answer now)."""

    class BoundedQueuePool(QueuePool):
        def _do_get(self) -> ConnectionPoolEntry:
            try:
                return super()._do_get()
            except sa_exc.TimeoutError as error:
                raise _unavailable(
                    f"every connection stayed busy for {self._timeout:g} s", retry_after
                ) from error

    return BoundedQueuePool


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


def _configure_sqlite(engine: Engine, *, busy_timeout_ms: int) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy's "begin" event emit BEGIN itself (pysqlite's own handling defers it).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute(f"PRAGMA busy_timeout = {busy_timeout_ms}")
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
