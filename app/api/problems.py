"""The one mapping from errors to HTTP: RFC 9457 problem details (`application/problem+json`).

Domain errors (`app.errors`) carry no HTTP; `app.http.errors` gives each class its status (the
web pages read the same table). Request validation failures become 422
with one `errors` entry per bad parameter. Anything else is a programmer error: it is logged with
its traceback and answered with a bare 500 that reveals nothing about the code.

Paths outside `/api/` may be answered as HTML: the web UI sets `app.state.error_page_renderer`
(an `ErrorPageRenderer`) and receives the same status, title and detail.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from app.errors import NotFound, PolicydiffError
from app.http.errors import status_for, status_for_class
from app.http.links import API_PREFIX
from app.schemas.problems import PROBLEM_MEDIA_TYPE, FieldErrorRead, ProblemRead, ProblemTypeRead

logger = logging.getLogger(__name__)

PROBLEM_TYPE_PREFIX = f"{API_PREFIX}/problems/"

INVALID_REQUEST_CODE = "invalid-request"
INVALID_REQUEST_TITLE = "The request has invalid parameters"

ErrorPageRenderer = Callable[[Request, int, str, str], Response]
"""(request, status, title, detail) -> an HTML error page, for paths outside the API."""


def problem_type_uri(code: str) -> str:
    return PROBLEM_TYPE_PREFIX + code


def problem_types() -> list[ProblemTypeRead]:
    """Every problem type the API returns, for `/api/v1/problems` and the documentation."""
    described = [
        ProblemTypeRead(
            type=problem_type_uri(cls.code),
            code=cls.code,
            title=cls.title,
            status=status,
            description=_first_line(cls.__doc__) or cls.title,
        )
        for cls in _domain_error_classes()
        for status in (status_for_class(cls),)
    ]
    described.append(
        ProblemTypeRead(
            type=problem_type_uri(INVALID_REQUEST_CODE),
            code=INVALID_REQUEST_CODE,
            title=INVALID_REQUEST_TITLE,
            status=422,
            description="A path, query, header or form parameter failed validation; "
            "`errors` lists each one.",
        )
    )
    described.append(_http_problem_type(HTTPStatus.METHOD_NOT_ALLOWED))
    return described


def describe_problem_type(code: str) -> ProblemTypeRead | None:
    """The problem type with this code: a listed one, or any HTTP error status by its slug."""
    for described in problem_types():
        if described.code == code:
            return described
    for status in HTTPStatus:
        if status >= 400 and _http_code(status) == code:
            return _http_problem_type(status)
    return None


def _http_problem_type(status: HTTPStatus) -> ProblemTypeRead:
    return ProblemTypeRead(
        type=problem_type_uri(_http_code(status)),
        code=_http_code(status),
        title=status.phrase,
        status=int(status),
        description=f"HTTP {int(status)} {status.phrase}, raised by the HTTP layer rather than "
        "by policydiff (e.g. a method this path does not support).",
    )


def _domain_error_classes() -> list[type[PolicydiffError]]:
    """PolicydiffError and every subclass, parents before children, each once."""
    found: list[type[PolicydiffError]] = []
    pending: list[type[PolicydiffError]] = [PolicydiffError]
    while pending:
        cls = pending.pop(0)
        if cls not in found:
            found.append(cls)
            pending.extend(cls.__subclasses__())
    return found


def problem_response(
    request: Request,
    *,
    status: int,
    type_: str,
    title: str,
    detail: str,
    errors: Sequence[FieldErrorRead] | None = None,
    headers: dict[str, str] | None = None,
) -> Response:
    """Render one problem, as JSON under the API, or through the web UI's renderer elsewhere."""
    renderer: ErrorPageRenderer | None = getattr(request.app.state, "error_page_renderer", None)
    if renderer is not None and not request.url.path.startswith("/api/"):
        page = renderer(request, status, title, detail)
        if headers:
            page.headers.update(headers)
        return page
    problem = ProblemRead(
        type=type_,
        title=title,
        status=status,
        detail=detail,
        instance=request.url.path,
        errors=list(errors) if errors is not None else None,
    )
    return JSONResponse(
        problem.model_dump(exclude_none=True),
        status_code=status,
        media_type=PROBLEM_MEDIA_TYPE,
        headers=headers,
    )


