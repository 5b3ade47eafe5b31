"""The JSON API under /api/v1: routes, their dependencies, and problem details for errors."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.routing import APIRoute

from app.api.problems import API_PREFIX, install_problem_handlers
from app.api.routes import (
    across,
    authorities,
    changes_feed,
    chapters,
    comparisons,
    corrections,
    deleted_versions,
    feed,
    matrix,
    problem_types,
    redlines,
    search,
    sources,
    subscriptions,
    templates,
    tokens,
    versions,
)


def build_api_router() -> APIRouter:
    """Every API route under `/api/v1`; `create_app` includes it once."""
    router = APIRouter(prefix=API_PREFIX, generate_unique_id_function=_operation_id)
    for module in (
        authorities,
        chapters,
        versions,
        corrections,
        deleted_versions,
        redlines,
        comparisons,
        matrix,
        across,
        templates,
        search,
        feed,
        tokens,
        problem_types,
        sources,
        subscriptions,
        changes_feed,
    ):
        router.include_router(module.router)
    return router


def _operation_id(route: APIRoute) -> str:
    """The route function's name ("read_comparison"): what client generators name methods after,
    instead of FastAPI's default that repeats the path and method."""
    return route.name


API_ROUTER = build_api_router()
"""Every API route, built once at import: `create_app` serves its routes through
`app.http.routes.include_shared_routes`, so FastAPI analyses them once per process."""


__all__ = [
    "API_PREFIX",
    "API_ROUTER",
    "build_api_router",
    "install_problem_handlers",
]
