"""Request dependencies of the API and the pages: settings, the session, and validation ones.

Validation dependencies (`VersionDep`, `AuthorityDep`, `ChapterDep`) load the resource a path
names, or raise NotFound before the route body runs, so a route only handles resources that exist.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Annotated

from fastapi import Depends, Path, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from app.config import Settings
from app.errors import Unauthorized
from app.store import (
    Authority,
    Chapter,
    TokenHolder,
    Version,
    authenticate,
    get_authority_or_raise,
    get_chapter_or_raise,
    get_version_or_raise,
)
from app.store.templates import ChapterTemplates

SLUG_PATTERN = r"^[a-z0-9][a-z0-9-]*$"
"""Authority and chapter slugs: lower-case letters, digits and hyphens."""


async def get_settings_from_app(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


SettingsDep = Annotated[Settings, Depends(get_settings_from_app)]


async def get_session(request: Request) -> AsyncIterator[Session]:
    """One session per request; the store's use cases own its transactions, routes never commit.

    Async although the session is synchronous: opening and closing it does no I/O (each use
    case returns its connection to the pool when its transaction ends), and an async dependency
    spares two thread hops per request.
    """
    factory: sessionmaker[Session] = request.app.state.session_factory
    with factory() as session:
        yield session


SessionDep = Annotated[Session, Depends(get_session)]


async def _engine(request: Request) -> Engine:
    engine: Engine = request.app.state.engine
    return engine


EngineDep = Annotated[Engine, Depends(_engine)]
"""For light reads that need no ORM session (the version lists of the forms)."""


async def get_session_factory(request: Request) -> sessionmaker[Session]:
    factory: sessionmaker[Session] = request.app.state.session_factory
    return factory


SessionFactoryDep = Annotated[sessionmaker[Session], Depends(get_session_factory)]
"""For routes that need a session only on some paths (a cached comparison needs none)."""


def _version(
    session: SessionDep,
    version_id: Annotated[int, Path(ge=1, le=2**31 - 1, description="The version's id.")],
) -> Version:
    return get_version_or_raise(session=session, version_id=version_id)


VersionDep = Annotated[Version, Depends(_version)]


def _authority(
    session: SessionDep,
    slug: Annotated[
        str,
        Path(max_length=100, pattern=SLUG_PATTERN, description="The authority's slug (`merton`)."),
    ],
) -> Authority:
    return get_authority_or_raise(session=session, slug=slug)


AuthorityDep = Annotated[Authority, Depends(_authority)]


def _chapter(
    session: SessionDep,
    chapter: Annotated[
        str,
        Path(max_length=100, pattern=SLUG_PATTERN, description="The chapter's slug."),
    ],
) -> Chapter:
    return get_chapter_or_raise(session=session, slug=chapter)


ChapterDep = Annotated[Chapter, Depends(_chapter)]
"""The chapter a path's `{chapter}` names: `/chapters/{chapter}/…` and
`/authorities/{slug}/chapters/{chapter}/…` alike."""


async def _chapter_templates(request: Request) -> ChapterTemplates:
    templates: ChapterTemplates = request.app.state.chapter_templates
    return templates


ChapterTemplatesDep = Annotated[ChapterTemplates, Depends(_chapter_templates)]
"""The application's template builders: one per chapter, brought up to date on each use."""


_bearer = HTTPBearer(
    auto_error=False,
    description="A write token from `policydiff token create NAME`, sent as "
    "`Authorization: Bearer <token>`.",
)


def require_write_token(
    session: SessionDep,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> TokenHolder:
    """Let a write through only with a valid token, and say whose it is (writes record it);
    401 when it is missing, malformed, unknown, revoked or expired."""
    if credentials is None or credentials.scheme.lower() != "bearer":
        raise Unauthorized(
            "this request changes data and needs a write token. To fix: send "
            "`Authorization: Bearer <token>`; an operator creates one with "
            "`policydiff token create NAME`."
        )
    return authenticate(session=session, token=credentials.credentials)


WriteTokenDep = Annotated[TokenHolder, Depends(require_write_token)]

__all__ = [
    "SLUG_PATTERN",
    "AuthorityDep",
    "ChapterDep",
    "EngineDep",
    "SessionDep",
    "SessionFactoryDep",
    "SettingsDep",
    "VersionDep",
    "WriteTokenDep",
    "get_session",
]