def _domain_error_response(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, PolicydiffError)
    status = status_for(exc)
    headers = {"WWW-Authenticate": 'Bearer realm="policydiff"'} if status == 401 else {}
    retry_after = exc.extra.get("retry_after_seconds")
    if isinstance(retry_after, int):
        headers["Retry-After"] = str(retry_after)
    return problem_response(
        request,
        status=status,
        type_=problem_type_uri(exc.code),
        title=exc.title,
        detail=exc.detail,
        headers=headers or None,
    )


def _validation_error_response(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)
    errors = [_field_error(error) for error in exc.errors()]
    fields = ", ".join(dict.fromkeys(error.field for error in errors)) or "the request"
    return problem_response(
        request,
        status=422,
        type_=problem_type_uri(INVALID_REQUEST_CODE),
        title=INVALID_REQUEST_TITLE,
        detail=f"invalid value for {fields}. To fix: see `errors` for what each parameter "
        "must be, and the OpenAPI document at /api/v1/openapi.json.",
        errors=errors,
    )


def _http_error_response(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, StarletteHTTPException)
    status = exc.status_code
    if status == 404:
        return problem_response(
            request,
            status=404,
            type_=problem_type_uri(NotFound.code),
            title=NotFound.title,
            detail="nothing is published at this path. To fix: see /api/v1/docs for the routes.",
            headers=dict(exc.headers) if exc.headers else None,
        )
    phrase = _phrase(status)
    detail = exc.detail if isinstance(exc.detail, str) and exc.detail != phrase else ""
    if not detail:
        detail = {
            405: f"{request.method} is not supported at this path. To fix: use one of the "
            f"methods in the Allow header.",
        }.get(status, phrase)
    return problem_response(
        request,
        status=status,
        type_=problem_type_uri(_http_code(status)),
        title=phrase,
        detail=detail,
        headers=dict(exc.headers) if exc.headers else None,
    )


def _unexpected_error_response(request: Request, exc: Exception) -> Response:
    logger.error("unhandled error in %s %s", request.method, request.url.path, exc_info=exc)
    return problem_response(
        request,
        status=500,
        type_="about:blank",
        title=_phrase(500),
        detail="the server failed to answer this request; the error has been logged. "
        "To fix: retry later, and report it if it persists.",
    )


def install_problem_handlers(app: FastAPI) -> None:
    """Answer every error raised under `app` with a problem (or the web UI's error page)."""
    app.add_exception_handler(PolicydiffError, _domain_error_response)
    app.add_exception_handler(RequestValidationError, _validation_error_response)
    app.add_exception_handler(StarletteHTTPException, _http_error_response)
    app.add_exception_handler(Exception, _unexpected_error_response)


def _field_error(error: Any) -> FieldErrorRead:
    location = [part if isinstance(part, int) else str(part) for part in error.get("loc", ())]
    named = [part for part in location if isinstance(part, str)]
    return FieldErrorRead(
        location=location,
        field=named[-1] if named else "request",
        message=str(error.get("msg", "invalid value")),
        type=str(error.get("type", "value_error")),
    )


def _phrase(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Error"


def _http_code(status: int) -> str:
    return _phrase(status).lower().replace(" ", "-")


def _first_line(text: str | None) -> str:
    return text.strip().splitlines()[0].strip() if text and text.strip() else ""


__all__ = [
    "API_PREFIX",
    "ErrorPageRenderer",
    "describe_problem_type",
    "install_problem_handlers",
    "problem_response",
    "problem_types",
]
