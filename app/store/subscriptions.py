"""Subscriptions and their deliveries; the changes that feeds and notifications are made of.

A delivery row is written with its change (see `sources.record_fetch`), so a change is told to
each subscription once however many watchers run. Sending claims due deliveries with a lease,
as sources are claimed; a delivery is marked delivered in the transaction after the send.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.errors import HeaderParseError
from email.headerregistry import Address

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, lazyload

from app.errors import InvalidParameter, NotFound
from app.sources import FactRule, check_http_url, make_rule
from app.store.db import read_transaction, write_transaction
from app.store.versions import MAX_ID, _check_slug
from app.store.watch_models import Change, Delivery, Source, Subscription

CHANNELS = ("webhook", "email")
DELIVERY_ROUNDS = 5
"""Rounds of tries (each of `watch_retry_attempts` tries with back-off) before a delivery is
given up and marked failed; rounds are one watcher poll apart."""


def add_subscription(
    *,
    session: Session,
    channel: str,
    target: str,
    authority_slug: str | None = None,
    chapter_slug: str | None = None,
    rule: FactRule | None = None,
) -> Subscription:
    """A subscription; a webhook gets a new random secret for its signatures."""
    if channel not in CHANNELS:
        raise InvalidParameter(
            f"unknown channel '{channel}'. To fix: use one of {', '.join(CHANNELS)}."
        )
    checked_target = (
        check_http_url(target, "webhook") if channel == "webhook" else _check_email(target)
    )
    if authority_slug is not None:
        _check_slug("authority", authority_slug)
    if chapter_slug is not None:
        _check_slug("chapter", chapter_slug)
    with write_transaction(session):
        subscription = Subscription(
            channel=channel,
            target=checked_target,
            secret=secrets.token_hex(32) if channel == "webhook" else None,
            authority_slug=authority_slug,
            chapter_slug=chapter_slug,
            fact_key=rule.fact_key if rule else None,
            condition=rule.condition if rule else None,
            threshold=rule.threshold if rule else None,
            active=True,
            created_at=datetime.now(UTC),
        )
        session.add(subscription)
        session.flush()
        return subscription


def rule_of(
    fact_key: str | None, condition: str | None, threshold: float | None
) -> FactRule | None:
    """The fact rule the parameters describe, None when they name none."""
    if fact_key is None and condition is None:
        return None
    return make_rule(fact_key or "", condition or "changes", threshold)


def list_subscriptions(*, session: Session) -> list[Subscription]:
    with read_transaction(session):
        return list(session.scalars(select(Subscription).order_by(Subscription.id)).all())


def get_subscription_or_raise(*, session: Session, subscription_id: int) -> Subscription:
    with read_transaction(session):
        subscription = (
            session.get(Subscription, subscription_id) if 0 < subscription_id <= MAX_ID else None
        )
    if subscription is None:
        raise NotFound(
            f"no subscription with id {subscription_id}. To fix: list subscriptions for ids."
        )
    return subscription


def remove_subscription(*, session: Session, subscription_id: int) -> None:
    get_subscription_or_raise(session=session, subscription_id=subscription_id)
    with write_transaction(session):
        subscription = session.get(Subscription, subscription_id)
        if subscription is not None:
            session.delete(subscription)


def deliveries_of(*, session: Session, subscription_id: int, limit: int = 100) -> list[Delivery]:
    """The subscription's delivery log, newest first."""
    get_subscription_or_raise(session=session, subscription_id=subscription_id)
    with read_transaction(session):
        return list(
            session.scalars(
                select(Delivery)
                .where(Delivery.subscription_id == subscription_id)
                .order_by(Delivery.created_at.desc(), Delivery.id.desc())
                .limit(limit)
            ).all()
        )


def recent_changes(
    *,
    session: Session,
    authority_slug: str | None = None,
    chapter_slug: str | None = None,
    limit: int = 50,
) -> list[Change]:
    """Changes found by watching, newest first, optionally narrowed to an authority or chapter."""
    query = select(Change).order_by(Change.created_at.desc(), Change.id.desc()).limit(limit)
    if authority_slug is not None or chapter_slug is not None:
        query = query.join(Source, Change.source_id == Source.id)
    if authority_slug is not None:
        query = query.where(Source.authority_slug == authority_slug)
    if chapter_slug is not None:
        query = query.where(Source.chapter_slug == chapter_slug)
    with read_transaction(session):
        return list(session.scalars(query).unique().all())


