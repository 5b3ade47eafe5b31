"""Authorities, and one authority's versions of a chapter over time."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Query, Response

from app.api.responses import READ_ERRORS
from app.http.deps import AuthorityDep, ChapterDep, SessionDep
from app.schemas.authorities import AuthorityRead
from app.schemas.chapters import ChapterRead
from app.schemas.stored_versions import TimelineRead, VersionRead, detail_of, summary_of
from app.store import list_authorities, timeline, version_as_of

router = APIRouter(tags=["authorities"])


@router.get("/authorities", response_model=list[AuthorityRead], summary="List authorities")
def read_authorities(session: SessionDep) -> list[AuthorityRead]:
    """Every authority that has published at least one version, by name.

    The sample authority shipped with the corpus is fictional and flagged `is_sample`.
    """
    return [AuthorityRead.model_validate(row) for row in list_authorities(session=session)]


@router.get(
    "/authorities/{slug}",
    response_model=AuthorityRead,
    responses=READ_ERRORS,
    summary="Read an authority",
)
def read_authority(authority: AuthorityDep) -> AuthorityRead:
    """One authority by its slug."""
    return AuthorityRead.model_validate(authority)


@router.get(
    "/authorities/{slug}/chapters/{chapter}/timeline",
    response_model=TimelineRead,
    responses=READ_ERRORS,
    summary="An authority's versions of a chapter over time",
)
def read_timeline(
    authority: AuthorityDep, chapter: ChapterDep, session: SessionDep
) -> TimelineRead:
    """The authority's versions of the chapter, oldest effective date first.

    Compare consecutive entries with `GET /api/v1/comparisons?left=…&right=…` to see what each
    revision changed. An empty list means the authority has not published this chapter.
    """
    versions = timeline(session=session, authority_slug=authority.slug, chapter_slug=chapter.slug)
    return TimelineRead(
        authority=AuthorityRead.model_validate(authority),
        chapter=ChapterRead.model_validate(chapter),
        versions=[summary_of(version) for version in versions],
    )


@router.get(
    "/authorities/{slug}/chapters/{chapter}/as-of",
    response_model=VersionRead,
    responses=READ_ERRORS,
    summary="The version in force on a date",
)
def read_version_as_of(
    authority: AuthorityDep,
    chapter: ChapterDep,
    session: SessionDep,
    response: Response,
    date_: Annotated[
        date,
        Query(
            alias="date",
            description="The day to look at, `YYYY-MM-DD`.",
        ),
    ],
) -> VersionRead:
    """The authority's version of the chapter that was in force on `date`: the latest one whose
    effective date is on or before it. 404 when none had taken effect by then.

    The answer changes when an older revision is uploaded, so it is not cached; the version it
    names, at `Content-Location`, is immutable.
    """
    version = version_as_of(
        session=session, authority_slug=authority.slug, chapter_slug=chapter.slug, as_of=date_
    )
    response.headers["Content-Location"] = f"/api/v1/versions/{version.id}"
    return detail_of(version)
