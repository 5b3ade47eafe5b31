"""Notifications: signed webhooks delivered exactly once through failures, e-mail to a local
SMTP server, and fact rules that pick which changes a subscriber hears of."""

from __future__ import annotations

import hashlib
import hmac
import itertools
import json
import socket
from collections.abc import Iterator
from email import message_from_bytes
from email.message import Message

import pytest
from aiosmtpd.controller import Controller
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from app.config import Settings
from app.sources import make_rule
from app.store import Delivery
from app.store.sources import add_source
from app.store.subscriptions import add_subscription, deliveries_of
from app.watch import DELIVERY_HEADER, SIGNATURE_HEADER, deliver_pending
from tests.watch.conftest import chapter_page
from tests.watch.pages_server import PageServer
from tests.watch.test_check import _round

_paths = itertools.count()


class _Inbox:
    def __init__(self) -> None:
        self.messages: list[Message] = []

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 (aiosmtpd's name)
        self.messages.append(message_from_bytes(envelope.content))
        return "250 OK"


@pytest.fixture(scope="module")
def inbox() -> Iterator[tuple[_Inbox, int]]:
    handler = _Inbox()
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield handler, port
    finally:
        controller.stop()


def _watched_page(pages: PageServer, session_factory: sessionmaker[Session], authority: str) -> str:
    path = f"/notify-{next(_paths)}"
    with session_factory() as session:
        add_source(
            session=session,
            url=pages.set(path, body=chapter_page(age=21, months="four")),
            authority_slug=authority,
            interval_minutes=60,
        )
    return path


def _verify(secret: str, body: bytes, header: str) -> bool:
    expected = "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, header)


def test_a_webhook_that_fails_three_times_then_recovers_gets_the_change_exactly_once(
    pages: PageServer, session_factory, watch_settings: Settings
):
    settings = watch_settings.model_copy(update={"watch_retry_attempts": 5})
    path = _watched_page(pages, session_factory, "hookshire")
    _round(session_factory, settings)
    hook = f"/hook-{next(_paths)}"
    pages.failures_left[hook] = 3
    with session_factory() as session:
        subscription = add_subscription(
            session=session, channel="webhook", target=pages.url(hook), authority_slug="hookshire"
        )
    pages.set(path, body=chapter_page(age=18, months="four"))
    _round(session_factory, settings)

    first = deliver_pending(session_factory, settings)
    again = deliver_pending(session_factory, settings)

    assert (first.delivered, first.failed, again.delivered) == (1, 0, 0)
    posts = pages.requests_to(hook, "POST")
    assert len(posts) == 4
    assert all(
        _verify(subscription.secret or "", p.body, p.headers[SIGNATURE_HEADER.lower()])
        for p in posts
    )
    assert len({p.headers[DELIVERY_HEADER.lower()] for p in posts}) == 1
    body = json.loads(posts[-1].body)
    assert body["authority"]["slug"] == "hookshire"
    assert body["facts_changed"][0]["key"] == "leaving_care_support_age"
    assert body["facts_changed"][0]["before"]["age"] == 21
    assert body["facts_changed"][0]["after"]["age"] == 18
    assert body["comparison"]["json"].startswith(
        "https://policydiff.example.org/api/v1/comparisons?"
    )
    assert any(section["status"] == "changed" for section in body["sections_changed"])
    with session_factory() as session:
        (log,) = deliveries_of(session=session, subscription_id=subscription.id)
    assert (log.status, log.attempts, log.last_error) == ("delivered", 4, None)


def test_a_webhook_that_keeps_failing_is_logged_and_tried_again_later(
    pages: PageServer, session_factory, watch_settings: Settings
):
    path = _watched_page(pages, session_factory, "downshire")
    _round(session_factory, watch_settings)
    hook = f"/hook-{next(_paths)}"
    pages.failures_left[hook] = 100
    with session_factory() as session:
        subscription = add_subscription(session=session, channel="webhook", target=pages.url(hook))
    pages.set(path, body=chapter_page(age=19))
    _round(session_factory, watch_settings)

    result = deliver_pending(session_factory, watch_settings)

    assert (result.delivered, result.failed) == (0, 1)
    with session_factory() as session:
        (log,) = deliveries_of(session=session, subscription_id=subscription.id)
    assert log.status == "pending"
    assert log.attempts == watch_settings.watch_retry_attempts
    assert "503" in (log.last_error or "")


def test_email_goes_to_the_smtp_server_as_text_and_html(
    pages: PageServer, session_factory, watch_settings: Settings, inbox
):
    handler, port = inbox
    settings = watch_settings.model_copy(update={"smtp_host": "127.0.0.1", "smtp_port": port})
    path = _watched_page(pages, session_factory, "mailshire")
    _round(session_factory, settings)
    with session_factory() as session:
        add_subscription(
            session=session,
            channel="email",
            target="officer@example.org",
            authority_slug="mailshire",
        )
    pages.set(path, body=chapter_page(age=21, months="six"))
    _round(session_factory, settings)
    before = len(handler.messages)

    assert deliver_pending(session_factory, settings).delivered == 1

    (message,) = handler.messages[before:]
    assert message["To"] == "officer@example.org"
    assert "Mailshire" in message["Subject"]
    parts = {
        part.get_content_type(): part.get_payload(decode=True).decode()
        for part in message.walk()
        if not part.is_multipart()
    }
    assert set(parts) == {"text/plain", "text/html"}
    assert "Permanence plan (months): 4 -> 6" in parts["text/plain"]
    assert "https://policydiff.example.org/compare?left=" in parts["text/html"]
    assert "4 → 6" in parts["text/html"]


def test_fact_rules_pick_the_changes_a_subscriber_hears_of(
    pages: PageServer, session_factory, watch_settings: Settings
):
    path = _watched_page(pages, session_factory, "ruleshire")
    _round(session_factory, watch_settings)
    hook = pages.url(f"/hook-{next(_paths)}")
    with session_factory() as session:
        goes_down = add_subscription(
            session=session,
            channel="webhook",
            target=hook,
            rule=make_rule("leaving_care_support_age", "decreases", None),
        )
        too_long = add_subscription(
            session=session,
            channel="webhook",
            target=hook,
            rule=make_rule("permanence_plan_months", "above", 4),
        )

    pages.set(path, body=chapter_page(age=25, months="four"))  # age up: neither rule
    _round(session_factory, watch_settings)
    pages.set(path, body=chapter_page(age=18, months="four"))  # age down
    _round(session_factory, watch_settings)
    pages.set(path, body=chapter_page(age=18, months="six"))  # timescale above 4
    _round(session_factory, watch_settings)
    pages.set(path, body=chapter_page(age=18, months="three"))  # timescale down
    _round(session_factory, watch_settings)

    with session_factory() as session:
        rows = session.scalars(select(Delivery).order_by(Delivery.id)).all()
        told = [(row.subscription_id, row.change_id) for row in rows]
    assert [subscription for subscription, _ in told] == [goes_down.id, too_long.id]
    assert told[0][1] < told[1][1]
