"""Sending pending deliveries: webhooks (signed JSON) and e-mail (SMTP), with tries and
back-off by tenacity, each round logged on the delivery.

A delivery is marked delivered in the transaction after its send succeeds; a watcher killed
between the two sends it again later, so receivers should treat `X-Policydiff-Delivery` (the
delivery's id, the same on every try) as the key that makes a notification new.
"""

from __future__ import annotations

import hashlib
import hmac
import smtplib
from dataclasses import dataclass
from typing import Any

import httpx
from sqlalchemy.orm import Session, sessionmaker
from tenacity import Retrying, stop_after_attempt, wait_exponential_jitter, wait_none

from app.config import Settings
from app.store.subscriptions import (
    DELIVERY_ROUNDS,
    DeliveryClaim,
    claim_due_deliveries,
    get_change_or_raise,
    record_delivery,
)
from app.watch.fetch import FetchFailed, refuse_private_host, user_agent
from app.watch.messages import change_email, change_payload, payload_bytes

SIGNATURE_HEADER = "X-Policydiff-Signature"
"""`sha256=` and the hex HMAC-SHA256 of the body, keyed with the subscription's secret."""
DELIVERY_HEADER = "X-Policydiff-Delivery"
"""The delivery's id: the same on every try of one notification."""


def sign(body: bytes, secret: str) -> str:
    """The signature header's value for `body`."""
    return "sha256=" + hmac.new(secret.encode("utf-8"), body, hashlib.sha256).hexdigest()


@dataclass(slots=True)
class DeliveryRound:
    delivered: int = 0
    failed: int = 0


class DeliveryFailed(Exception):
    """One try that did not deliver; the message says why."""


def deliver_pending(session_factory: sessionmaker[Session], settings: Settings) -> DeliveryRound:
    """Send every pending delivery that is due, until none is left to claim."""
    summary = DeliveryRound()
    with httpx.Client(
        headers={"User-Agent": user_agent(settings)},
        timeout=httpx.Timeout(settings.watch_timeout_seconds),
        follow_redirects=False,
        trust_env=False,
        event_hooks={"request": [_refusing_private_hosts(settings)]},
    ) as client:
        while True:
            with session_factory() as session:
                claims = claim_due_deliveries(
                    session=session, limit=50, lease_seconds=settings.watch_lease_seconds
                )
            if not claims:
                return summary
            for claim in claims:
                with session_factory() as session:
                    ok = _deliver(session, settings, client, claim)
                if ok:
                    summary.delivered += 1
                else:
                    summary.failed += 1


def _deliver(
    session: Session, settings: Settings, client: httpx.Client, claim: DeliveryClaim
) -> bool:
    payload = change_payload(
        get_change_or_raise(session=session, change_id=claim.change_id), settings
    )
    payload["delivery_id"] = claim.delivery_id
    base = settings.watch_retry_wait_seconds
    retrying = Retrying(
        stop=stop_after_attempt(settings.watch_retry_attempts),
        wait=wait_exponential_jitter(initial=base, max=base * 30) if base > 0 else wait_none(),
        reraise=True,
    )
    error: str | None = None
    try:
        if claim.channel == "webhook":
            retrying(_post_webhook, client, claim, payload)
        else:
            retrying(_send_email, settings, claim, payload)
    except (
        DeliveryFailed,
        FetchFailed,
        httpx.HTTPError,
        smtplib.SMTPException,
        OSError,
    ) as failure:
        error = str(failure) or type(failure).__name__
    record_delivery(
        session=session,
        delivery_id=claim.delivery_id,
        tries=int(retrying.statistics.get("attempt_number", 1)),
        error=error,
        max_attempts=settings.watch_retry_attempts * DELIVERY_ROUNDS,
        retry_after_seconds=settings.watch_poll_seconds,
    )
    return error is None


def _post_webhook(client: httpx.Client, claim: DeliveryClaim, payload: dict[str, Any]) -> None:
    body = payload_bytes(payload)
    response = client.post(
        claim.target,
        content=body,
        headers={
            "Content-Type": "application/json",
            SIGNATURE_HEADER: sign(body, claim.secret or ""),
            DELIVERY_HEADER: str(claim.delivery_id),
        },
    )
    if not 200 <= response.status_code < 300:
        raise DeliveryFailed(f"the webhook answered {response.status_code}")


def _send_email(settings: Settings, claim: DeliveryClaim, payload: dict[str, Any]) -> None:
    if not settings.smtp_host:
        raise DeliveryFailed("no SMTP server is set (POLICYDIFF_SMTP_HOST)")
    message = change_email(payload, to=claim.target, settings=settings)
    message[DELIVERY_HEADER] = str(claim.delivery_id)
    with smtplib.SMTP(
        settings.smtp_host, settings.smtp_port, timeout=settings.watch_timeout_seconds
    ) as smtp:
        if settings.smtp_starttls:
            smtp.starttls()
        if settings.smtp_username:
            smtp.login(settings.smtp_username, settings.smtp_password)
        smtp.send_message(message)


def _refusing_private_hosts(settings: Settings) -> Any:
    def hook(request: httpx.Request) -> None:
        if not settings.watch_allow_private_addresses:
            refuse_private_host(request.url.host, request.url.port or 443)

    return hook
