"""Request dependencies of the API and the pages: settings, the session, and validation ones.

Validation dependencies (`VersionDep`, `AuthorityDep`, `ChapterDep`) load the resource a path
names, or raise NotFound before the route body runs, so a route only handles resources that exist.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Path, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException

from app.config import Settings
from app.errors import InvalidParameter, Unauthorized
from app.http.editors import check_csrf, require_editor, signed_in_editor
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


def _editor_name(request: Request) -> str | None:
    holder = signed_in_editor(request)
    return holder.name if holder is not None else None


EditorDep = Annotated[str | None, Depends(_editor_name)]
"""The signed-in editor's token name (what a write records as who), or None for a reader.
Pages use it to offer editing; it never fails (decision 0031)."""


@dataclass(frozen=True, slots=True)
class EditorForm:
    """A form sent by a signed-in editor, its CSRF token checked."""

    editor: str
    """The editor's token name: record it as who made the change."""
    fields: Mapping[str, str]
    """The form's text fields (at most 50, each at most 64 KiB)."""


async def _editor_form(request: Request) -> EditorForm:
    holder = await run_in_threadpool(require_editor, request)
    try:
        form = await request.form(max_files=0, max_fields=50, max_part_size=64 * 1024)
    except HTTPException as error:
        raise InvalidParameter(
            f"the form could not be read ({error.detail}). To fix: reload the page and send it "
            "again."
        ) from None
    fields = {name: value for name, value in form.multi_items() if isinstance(value, str)}
    check_csrf(request, fields)
    return EditorForm(editor=holder.name, fields=fields)


EditorFormDep = Annotated[EditorForm, Depends(_editor_form)]
"""For a page's POST form that writes (url-encoded, without files): 401 when nobody is signed in,
decided before the body is read; 403 when the CSRF token is missing or wrong. Routes using it
declare no `Form` parameters (FastAPI would read the body before any dependency runs) and read
`fields` instead. The form must carry `csrf_token` (the template global `csrf_token(request)`)."""

__all__ = [
    "SLUG_PATTERN",
    "AuthorityDep",
    "ChapterDep",
    "EditorDep",
    "EditorForm",
    "EditorFormDep",
    "EngineDep",
    "SessionDep",
    "SessionFactoryDep",
    "SettingsDep",
    "VersionDep",
    "WriteTokenDep",
    "get_session",
]
