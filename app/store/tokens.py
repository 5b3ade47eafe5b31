"""Write tokens: shown once, stored as a SHA-256 digest; named, expiring and revocable.

Tokens are 256 random bits (`secrets.token_urlsafe(32)`), so a fast unsalted hash is the
standard choice (as for GitHub's and PyPI's API tokens): a slow password hash buys nothing
against brute force of that much entropy, and an unsalted digest can be looked up by index.
The digest found is still compared in constant time.

A token's name is unique: it is what every write made with the token records (decision 0023).
An "editor" token uploads, deletes and restores versions; an "admin" token also manages tokens.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Literal, get_args

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.errors import Conflict, Forbidden, InvalidParameter, NotFound, Unauthorized
from app.store.db import read_transaction, write_transaction
from app.store.models import ApiToken

TOKEN_PREFIX = "pd_"
"""Marks policydiff tokens so secret scanners and readers can recognise them."""

TokenRole = Literal["editor", "admin"]
TOKEN_ROLES: tuple[str, ...] = get_args(TokenRole)

MAX_TOKEN_NAME = 200


@dataclass(frozen=True, slots=True)
class TokenHolder:
    """Who a valid token belongs to: what writes record, and what it may do."""

    name: str
    role: str

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"


@dataclass(frozen=True, slots=True)
class TokenInfo:
    """A token as operators see it (never the token itself)."""

    name: str
    role: str
    created_at: datetime
    last_used_at: datetime | None
    expires_at: datetime | None
    revoked_at: datetime | None

    def state(self, now: datetime) -> str:
        """ "active", "expired" or "revoked"."""
        if self.revoked_at is not None:
            return "revoked"
        if self.expires_at is not None and self.expires_at <= now:
            return "expired"
        return "active"


def create_token(
    *,
    session: Session,
    name: str,
    role: str = "editor",
    expires_at: datetime | None = None,
) -> str:
    """Store a new token's digest under `name` and return the token itself (never stored)."""
    name = name.strip()
    if not name or len(name) > MAX_TOKEN_NAME or not name.isprintable():
        raise InvalidParameter(
            f"a token needs a name of 1 to {MAX_TOKEN_NAME} printable characters, "
            "e.g. 'intranet-sync'."
        )
    if role not in TOKEN_ROLES:
        raise InvalidParameter(f"unknown token role '{role}'. To fix: use editor or admin.")
    now = datetime.now(UTC)
    if expires_at is not None and expires_at <= now:
        raise InvalidParameter(
            "the expiry date is in the past. To fix: give a future date, or none."
        )
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    taken = Conflict(
        f"a token named '{name}' exists already. To fix: choose another name, or revoke "
        f"the old one first (`policydiff token revoke {name}`) and pick a new name."
    )
    try:
        with write_transaction(session):
            if session.scalar(select(ApiToken.id).where(ApiToken.name == name)) is not None:
                raise taken
            session.add(
                ApiToken(
                    name=name,
                    token_hash=_digest(token),
                    role=role,
                    created_at=now,
                    expires_at=expires_at,
                )
            )
    except IntegrityError:
        raise taken from None
    return token


def authenticate(*, session: Session, token: str) -> TokenHolder:
    """The holder of a valid token (records when it was last used), else Unauthorized saying
    why: unknown, revoked or expired."""
    unknown = Unauthorized(
        "the bearer token is not valid. To fix: check it was copied whole, or ask an "
        "operator for a new one (`policydiff token create NAME`)."
    )
    if not token or len(token) > 200:
        raise unknown
    digest = _digest(token)
    now = datetime.now(UTC)
    with write_transaction(session):
        row = session.scalar(select(ApiToken).where(ApiToken.token_hash == digest))
        if row is None or not hmac.compare_digest(row.token_hash, digest):
            raise unknown
        if row.revoked_at is not None:
            raise Unauthorized(
                f"the token '{row.name}' was revoked. To fix: ask an operator for a new one."
            )
        if row.expires_at is not None and row.expires_at <= now:
            raise Unauthorized(
                f"the token '{row.name}' expired on {row.expires_at:%Y-%m-%d}. To fix: ask an "
                "operator for a new one."
            )
        row.last_used_at = now
        return TokenHolder(name=row.name, role=row.role)


def active_holder(*, session: Session, name: str) -> TokenHolder | None:
    """The holder of the token called `name` if it is still valid (not revoked, not expired),
    else None: a signed-in editor's session lasts only as long as the token it was opened with.
    Nothing is written (unlike `authenticate`), so a page view costs one indexed read."""
    with read_transaction(session):
        row = session.scalar(select(ApiToken).where(ApiToken.name == name))
        if row is None or row.revoked_at is not None:
            return None
        if row.expires_at is not None and row.expires_at <= datetime.now(UTC):
            return None
        return TokenHolder(name=row.name, role=row.role)


def verify_token(*, session: Session, token: str) -> bool:
    """True when `token` is valid now (see `authenticate`)."""
    try:
        authenticate(session=session, token=token)
    except Unauthorized:
        return False
    return True


def require_admin(holder: TokenHolder) -> None:
    """Forbidden unless the token is an admin token."""
    if not holder.is_admin:
        raise Forbidden(
            f"the token '{holder.name}' is an editor token; managing tokens needs an admin "
            "token. To fix: use an admin token (`policydiff token create NAME --admin`)."
        )


def list_tokens(*, session: Session) -> list[TokenInfo]:
    """Every token, by name, revoked and expired ones included."""
    with read_transaction(session):
        rows = session.scalars(select(ApiToken).order_by(ApiToken.name)).all()
        return [
            TokenInfo(
                name=row.name,
                role=row.role,
                created_at=row.created_at,
                last_used_at=row.last_used_at,
                expires_at=row.expires_at,
                revoked_at=row.revoked_at,
            )
            for row in rows
        ]


def revoke_token(*, session: Session, name: str) -> TokenInfo:
    """Revoke the token called `name` (NotFound if none); revoking twice changes nothing."""
    with write_transaction(session):
        row = session.scalar(select(ApiToken).where(ApiToken.name == name))
        if row is None:
            raise NotFound(
                f"no token named '{name}'. To fix: list tokens (`policydiff token list`)."
            )
        if row.revoked_at is None:
            row.revoked_at = datetime.now(UTC)
        return TokenInfo(
            name=row.name,
            role=row.role,
            created_at=row.created_at,
            last_used_at=row.last_used_at,
            expires_at=row.expires_at,
            revoked_at=row.revoked_at,
        )


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


__all__ = [
    "TOKEN_PREFIX",
    "TOKEN_ROLES",
    "TokenHolder",
    "TokenInfo",
    "active_holder",
    "authenticate",
    "create_token",
    "list_tokens",
    "require_admin",
    "revoke_token",
    "verify_token",
]
