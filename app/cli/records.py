"""`policydiff delete | deleted | restore | purge`: deletion as a record (decision 0023).

A deleted version becomes a tombstone (who, when, why), hidden from reads; `restore` brings it
back; only `purge` removes it for good, with every cached comparison of its text.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import click
from sqlalchemy.orm import Session

from app.cli.errors import CommandLineError
from app.config import get_settings
from app.store import (
    COMMAND_LINE,
    delete_version,
    list_deleted_versions,
    make_session_factory,
    open_migrated_database,
    purge_deleted_versions,
    restore_version,
)

_VERSION_ID = click.IntRange(1, 2**31 - 1)


@contextmanager
def _session() -> Iterator[Session]:
    engine = open_migrated_database(get_settings())
    try:
        with make_session_factory(engine)() as session:
            yield session
    finally:
        engine.dispose()


@click.command()
@click.argument("version_id", type=_VERSION_ID)
@click.option("--reason", default="", help="Why it is deleted, kept with the tombstone.")
def delete(version_id: int, reason: str) -> None:
    """Delete version VERSION_ID: hidden from reads, kept as a tombstone until purged."""
    with _session() as session:
        delete_version(
            session=session, version_id=version_id, deleted_by=COMMAND_LINE, reason=reason
        )
    click.echo(
        f"deleted version {version_id}; `policydiff restore {version_id}` undoes it", err=True
    )


@click.command()
def deleted() -> None:
    """List deleted versions: id, authority, when, by whom, and why."""
    with _session() as session:
        tombstones = list_deleted_versions(session=session)
    if not tombstones:
        click.echo("no deleted versions", err=True)
    for row in tombstones:
        click.echo(
            f"{row.version_id}\t{row.authority_slug}\t{row.deleted_at:%Y-%m-%d %H:%M}\t"
            f"{row.deleted_by}\t{row.reason}"
        )


@click.command()
@click.argument("version_id", type=_VERSION_ID)
def restore(version_id: int) -> None:
    """Restore deleted version VERSION_ID under its own id."""
    with _session() as session:
        restore_version(session=session, version_id=version_id)
    click.echo(f"restored version {version_id}", err=True)


@click.command()
@click.argument("version_ids", nargs=-1, type=_VERSION_ID)
@click.option("--all", "purge_all", is_flag=True, help="Purge every deleted version.")
def purge(version_ids: tuple[int, ...], purge_all: bool) -> None:
    """Remove deleted versions for good, with every cached comparison of their text.

    Give the ids of deleted versions (see `policydiff deleted`), or --all. This cannot be undone.
    """
    if bool(version_ids) == purge_all:
        raise CommandLineError(
            "give the ids of deleted versions to purge, or --all (not both). To fix: list them "
            "with `policydiff deleted`."
        )
    with _session() as session:
        purged = purge_deleted_versions(
            session=session, version_ids=None if purge_all else list(version_ids)
        )
    click.echo(f"purged {len(purged)} deleted version(s)", err=True)
