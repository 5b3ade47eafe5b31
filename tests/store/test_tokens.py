from __future__ import annotations

import hashlib

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import InvalidParameter
from app.store import create_token, verify_token
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
    tokens = {create_token(session=session, name="same name") for _ in range(5)}
    assert len(tokens) == 5


def test_a_token_needs_a_name(session: Session) -> None:
    with pytest.raises(InvalidParameter):
        create_token(session=session, name="   ")
