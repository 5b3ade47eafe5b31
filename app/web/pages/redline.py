"""The HTML redline download."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query
from fastapi.responses import HTMLResponse, Response

from app.http.deps import SessionDep, SettingsDep
from app.http.params import CompareOptionsDep
from app.redline import redline_filename
from app.redline_render import render_html, stored_redline

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)


@router.get("/compare/redline", name="web_redline", response_class=Response)
def redline_download(
    session: SessionDep,
    settings: SettingsDep,
    left: Annotated[int, Query(ge=1, le=2**31 - 1)],
    right: Annotated[int, Query(ge=1, le=2**31 - 1)],
    options: CompareOptionsDep,
    changes_only: Annotated[bool, Query()] = False,
) -> Response:
    """The self-contained HTML redline (the API's `format=html`), kept at this address for links
    made before the Word and PDF downloads."""
    redline = stored_redline(session=session, left_id=left, right_id=right, options=options)
    body = render_html(redline, settings.frontend_dir, changes_only=changes_only)
    filename = redline_filename(redline.left, redline.right, "html")
    return HTMLResponse(body, headers={"Content-Disposition": f'attachment; filename="{filename}"'})
