"""Bring a database to the newest schema through the Alembic API (used by `serve` and the tests)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine

from app.config import Settings, get_settings
from app.store.db import DatabaseLimits, make_engine
from app.store.models import SEARCH_OBJECT_NAMES


def include_object(
    obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any
) -> bool:
    """Leave the full-text search objects (raw SQL in the migrations) out of autogenerate."""
    if name is None:
        return True
    return not any(name == item or name.startswith(f"{item}_") for item in SEARCH_OBJECT_NAMES)


def alembic_config(migrations_dir: Path | None = None) -> Config:
    """An Alembic configuration for `migrations_dir` (default: Settings.migrations_dir)."""
    directory = migrations_dir or get_settings().migrations_dir
    config = Config()
    config.set_main_option("script_location", str(directory))
    return config


def upgrade_to_head(engine: Engine, migrations_dir: Path | None = None) -> None:
    """Apply every migration not yet applied, in one connection."""
    _run(engine, "upgrade", "head", migrations_dir)


def downgrade_to(engine: Engine, revision: str, migrations_dir: Path | None = None) -> None:
    """Revert migrations down to `revision` ("base" removes every table)."""
    _run(engine, "downgrade", revision, migrations_dir)


def _run(engine: Engine, direction: str, revision: str, migrations_dir: Path | None) -> None:
    config = alembic_config(migrations_dir)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        if direction == "upgrade":
            command.upgrade(config, revision)
        else:
            command.downgrade(config, revision)


def open_migrated_database(settings: Settings) -> Engine:
    """An engine for `settings.database_url`, with the schema brought up to date (CLI commands)."""
    engine = make_engine(settings.database_url, limits=database_limits(settings))
    upgrade_to_head(engine, settings.migrations_dir)
    return engine


def database_limits(settings: Settings) -> DatabaseLimits:
    """The pool size and timeouts that `settings` give."""
    return DatabaseLimits(
        pool_size=settings.database_pool_size,
        max_overflow=settings.database_max_overflow,
        pool_timeout=settings.database_pool_timeout,
        connect_timeout=settings.database_connect_timeout,
        statement_timeout=settings.database_statement_timeout,
        retry_after=settings.retry_after_seconds,
    )
