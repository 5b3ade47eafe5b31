"""Write tokens: shown once, stored as a SHA-256 digest.

Tokens are 256 random bits (`secrets.token_urlsafe(32)`), so a fast unsalted hash is the
standard choice (as for GitHub's and PyPI's API tokens): a slow password hash buys nothing
against brute force of that much entropy, and an unsalted digest can be looked up by index.
The digest found is still compared in constant time.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import InvalidParameter
from app.store.db import write_transaction
from app.store.models import ApiToken

TOKEN_PREFIX = "pd_"
"""Marks policydiff tokens so secret scanners and readers can recognise them."""


def create_token(*, session: Session, name: str) -> str:
    """Store a new token's digest under `name` and return the token itself (never stored)."""
    name = name.strip()
    if not name or len(name) > 200:
        raise InvalidParameter("a token needs a name of 1 to 200 characters, e.g. 'intranet-sync'.")
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    with write_transaction(session):
        session.add(ApiToken(name=name, token_hash=_digest(token), created_at=datetime.now(UTC)))
    return token


def verify_token(*, session: Session, token: str) -> bool:
    """True when `token` was created by `create_token`; records when it was last used."""
    if not token or len(token) > 200:
        return False
    digest = _digest(token)
    with write_transaction(session):
        row = session.scalar(select(ApiToken).where(ApiToken.token_hash == digest))
        if row is None or not hmac.compare_digest(row.token_hash, digest):
            return False
        row.last_used_at = datetime.now(UTC)
    return True


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


__all__ = ["TOKEN_PREFIX", "create_token", "verify_token"]
