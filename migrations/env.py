"""Alembic environment: metadata from app.store.models, database URL from Settings.

`app.store.migrate.upgrade_to_head(engine)` hands its own connection over in
`config.attributes["connection"]`; the `alembic` command line builds an engine from
`DATABASE_URL` instead.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy.engine import Connection

from app.config import get_settings
from app.store.db import make_engine
from app.store.migrate import include_object
from app.store.models import Base

config = context.config
target_metadata = Base.metadata


def run_migrations(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        include_object=include_object,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        run_migrations(connection)
        return
    engine = make_engine(get_settings().database_url)
    try:
        with engine.connect() as fresh_connection:
            run_migrations(fresh_connection)
    finally:
        engine.dispose()


if context.is_offline_mode():
    raise SystemExit("policydiff migrations run online only: set DATABASE_URL and run again.")
run_online()
