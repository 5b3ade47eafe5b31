"""The error responses each route documents in OpenAPI, all rendered as problem details."""

from __future__ import annotations

from typing import Any

from app.schemas.problems import ProblemRead

Responses = dict[int | str, dict[str, Any]]
"""The `responses=` argument of a route: documented status → OpenAPI response entry."""


def problem(description: str) -> dict[str, Any]:
    """An OpenAPI response entry whose body is a problem (`application/problem+json`)."""
    return {"model": ProblemRead, "description": description}


INVALID: Responses = {422: problem("A parameter is invalid; `errors` names each one.")}
NOT_FOUND: Responses = {404: problem("No resource has that slug or id.")}
READ_ERRORS: Responses = {**NOT_FOUND, **INVALID}
"""The errors any read with path or query parameters can answer."""

NOT_MODIFIED: Responses = {
    304: {"description": "The representation matching `If-None-Match` is current."}
}

__all__ = ["INVALID", "NOT_FOUND", "NOT_MODIFIED", "READ_ERRORS", "Responses", "problem"]
