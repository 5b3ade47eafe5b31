"""`policydiff token create NAME`: make a write token for the API."""

from __future__ import annotations

import click

from app.config import get_settings
from app.store import create_token, make_session_factory, open_migrated_database


@click.group()
def token() -> None:
    """Manage the bearer tokens that writes to the API need."""


@token.command()
@click.argument("name")
def create(name: str) -> None:
    """Create a token called NAME and print it once (only its hash is stored)."""
    engine = open_migrated_database(get_settings())
    try:
        with make_session_factory(engine)() as session:
            plaintext = create_token(session=session, name=name)
    finally:
        engine.dispose()
    click.echo(plaintext)
    click.echo("Store this token now: it cannot be shown again.", err=True)
