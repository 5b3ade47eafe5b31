"""Atom feeds of amendments: subscribe to be told when a chapter is amended."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, Request, Response
from feedgen.entry import FeedEntry
from feedgen.feed import FeedGenerator

from app import __version__
from app.api.feed_caching import conditional_feed
from app.api.responses import READ_ERRORS, Responses
from app.config import Settings
from app.http.deps import AuthorityDep, ChapterDep, SessionDep, SettingsDep
from app.sources import ChangeSummary, describe_change
from app.store import Change, Version, recent_amendments
from app.store.subscriptions import changes_for_versions

ATOM_MEDIA_TYPE = "application/atom+xml"

router = APIRouter(tags=["feeds"])

_ATOM_RESPONSE: Responses = {
    200: {
        "description": "An Atom 1.0 feed (RFC 4287), newest amendment first.",
        "content": {ATOM_MEDIA_TYPE: {"schema": {"type": "string"}}},
    }
}


@router.get(
    "/feeds/amendments.atom",
    response_class=Response,
    responses=_ATOM_RESPONSE,
    summary="Feed of all amendments",
)
def amendments_feed(request: Request, session: SessionDep, settings: SettingsDep) -> Response:
    """Every newly added version of every authority's chapters, newest first (the last 50).

    Entries are ordered by when policydiff received the version, so an old revision loaded today
    appears at the top. Each entry links to the version's page and to its JSON.
    """
    versions = recent_amendments(session=session)
    changes = changes_for_versions(session=session, version_ids=[v.id for v in versions])
    return _atom(request, settings, versions, title="policydiff: amendments", changes=changes)


@router.get(
    "/authorities/{slug}/feed.atom",
    response_class=Response,
    responses={**_ATOM_RESPONSE, **READ_ERRORS},
    summary="Feed of one authority's amendments",
)
def authority_feed(
    request: Request, authority: AuthorityDep, session: SessionDep, settings: SettingsDep
) -> Response:
    """New versions of any chapter of one authority, newest first (the last 50)."""
    versions = recent_amendments(session=session, authority_slug=authority.slug)
    changes = changes_for_versions(session=session, version_ids=[v.id for v in versions])
    title = f"policydiff: amendments by {authority.name}"
    return _atom(request, settings, versions, title=title, changes=changes)


@router.get(
    "/chapters/{chapter}/feed.atom",
    response_class=Response,
    responses={**_ATOM_RESPONSE, **READ_ERRORS},
    summary="Feed of one chapter's amendments",
)
def chapter_feed(
    request: Request, chapter: ChapterDep, session: SessionDep, settings: SettingsDep
) -> Response:
    """New versions of one chapter, from any authority, newest first (the last 50)."""
    versions = recent_amendments(session=session, chapter_slug=chapter.slug)
    changes = changes_for_versions(session=session, version_ids=[v.id for v in versions])
    title = f"policydiff: amendments to {chapter.title}"
    return _atom(request, settings, versions, title=title, changes=changes)


class _AtomEntry(FeedEntry):  # type: ignore[misc]
    """feedgen 1.0's entry writes only `href` on its links (the loop variable is shadowed);
    this puts back each link's `rel` and `type`, which readers need to tell page from JSON."""

    def atom_entry(self, extensions: bool = True) -> Any:
        element = super().atom_entry(extensions)
        written = [node for node in element if str(node.tag).rpartition("}")[2] == "link"]
        for node, link in zip(written, self.link() or [], strict=False):
            for attribute in ("rel", "type"):
                if link.get(attribute):
                    node.set(attribute, link[attribute])
        return element


def _atom(
    request: Request,
    settings: Settings,
    versions: Sequence[Version],
    title: str,
    changes: Mapping[int, Change] | None = None,
) -> Response:
    base = (settings.public_base_url or str(request.base_url)).rstrip("/")
    self_url = base + request.url.path
    feed = FeedGenerator()
    feed.id(self_url)
    feed.title(title)
    feed.author({"name": "policydiff"})
    feed.generator("policydiff", version=__version__)
    feed.link(href=self_url, rel="self", type=ATOM_MEDIA_TYPE)
    feed.link(href=f"{base}/", rel="alternate", type="text/html")
    feed.updated(_aware(versions[0].ingested_at) if versions else datetime(2000, 1, 1, tzinfo=UTC))
    for version in reversed(versions):  # feedgen prepends each entry
        entry = feed.add_entry(_AtomEntry())
        page = f"{base}/versions/{version.id}"
        entry.id(page)
        entry.title(_entry_title(version))
        entry.link(href=page, rel="alternate", type="text/html")
        entry.link(
            href=f"{base}/api/v1/versions/{version.id}", rel="alternate", type="application/json"
        )
        entry.updated(_aware(version.ingested_at))
        entry.published(_aware(version.ingested_at))
        change = (changes or {}).get(version.id)
        if change is None:
            entry.summary(_entry_summary(version))
        else:  # found by watching: what changed, and the comparison with the version before
            pair = urlencode({"left": change.previous_version_id, "right": version.id})
            what = describe_change(ChangeSummary.from_json(change.summary))
            entry.summary(f"{_entry_summary(version)}\n{what}")
            if change.previous_version_id is not None:  # None once that version is deleted
                entry.link(href=f"{base}/compare?{pair}", rel="related", type="text/html")
                entry.link(
                    href=f"{base}/api/v1/comparisons?{pair}",
                    rel="related",
                    type="application/json",
                )
        entry.category(term=version.authority.slug, label=version.authority.name)
        entry.category(term=version.chapter.slug, label=version.chapter.title)
    newest = _aware(versions[0].ingested_at) if versions else None
    return conditional_feed(request, feed.atom_str(pretty=True), ATOM_MEDIA_TYPE, newest)


def _entry_title(version: Version) -> str:
    when = f", amended {version.amendment_date}" if version.amendment_date else ""
    return f"{version.authority.name}: {version.chapter.title}{when}"


def _entry_summary(version: Version) -> str:
    parts = [f"{version.authority.name} published a version of “{version.chapter.title}”"]
    if version.amendment_date:
        parts.append(f"amendment date {version.amendment_date}")
    if version.last_updated:
        parts.append(f"last updated {version.last_updated.isoformat()}")
    if version.version_label:
        parts.append(f"version {version.version_label}")
    return "; ".join(parts) + "."


def _aware(moment: datetime) -> datetime:
    """SQLite returns naive datetimes for timezone-aware columns; they were stored as UTC."""
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
