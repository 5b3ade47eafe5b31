"""The common template of a chapter, and how far each authority strays from it."""

from __future__ import annotations

from fastapi import APIRouter, Response

from app.api.responses import READ_ERRORS
from app.api.routes.matrix import AsOf
from app.http.deps import ChapterBySlugDep, SessionDep
from app.schemas.authorities import AuthorityRead
from app.schemas.chapters import ChapterRead
from app.schemas.templates import DeviationRead, PassageRead, TemplateRead
from app.store.templates import chapter_template

router = APIRouter(tags=["matrix"])


@router.get(
    "/chapters/{slug}/template",
    response_model=TemplateRead,
    responses=READ_ERRORS,
    summary="Common template of a chapter",
)
def read_template(chapter: ChapterBySlugDep, session: SessionDep, as_of: AsOf = None) -> Response:
    """The text the authorities' versions in force share, per section kind, reconstructed from
    them all; and per authority, its similarity to it, the passages only it has, and the
    template passages nearly everyone else has that it lacks. `median_version_id` is the
    version closest to the template."""
    found = chapter_template(session=session, chapter_slug=chapter.slug, as_of=as_of)
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
