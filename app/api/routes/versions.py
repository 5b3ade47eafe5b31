"""Versions: upload one, list them, and read one's metadata, text, sections, facts and source."""

from __future__ import annotations

import codecs
from collections.abc import Mapping
from typing import Annotated, Any
from urllib.parse import quote

from fastapi import APIRouter, Depends, Path, Query, Request, Response
from fastapi.exceptions import RequestValidationError
from pydantic import ValidationError

from app.api.responses import INVALID, NOT_FOUND, NOT_MODIFIED, READ_ERRORS, problem
from app.errors import NotFound
from app.http.caching import (
    DERIVED_FROM_IMMUTABLE,
    IMMUTABLE_BYTES,
    etag_matches,
    not_modified,
    set_validators,
    strong_etag,
)
from app.http.deps import SLUG_PATTERN, SessionDep, SettingsDep, VersionDep, WriteTokenDep
from app.http.uploads import UPLOAD_FIELDS, UploadedSource, read_upload
from app.schemas.facts import FactRead
from app.schemas.pagination import DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE
from app.schemas.sections import SectionRead
from app.schemas.stored_versions import (
    VersionCreate,
    VersionPageRead,
    VersionRead,
    detail_of,
    facts_by_key,
    section_of,
    summary_of,
)
from app.store import (
    Version,
    add_version,
    delete_version,
    facts_of,
    list_versions,
    sections_of,
)

router = APIRouter(tags=["versions"])

_SOURCE_MEDIA_TYPES = {
    "text": "text/plain",
    "markdown": "text/markdown",
    "html": "text/html",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "pdf": "application/pdf",
}
_BINARY_FORMATS = frozenset({"docx", "pdf"})
"""Formats whose bytes are not text: served without a charset."""
_HTTP_CHARSETS = {
    "cp1252": "windows-1252",
    "iso8859-1": "iso-8859-1",
    "utf-16-le": "utf-16le",
    "utf-16-be": "utf-16be",
    "utf-32-le": "utf-32le",
    "utf-32-be": "utf-32be",
}
"""Python codec names whose registered charset label (IANA, WHATWG) is spelt differently."""
_SOURCE_SUFFIXES = {
    "text": ".txt",
    "markdown": ".md",
    "html": ".html",
    "docx": ".docx",
    "pdf": ".pdf",
}

_FIELD_DESCRIPTIONS = {
    name: field.description or "" for name, field in VersionCreate.model_fields.items()
}

_UPLOAD_BODY: dict[str, Any] = {
    "required": True,
    "description": "The document: a `file` part of a multipart form (with the fields below as "
    "form fields or query parameters), or the file's bytes alone as the body (fields as query "
    "parameters). Text, markdown, HTML, Word (.docx) or PDF, at most the server's upload limit "
    "(2 MiB by default).",
    "content": {
        "multipart/form-data": {
            "schema": {
                "type": "object",
                "required": ["file"],
                "properties": {
                    "file": {"type": "string", "format": "binary", "description": "The file."},
                    **{
                        name: {"type": "string", "description": _FIELD_DESCRIPTIONS[name]}
                        for name in UPLOAD_FIELDS
                    },
                },
            }
        },
        "text/plain": {"schema": {"type": "string"}},
        "text/markdown": {"schema": {"type": "string"}},
        "text/html": {"schema": {"type": "string"}},
        _SOURCE_MEDIA_TYPES["docx"]: {"schema": {"type": "string", "format": "binary"}},
        _SOURCE_MEDIA_TYPES["pdf"]: {"schema": {"type": "string", "format": "binary"}},
        "application/octet-stream": {"schema": {"type": "string", "format": "binary"}},
    },
}


async def _uploaded_source(request: Request, settings: SettingsDep) -> UploadedSource:
    return await read_upload(request, settings.max_upload_bytes)


UploadDep = Annotated[UploadedSource, Depends(_uploaded_source)]


