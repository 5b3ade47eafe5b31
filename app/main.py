"""The application factory: one FastAPI app per `Settings`, with no state outside the database.

Nothing here runs at import time. The engine is built when the app starts (its lifespan), so
several apps with different settings can live in one process (the tests do), and several worker
processes or hosts can serve one PostgreSQL database: the only shared state is the database.
"""

from __future__ import annotations

import json
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import timedelta
from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi
from fastapi_offline import FastAPIOffline
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import NullPool
from starlette.concurrency import run_in_threadpool

from app import __version__
from app.api import API_PREFIX, API_ROUTER, install_problem_handlers
from app.config import Settings, get_settings
from app.families import all_families
from app.http.delivery import install_compression
from app.http.kept_responses import KeptResponses, KeptResponsesMiddleware
from app.http.lru import ByteBoundedLRU
from app.http.renderings import Fingerprints, RenderingCache
from app.http.routes import include_shared_routes
from app.http.sessions import install_sessions
from app.schemas.problems import PROBLEM_MEDIA_TYPE
from app.security_headers import SecurityHeadersMiddleware
from app.store import (
    CACHE_LIMITS_KEY,
    ComparisonCacheLimits,
    database_is_empty,
    database_limits,
    load_paths,
    make_engine,
    make_session_factory,
    upgrade_to_head,
)
from app.store.comparisons import WORD_BUDGET_KEY
from app.store.templates import ChapterTemplates
from app.watch import BackgroundWatcher
from app.web import install_web
from app.work_budget import ClientBudgetMiddleware, WorkLimiter

logger = logging.getLogger(__name__)

API_DESCRIPTION = """\
Every version of every authority's policy chapters, read into sections and facts, and compared.

* **Reads are public.** Writes (uploading or deleting a version) need
  `Authorization: Bearer <token>`; an operator creates tokens with `policydiff token create NAME`.
* **Versions are immutable.** A version, its sections, facts and source, and any comparison of two
  versions carry a strong `ETag`; send it back in `If-None-Match` to get `304 Not Modified`.
* **Errors are problem details** (RFC 9457, `application/problem+json`) with `type`, `title`,
  `status`, `detail`, `instance`, and `errors` listing each invalid parameter on 422.
* **Feeds:** Atom feeds of amendments, for all chapters, per authority and per chapter.
"""


DOCS_URL = f"{API_PREFIX}/docs"
"""The interactive API documentation: Swagger UI served from the assets fastapi-offline installs
(decision 0016), so it works on an intranet with no way out to a CDN."""

COMPARISON_JSON_CACHE_BYTES = 32 * 1024 * 1024
"""Encoded comparison answers kept per worker, by their bytes: a comparison of two long chapters
is megabytes, so a bound by count would not bound memory."""


def create_app(settings: Settings | None = None) -> FastAPI:
    """Build the app; the database is migrated (and the corpus loaded) when it starts."""
    app_settings = settings if settings is not None else get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        engine = make_engine(app_settings.database_url, limits=database_limits(app_settings))
        try:
            await run_in_threadpool(_train_kind_models)
            await run_in_threadpool(_migrate, engine, app_settings)
            session_factory = make_session_factory(
                engine,
                info={
                    CACHE_LIMITS_KEY: comparison_cache_limits(app_settings),
                    WORD_BUDGET_KEY: app_settings.comparison_word_budget,
                },
            )
            if app_settings.load_corpus_on_start:
                await run_in_threadpool(_load_corpus_if_empty, session_factory, app_settings)
            app.state.engine = engine
            app.state.session_factory = session_factory
            watcher = BackgroundWatcher(session_factory, app_settings)
            if app_settings.watch_in_serve:
                watcher.start()
            try:
                yield
            finally:
                watcher.stop()
        finally:
            engine.dispose()

    app = FastAPIOffline(
        title="policydiff",
        version=__version__,
        summary="Versions, sections, facts and comparisons of public-sector policy chapters.",
        description=API_DESCRIPTION,
        openapi_url=f"{API_PREFIX}/openapi.json",
        docs_url=DOCS_URL,
        redoc_url=None,
        static_url=f"{DOCS_URL}/assets",
        swagger_ui_oauth2_redirect_url=f"{DOCS_URL}/oauth2-redirect",
        lifespan=lifespan,
    )
    app.state.settings = app_settings
    app.state.comparison_json_cache = ByteBoundedLRU[str, bytes](
        max_bytes=COMPARISON_JSON_CACHE_BYTES, size_of=len
    )
    app.state.chapter_templates = ChapterTemplates(size=8)
    app.state.rendering_cache = RenderingCache(app_settings.rendering_cache_max_bytes)
    app.state.rendering_fingerprints = Fingerprints()
    install_problem_handlers(app)
    app.add_middleware(
        ClientBudgetMiddleware, limiter=WorkLimiter(app_settings.comparison_rate_per_client)
    )
    include_shared_routes(app, API_ROUTER)
    install_web(app, app_settings)
    install_sessions(app, app_settings)
    install_compression(app)
    app.add_middleware(SecurityHeadersMiddleware, routes=lambda: app.routes, docs_path=DOCS_URL)
    app.add_middleware(
        KeptResponsesMiddleware,
        cache=KeptResponses(app_settings.kept_responses_max_bytes),
        engine=lambda: getattr(app.state, "engine", None),
    )

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            schema = get_openapi(
                title=app.title,
                version=app.version,
                summary=app.summary,
                description=app.description,
                routes=app.routes,
            )
            app.openapi_schema = _serve_problems_as_problem_json(_document_holding(schema))
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
    return app


