"""`policydiff serve`: migrate the database, load the corpus into an empty one, serve the app."""

from __future__ import annotations

import sys

import click
import uvicorn

from app.cli.load import echo_summary
from app.config import get_settings
from app.store import database_is_empty, load_paths, make_session_factory, open_migrated_database


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to listen on.")
@click.option(
    "--port",
    default=8000,
    show_default=True,
    type=click.IntRange(0, 65535),
    help="TCP port to listen on.",
)
def serve(host: str, port: int) -> None:
    """Serve the API and the web UI (database from DATABASE_URL, SQLite by default).

    The database is migrated first; when it holds no version yet, the corpus folder
    (POLICYDIFF_CORPUS_DIR, `corpus/` by default) is loaded through its manifest.
    """
    settings = get_settings()
    engine = open_migrated_database(settings)
    try:
        session_factory = make_session_factory(engine)
        with session_factory() as session:
            empty = database_is_empty(session=session)
        if empty and settings.load_corpus_on_start and settings.corpus_dir.is_dir():
            click.echo(f"loading the corpus from {settings.corpus_dir}", err=True)
            summary = load_paths(
                session_factory=session_factory,
                paths=[settings.corpus_dir],
                progress=sys.stderr.isatty(),
                max_bytes=settings.max_upload_bytes,
            )
            echo_summary(summary, err=True)
    finally:
        engine.dispose()
    uvicorn.run("app.main:create_app", factory=True, host=host, port=port, proxy_headers=True)
