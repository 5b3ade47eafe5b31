"""`policydiff load PATH…`: import files or corpus folders into the database."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from app.cli.local_files import for_local_file
from app.cli.source import watch_manifest_sources
from app.config import get_settings
from app.store import LoadSummary, load_paths, make_session_factory, open_migrated_database

EXIT_SOME_FAILED = 1


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--authority",
    "authority_slug",
    default=None,
    help="Authority slug for files that no manifest lists (e.g. sample-borough).",
)
@click.option(
    "--authority-name",
    default=None,
    help="Name of that authority, if it is new (default: its slug in title case).",
)
@click.option(
    "--chapter",
    "chapter_slug",
    default=None,
    help="Chapter family slug for those files (default: the default family).",
)
def load(
    paths: tuple[Path, ...],
    authority_slug: str | None,
    authority_name: str | None,
    chapter_slug: str | None,
) -> None:
    """Import files, or corpus folders described by a manifest.toml (or that manifest itself).

    Each file is stored in its own transaction: a file that fails is reported and the others
    still load; files already stored (same bytes, authority and chapter) count as unchanged.
    Prints "added N, unchanged N, failed N", then one line per failure. Exits 0 when every file
    loaded or was unchanged, 1 when any failed or a path gave nothing to load (a folder with no
    source files), 2 on a usage or database error.
    """
    settings = get_settings()
    engine = open_migrated_database(settings)
    try:
        session_factory = make_session_factory(engine)
        summary = load_paths(
            session_factory=session_factory,
            paths=list(paths),
            progress=sys.stderr.isatty(),
            authority_slug=authority_slug,
            authority_name=authority_name,
            chapter_slug=chapter_slug,
            max_bytes=settings.max_upload_bytes,
        )
        watched = watch_manifest_sources(session_factory, list(paths), settings)
    finally:
        engine.dispose()
    echo_summary(summary)
    if watched:
        click.echo(f"watching {watched} new sources named in the manifest")
    if summary.failed:
        sys.exit(EXIT_SOME_FAILED)


def echo_summary(summary: LoadSummary, *, err: bool = False) -> None:
    """The one-line summary, then one line per failed file with its reason."""
    click.echo(summary.line(), err=err)
    for failure in summary.failed:
        click.echo(f"failed: {failure.path}: {for_local_file(failure.reason)}", err=err)
