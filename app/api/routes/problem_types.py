"""The problem types: what the `type` URI of an error body resolves to."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path

from app.api.problems import describe_problem_type, problem_types
from app.api.responses import READ_ERRORS
from app.errors import NotFound
from app.schemas.problems import ProblemTypeRead

router = APIRouter(tags=["problems"])


@router.get("/problems", response_model=list[ProblemTypeRead], summary="List problem types")
def read_problem_types() -> list[ProblemTypeRead]:
    """Every kind of error the API returns, with its status and when it happens."""
    return problem_types()


@router.get(
    "/problems/{code}",
    response_model=ProblemTypeRead,
    responses=READ_ERRORS,
    summary="Describe a problem type",
)
def read_problem_type(
    code: Annotated[
        str, Path(max_length=100, description='The code of the type, e.g. "not-found".')
    ],
) -> ProblemTypeRead:
    """The problem type named by an error body's `type` URI."""
    described = describe_problem_type(code)
    if described is not None:
        return described
    raise NotFound(f"no problem type '{code}'. To fix: list them at /api/v1/problems.")