def comparison_cache_limits(settings: Settings) -> ComparisonCacheLimits:
    """The comparison cache's limits that `settings` give."""
    return ComparisonCacheLimits(
        max_bytes=settings.comparison_cache_max_bytes,
        max_age=timedelta(days=settings.comparison_cache_max_age_days),
    )


def _train_kind_models() -> None:
    """Learn every family's kind model before serving: the first upload of an un-headed chapter
    would otherwise wait for scikit-learn's import and the training (a second or more)."""
    for family in all_families():
        family.kind_model.get()


MIGRATION_LOCK_KEY = 0x706F6C6963796466
"""PostgreSQL advisory lock ("policydf") held while one worker migrates and the others wait."""


def _migrate(engine: Engine, settings: Settings) -> None:
    """Apply pending migrations; workers starting together on PostgreSQL take turns.

    The lock is held on a connection of its own, outside the serving pool (which may be a single
    connection), and the migration runs through a pool-less engine.
    """
    if engine.dialect.name != "postgresql":
        upgrade_to_head(engine, settings.migrations_dir)
        return
    unpooled = create_engine(engine.url, poolclass=NullPool)
    try:
        _migrate_under_lock(unpooled, settings)
    finally:
        unpooled.dispose()


def _migrate_under_lock(engine: Engine, settings: Settings) -> None:
    with engine.connect() as lock_connection:
        lock_connection.execute(text("SELECT pg_advisory_lock(:key)"), {"key": MIGRATION_LOCK_KEY})
        try:
            upgrade_to_head(engine, settings.migrations_dir)
        finally:
            lock_connection.execute(
                text("SELECT pg_advisory_unlock(:key)"), {"key": MIGRATION_LOCK_KEY}
            )
            lock_connection.commit()


def _load_corpus_if_empty(session_factory: sessionmaker[Session], settings: Settings) -> None:
    with session_factory() as session:
        if not database_is_empty(session=session):
            return
    if not settings.corpus_dir.is_dir():
        logger.warning(
            "no corpus folder at %s; starting with an empty database", settings.corpus_dir
        )
        return
    summary = load_paths(
        session_factory=session_factory,
        paths=[settings.corpus_dir],
        max_bytes=settings.max_upload_bytes,
    )
    logger.info(
        "loaded the corpus from %s: %d added, %d unchanged, %d failed",
        settings.corpus_dir,
        summary.added,
        summary.unchanged,
        len(summary.failed),
    )
    for failure in summary.failed:
        logger.warning("corpus file %s not loaded: %s", failure.path, failure.reason)


_UNAVAILABLE_RESPONSE = {
    "description": "The database is down or too busy to answer in time; retry after the "
    "seconds in `Retry-After`.",
    "headers": {"Retry-After": {"schema": {"type": "integer"}}},
    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ProblemRead"}}},
}
_RATE_LIMITED_RESPONSE = {
    "description": "This client asked for too many comparisons not cached yet; retry after the "
    "seconds in `Retry-After`.",
    "headers": {"Retry-After": {"schema": {"type": "integer"}}},
    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ProblemRead"}}},
}
_COMPUTING_PATHS = ("/comparisons", "/matrix")
"""Operations that may compute comparisons, charged to the client (`app.work_budget`)."""


def _document_holding(schema: dict[str, Any]) -> dict[str, Any]:
    """Declare 503 (database unavailable) on every operation, and 429 on those that compute."""
    for path, path_item in schema.get("paths", {}).items():
        for operation in path_item.values():
            if not isinstance(operation, dict) or "responses" not in operation:
                continue
            operation["responses"].setdefault("503", dict(_UNAVAILABLE_RESPONSE))
            if any(part in path for part in _COMPUTING_PATHS):
                operation["responses"].setdefault("429", dict(_RATE_LIMITED_RESPONSE))
    return schema


def _serve_problems_as_problem_json(schema: dict[str, Any]) -> dict[str, Any]:
    """Declare error bodies with the media type they are sent with, `application/problem+json`.

    FastAPI files every documented response model under `application/json`; error responses are
    moved to the problem media type so that clients and schema checkers expect what is sent.
    """
    problem_ref = {"$ref": "#/components/schemas/ProblemRead"}
    for path_item in schema.get("paths", {}).values():
        for operation in path_item.values():
            if not isinstance(operation, dict):
                continue
            for status, response in operation.get("responses", {}).items():
                content = response.get("content")
                if not status.startswith(("4", "5")) or not content:
                    continue
                if "application/json" in content and PROBLEM_MEDIA_TYPE not in content:
                    content[PROBLEM_MEDIA_TYPE] = content.pop("application/json")
                body = content.get(PROBLEM_MEDIA_TYPE, {})
                if body.get("schema", {}).get("$ref", "").endswith("/HTTPValidationError"):
                    body["schema"] = dict(problem_ref)
    components = schema.get("components", {}).get("schemas", {})
    if "HTTPValidationError" in components and "HTTPValidationError" not in json.dumps(
        schema.get("paths", {})
    ):
        components.pop("HTTPValidationError", None)
        components.pop("ValidationError", None)
    return schema


__all__ = ["create_app"]
