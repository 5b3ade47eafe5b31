"""Subscriptions: be told of changes by webhook or e-mail, narrowed by authority, chapter or a
fact rule. Managing them needs a write token (they hold addresses and secrets)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Path, Response

from app.api.responses import INVALID, NOT_FOUND, Responses, problem
from app.http.deps import SessionDep, WriteTokenDep
from app.schemas.sources import DeliveryRead, SubscriptionCreate, SubscriptionRead
from app.store import Subscription
from app.store.subscriptions import (
    add_subscription,
    deliveries_of,
    get_subscription_or_raise,
    list_subscriptions,
    remove_subscription,
    rule_of,
)

router = APIRouter(tags=["subscriptions"])

_UNAUTHORIZED: Responses = {401: problem("No valid write token.")}


def _subscription(
    session: SessionDep,
    _token: WriteTokenDep,
    subscription_id: Annotated[int, Path(ge=1, le=2**31 - 1, description="The id.")],
) -> Subscription:
    return get_subscription_or_raise(session=session, subscription_id=subscription_id)


SubscriptionDep = Annotated[Subscription, Depends(_subscription)]


@router.post(
    "/subscriptions",
    response_model=SubscriptionRead,
    status_code=201,
    responses={400: problem("The body is not JSON."), **_UNAUTHORIZED, **INVALID},
    summary="Subscribe to changes",
)
def create_subscription(
    body: SubscriptionCreate, session: SessionDep, _token: WriteTokenDep
) -> SubscriptionRead:
    """Webhooks receive a JSON body signed in `X-Policydiff-Signature` (`sha256=` and the hex
    HMAC-SHA256 of the body keyed with the `secret` returned here, once); the same
    `X-Policydiff-Delivery` id comes with every try of one notification. E-mails have a plain
    text and an HTML part. A rule (`fact`, `condition`, `threshold`) keeps only changes of that
    fact that meet it, e.g. `leaving_care_support_age` `decreases`."""
    subscription = add_subscription(
        session=session,
        channel=body.channel,
        target=body.target,
        authority_slug=body.authority,
        chapter_slug=body.chapter,
        rule=rule_of(body.fact, body.condition, body.threshold),
    )
    read = SubscriptionRead.model_validate(subscription)
    read.secret = subscription.secret
    return read


@router.get(
    "/subscriptions",
    response_model=list[SubscriptionRead],
    responses=_UNAUTHORIZED,
    summary="List subscriptions",
)
def read_subscriptions(session: SessionDep, _token: WriteTokenDep) -> list[SubscriptionRead]:
    """Every subscription (without secrets)."""
    return [
        SubscriptionRead.model_validate(row).model_copy(update={"secret": None})
        for row in list_subscriptions(session=session)
    ]


@router.get(
    "/subscriptions/{subscription_id}/deliveries",
    response_model=list[DeliveryRead],
    responses={**_UNAUTHORIZED, **NOT_FOUND, **INVALID},
    summary="A subscription's delivery log",
)
def read_deliveries(subscription: SubscriptionDep, session: SessionDep) -> list[DeliveryRead]:
    """Each change told to the subscription, newest first: status, tries, last error."""
    return [
        DeliveryRead.model_validate(row)
        for row in deliveries_of(session=session, subscription_id=subscription.id)
    ]


@router.delete(
    "/subscriptions/{subscription_id}",
    status_code=204,
    response_class=Response,
    responses={**_UNAUTHORIZED, **NOT_FOUND, **INVALID},
    summary="Unsubscribe",
)
def delete_subscription(subscription: SubscriptionDep, session: SessionDep) -> Response:
    """Remove the subscription and its delivery log."""
    remove_subscription(session=session, subscription_id=subscription.id)
    return Response(status_code=204)