@router.post(
    "/versions",
    status_code=201,
    response_model=VersionRead,
    summary="Upload a version",
    openapi_extra={"requestBody": _UPLOAD_BODY},
    responses={
        200: {
            "model": VersionRead,
            "description": "The same bytes were already stored for this authority and chapter: "
            "nothing was written, and the existing version is returned.",
        },
        201: {
            "description": "The version was stored with its sections and facts; `Location` "
            "is its URL.",
        },
        401: problem("The bearer token is missing or not valid."),
        413: problem("The file is larger than the upload limit."),
        415: problem("The file is of a kind not read (an image, an archive, a legacy .doc…)."),
        422: problem(
            "A field is missing or invalid, or the file could not be decoded, is empty, or is a "
            "damaged, password-protected, scanned or oversized Word or PDF file."
        ),
    },
)
def create_version(
    token: WriteTokenDep,
    upload: UploadDep,
    session: SessionDep,
    settings: SettingsDep,
    response: Response,
    authority: Annotated[
        str | None,
        Query(
            max_length=100,
            description=_FIELD_DESCRIPTIONS["authority"] + " Required, here or as a form field.",
        ),
    ] = None,
    authority_name: Annotated[
        str | None, Query(max_length=200, description=_FIELD_DESCRIPTIONS["authority_name"])
    ] = None,
    chapter: Annotated[
        str | None, Query(max_length=100, description=_FIELD_DESCRIPTIONS["chapter"])
    ] = None,
    source_url: Annotated[
        str | None, Query(max_length=2000, description=_FIELD_DESCRIPTIONS["source_url"])
    ] = None,
    filename: Annotated[
        str | None, Query(max_length=300, description=_FIELD_DESCRIPTIONS["filename"])
    ] = None,
    format_: Annotated[
        str | None,
        Query(alias="format", max_length=20, description=_FIELD_DESCRIPTIONS["format"]),
    ] = None,
) -> VersionRead:
    """Store a new version of an authority's chapter, parsed into sections and facts.

    Needs `Authorization: Bearer <token>`. The file is read and validated before anything is
    written: a rejected upload (401, 413, 415, 422) leaves the database unchanged. Uploading the
    same bytes again for the same authority and chapter is a no-op answered with 200 and the
    version already stored; a new version is answered with 201 and its `Location`.
    """
    query_fields = {
        "authority": authority,
        "authority_name": authority_name,
        "chapter": chapter,
        "source_url": source_url,
        "filename": filename,
        "format": format_,
    }
    target = _version_create(query_fields, upload.fields, multipart=upload.multipart)
    added = add_version(
        session=session,
        data=upload.data,
        filename=target.filename or upload.filename,
        authority_slug=target.authority,
        authority_name=target.authority_name,
        chapter_slug=target.chapter,
        source_url=target.source_url,
        declared_format=target.format or upload.declared_format,
        max_bytes=settings.max_upload_bytes,
        added_by=token.name,
    )
    if added.created:
        response.headers["Location"] = f"/api/v1/versions/{added.version.id}"
    else:
        response.status_code = 200
    return detail_of(added.version)


@router.get(
    "/versions",
    response_model=VersionPageRead,
    responses=INVALID,
    summary="List versions",
)
def read_versions(
    request: Request,
    session: SessionDep,
    authority: Annotated[
        str | None,
        Query(max_length=100, pattern=SLUG_PATTERN, description="Only this authority's versions."),
    ] = None,
    chapter: Annotated[
        str | None,
        Query(max_length=100, pattern=SLUG_PATTERN, description="Only versions of this chapter."),
    ] = None,
    limit: Annotated[
        int, Query(ge=1, le=MAX_PAGE_SIZE, description="How many versions per page.")
    ] = DEFAULT_PAGE_SIZE,
    offset: Annotated[int, Query(ge=0, le=2**31 - 1, description="How many versions to skip.")] = 0,
) -> VersionPageRead:
    """Stored versions, newest effective date first, one page at a time.

    Follow `next` until it is null to walk every version; `total` counts them all. An unknown
    authority or chapter slug gives an empty list, not 404.
    """
    versions, total = list_versions(
        session=session, authority=authority, chapter=chapter, limit=limit, offset=offset
    )

    def page_link(page_offset: int) -> str:
        url = request.url.include_query_params(offset=page_offset, limit=limit)
        return url.path + "?" + url.query

    return VersionPageRead(
        items=[summary_of(version) for version in versions],
        total=total,
        limit=limit,
        offset=offset,
        next=page_link(offset + limit) if offset + limit < total else None,
        previous=page_link(max(offset - limit, 0)) if offset > 0 else None,
    )


