"""The routers built once at import are served as `include_router` would serve them
(`app.http.routes.include_shared_routes`, decision 0207)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import FastAPI
from fastapi.routing import iter_route_contexts

from app.api import API_ROUTER, build_api_router
from app.config import Settings
from app.http.routes import include_shared_routes
from app.main import create_app
from app.web.pages import router as pages_router
from app.web.sources_page import router as sources_router

FIELDS = ("path", "methods", "name", "include_in_schema", "unique_id", "tags", "status_code")


def _table(app: FastAPI) -> list[dict[str, Any]]:
    """Every route the app serves, flattened, with what routing and the document read of it."""
    return [
        {field: getattr(context, field, None) for field in FIELDS}
        for context in iter_route_contexts(app.routes)
    ]


def test_shared_routes_are_the_routes_include_router_gives() -> None:
    included, shared = FastAPI(), FastAPI()
    for router in (build_api_router(), pages_router, sources_router):
        included.include_router(router)
    for router in (API_ROUTER, pages_router, sources_router):
        include_shared_routes(shared, router)
    assert len(_table(shared)) > 60
    assert _table(shared) == _table(included)
    assert shared.openapi() == included.openapi()


def test_every_app_serves_the_same_routes_and_document(tmp_path: Path) -> None:
    first, second = (
        create_app(Settings(DATABASE_URL=f"sqlite:///{tmp_path / name}.sqlite3"))
        for name in ("first", "second")
    )
    assert _table(first) == _table(second)
    assert first.openapi() == second.openapi()
    assert first.openapi() is not second.openapi()
