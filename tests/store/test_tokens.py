from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta, tzinfo

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import Conflict, Forbidden, InvalidParameter, NotFound, Unauthorized
from app.store import (
    TokenHolder,
    authenticate,
    create_token,
    list_tokens,
    require_admin,
    revoke_token,
    verify_token,
)
from app.store.models import ApiToken


def test_a_created_token_verifies_and_only_its_hash_is_stored(session: Session) -> None:
    token = create_token(session=session, name="intranet sync")

    assert verify_token(session=session, token=token)
    with session.begin():
        row = session.scalars(select(ApiToken)).one()
        assert row.name == "intranet sync"
        assert row.token_hash == hashlib.sha256(token.encode()).hexdigest()
        assert token not in (row.token_hash, row.name)
        assert row.last_used_at is not None


@pytest.mark.parametrize("wrong", ["", "pd_", "not-a-token", "x" * 500])
def test_other_strings_do_not_verify(session: Session, wrong: str) -> None:
    token = create_token(session=session, name="ci")

    assert not verify_token(session=session, token=wrong)
    assert not verify_token(session=session, token=token[:-1])
    assert not verify_token(session=session, token=token + "x")


def test_each_token_is_different(session: Session) -> None:
    tokens = {create_token(session=session, name=f"holder {number}") for number in range(5)}
    assert len(tokens) == 5


def test_token_names_are_unique(session: Session) -> None:
    create_token(session=session, name="intranet sync")

    with pytest.raises(Conflict, match="exists already"):
        create_token(session=session, name=" intranet sync ")
    assert [info.name for info in list_tokens(session=session)] == ["intranet sync"]


def test_a_revoked_token_is_refused_and_listed_as_revoked(session: Session) -> None:
    token = create_token(session=session, name="leaver")
    assert authenticate(session=session, token=token) == TokenHolder("leaver", "editor")

    revoke_token(session=session, name="leaver")

    with pytest.raises(Unauthorized, match="'leaver' was revoked"):
        authenticate(session=session, token=token)
    assert not verify_token(session=session, token=token)
    [info] = list_tokens(session=session)
    assert info.state(datetime.now(UTC)) == "revoked"
    with pytest.raises(NotFound):
        revoke_token(session=session, name="nobody")


def test_an_expired_token_is_refused(session: Session, monkeypatch: pytest.MonkeyPatch) -> None:
    soon = datetime.now(UTC) + timedelta(seconds=30)
    token = create_token(session=session, name="contractor", expires_at=soon)
    assert verify_token(session=session, token=token)

    later = soon + timedelta(seconds=1)

    class _Later(datetime):
        @classmethod
        def now(cls, tz: tzinfo | None = None) -> datetime:  # type: ignore[override]
            return later

    monkeypatch.setattr("app.store.tokens.datetime", _Later)
    with pytest.raises(Unauthorized, match="'contractor' expired"):
        authenticate(session=session, token=token)
    assert list_tokens(session=session)[0].state(later) == "expired"


def test_a_token_cannot_expire_in_the_past(session: Session) -> None:
    with pytest.raises(InvalidParameter, match="in the past"):
        create_token(session=session, name="late", expires_at=datetime.now(UTC) - timedelta(days=1))


def test_only_an_admin_token_manages_tokens(session: Session) -> None:
    editor = authenticate(session=session, token=create_token(session=session, name="editor"))
    admin = authenticate(
        session=session, token=create_token(session=session, name="root", role="admin")
    )

    require_admin(admin)
    with pytest.raises(Forbidden, match="admin token"):
        require_admin(editor)


def test_a_token_needs_a_name(session: Session) -> None:
    with pytest.raises(InvalidParameter):
        create_token(session=session, name="   ")
