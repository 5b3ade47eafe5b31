"""Sign-off redlines of two stored versions: Word with tracked changes, PDF, or HTML."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, Query, Request, Response
from sqlalchemy.orm import Session, sessionmaker
from starlette.concurrency import run_in_threadpool

from app.analysis import ANALYZER_VERSION
from app.api.responses import NOT_MODIFIED, READ_ERRORS
from app.diff import CompareOptions
from app.http.caching import DERIVED_FROM_IMMUTABLE, etag_matches, not_modified, strong_etag
from app.http.deps import SessionFactoryDep, SettingsDep
from app.http.params import CompareOptionsDep
from app.redline import RedlineFormat, media_type, redline_filename
from app.redline_render import render, stored_redline
from app.store import version_keys_or_raise
from app.store.comparisons import comparison_fingerprint, factory_word_budget

router = APIRouter(tags=["comparisons"])

_CONTENT = {
    "content": {
        media_type("docx"): {"schema": {"type": "string", "format": "binary"}},
        media_type("pdf"): {"schema": {"type": "string", "format": "binary"}},
        "text/html": {"schema": {"type": "string"}},
    },
    "description": "The redline, as an attachment named after both versions "
    "(`redline-<council>-<date>_vs_<council>-<date>.<format>`).",
}


@router.get(
    "/comparisons/redline",
    response_class=Response,
    responses={200: _CONTENT, **NOT_MODIFIED, **READ_ERRORS},
    summary="Download a sign-off redline of two versions",
)
async def read_redline(
    request: Request,
    session_factory: SessionFactoryDep,
    settings: SettingsDep,
    left: Annotated[int, Query(ge=1, le=2**31 - 1, description="Id of the left (older) version.")],
    right: Annotated[
        int, Query(ge=1, le=2**31 - 1, description="Id of the right (newer) version.")
    ],
    options: CompareOptionsDep,
    format: Annotated[
        RedlineFormat,
        Query(
            description="`docx`: Word with tracked changes (author policydiff; Accept all gives "
            "the right version, Reject all the left); `pdf`: A4 with page numbers; `html`: one "
            "self-contained file."
        ),
    ] = "docx",
    changes_only: Annotated[
        bool,
        Query(
            description="PDF and HTML: show only changed paragraphs under their headings. "
            "The Word file always holds the whole text, so that its tracked changes are complete."
        ),
    ] = False,
) -> Response:
    """The comparison as a document to sign off: a cover page (both versions with council,
    chapter, amendment date, version label and the SHA-256 of the original; the options; the
    facts that differ; a sign-off block for name, role, date and decision), then the text with
    every difference marked, moved passages marked as moved.

    Takes the same options as `GET /comparisons`. Fixed by the two versions' bytes, the options
    and the analyser version, so it carries an `ETag` (weak: a Word file's zip stamps may differ
    between builds of the same content) and answers a matching `If-None-Match` with 304.
    """
    keys = await run_in_threadpool(
        version_keys_or_raise, engine=request.app.state.engine, version_ids=(left, right)
    )
    tag = strong_etag(
        "redline",
        *(
            part
            for version_id in (left, right)
            for part in (
                version_id,
                keys[version_id].sha256,
                keys[version_id].analyzer_version,
                keys[version_id].corrections_key,
            )
        ),
        comparison_fingerprint(
            options,
            keys[left].corrections_key,
            keys[right].corrections_key,
            word_budget=factory_word_budget(session_factory),
        ),
        ANALYZER_VERSION,
        format,
        changes_only and format != "docx",
    )
    etag = f"W/{tag}"
    if etag_matches(request, tag):
        return not_modified(etag, DERIVED_FROM_IMMUTABLE)
    body, filename = await run_in_threadpool(
        _render, session_factory, settings.frontend_dir, left, right, options, format, changes_only
    )
    return Response(
        body,
        media_type=media_type(format),
        headers={
            "ETag": etag,
            "Cache-Control": DERIVED_FROM_IMMUTABLE,
            "Content-Disposition": f'attachment; filename="{filename}"',
            "X-Content-Type-Options": "nosniff",
        },
    )


def _render(
    session_factory: sessionmaker[Session],
    frontend_dir: Path,
    left: int,
    right: int,
    options: CompareOptions,
    format: RedlineFormat,
    changes_only: bool,
) -> tuple[bytes, str]:
    with session_factory() as session:
        redline = stored_redline(session=session, left_id=left, right_id=right, options=options)
    body = render(redline, format, frontend_dir, changes_only=changes_only)
    return body, redline_filename(redline.left, redline.right, format)
