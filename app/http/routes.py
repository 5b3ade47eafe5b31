"""Routers built once per process and served by every app."""

from __future__ import annotations

from fastapi import APIRouter, FastAPI


def include_shared_routes(app: FastAPI, router: APIRouter) -> None:
    """Serve `router`'s routes from `app` as they are, instead of through `app.include_router`.

    FastAPI analyses a route's parameters and response models (pydantic schemas) for each
    inclusion: `app.include_router` on a new app does it again for every route, about 0.06 s of
    CPU per app (decision 0207). A router built once at import and added this way is analysed
    once per process, when its first app builds or serves it. The routes hold no per-app state
    (settings, engine and caches are on `request.app.state`); paths, operation ids, tags and the
    OpenAPI document are the same as with `include_router` (`tests/api/test_shared_routes.py`).
    The one difference: `app.dependency_overrides` does not reach these routes (nothing sets it).
    """
    app.router.routes.extend(router.routes)


__all__ = ["include_shared_routes"]
