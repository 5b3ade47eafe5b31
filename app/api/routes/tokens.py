"""Write tokens, managed over the API with an admin token (decision 0023)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated

from fastapi import APIRouter, Path

from app.api.responses import INVALID, NOT_FOUND, Responses, problem
from app.http.deps import SessionDep, WriteTokenDep
from app.schemas.records import TokenCreate, TokenCreated, TokenRead
from app.store import TokenInfo, create_token, list_tokens, require_admin, revoke_token

router = APIRouter(tags=["tokens"])

_ADMIN_ERRORS: Responses = {
    401: problem("The bearer token is missing or not valid."),
    403: problem("The token is an editor token; managing tokens needs an admin token."),
}


@router.get(
    "/tokens",
    response_model=list[TokenRead],
    responses=_ADMIN_ERRORS,
    summary="List tokens",
)
def read_tokens(token: WriteTokenDep, session: SessionDep) -> list[TokenRead]:
    """Every token by name, with its role and state (active, expired, revoked). Admin only."""
    require_admin(token)
    return [_read(info) for info in list_tokens(session=session)]


@router.post(
    "/tokens",
    status_code=201,
    response_model=TokenCreated,
    responses={
        400: problem("The body is not JSON."),
        **_ADMIN_ERRORS,
        409: problem("A token has that name already."),
        **INVALID,
    },
    summary="Create a token",
)
def add_token(token: WriteTokenDep, session: SessionDep, new: TokenCreate) -> TokenCreated:
    """A new token, shown once in `token` (only its hash is stored). Admin only."""
    require_admin(token)
    expires_at = new.expires_at
    if expires_at is not None and expires_at.tzinfo is None:
        expires_at = expires_at.replace(tzinfo=UTC)
    plaintext = create_token(session=session, name=new.name, role=new.role, expires_at=expires_at)
    created = next(info for info in list_tokens(session=session) if info.name == new.name.strip())
    return TokenCreated(**_read(created).model_dump(), token=plaintext)


@router.delete(
    "/tokens/{name}",
    response_model=TokenRead,
    responses={**_ADMIN_ERRORS, **NOT_FOUND, **INVALID},
    summary="Revoke a token",
)
def remove_token(
    token: WriteTokenDep,
    session: SessionDep,
    name: Annotated[str, Path(max_length=200, description="The token's name.")],
) -> TokenRead:
    """Revoke a token: it is refused from now on (also if it is the admin's own). Admin only."""
    require_admin(token)
    return _read(revoke_token(session=session, name=name))


def _read(info: TokenInfo) -> TokenRead:
    return TokenRead(
        name=info.name,
        role=info.role,
        state=info.state(datetime.now(UTC)),
        created_at=info.created_at,
        last_used_at=info.last_used_at,
        expires_at=info.expires_at,
        revoked_at=info.revoked_at,
    )
