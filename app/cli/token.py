"""`policydiff token create | list | revoke`: the write tokens of the API (decision 0023)."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, time

import click

from app.config import get_settings
from app.store import (
    create_token,
    list_tokens,
    make_session_factory,
    open_migrated_database,
    revoke_token,
)


@click.group()
def token() -> None:
    """Manage the bearer tokens that writes to the API need."""


@token.command()
@click.argument("name")
@click.option(
    "--admin", is_flag=True, help="An admin token: it can also list, create and revoke tokens."
)
@click.option(
    "--expires",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    default=None,
    help="Last day the token works (YYYY-MM-DD, UTC); it never expires without this.",
)
def create(name: str, admin: bool, expires: datetime | None) -> None:
    """Create a token called NAME (unique) and print it once (only its hash is stored)."""
    expires_at = (
        datetime.combine(date(expires.year, expires.month, expires.day), time.max, tzinfo=UTC)
        if expires is not None
        else None
    )
    engine = open_migrated_database(get_settings())
    try:
        with make_session_factory(engine)() as session:
            plaintext = create_token(
                session=session,
                name=name,
                role="admin" if admin else "editor",
                expires_at=expires_at,
            )
    finally:
        engine.dispose()
    click.echo(plaintext)
    click.echo("Store this token now: it cannot be shown again.", err=True)


@token.command(name="list")
@click.option("--json", "as_json", is_flag=True, help="One JSON array instead of a table.")
def list_command(as_json: bool) -> None:
    """Every token: name, role, state (active, expired, revoked), expiry and last use."""
    engine = open_migrated_database(get_settings())
    try:
        with make_session_factory(engine)() as session:
            tokens = list_tokens(session=session)
    finally:
        engine.dispose()
    now = datetime.now(UTC)
    if as_json:
        click.echo(
            json.dumps(
                [
                    {
                        "name": info.name,
                        "role": info.role,
                        "state": info.state(now),
                        "created_at": info.created_at.isoformat(),
                        "last_used_at": _iso(info.last_used_at),
                        "expires_at": _iso(info.expires_at),
                        "revoked_at": _iso(info.revoked_at),
                    }
                    for info in tokens
                ],
                indent=2,
            )
        )
        return
    if not tokens:
        click.echo("no tokens; create one with `policydiff token create NAME`", err=True)
        return
    click.echo(f"{'NAME':30}  {'ROLE':6}  {'STATE':7}  {'EXPIRES':10}  LAST USED")
    for info in tokens:
        expires = f"{info.expires_at:%Y-%m-%d}" if info.expires_at else "never"
        used = f"{info.last_used_at:%Y-%m-%d %H:%M}" if info.last_used_at else "never"
        click.echo(f"{info.name:30}  {info.role:6}  {info.state(now):7}  {expires:10}  {used}")


@token.command()
@click.argument("name")
def revoke(name: str) -> None:
    """Revoke the token called NAME: it is refused from now on."""
    engine = open_migrated_database(get_settings())
    try:
        with make_session_factory(engine)() as session:
            revoked = revoke_token(session=session, name=name)
    finally:
        engine.dispose()
    click.echo(f"revoked the token '{revoked.name}'", err=True)


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None
