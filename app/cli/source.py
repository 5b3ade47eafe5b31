"""`policydiff source add|list|remove`: the published chapters `watch` and `serve` check."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import click
from sqlalchemy.orm import Session, sessionmaker

from app.config import Settings, get_settings
from app.store import make_session_factory, open_migrated_database
from app.store.corpus import MANIFEST_NAME
from app.store.manifest_sources import add_manifest_sources
from app.store.sources import add_source, list_sources, remove_source


@contextmanager
def _session() -> Iterator[Session]:
    engine = open_migrated_database(get_settings())
    try:
        with make_session_factory(engine)() as session:
            yield session
    finally:
        engine.dispose()


def watch_manifest_sources(
    session_factory: sessionmaker[Session], paths: Sequence[Path], settings: Settings
) -> int:
    """Watch the `[[sources]]` of each corpus manifest among `paths` (a manifest or a folder
    holding one); how many sources were new."""
    added = 0
    for path in paths:
        manifest = path / MANIFEST_NAME if path.is_dir() else path
        if manifest.name == MANIFEST_NAME and manifest.is_file():
            added += add_manifest_sources(
                session_factory=session_factory,
                manifest_path=manifest,
                default_interval=settings.watch_default_interval_minutes,
            )
    return added


@click.group()
def source() -> None:
    """Manage the published chapters (HTML, Word or PDF at a URL) that are watched."""


@source.command("add")
@click.argument("url")
@click.option("--authority", "authority_slug", required=True, help="Authority slug (merton).")
@click.option("--authority-name", default=None, help="Its name, if the authority is new.")
@click.option("--chapter", "chapter_slug", default=None, help="Chapter family slug.")
@click.option(
    "--interval",
    "interval_minutes",
    type=click.IntRange(1),
    default=None,
    help="Minutes between checks (default: POLICYDIFF_WATCH_DEFAULT_INTERVAL_MINUTES).",
)
def add(
    url: str,
    authority_slug: str,
    authority_name: str | None,
    chapter_slug: str | None,
    interval_minutes: int | None,
) -> None:
    """Watch URL as an authority's chapter; it is checked at the next round."""
    interval = interval_minutes or get_settings().watch_default_interval_minutes
    with _session() as session:
        added = add_source(
            session=session,
            url=url,
            authority_slug=authority_slug,
            authority_name=authority_name,
            chapter_slug=chapter_slug,
            interval_minutes=interval,
        )
    click.echo(f"source {added.id}: {added.url} ({added.authority_slug}, every {interval} min)")


@source.command("list")
def list_command() -> None:
    """One line per source: id, state, authority, chapter, URL, last check."""
    failing_after = get_settings().watch_failing_after
    with _session() as session:
        sources = list_sources(session=session)
    for item in sources:
        state = "failing" if item.consecutive_failures >= failing_after else "ok"
        checked = (
            item.last_checked_at.isoformat(timespec="seconds") if item.last_checked_at else "never"
        )
        click.echo(
            f"{item.id}\t{state}\t{item.authority_slug}\t{item.chapter_slug}\t{item.url}\t"
            f"checked {checked}"
        )


@source.command("remove")
@click.argument("source_id", type=click.IntRange(1))
def remove(source_id: int) -> None:
    """Stop watching a source (the versions it brought stay)."""
    with _session() as session:
        remove_source(session=session, source_id=source_id)
    click.echo(f"source {source_id} removed")
