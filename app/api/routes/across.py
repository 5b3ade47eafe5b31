"""Questions across authorities: who states a value of a fact, who cites an instrument, and the
matrix and those answers as downloads (JSON or CSV)."""

from __future__ import annotations

import csv
import io
import json
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query, Response

from app.api.responses import READ_ERRORS
from app.api.routes.matrix import AsOf, matrix_of
from app.http.deps import ChapterDep, SessionDep
from app.schemas.authorities import AuthorityRead
from app.schemas.chapters import ChapterRead
from app.schemas.fact_answers import FactAnswerRead, FactAnswersRead
from app.schemas.facts import EvidenceRead
from app.store.fact_queries import FactQuestion, fact_answers

router = APIRouter(tags=["matrix"])

Format = Annotated[
    Literal["json", "csv"],
    Query(description="`json` (the default) or `csv`, a spreadsheet download."),
]
_CSV = "text/csv; charset=utf-8"


@router.get(
    "/chapters/{chapter}/facts",
    response_model=FactAnswersRead,
    responses={**READ_ERRORS, 200: {"content": {_CSV: {}}}},
    summary="Ask a fact across authorities",
)
def read_fact_answers(
    chapter: ChapterDep,
    session: SessionDep,
    as_of: AsOf = None,
    fact: Annotated[
        str | None,
        Query(max_length=100, description="The fact key, e.g. `leaving_care_support_age`."),
    ] = None,
    value: Annotated[
        str | None,
        Query(
            max_length=200,
            description="Only authorities whose fact states this value (a number or words): "
            "`25` matches an age of 25 and support extended to 25.",
        ),
    ] = None,
    cites: Annotated[
        str | None,
        Query(
            max_length=200,
            description="Only authorities whose legislation list cites this (every word must be "
            "in the citation): `Working Together 2018`, `Data Protection Act 1998`.",
        ),
    ] = None,
    format: Format = "json",
) -> Response:
    """Each authority's value of one fact from its version in force, with the evidence.

    `fact=leaving_care_support_age&value=25` answers "which councils support care leavers to
    25?"; `cites=Working Together 2018` answers "which councils still cite it?" (the value is
    then the matching legislation items). Without `value` or `cites`, every authority answers.
    `format=csv` gives the same rows as a spreadsheet.
    """
    answers = fact_answers(
        session=session,
        chapter_slug=chapter.slug,
        question=FactQuestion(fact=fact, value=value, cites=cites),
        as_of=as_of,
    )
    model = FactAnswersRead(
        chapter=ChapterRead.model_validate(chapter),
        as_of=as_of,
        fact=answers.fact,
        value=value,
        cites=cites,
        count=len(answers.answers),
        answers=[
            FactAnswerRead(
                authority=AuthorityRead(
                    slug=answer.row.authority_slug,
                    name=answer.row.authority_name,
                    is_sample=answer.row.is_sample,
                ),
                version_id=answer.row.version_id,
                amendment_date=answer.row.amendment_date,
                effective_date=answer.row.effective_date,
                value=answer.value,
                evidence=[EvidenceRead.model_validate(e) for e in answer.evidence],
            )
            for answer in answers.answers
        ],
    )
    if format == "csv":
        header = ["authority", "authority_name", "version_id", "effective_date", answers.fact]
        header.append("evidence")
        rows = [
            [
                answer.authority.slug,
                answer.authority.name,
                answer.version_id,
                answer.effective_date.isoformat(),
                _cell(answer.value),
                " | ".join(e.quote for e in answer.evidence),
            ]
            for answer in model.answers
        ]
        return _csv(header, rows, f"{chapter.slug}-{answers.fact}.csv")
    return Response(model.model_dump_json(), media_type="application/json")


@router.get(
    "/chapters/{chapter}/matrix/export",
    responses={**READ_ERRORS, 200: {"content": {_CSV: {}, "application/json": {}}}},
    summary="Download the divergence matrix",
)
def download_matrix(
    chapter: ChapterDep, session: SessionDep, as_of: AsOf = None, format: Format = "csv"
) -> Response:
    """The matrix as a file: `csv` (one row per authority, one column per fact, values as
    JSON where they are lists or objects) or `json` (the matrix's own shape)."""
    matrix = matrix_of(chapter, session, as_of)
    name = f"{chapter.slug}-matrix{'-' + as_of.isoformat() if as_of else ''}"
    if format == "json":
        return Response(
            matrix.model_dump_json(),
            media_type="application/json",
            headers={"Content-Disposition": f'attachment; filename="{name}.json"'},
        )
    header = ["authority", "authority_name", "version_id", "effective_date", *matrix.facts]
    rows = [
        [
            row.authority.slug,
            row.authority.name,
            row.version_id,
            row.effective_date.isoformat(),
            *(_cell(row.cells[key].value) for key in matrix.facts),
        ]
        for row in matrix.rows
    ]
    return _csv(header, rows, f"{name}.csv")


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str | int | float):
        return str(value)
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _csv(header: list[str], rows: list[list[Any]], filename: str) -> Response:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(header)
    writer.writerows(rows)
    return Response(
        buffer.getvalue(),
        media_type=_CSV,
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )
