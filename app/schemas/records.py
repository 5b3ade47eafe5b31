"""Tokens and deleted versions as the API shows them to editors and admins (decision 0023)."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class TokenRead(BaseModel):
    """A write token as operators see it; the token itself is never shown again."""

    model_config = ConfigDict(from_attributes=True, use_attribute_docstrings=True)

    name: str
    """Who holds the token; recorded on every write made with it."""
    role: Literal["editor", "admin"]
    """"editor": upload, delete and restore versions; "admin": also manage tokens."""
    state: Literal["active", "expired", "revoked"]
    created_at: datetime
    last_used_at: datetime | None
    expires_at: datetime | None
    """After this instant the token is refused; null: it does not expire."""
    revoked_at: datetime | None


class TokenCreate(BaseModel):
    """A new token's name, role and expiry."""

    model_config = ConfigDict(use_attribute_docstrings=True, extra="forbid")

    name: str = Field(min_length=1, max_length=200, pattern=r"^[^\x00-\x1f\x7f]+$")
    """A unique name saying who holds it ("intranet-sync")."""
    role: Literal["editor", "admin"] = "editor"
    expires_at: datetime | None = None
    """When the token stops working (with a time zone); null: never."""


class TokenCreated(TokenRead):
    """The new token: `token` is shown this once and cannot be recovered."""

    token: str


class DeletedVersionRead(BaseModel):
    """A deleted version's tombstone: hidden from reads, restorable, purged only by an operator."""

    model_config = ConfigDict(from_attributes=True, use_attribute_docstrings=True)

    version_id: int
    """The id it had, and gets back when restored."""
    authority_slug: str
    chapter_slug: str
    filename: str
    sha256: str
    added_by: str | None
    """The token that uploaded it; null when loaded from the command line."""
    deleted_at: datetime
    deleted_by: str
    """The token that deleted it, or "command line"."""
    reason: str


__all__ = ["DeletedVersionRead", "TokenCreate", "TokenCreated", "TokenRead"]
