"""Chapters: the document families that authorities publish."""

from __future__ import annotations

from fastapi import APIRouter

from app.api.responses import READ_ERRORS
from app.http.deps import ChapterDep, SessionDep
from app.schemas.chapters import ChapterRead
from app.store import list_chapters

router = APIRouter(tags=["chapters"])


@router.get("/chapters", response_model=list[ChapterRead], summary="List chapters")
def read_chapters(session: SessionDep) -> list[ChapterRead]:
    """Every chapter with at least one stored version, by title."""
    return [ChapterRead.model_validate(row) for row in list_chapters(session=session)]


@router.get(
    "/chapters/{chapter}",
    response_model=ChapterRead,
    responses=READ_ERRORS,
    summary="Read a chapter",
)
def read_chapter(chapter: ChapterDep) -> ChapterRead:
    """One chapter by its slug; see its matrix and similarity grid for how authorities differ."""
    return ChapterRead.model_validate(chapter)
