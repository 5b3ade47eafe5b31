"""The JSON shapes of watched sources, their snapshots, subscriptions and deliveries."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from app.sources import RuleCondition


class SourceCreate(BaseModel):
    """A published chapter to watch."""

    model_config = ConfigDict(use_attribute_docstrings=True, extra="forbid")

    url: str = Field(max_length=2000, examples=["https://example.org/children/values.html"])
    """The page or file (HTML, Word or PDF), http:// or https://."""
    authority: str = Field(max_length=100, pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
    """The authority's slug (a new authority is created with the first version)."""
    authority_name: str | None = Field(default=None, max_length=300)
    """The authority's name, if it is new."""
    chapter: str | None = Field(default=None, max_length=100)
    """The chapter family's slug (default: the default family)."""
    interval_minutes: int | None = Field(default=None, ge=1, le=366 * 24 * 60)
    """Minutes between checks (default: the service's setting)."""


class SourceRead(BaseModel):
    """A watched source and how its checks went."""

    model_config = ConfigDict(from_attributes=True, use_attribute_docstrings=True)

    id: int
    url: str
    authority_slug: str
    chapter_slug: str
    interval_minutes: int
    created_at: datetime
    next_check_at: datetime
    """When the source is next due (a random part of the interval is added to each)."""
    last_checked_at: datetime | None
    last_changed_at: datetime | None
    """When a check last brought a new version."""
    last_error: str | None
    """Why the last check failed; null after a successful check."""
    consecutive_failures: int
    failing: bool = False
    """Whether the last several checks all failed (the source keeps its history)."""
    current_version_id: int | None
    """The version the source showed at its last successful check."""


class SnapshotRead(BaseModel):
    """One fetch whose bytes differed from the one before (the bytes are not included)."""

    model_config = ConfigDict(from_attributes=True, use_attribute_docstrings=True)

    id: int
    fetched_at: datetime
    url: str
    """Where the bytes came from, after redirects."""
    sha256: str
    size_bytes: int
    headers: dict[str, str]
    version_id: int | None
    """The version holding the snapshot's text; null when it could not be read."""
    page_stamp: str | None = None
    """The day (ISO) a markdown file's front matter stamps the page with (`lastmod`,
    `updated`, …); null when it states none. A file re-stamped with the same text points at the
    same version, which keeps the stamp it was read with: this is the one the page now states."""


class SubscriptionCreate(BaseModel):
    """Who wants to hear of which changes, and how."""

    model_config = ConfigDict(use_attribute_docstrings=True, extra="forbid")

    channel: Literal["webhook", "email"]
    target: str = Field(max_length=2000)
    """The webhook URL, or the e-mail address."""
    authority: str | None = Field(default=None, max_length=100)
    """Only changes of this authority's chapters."""
    chapter: str | None = Field(default=None, max_length=100)
    """Only changes of this chapter."""
    fact: str | None = Field(default=None, max_length=100, pattern=r"^[a-z][a-z0-9_]*$")
    """Only changes of this fact (`leaving_care_support_age`) that meet `condition`."""
    condition: RuleCondition | None = None
    """changes, decreases, increases, above or below (`threshold`); or cites_superseded (no
    `fact`): the new version cites an edition the chapter family's data says was superseded."""
    threshold: float | None = Field(default=None, allow_inf_nan=False)


class SubscriptionRead(BaseModel):
    """A subscription. The webhook's `secret` is shown only when the subscription is made."""

    model_config = ConfigDict(from_attributes=True, use_attribute_docstrings=True)

    id: int
    channel: str
    target: str
    authority_slug: str | None
    chapter_slug: str | None
    fact_key: str | None
    condition: str | None
    threshold: float | None
    created_at: datetime
    secret: str | None = None
    """Key of the `X-Policydiff-Signature` HMAC-SHA256 (webhooks; shown once)."""


class DeliveryRead(BaseModel):
    """One change told to a subscription, and how the tries went."""

    model_config = ConfigDict(from_attributes=True, use_attribute_docstrings=True)

    id: int
    change_id: int
    status: str
    """pending, delivered or failed (given up)."""
    attempts: int
    last_error: str | None
    created_at: datetime
    delivered_at: datetime | None
