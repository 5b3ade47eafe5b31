"""The server-rendered web UI: pages over the store's use cases, templates in `frontend/`.

`install_web(app, settings)` is the one call `create_app` makes: it includes the pages, mounts
`/static`, and registers the HTML error page the API's problem mapping uses outside `/api/`.
"""

from __future__ import annotations

from fastapi import APIRouter, FastAPI, Request
from fastapi.responses import PlainTextResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from markupsafe import Markup

from app.config import Settings
from app.http.cache import BoundedCache
from app.web.pages import router as _pages_router
from app.web.sources_page import router as _sources_router
from app.web.templating import build_templates

ERROR_EXPLANATIONS: dict[int, tuple[str, str]] = {
    400: ("The request could not be used", "Something in the address or the form was not right."),
    401: ("A write token is needed", "Changing data needs a valid write token."),
    404: (
        "Page not found",
        "There is nothing at this address. It may have been mistyped, or the "
        "version, authority or chapter it names does not exist.",
    ),
    405: ("That action is not available here", "This address does not take that request."),
    413: ("The file is too large", "The upload is larger than the limit."),
    415: ("That kind of file cannot be read", "Upload a text, markdown or HTML file."),
    422: (
        "Some values could not be used",
        "A value in the address or the form is not one this page can use. Check it and try again.",
    ),
    403: ("Not allowed", "The token given may not do this."),
    429: (
        "Too many requests",
        "This computer has asked for many comparisons in a short time. Wait a moment and retry.",
    ),
    503: (
        "The service is busy or its database is unavailable",
        "Nothing was lost. Wait a few seconds, then reload the page.",
    ),
    500: (
        "Something went wrong on our side",
        "The page could not be produced. The error has been logged; try again in a moment.",
    ),
}


def build_web_router() -> APIRouter:
    """The HTML pages (not in the OpenAPI document: their JSON twins are)."""
    router = APIRouter(include_in_schema=False)
    router.include_router(_pages_router)
    router.include_router(_sources_router)
    return router


def render_error_page(request: Request, status: int, title: str, detail: str) -> Response:
    """An error as a page with the site's header and navigation, never a stack trace."""
    templates: Jinja2Templates | None = getattr(request.app.state, "web_templates", None)
    heading, explanation = ERROR_EXPLANATIONS.get(status, (title, ""))
    if templates is None:
        return PlainTextResponse(f"Error {status}: {title}", status_code=status)
    shown_detail = "" if status >= 500 else _for_readers(detail)
    response = templates.TemplateResponse(
        request,
        "errors/error.html",
        {
            "title": heading,
            "heading": heading,
            "explanation": explanation,
            "detail": shown_detail[:1].upper() + shown_detail[1:],
            "status": status,
            "json_url": None,
            "breadcrumbs": (),
            "nav": None,
        },
        status_code=status,
    )
    return response


def _for_readers(detail: str) -> str:
    """A problem's detail without advice written for API clients ("see /api/v1/docs")."""
    if "/api/v1/" not in detail:
        return detail
    return detail.split(" To fix:")[0].strip() if " To fix:" in detail else ""


def install_web(app: FastAPI, settings: Settings) -> None:
    """Mount the web UI on `app`: pages, static assets and HTML error pages."""
    app.state.web_templates = build_templates(settings)
    app.state.error_page_renderer = render_error_page
    app.state.comparison_fragment_cache = BoundedCache[Markup](size=32)
    app.state.compare_page_cache = BoundedCache[bytes](size=32)
    app.include_router(build_web_router())
    app.mount(
        "/static",
        StaticFiles(directory=settings.frontend_dir / "static"),
        name="static",
    )


__all__ = ["build_web_router", "install_web", "render_error_page"]