@router.get(
    "/versions/{version_id}",
    response_model=VersionRead,
    responses={**NOT_MODIFIED, **READ_ERRORS},
    summary="Read a version",
)
def read_version(version: VersionDep, request: Request, response: Response) -> Any:
    """A version's metadata, normalised text and facts (each with its evidence).

    Immutable: the answer carries a strong `ETag` and is answered with 304 to a matching
    `If-None-Match`. A re-analysis by a newer policydiff changes `analyzer_version` and the ETag.
    """
    etag = _version_etag(version, "version")
    if etag_matches(request, etag):
        return not_modified(etag, DERIVED_FROM_IMMUTABLE)
    set_validators(response, etag, DERIVED_FROM_IMMUTABLE)
    return detail_of(version)


@router.delete(
    "/versions/{version_id}",
    status_code=204,
    response_class=Response,
    responses={
        204: {
            "description": "The version is deleted: hidden from every read, kept as a "
            "tombstone that an editor can restore."
        },
        401: problem("The bearer token is missing or not valid."),
        **READ_ERRORS,
    },
    summary="Delete a version",
)
def remove_version(
    token: WriteTokenDep,
    session: SessionDep,
    version_id: Annotated[int, Path(ge=1, le=2**31 - 1, description="The version's id.")],
    reason: Annotated[
        str, Query(max_length=1000, description="Why it is deleted, kept with the tombstone.")
    ] = "",
) -> Response:
    """Delete a version, e.g. one uploaded by mistake: it is hidden from every read from now on.

    Needs `Authorization: Bearer <token>`. The deletion is a record: a tombstone keeps the
    original with who deleted it (the token's name), when and why, listed at
    `/api/v1/deleted-versions`, where an editor can restore it under the same id. Only an
    operator's `policydiff purge` removes it for good. Its id is never given to another version.
    """
    delete_version(session=session, version_id=version_id, deleted_by=token.name, reason=reason)
    return Response(status_code=204)


@router.get(
    "/versions/{version_id}/sections",
    response_model=list[SectionRead],
    responses={**NOT_MODIFIED, **READ_ERRORS},
    summary="A version's sections",
)
def read_sections(
    version: VersionDep, session: SessionDep, request: Request, response: Response
) -> Any:
    """The version's sections in document order, each with its blocks.

    The sections tile the text: concatenating their `text` gives the version's text exactly.
    """
    etag = _version_etag(version, "sections")
    if etag_matches(request, etag):
        return not_modified(etag, DERIVED_FROM_IMMUTABLE)
    set_validators(response, etag, DERIVED_FROM_IMMUTABLE)
    return [section_of(row) for row in sections_of(session=session, version_id=version.id)]


@router.get(
    "/versions/{version_id}/sections/{kind}",
    response_model=list[SectionRead],
    responses={**NOT_MODIFIED, **READ_ERRORS},
    summary="A version's sections of one kind",
)
def read_sections_of_kind(
    version: VersionDep,
    session: SessionDep,
    request: Request,
    response: Response,
    kind: Annotated[
        str,
        Path(
            max_length=50,
            pattern=r"^[a-z][a-z0-9_]*$",
            description='Canonical section kind ("corporate_parenting", "values", "other"…).',
        ),
    ],
) -> Any:
    """The version's sections of one kind, in document order: usually one, sometimes several
    (material of kind `other` often is). 404 when the version has no section of that kind.
    """
    etag = _version_etag(version, "sections", kind)
    if etag_matches(request, etag):
        return not_modified(etag, DERIVED_FROM_IMMUTABLE)
    rows = sections_of(session=session, version_id=version.id, kind=kind)
    if not rows:
        raise NotFound(
            f"version {version.id} has no section of kind '{kind}'. To fix: list its sections "
            f"at /api/v1/versions/{version.id}/sections to see the kinds it has."
        )
    set_validators(response, etag, DERIVED_FROM_IMMUTABLE)
    return [section_of(row) for row in rows]


