"""A chapter across authorities: who states what, and how close their sections are."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request, Response
from pydantic import BaseModel
from sqlalchemy.orm import Session

from app.api.responses import NOT_MODIFIED, READ_ERRORS
from app.errors import InvalidParameter
from app.http.deps import ChapterDep, ChapterTemplatesDep, SessionDep
from app.http.params import CompareOptionsDep
from app.http.renderings import content_key, served_from_cache
from app.schemas.authorities import AuthorityRead
from app.schemas.chapters import ChapterRead
from app.schemas.citations import citations_of
from app.schemas.facts import EvidenceRead
from app.schemas.matrix import (
    MatrixCellRead,
    MatrixRead,
    MatrixRowRead,
    SimilarityCellRead,
    SimilarityGridRead,
    SimilarityRowRead,
)
from app.store import (
    Chapter,
    MatrixCell,
    SimilarityGrid,
    divergence_matrix,
    get_version_or_raise,
    section_similarity_grid,
    template_similarity_grid,
)

router = APIRouter(tags=["matrix"])

AsOf = Annotated[
    date | None,
    Query(
        description="The day to look at, `YYYY-MM-DD`: each authority's version in force then. "
        "Leave out for each authority's latest version."
    ),
]


@router.get(
    "/chapters/{chapter}/matrix",
    response_model=MatrixRead,
    responses={**NOT_MODIFIED, **READ_ERRORS},
    summary="Divergence matrix of a chapter",
)
def read_matrix(
    request: Request,
    chapter: ChapterDep,
    session: SessionDep,
    as_of: AsOf = None,
) -> Response:
    """Authorities by facts: every authority's value of every fact of the chapter, as of a date.

    Each cell carries the value, the evidence it was read from, and whether the fact is
    divergent (authorities do not all agree); `divergent` lists those facts. Rows name the
    version each value comes from, so a cell links to `GET /api/v1/versions/{version_id}`.

    The answer carries an `ETag` that changes when a version of the chapter is added, deleted,
    restored or re-analysed: send it back in `If-None-Match` to get `304` while nothing changed.
    """
    fingerprint = content_key(request, chapter.slug)
    return served_from_cache(
        request,
        ("api_matrix", fingerprint, as_of),
        lambda: _json(matrix_of(chapter, session, as_of)),
    )


def matrix_of(chapter: Chapter, session: Session, as_of: date | None) -> MatrixRead:
    """The matrix as its contract model."""
    matrix = divergence_matrix(session=session, chapter_slug=chapter.slug, as_of=as_of)
    divergent = set(matrix.divergent_keys)
    authorities = {
        row.authority_slug: AuthorityRead(
            slug=row.authority_slug, name=row.authority_name, is_sample=row.is_sample
        )
        for row in matrix.rows
    }
    return MatrixRead(
        chapter=ChapterRead.model_validate(chapter),
        as_of=matrix.as_of,
        facts=matrix.fact_keys,
        divergent=matrix.divergent_keys,
        rows=[
            MatrixRowRead(
                authority=authorities[row.authority_slug],
                version_id=row.version_id,
                amendment_date=row.amendment_date,
                effective_date=row.effective_date,
                cells={
                    key: MatrixCellRead(
                        value=cell.value,
                        evidence=[EvidenceRead.model_validate(e) for e in cell.evidence],
                        divergent=key in divergent,
                    )
                    for key, cell in row.cells.items()
                },
                citations=citations_of(chapter.slug, _legislation(row.cells), as_of),
            )
            for row in matrix.rows
        ],
    )


@router.get(
    "/chapters/{chapter}/similarity",
    response_model=SimilarityGridRead,
    responses=READ_ERRORS,
    summary="Section-similarity grid against a baseline",
)
def read_similarity_grid(
    chapter: ChapterDep,
    session: SessionDep,
    templates: ChapterTemplatesDep,
    options: CompareOptionsDep,
    baseline: Annotated[
        str,
        Query(
            pattern=r"^(?:template|median|[1-9][0-9]{0,9})$",
            description="What every authority is compared with: `template`, the chapter's "
            "common template (the default); `median`, the median council's version, closest "
            "to the template; or the id of a version (e.g. your own authority's).",
        ),
    ] = "template",
    as_of: AsOf = None,
) -> SimilarityGridRead:
    """Authorities by section kinds: how similar each authority's sections are to the baseline's.

    Against the common template (the default), a cell is the share of that kind's template
    words the authority keeps; the passages only it has and the template passages it lacks are
    in `GET /api/v1/chapters/{chapter}/template`. Against a version, each authority's version in
    force is compared with it (the comparison options apply, e.g. `ignore_local_names=true` to
    discount council names); open a cell's detail with
    `GET /api/v1/comparisons?left={baseline}&right={version_id}`. The first request computes the
    comparisons; they are cached for later ones.
    """
    if baseline == "template":
        found = templates.template(session=session, chapter_slug=chapter.slug, as_of=as_of)
        return _grid_read(chapter, template_similarity_grid(found))
    if baseline == "median":
        median = templates.template(
            session=session, chapter_slug=chapter.slug, as_of=as_of
        ).median_version_id
        if median is None:
            raise InvalidParameter(
                f"'{chapter.slug}' has no version in force to take a median from. To fix: "
                "pick another as_of date, or a baseline version id."
            )
        baseline_id = median
    elif int(baseline) > 2**31 - 1:
        raise InvalidParameter(
            "baseline is not a version id. To fix: use an id, 'template' or 'median'."
        )
    else:
        baseline_id = int(baseline)
    baseline_version = get_version_or_raise(session=session, version_id=baseline_id)
    if baseline_version.chapter_id != chapter.id:
        raise InvalidParameter(
            f"version {baseline_id} is a version of '{baseline_version.chapter.slug}', not of "
            f"'{chapter.slug}'. To fix: pick a baseline from this chapter's versions."
        )
    grid = section_similarity_grid(
        session=session,
        chapter_slug=chapter.slug,
        baseline_id=baseline_id,
        as_of=as_of,
        options=options,
    )
    return _grid_read(chapter, grid)


def _grid_read(chapter: Chapter, grid: SimilarityGrid) -> SimilarityGridRead:
    return SimilarityGridRead(
        chapter=ChapterRead.model_validate(chapter),
        as_of=grid.as_of,
        baseline="version" if grid.baseline_version_id is not None else "template",
        baseline_version_id=grid.baseline_version_id,
        kinds=grid.kinds,
        rows=[
            SimilarityRowRead(
                authority=AuthorityRead(
                    slug=row.authority_slug, name=row.authority_name, is_sample=row.is_sample
                ),
                version_id=row.version_id,
                similarity=row.similarity,
                cells={
                    kind: SimilarityCellRead(similarity=cell.similarity, status=cell.status)
                    for kind, cell in row.cells.items()
                },
            )
            for row in grid.rows
        ],
    )


def _legislation(cells: dict[str, MatrixCell]) -> Any:
    cell = cells.get("legislation")
    return None if cell is None else cell.value


def _json(model: BaseModel) -> Response:
    """Send an already validated model as JSON, skipping FastAPI's second validation pass (a
    200-authority matrix is a megabyte of cells and evidence)."""
    return Response(model.model_dump_json(), media_type="application/json")
