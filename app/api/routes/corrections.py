"""Editors' corrections of a version's reading: list, make and withdraw them."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Response

from app.api.responses import READ_ERRORS, problem
from app.http.deps import SessionDep, WriteTokenDep
from app.schemas.corrections import CorrectionCreate, CorrectionRead, correction_of
from app.store import (
    correct_fact_value,
    correct_section_kind,
    corrections_of,
    withdraw_correction,
)

router = APIRouter(tags=["versions"])

VersionIdPath = Annotated[int, Path(ge=1, le=2**31 - 1, description="The version's id.")]

_WRITE_ERRORS = {
    401: problem("The bearer token is missing or not valid."),
    **READ_ERRORS,
}


@router.get(
    "/versions/{version_id}/corrections",
    response_model=list[CorrectionRead],
    responses=READ_ERRORS,
    summary="A version's corrections",
)
def read_corrections(session: SessionDep, version_id: VersionIdPath) -> list[CorrectionRead]:
    """Editors' corrections of the version's reading, oldest first, each with who made it
    (the token's name), when, why, and what the reading said instead.

    The version's sections, facts, comparisons and the matrix already use the corrected kinds
    and values. A correction whose section a newer analyser no longer finds has `applies`
    false: it is kept, and changes nothing until withdrawn or made again.
    """
    return [correction_of(row) for row in corrections_of(session=session, version_id=version_id)]


@router.post(
    "/versions/{version_id}/corrections",
    status_code=201,
    response_model=CorrectionRead,
    responses={
        201: {"description": "The correction is stored and the version's reading rebuilt."},
        400: problem("The body is not JSON."),
        **_WRITE_ERRORS,
    },
    summary="Correct a version's reading",
)
def create_correction(
    token: WriteTokenDep,
    session: SessionDep,
    version_id: VersionIdPath,
    correction: CorrectionCreate,
) -> CorrectionRead:
    """Correct a section's kind (`section_start`, `kind`) or a fact's value (`fact`, `value`),
    with a `reason`. Needs `Authorization: Bearer <token>`; the token's name is recorded.

    The correction replaces any earlier one of the same section or fact, survives
    `policydiff reanalyse`, and is used from now on wherever the reading is: the version's
    sections and facts, comparisons, the matrix, fact questions, feeds and alerts. A fact's
    value must have the shape of the value read (null for "not stated"); an unknown fact or
    kind, or a section that does not start at `section_start`, is answered with 422.
    """
    if correction.fact is not None:
        row = correct_fact_value(
            session=session,
            version_id=version_id,
            fact_key=correction.fact,
            value=correction.value,
            reason=correction.reason,
            corrected_by=token.name,
        )
    else:
        assert correction.section_start is not None and correction.kind is not None
        row = correct_section_kind(
            session=session,
            version_id=version_id,
            section_start=correction.section_start,
            kind=correction.kind,
            reason=correction.reason,
            corrected_by=token.name,
        )
    return correction_of(row)


@router.delete(
    "/versions/{version_id}/corrections/{correction_id}",
    status_code=204,
    response_class=Response,
    responses={204: {"description": "The correction is withdrawn."}, **_WRITE_ERRORS},
    summary="Withdraw a correction",
)
def remove_correction(
    token: WriteTokenDep,
    session: SessionDep,
    version_id: VersionIdPath,
    correction_id: Annotated[int, Path(ge=1, le=2**31 - 1, description="The correction's id.")],
) -> Response:
    """Withdraw a correction: the version's reading is rebuilt without it. Needs
    `Authorization: Bearer <token>`."""
    withdraw_correction(session=session, version_id=version_id, correction_id=correction_id)
    return Response(status_code=204)