def changes_for_versions(*, session: Session, version_ids: list[int]) -> dict[int, Change]:
    """For each of the versions that watching brought, the (newest) change that brought it."""
    if not version_ids:
        return {}
    with read_transaction(session):
        rows = session.scalars(
            select(Change).where(Change.version_id.in_(version_ids)).order_by(Change.id)
        ).unique()
        return {change.version_id: change for change in rows}


@dataclass(frozen=True, slots=True)
class DeliveryClaim:
    """A delivery a sender has leased: where to send what."""

    delivery_id: int
    channel: str
    target: str
    secret: str | None
    change_id: int


def claim_due_deliveries(
    *, session: Session, limit: int, lease_seconds: int, now: datetime | None = None
) -> list[DeliveryClaim]:
    """Lease up to `limit` pending deliveries that are due (as `claim_due_sources` does)."""
    moment = now or datetime.now(UTC)
    due = (
        Delivery.status == "pending",
        Delivery.next_attempt_at <= moment,
        or_(Delivery.lease_expires_at.is_(None), Delivery.lease_expires_at <= moment),
    )
    with read_transaction(session):
        if session.scalar(select(Delivery.id).where(*due).limit(1)) is None:
            return []
    with write_transaction(session):
        rows = list(
            session.scalars(
                select(Delivery)
                .options(lazyload("*"))
                .where(*due)
                .order_by(Delivery.next_attempt_at, Delivery.id)
                .limit(limit)
                .with_for_update(skip_locked=True, of=Delivery)
            )
            .unique()
            .all()
        )
        for delivery in rows:
            delivery.lease_expires_at = moment + timedelta(seconds=lease_seconds)
        return [
            DeliveryClaim(
                delivery_id=delivery.id,
                channel=delivery.subscription.channel,
                target=delivery.subscription.target,
                secret=delivery.subscription.secret,
                change_id=delivery.change_id,
            )
            for delivery in rows
        ]


def record_delivery(
    *,
    session: Session,
    delivery_id: int,
    tries: int,
    error: str | None,
    max_attempts: int,
    retry_after_seconds: float,
    now: datetime | None = None,
) -> None:
    """Log a round of `tries`: delivered when `error` is None; else pending for a later round,
    or failed once `max_attempts` tries have been made in all."""
    moment = now or datetime.now(UTC)
    with write_transaction(session):
        delivery = session.get(Delivery, delivery_id)
        if delivery is None or delivery.status != "pending":
            return
        delivery.attempts = (delivery.attempts or 0) + tries
        delivery.lease_expires_at = None
        delivery.last_error = error
        if error is None:
            delivery.status = "delivered"
            delivery.delivered_at = moment
        elif delivery.attempts >= max_attempts:
            delivery.status = "failed"
        else:
            delivery.next_attempt_at = moment + timedelta(seconds=retry_after_seconds)


def get_change_or_raise(*, session: Session, change_id: int) -> Change:
    with read_transaction(session):
        change = session.get(Change, change_id) if 0 < change_id <= MAX_ID else None
    if change is None:
        raise NotFound(f"no change with id {change_id}.")
    return change


def _check_email(address: str) -> str:
    text = address.strip()
    try:
        parsed = Address(addr_spec=text)
    except (ValueError, IndexError, HeaderParseError):
        parsed = None
    if parsed is None or not parsed.username or "." not in parsed.domain:
        raise InvalidParameter(
            f"'{address}' is not an e-mail address. To fix: give one like name@example.org."
        )
    return text


__all__ = [
    "CHANNELS",
    "DeliveryClaim",
    "add_subscription",
    "changes_for_versions",
    "claim_due_deliveries",
    "deliveries_of",
    "get_change_or_raise",
    "get_subscription_or_raise",
    "list_subscriptions",
    "recent_changes",
    "record_delivery",
    "remove_subscription",
    "rule_of",
]