@router.get(
    "/versions/{version_id}/facts",
    response_model=dict[str, FactRead],
    responses={**NOT_MODIFIED, **READ_ERRORS},
    summary="A version's facts with evidence",
)
def read_facts(
    version: VersionDep, session: SessionDep, request: Request, response: Response
) -> Any:
    """Every fact the chapter family reads, by key, with the spans of text it was read from.

    A null value means the version does not state it. Evidence offsets index the version's text
    (`GET /api/v1/versions/{version_id}`), so `text[start:end] == quote`.
    """
    etag = _version_etag(version, "facts")
    if etag_matches(request, etag):
        return not_modified(etag, DERIVED_FROM_IMMUTABLE)
    set_validators(response, etag, DERIVED_FROM_IMMUTABLE)
    return facts_by_key(facts_of(session=session, version_id=version.id))


@router.get(
    "/versions/{version_id}/source",
    response_class=Response,
    responses={
        200: {
            "description": "The original bytes, as a download.",
            "content": {
                media_type: {"schema": {"type": "string", "format": "binary"}}
                for media_type in _SOURCE_MEDIA_TYPES.values()
            },
        },
        **NOT_MODIFIED,
        **NOT_FOUND,
        **INVALID,
    },
    summary="A version's original file",
)
def read_source(version: VersionDep, request: Request) -> Response:
    """The bytes exactly as uploaded, as an attachment.

    Served with `Content-Disposition: attachment`, `X-Content-Type-Options: nosniff` and a
    sandboxing `Content-Security-Policy`, so a browser downloads an HTML source instead of
    rendering it: uploaded documents are never shown as pages from this API.
    """
    etag = strong_etag("source", version.sha256)
    if etag_matches(request, etag):
        return not_modified(etag, IMMUTABLE_BYTES)
    media_type = _SOURCE_MEDIA_TYPES.get(version.source_format, "application/octet-stream")
    if version.source_format not in _BINARY_FORMATS and version.encoding:
        media_type = f"{media_type}; charset={_charset(version.encoding)}"
    return Response(
        content=version.data,
        media_type=media_type,
        headers={
            "Content-Disposition": _attachment(version),
            "X-Content-Type-Options": "nosniff",
            "Content-Security-Policy": "sandbox; default-src 'none'",
            "ETag": etag,
            "Cache-Control": IMMUTABLE_BYTES,
        },
    )


def _version_create(
    query: dict[str, str | None], form: Mapping[str, str], *, multipart: bool
) -> VersionCreate:
    """Merge the form fields and query parameters (the query wins) and validate them.

    A bad or missing field is reported where it was (or should have been) sent: in the query
    for a raw body, in the form for a multipart upload unless the query carried it.
    """
    merged: dict[str, str] = {name: value for name, value in form.items() if value != ""}
    from_query = {name for name, value in query.items() if value is not None}
    merged.update({name: value for name, value in query.items() if value is not None})
    try:
        return VersionCreate.model_validate(merged)
    except ValidationError as error:
        details = []
        for detail in error.errors(include_url=False, include_input=False):
            name = str(detail["loc"][0]) if detail["loc"] else ""
            where = "body" if multipart and name not in from_query else "query"
            details.append({**detail, "loc": (where, *detail["loc"])})
        raise RequestValidationError(details) from None


def _charset(encoding: str) -> str:
    try:
        name = codecs.lookup(encoding).name
    except LookupError:
        return encoding
    return _HTTP_CHARSETS.get(name, name)


def _version_etag(version: Version, representation: str, *extra: str) -> str:
    return strong_etag(
        representation,
        version.id,
        version.sha256,
        version.analyzer_version,
        version.corrections_key,
        *extra,
    )


def _attachment(version: Version) -> str:
    name = version.filename or f"version-{version.id}"
    if "." not in name.rsplit("/", 1)[-1]:
        name += _SOURCE_SUFFIXES.get(version.source_format, "")
    name = name.rsplit("/", 1)[-1].rsplit("\\", 1)[-1]
    ascii_name = "".join(
        char if char.isascii() and char.isprintable() and char not in '"\\;' else "_"
        for char in name
    )
    return f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(name, safe='')}"
