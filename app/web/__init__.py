"""The server-rendered web UI: pages over the store's use cases, templates in `frontend/`.

`install_web(app, settings)` is the one call `create_app` makes: it includes the pages, mounts
`/static`, and registers the HTML error page the API's problem mapping uses outside `/api/`.
"""

from __future__ import annotations

from collections.abc import Hashable

from fastapi import FastAPI, Request
from fastapi.responses import PlainTextResponse, Response
from fastapi.templating import Jinja2Templates
from markupsafe import Markup

from app.config import Settings
from app.http.lru import ByteBoundedLRU
from app.http.routes import include_shared_routes
from app.web.pages import router as pages_router
from app.web.pages.choices import VersionChoicesCache
from app.web.sources_page import router as sources_router
from app.web.static_assets import ContentAddressedStaticFiles, asset_digests
from app.web.templating import build_templates

COMPARISON_FRAGMENT_CACHE_BYTES = 16 * 1024 * 1024
"""Rendered comparisons (summary, facts and diff) kept per worker, by the characters they hold."""
COMPARE_PAGE_CACHE_BYTES = 16 * 1024 * 1024
"""Whole anonymous compare pages kept per worker."""


def _fragment_size(fragment: tuple[Markup, str | None]) -> int:
    markup, anchor = fragment
    return len(markup) + len(anchor or "")


ERROR_EXPLANATIONS: dict[int, tuple[str, str]] = {
    400: ("The request could not be used", "Something in the address or the form was not right."),
    401: (
        "Please sign in",
        "Adding or changing documents needs you to be signed in as an editor. Nothing was changed.",
    ),
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
    403: ("This was not allowed", "Nothing was changed."),
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
    app.state.comparison_fragment_cache = ByteBoundedLRU[Hashable, tuple[Markup, str | None]](
        max_bytes=COMPARISON_FRAGMENT_CACHE_BYTES, size_of=_fragment_size
    )
    app.state.compare_page_cache = ByteBoundedLRU[Hashable, bytes](
        max_bytes=COMPARE_PAGE_CACHE_BYTES, size_of=len
    )
    app.state.version_choices = VersionChoicesCache()
    include_shared_routes(app, pages_router)
    include_shared_routes(app, sources_router)
    static = settings.frontend_dir / "static"
    app.mount(
        "/static",
        ContentAddressedStaticFiles(directory=static, digests=asset_digests(static)),
        name="static",
    )


__all__ = ["install_web", "render_error_page"]
