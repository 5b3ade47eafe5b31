"""The Atom feed of changes found by watching: each entry says which facts changed (before →
after) and which sections, with word counts, and links to the comparison (page and JSON).
Narrowed by authority, chapter, or a fact rule, it is a feed per rule."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Query, Request, Response
from feedgen.feed import FeedGenerator

from app import __version__
from app.api.feed_caching import conditional_feed
from app.api.responses import INVALID
from app.api.routes.feed import ATOM_MEDIA_TYPE, _AtomEntry
from app.http.deps import SLUG_PATTERN, SessionDep, SettingsDep
from app.sources import ChangeSummary, RuleCondition, describe_change, make_rule, rule_matches
from app.store import Change
from app.store.subscriptions import recent_changes

router = APIRouter(tags=["feeds"])

FACT_KEY_PATTERN = r"^[a-z][a-z0-9_]*$"
"""Fact keys are snake_case names (`leaving_care_support_age`)."""

_EPOCH = datetime(2000, 1, 1, tzinfo=UTC)


@router.get(
    "/feeds/changes.atom",
    response_class=Response,
    responses={
        200: {
            "description": "An Atom 1.0 feed (RFC 4287) of changes, newest first.",
            "content": {ATOM_MEDIA_TYPE: {"schema": {"type": "string"}}},
        },
        304: {"description": "Nothing new since the reader's copy."},
        **INVALID,
    },
    summary="Feed of changes found by watching",
)
def changes_feed(
    request: Request,
    session: SessionDep,
    settings: SettingsDep,
    authority: Annotated[
        str | None, Query(max_length=100, pattern=SLUG_PATTERN, description="Authority slug.")
    ] = None,
    chapter: Annotated[
        str | None, Query(max_length=100, pattern=SLUG_PATTERN, description="Chapter slug.")
    ] = None,
    fact: Annotated[
        str | None,
        Query(max_length=100, pattern=FACT_KEY_PATTERN, description="Only changes of this fact…"),
    ] = None,
    condition: Annotated[
        RuleCondition | None, Query(description="…that meet this condition.")
    ] = None,
    threshold: Annotated[
        float | None, Query(allow_inf_nan=False, description="For `above` and `below`.")
    ] = None,
) -> Response:
    """The last 50 new versions of watched chapters, with what changed in each.

    `fact` with `condition` (`changes`, `decreases`, `increases`, `above`, `below` with
    `threshold`) keeps the changes that meet the rule: for example
    `?fact=leaving_care_support_age&condition=decreases`, or
    `?fact=permanence_plan_months&condition=above&threshold=4`; `?condition=cites_superseded`
    keeps the new versions that cite superseded guidance. Answers 304 to a reader whose
    `If-None-Match` or `If-Modified-Since` is current.
    """
    rule = make_rule(fact or "", condition or "changes", threshold) if fact or condition else None
    changes = recent_changes(session=session, authority_slug=authority, chapter_slug=chapter)
    if rule is not None:
        changes = [c for c in changes if rule_matches(rule, ChangeSummary.from_json(c.summary))]
    base = (settings.public_base_url or str(request.base_url)).rstrip("/")
    self_url = base + request.url.path + (f"?{request.url.query}" if request.url.query else "")
    feed = FeedGenerator()
    feed.id(self_url)
    feed.title(_title(authority, chapter, fact, condition, threshold))
    feed.author({"name": "policydiff"})
    feed.generator("policydiff", version=__version__)
    feed.link(href=self_url, rel="self", type=ATOM_MEDIA_TYPE)
    feed.link(href=f"{base}/sources", rel="alternate", type="text/html")
    feed.updated(changes[0].created_at if changes else _EPOCH)
    for change in reversed(changes):
        _add_entry(feed, change, base)
    newest = changes[0].created_at if changes else None
    return conditional_feed(request, feed.atom_str(pretty=True), ATOM_MEDIA_TYPE, newest)


def _add_entry(feed: FeedGenerator, change: Change, base: str) -> None:
    version = change.version
    summary = ChangeSummary.from_json(change.summary)
    pair = urlencode({"left": change.previous_version_id, "right": change.version_id})
    entry = feed.add_entry(_AtomEntry())
    entry.id(f"{base}/api/v1/feeds/changes/{change.id}")
    entry.title(f"{version.authority.name}: {version.chapter.title} changed")
    if change.previous_version_id is not None:  # None once the previous version is deleted
        entry.link(href=f"{base}/compare?{pair}", rel="alternate", type="text/html")
        entry.link(
            href=f"{base}/api/v1/comparisons?{pair}", rel="alternate", type="application/json"
        )
    entry.link(
        href=f"{base}/versions/{version.id}",
        rel="related" if change.previous_version_id is not None else "alternate",
        type="text/html",
    )
    entry.updated(change.created_at)
    entry.published(change.created_at)
    entry.summary(describe_change(summary))
    entry.category(term=version.authority.slug, label=version.authority.name)
    entry.category(term=version.chapter.slug, label=version.chapter.title)


def _title(
    authority: str | None,
    chapter: str | None,
    fact: str | None,
    condition: str | None,
    threshold: float | None,
) -> str:
    parts = ["policydiff: changes"]
    if authority:
        parts.append(f"by {authority}")
    if chapter:
        parts.append(f"to {chapter}")
    if fact:
        parts.append(
            f"where {fact} {condition or 'changes'}"
            + (f" {threshold:g}" if threshold is not None else "")
        )
    elif condition == "cites_superseded":
        parts.append("citing superseded guidance")
    return " ".join(parts)
