"""The common template of a chapter, how far each authority strays from it, and all pairs."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Response

from app.api.responses import READ_ERRORS
from app.api.routes.matrix import AsOf
from app.errors import InvalidParameter
from app.http.deps import ChapterDep, ChapterTemplatesDep, SessionDep
from app.schemas.authorities import AuthorityRead
from app.schemas.chapters import ChapterRead
from app.schemas.templates import (
    DeviationRead,
    PairGridRead,
    PairVersionRead,
    PassageRead,
    TemplateRead,
)
from app.store.matrix import kind_order

router = APIRouter(tags=["matrix"])


@router.get(
    "/chapters/{chapter}/template",
    response_model=TemplateRead,
    responses=READ_ERRORS,
    summary="Common template of a chapter",
)
def read_template(
    chapter: ChapterDep,
    session: SessionDep,
    templates: ChapterTemplatesDep,
    as_of: AsOf = None,
) -> Response:
    """The text the authorities' versions in force share, per section kind, reconstructed from
    them all; and per authority, its similarity to it, the passages only it has, and the
    template passages nearly everyone else has that it lacks. `median_version_id` is the
    version closest to the template; the heat map's default baseline is the template itself
    (`GET /api/v1/chapters/{chapter}/similarity`)."""
    found = templates.template(session=session, chapter_slug=chapter.slug, as_of=as_of)
    authorities = []
    for version_id, version in found.versions.items():
        deviation = found.template.deviations[str(version_id)]
        authorities.append(
            DeviationRead(
                authority=AuthorityRead.model_validate(version.authority),
                version_id=version_id,
                similarity=deviation.overall,
                kinds=deviation.similarity,
                unique=[PassageRead(kind=k, text=t) for k, t in deviation.unique],
                missing=[PassageRead(kind=k, text=t) for k, t in deviation.missing],
            )
        )
    model = TemplateRead(
        chapter=ChapterRead.model_validate(chapter),
        as_of=as_of,
        median_version_id=found.median_version_id,
        kinds=found.template.texts,
        authorities=authorities,
    )
    return Response(model.model_dump_json(), media_type="application/json")


@router.get(
    "/chapters/{chapter}/similarity/pairs",
    response_model=PairGridRead,
    responses=READ_ERRORS,
    summary="All-pairs section similarity of a chapter",
)
def read_pair_grid(
    chapter: ChapterDep,
    session: SessionDep,
    templates: ChapterTemplatesDep,
    kind: Annotated[
        str | None,
        Query(
            max_length=100,
            pattern=r"^[a-z0-9_]+$",
            description="One section kind (`values`); leave out for every kind.",
        ),
    ] = None,
    as_of: AsOf = None,
) -> Response:
    """Every pair of authorities' versions in force compared, per section kind: the share of
    that kind's passage words the two have in common, from the passage groups of the common
    template (no comparison per pair is run). At most 300 versions (a larger chapter is
    refused); ask for one `kind` to keep the answer small."""
    versions, grid = templates.pairs(session=session, chapter_slug=chapter.slug, as_of=as_of)
    if kind is not None and kind not in grid.kinds:
        raise InvalidParameter(
            f"no version of '{chapter.slug}' has a section of kind '{kind}'. To fix: use one "
            f"of: {', '.join(grid.kinds) or 'none (no version has sections)'}."
        )
    kinds = [kind] if kind is not None else kind_order(chapter.slug, grid.kinds)
    index = {key: position for position, key in enumerate(grid.keys)}
    order = [index[str(version_id)] for version_id in versions]
    model = PairGridRead(
        chapter=ChapterRead.model_validate(chapter),
        as_of=as_of,
        versions=[
            PairVersionRead(
                authority=AuthorityRead.model_validate(version.authority), version_id=version_id
            )
            for version_id, version in versions.items()
        ],
        kinds=kinds,
        grids={
            name: [[_rounded(grid.grids[name][row][column]) for column in order] for row in order]
            for name in kinds
        },
    )
    return Response(model.model_dump_json(), media_type="application/json")


def _rounded(value: float | None) -> float | None:
    return None if value is None else round(value, 4)
