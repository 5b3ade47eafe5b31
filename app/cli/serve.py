"""`policydiff serve`: migrate the database, load the corpus into an empty one, serve the app."""

from __future__ import annotations

import errno
import socket
import sys

import click
import uvicorn

from app.cli.errors import CommandLineError
from app.cli.load import echo_summary
from app.cli.source import watch_manifest_sources
from app.config import get_settings
from app.store import database_is_empty, load_paths, make_session_factory, open_migrated_database

WORKER_HEALTHCHECK_SECONDS = 120
"""How long `--workers` waits for a worker to start or to answer its supervisor's ping."""


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to listen on.")
@click.option(
    "--port",
    default=8000,
    show_default=True,
    type=click.IntRange(0, 65535),
    help="TCP port to listen on.",
)
@click.option(
    "--workers",
    default=1,
    show_default=True,
    type=click.IntRange(1, 64),
    help="Worker processes serving requests (each with its own database pool); about one per core.",
)
def serve(host: str, port: int, workers: int) -> None:
    """Serve the API and the web UI (database from DATABASE_URL, SQLite by default).

    The database is migrated first; when it holds no version yet, the corpus is loaded through
    its manifest: POLICYDIFF_CORPUS_DIR if set, else `./corpus` if the working directory has
    one with a manifest.toml, else the sample corpus shipped with policydiff.
    """
    refuse_an_unusable_address(host, port)
    settings = get_settings()
    engine = open_migrated_database(settings)
    try:
        session_factory = make_session_factory(engine)
        with session_factory() as session:
            empty = database_is_empty(session=session)
        if empty and settings.load_corpus_on_start and not settings.corpus_dir.is_dir():
            click.echo(
                f"policydiff: warning: no corpus folder at {settings.corpus_dir}; serving an "
                "empty database",
                err=True,
            )
        elif empty and settings.load_corpus_on_start:
            click.echo(f"loading the corpus from {settings.corpus_dir}", err=True)
            summary = load_paths(
                session_factory=session_factory,
                paths=[settings.corpus_dir],
                progress=sys.stderr.isatty(),
                max_bytes=settings.max_upload_bytes,
            )
            echo_summary(summary, err=True)
            watch_manifest_sources(session_factory, [settings.corpus_dir], settings)
    finally:
        engine.dispose()
    uvicorn.run(
        "app.main:create_app",
        factory=True,
        host=host,
        port=port,
        proxy_headers=True,
        workers=workers,
        # A worker trains its kind models before it is ready (seconds of CPU, more on a busy
        # machine); uvicorn's 5 s default killed and restarted such workers in a loop.
        timeout_worker_healthcheck=WORKER_HEALTHCHECK_SECONDS,
    )


def refuse_an_unusable_address(host: str, port: int) -> None:
    """Fail in one line, before the database is touched, when uvicorn could not listen there.

    The probe binds as uvicorn does (same family, SO_REUSEADDR), so a port that uvicorn would
    find busy is found busy here; without it, `serve` migrated and loaded the corpus, then
    exited with uvicorn's own message.
    """
    if port == 0:
        return
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError as error:
            raise CommandLineError(_why_not(error, host, port)) from None


def _why_not(error: OSError, host: str, port: int) -> str:
    if error.errno == errno.EADDRINUSE:
        return (
            f"port {port} on {host} is in use. To fix: stop the program listening there, "
            "or choose another port with --port."
        )
    if error.errno == errno.EACCES:
        return (
            f"port {port} on {host} needs privileges this user does not have. To fix: choose "
            "a port above 1023 with --port."
        )
    if isinstance(error, socket.gaierror):
        return (
            f"the host name {host} is unknown here. To fix: give --host 127.0.0.1 (this "
            "machine only), 0.0.0.0 (every interface) or one of its own addresses."
        )
    if error.errno == errno.EADDRNOTAVAIL:
        return (
            f"{host} is not an address of this machine. To fix: give --host 127.0.0.1 (this "
            "machine only), 0.0.0.0 (every interface) or one of its own addresses."
        )
    return (
        f"cannot listen on port {port} on {host}: {error.strerror or error}. To fix: choose "
        "another --host or --port."
    )
